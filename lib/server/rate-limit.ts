// Attempt counters in the database (the AuthAttempt table), shared by every server process:
// fixed-window caps (requests per client, comments per user) and growing-delay throttles (failed sign-ins).
import "server-only";
import { delayAfter, type ThrottlePolicy } from "@/lib/domain/throttle";
import { db } from "./db";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

export interface Throttle {
  key: string;
  policy: ThrottlePolicy;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Counts one attempt against each limit; returns the seconds to wait if any limit is exceeded. */
export async function takeAttempt(limits: Limit[], now = new Date()): Promise<number | null> {
  let retryAfter: number | null = null;
  for (const limit of limits) {
    const windowEnd = new Date(now.getTime() + limit.windowSeconds * 1000);
    const row = await db.$transaction(async (tx) => {
      const current = await tx.authAttempt.findUnique({ where: { key: limit.key } });
      if (!current || current.windowEnd <= now) {
        return tx.authAttempt.upsert({
          where: { key: limit.key },
          create: { key: limit.key, count: 1, windowEnd },
          update: { count: 1, windowEnd },
        });
      }
      return tx.authAttempt.update({ where: { key: limit.key }, data: { count: { increment: 1 } } });
    });
    if (row.count > limit.max) retryAfter = Math.max(retryAfter ?? 0, seconds(row.windowEnd.getTime() - now.getTime()));
  }
  return retryAfter;
}

// A throttle row keeps `count` failures and `windowEnd` = last failure + forgetAfterSeconds, so the
// end of the current wait is (windowEnd - forgetAfter) + delayAfter(count): no second timestamp needed.
function waitUntil(row: { count: number; windowEnd: Date }, policy: ThrottlePolicy): number {
  const lastFailure = row.windowEnd.getTime() - policy.forgetAfterSeconds * 1000;
  return lastFailure + delayAfter(row.count, policy) * 1000;
}

/**
 * One sign-in try against every throttle: when any still says wait, nothing is counted and the seconds
 * to wait come back; otherwise the try is counted as a failure up front (so a burst of parallel guesses
 * cannot all slip in before the first is counted) and null comes back. A success takes it back
 * (`forgiveFailure`).
 */
export async function takeTry(throttles: Throttle[], now = new Date()): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const rows = await Promise.all(throttles.map((t) => tx.authAttempt.findUnique({ where: { key: t.key } })));
    const live = rows.map((row) => (row && row.windowEnd > now ? row : null));
    const wait = Math.max(0, ...live.map((row, i) => (row ? waitUntil(row, throttles[i].policy) - now.getTime() : 0)));
    if (wait > 0) return seconds(wait);
    for (const [i, { key, policy }] of throttles.entries()) {
      const windowEnd = new Date(now.getTime() + policy.forgetAfterSeconds * 1000);
      const count = (live[i]?.count ?? 0) + 1;
      await tx.authAttempt.upsert({ where: { key }, create: { key, count, windowEnd }, update: { count, windowEnd } });
    }
    return null;
  });
}

/** Takes back the failure `takeTry` counted for a try that succeeded: the pair's count goes, a client's drops by one. */
export async function forgiveFailure(clearKeys: string[], decrementKeys: string[]): Promise<void> {
  await db.authAttempt.deleteMany({ where: { key: { in: clearKeys } } });
  await db.authAttempt.updateMany({ where: { key: { in: decrementKeys }, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

export async function clearAttempts(key: string): Promise<void> {
  await db.authAttempt.deleteMany({ where: { key } });
}
