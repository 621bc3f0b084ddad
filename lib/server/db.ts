// The Prisma client singleton over SQLite (WAL, busy_timeout 5 s, foreign keys on).
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { starloopDb?: PrismaClient; starloopPragmas?: Promise<void> };

export const db: PrismaClient = globalForDb.starloopDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.starloopDb = db;

// PRAGMAs are per connection; the adapter holds one connection, so running them once is enough.
globalForDb.starloopPragmas ??= (async () => {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
})();
export const dbReady = globalForDb.starloopPragmas;
export type Db = PrismaClient;
