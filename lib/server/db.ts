// The Prisma client singleton over SQLite: WAL journal, busy_timeout 5 s, foreign keys on.
import "server-only";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

/**
 * Sets the pragmas before Prisma opens the file, synchronously, so no query (or transaction) can
 * start first. journal_mode=WAL is stored in the file itself; busy_timeout is the adapter's
 * `timeout` option; better-sqlite3 builds SQLite with foreign keys on by default, and we check it.
 */
function prepareDatabaseFile(url: string) {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { timeout: 5000 });
  try {
    sqlite.pragma("journal_mode = WAL");
    if (sqlite.pragma("foreign_keys", { simple: true }) !== 1) throw new Error("SQLite foreign keys are off in this build of better-sqlite3");
  } finally {
    sqlite.close();
  }
}

function createClient() {
  prepareDatabaseFile(env.DATABASE_URL);
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { starloopDb?: PrismaClient };

export const db: PrismaClient = globalForDb.starloopDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.starloopDb = db;
export type Db = PrismaClient;
