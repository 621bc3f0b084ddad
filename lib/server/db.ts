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

/**
 * The adapter keeps ONE connection per process and its transactions only exclude each other: a query
 * outside a transaction would run on that connection in the middle of another request's open
 * transaction, reading its uncommitted rows, being rolled back with it, or pinning a stale snapshot
 * so that the transaction's first write fails at once with SQLITE_BUSY when another process (a second
 * server, a script) wrote meanwhile. So (1) queries outside a transaction wait until the open one
 * ends, and (2) transactions BEGIN IMMEDIATE: they take the write lock first, waiting up to busy_timeout.
 * Found by tests/unit/write-concurrency.test.ts and `npm run bench` (20 saves of one story from two processes).
 */
function serializeTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;

    let open: Promise<void> | null = null;
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      let release = () => {};
      const ended = new Promise<void>((resolve) => (release = resolve));
      open = ended;
      const end = () => {
        if (open === ended) open = null;
        release();
      };
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => commit().finally(end);
      tx.rollback = () => rollback().finally(end);
      return tx;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      while (open) await open;
      return queryRaw(query);
    };
    adapter.executeRaw = async (query) => {
      while (open) await open;
      return executeRaw(query);
    };
    return adapter;
  };
  return factory;
}

function createClient() {
  prepareDatabaseFile(env.DATABASE_URL);
  const adapter = serializeTransactions(new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { starloopDb?: PrismaClient };

export const db: PrismaClient = globalForDb.starloopDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.starloopDb = db;
export type Db = PrismaClient;
