// Fixed-window attempt counters in SQLite, shared by every server process: per email and per IP.
import "server-only";
import { db } from "./db";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

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
    if (row.count > limit.max) {
      const wait = Math.max(1, Math.ceil((row.windowEnd.getTime() - now.getTime()) / 1000));
      retryAfter = Math.max(retryAfter ?? 0, wait);
    }
  }
  return retryAfter;
}

export async function clearAttempts(key: string): Promise<void> {
  await db.authAttempt.deleteMany({ where: { key } });
}
