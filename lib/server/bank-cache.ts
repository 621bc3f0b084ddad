// What a page computes from a candidate's bank, remembered per process and keyed by the bank's version (issue 16).
//
// The version is read from the database (BankVersion), and database triggers give it a new random value inside every
// transaction that inserts, updates or deletes a row of a bank table (migration 20261201182123_bank_version; on
// PostgreSQL they run at commit). So a save is seen by the next request on every instance: that request reads the new
// version and misses. Random rather than counted: a database restored from a backup would count again through
// numbers a process may still hold for other data. The version must be read before anything the loader reads: data
// read after it is at least that new, so an entry can only ever be fresher than its key, never older.
//
// Nothing that depends on who asks is remembered here: the caller checks access on every request first. The comments
// on the owner's stories and their read markers bump the same version (migration 20261201212600_comment_bank_version),
// so the comment counts are remembered too; shares, invites and deep-dive comments stay per-request reads.
import "server-only";
import { cache } from "react";
import { deepFreeze } from "./bounded-memo";
import { db } from "./db";

/**
 * The tables whose every write changes their owner's bank version (the triggers of migrations ..._bank_version and
 * ..._comment_bank_version): the bank's own tables, then the comments on its stories and their read markers.
 */
export const BANK_TABLES = [
  "Project",
  "Story",
  "Question",
  "Loop",
  "Rehearsal",
  "StoryPrinciple",
  "StoryAngle",
  "Metric",
  "FollowUp",
  "DeepDive",
  "DeepDiveOption",
  "DeepDiveMetric",
  "Round",
  "Assignment",
  "Comment",
  "CommentRead",
] as const;

/** The other tables, and why nothing cached may come from them (tests/unit/bank-cache.test.ts checks every model is in one list). */
export const UNVERSIONED_TABLES: Record<string, string> = {
  User: "the viewer's name and email come from the session on every request",
  Session: "authentication, read per request by better-auth",
  Account: "authentication credentials",
  Verification: "authentication tokens",
  AuthAttempt: "rate-limit counters",
  Invite: "sharing: access is checked on every request, before any cache",
  Share: "sharing: access is checked on every request, before any cache",
  DeepDiveComment: "another account's writes: read per request",
  BankVersion: "the version itself",
};

/**
 * A candidate's bank version (a random 53-bit number, new on every write; 0 before their first write). Read once per
 * request (React's cache: the layout's comment badge and the page ask the same), before anything a loader reads.
 * Pages only: a server action that read it before writing would see its old value again when its page re-renders.
 */
export const readBankVersion = cache(async (userId: string): Promise<number> => {
  const rows = await db.$queryRaw<{ version: number | bigint }[]>`SELECT "version" FROM "BankVersion" WHERE "userId" = ${userId}`;
  return rows.length === 0 ? 0 : Number(rows[0].version);
});

/** A loop's owner and the owner's bank version in one statement; null when there is no such loop. */
export async function readLoopOwnerVersion(loopId: string): Promise<{ ownerId: string; version: number } | null> {
  const rows = await db.$queryRaw<{ userId: string; version: number | bigint | null }[]>`
    SELECT l."userId", b."version" FROM "Loop" l LEFT JOIN "BankVersion" b ON b."userId" = l."userId" WHERE l."id" = ${loopId}`;
  return rows.length === 0 ? null : { ownerId: rows[0].userId, version: Number(rows[0].version ?? 0) };
}

/** What a loader returns: the value, and the moment it stops being true without any write (time-dependent parts). */
export interface Loaded<T> {
  value: T;
  /** Epoch ms; the entry is used only before it. Omitted: valid until the bank changes. */
  validUntil?: number;
}

interface Entry<T> {
  version: number;
  validUntil: number;
  value: Promise<T>;
}

/**
 * One entry per key (the version last loaded), least recently used out past `limit`. Concurrent misses of the same
 * key and version share one load; a failed load is forgotten. Values are deep-frozen: callers copy before sorting.
 */
export class BankCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(private readonly limit: number) {}

  get(key: string, version: number, load: () => Promise<Loaded<T>>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && now < hit.validUntil) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry: Entry<T> = { version, validUntil: Number.POSITIVE_INFINITY, value: Promise.resolve(undefined as T) };
    entry.value = load().then(
      (loaded) => {
        entry.validUntil = loaded.validUntil ?? Number.POSITIVE_INFINITY;
        return deepFreeze(loaded.value);
      },
      (error: unknown) => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        throw error;
      },
    );
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}
