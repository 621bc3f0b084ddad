// How much one account may hold. The app refuses to create past these and import refuses a file that would
// take the account past them, so every backup the export can write is one the import accepts (the byte
// limit of an import is measured from these: tests/unit/backup-limits.test.ts).
export const BANK_LIMITS = {
  projects: 500,
  stories: 2000,
  loops: 100,
  questions: 1000,
  /** Practice tellings (DESIGN §6): twenty a day for almost three years. */
  rehearsals: 20000,
} as const;

export type BankLimitKind = keyof typeof BANK_LIMITS;

const NOUNS: Record<BankLimitKind, string> = { projects: "projects", stories: "stories", loops: "loops", questions: "questions of your own", rehearsals: "rehearsals" };

export function bankLimitMessage(kind: BankLimitKind): string {
  return `Your bank can hold at most ${BANK_LIMITS[kind].toLocaleString("en-US")} ${NOUNS[kind]}; delete some to make room.`;
}
