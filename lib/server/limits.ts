// Enforces BANK_LIMITS (lib/domain/limits.ts) wherever rows are created: the editor's creates and import.
import "server-only";
import { bankLimitMessage, BANK_LIMITS, type BankLimitKind } from "@/lib/domain/limits";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { InputError } from "./errors";

type Client = Prisma.TransactionClient | typeof db;

const COUNT: Record<BankLimitKind, (client: Client, userId: string) => Promise<number>> = {
  projects: (c, userId) => c.project.count({ where: { userId } }),
  stories: (c, userId) => c.story.count({ where: { userId } }),
  loops: (c, userId) => c.loop.count({ where: { userId } }),
  questions: (c, userId) => c.question.count({ where: { userId } }),
  rehearsals: (c, userId) => c.rehearsal.count({ where: { userId } }),
  followUps: (c, userId) => c.followUp.count({ where: { story: { userId } } }),
  deepDives: (c, userId) => c.deepDive.count({ where: { project: { userId } } }),
};

const KINDS = Object.keys(BANK_LIMITS) as BankLimitKind[];

/** How many of each kind the account holds. */
export async function countBank(userId: string, client: Client = db): Promise<Record<BankLimitKind, number>> {
  const counts = await Promise.all(KINDS.map((kind) => COUNT[kind](client, userId)));
  return Object.fromEntries(KINDS.map((kind, i) => [kind, counts[i]])) as Record<BankLimitKind, number>;
}

/** Refuses, with the limit in plain words, a create that would take the account past its limit of `kind`. */
export async function assertRoomFor(userId: string, kind: BankLimitKind, client: Client = db): Promise<void> {
  if ((await COUNT[kind](client, userId)) >= BANK_LIMITS[kind]) throw new InputError(bankLimitMessage(kind));
}

/**
 * Refuses a story save whose follow-ups (replaced on save) would take the account past BANK_LIMITS.followUps:
 * the other stories' follow-ups plus `adding`. `storyId` is the story being saved (null for a new one).
 */
export async function assertFollowUpRoom(userId: string, storyId: string | null, adding: number, client: Client = db): Promise<void> {
  if (adding === 0) return;
  const others = await client.followUp.count({ where: { story: { userId }, ...(storyId ? { storyId: { not: storyId } } : {}) } });
  if (others + adding > BANK_LIMITS.followUps) throw new InputError(bankLimitMessage("followUps"));
}
