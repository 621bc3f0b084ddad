// How much one account may hold. The app refuses to create past these and import refuses a file that would
// take the account past them, so every backup the export can write is one the import accepts (the byte
// limit of an import is measured from these: tests/unit/backup-limits.test.ts).
export const BANK_LIMITS = {
  projects: 500,
  stories: 2000,
  loops: 100,
  questions: 1000,
  /** Practice tellings (DESIGN §6): five a day for almost three years. */
  rehearsals: 5000,
  /** Prepared follow-ups across all stories (each story also holds at most MAX_FOLLOW_UPS). */
  followUps: 4000,
  /** Deep-dive worksheets (one per project at most). */
  deepDives: 100,
} as const;

export type BankLimitKind = keyof typeof BANK_LIMITS;

const NOUNS: Record<BankLimitKind, string> = { projects: "projects", stories: "stories", loops: "loops", questions: "questions of your own", rehearsals: "rehearsals", followUps: "follow-up questions", deepDives: "deep-dives" };

export function bankLimitMessage(kind: BankLimitKind): string {
  return `Your bank can hold at most ${BANK_LIMITS[kind].toLocaleString("en-US")} ${NOUNS[kind]}; delete some to make room.`;
}
