// The Prisma client singleton, for whichever engine DATABASE_URL names (lib/server/engine.ts):
// - SQLite: the client generated from prisma/schema.prisma over better-sqlite3, WAL journal, busy_timeout 5 s,
//   foreign keys on, transactions serialized (below);
// - PostgreSQL: the client generated from prisma/postgresql/schema.prisma (itself generated from
//   prisma/schema.prisma, so both clients have the same API) over a pg pool.
// The rest of the app is written against one PrismaClient type and does not branch on the engine (the
// differences that remain are listed in engine.ts).
import "server-only";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { watchDatabase } from "./db-availability";
import "./query-plans"; // compiled query plans remembered (see the file)
import { authProviderOf, parseDatabaseUrl, type DatabaseTarget, type PostgresTarget } from "./engine";
import { env } from "./env";

/** The engine this process runs on, read once from DATABASE_URL. */
export const target: DatabaseTarget = parseDatabaseUrl(env.DATABASE_URL);
export const engine = target.engine;
/** better-auth's name for it (lib/server/auth.ts). */
export const authProvider = authProviderOf(engine);

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

/**
 * Interactive transactions may wait up to 10 s to start (Prisma's default is 2 s): a burst of sign-ins keeps
 * the event loop busy hashing passwords (scrypt) and every pooled connection taken, and the 2 s wait then
 * failed sign-ins with P2028 "Unable to start a transaction in the given time" (two instances, 50 at once).
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000 };
/** Query events only when the bench asks for them (STARLOOP_QUERY_LOG=1): each costs a little. */
// (Typed as no options: the app's PrismaClient type stays the one without log events.)
const LOG_OPTIONS: object = env.STARLOOP_QUERY_LOG ? { log: [{ emit: "event", level: "query" }] } : {};

function createSqliteClient(url: string): PrismaClient {
  prepareDatabaseFile(url);
  const adapter = serializeTransactions(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, ...LOG_OPTIONS });
}

/**
 * A pool per process (DATABASE_POOL_SIZE connections). PostgreSQL needs none of SQLite's care: each transaction
 * has its own connection, writers wait on row locks, and the story's version guard (UPDATE … WHERE version = n)
 * is re-checked after a concurrent writer commits. A connection the server dropped is discarded by the pool and
 * the next query opens a new one, so the app recovers by itself when the database comes back.
 */
function createPostgresClient(pg: PostgresTarget): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: pg.url, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    // Errors of idle connections (the server restarted) must not crash the process; the next query reconnects.
    { onPoolError: () => {}, onConnectionError: () => {} },
  );
  // Same data model, same generated API: the app is typed against the SQLite client's PrismaClient.
  return new PostgresPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, ...LOG_OPTIONS }) as unknown as PrismaClient;
}

function createClient(): PrismaClient {
  const client = target.engine === "postgresql" ? createPostgresClient(target) : createSqliteClient(target.url);
  if (env.STARLOOP_QUERY_LOG) {
    (client as unknown as { $on(event: "query", cb: (e: { duration: number; query: string }) => void): void }).$on("query", (e) => {
      process.stderr.write(`[query] ${e.duration.toFixed(2)}\n${env.STARLOOP_QUERY_SQL ? `[sql] ${e.query}\n` : ""}`);
    });
  }
  return watchDatabase(client);
}

const globalForDb = globalThis as unknown as { starloopDb?: PrismaClient };

export const db: PrismaClient = globalForDb.starloopDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.starloopDb = db;
export type Db = PrismaClient;
