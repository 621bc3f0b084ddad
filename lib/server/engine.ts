// The one module that knows which database engine runs: it reads the scheme of DATABASE_URL.
//   file:… (or nothing)          → SQLite through better-sqlite3 (the embedded default)
//   postgresql://… / postgres://… → PostgreSQL through @prisma/adapter-pg (+ pg)
// Everything that differs between the engines follows from `engineOf()`: which generated client and adapter
// lib/server/db.ts builds (SQLite's pragmas and transaction serialization apply only to SQLite), better-auth's
// provider name, the schema and migrations folders, how migrations are applied (lib/server/migrate.ts) and how
// a backup is taken. Plain TypeScript with no server-only import, so scripts (tsx) and tests use it too.
// What still differs between the engines, on purpose or by nature, and where:
//  - SQLite needs WAL, busy_timeout and serialized transactions (lib/server/db.ts); PostgreSQL needs a pool;
//  - migrations: one folder per engine, applied with BEGIN IMMEDIATE or an advisory lock (lib/server/migrate.ts);
//  - raw SQL exists only in health (SELECT 1, _prisma_migrations: the same on both) and in tests;
//  - no query of the app uses a case-insensitive filter today; one that does must pass `mode: "insensitive"` on
//    PostgreSQL only (SQLite's LIKE already ignores ASCII case and its client has no `mode`);
//  - text ORDER BY (projects by title) follows the database's collation: SQLite compares bytes, PostgreSQL its
//    locale (a database created with LC_COLLATE "C" orders exactly as SQLite does);
//  - JSON-in-text columns are TEXT on both (lib/server/json-text.ts), so the data model stays one.
import path from "node:path";

export type Engine = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/starloop.db";

export interface SqliteTarget {
  engine: "sqlite";
  url: string;
  /** The file as given (relative to the working directory), or ":memory:". */
  file: string;
}

export interface PostgresTarget {
  engine: "postgresql";
  url: string;
  host: string;
  port: number;
  database: string;
  user: string;
}

export type DatabaseTarget = SqliteTarget | PostgresTarget;

/** A DATABASE_URL this app cannot use: the message is one sentence naming the problem. */
export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

const USAGE = "use file:./data/starloop.db for SQLite or postgresql://user:password@host:5432/database for PostgreSQL";

/** Reads DATABASE_URL (undefined or empty → the embedded SQLite file). Throws DatabaseUrlError when malformed. */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = (raw ?? "").trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new DatabaseUrlError(`DATABASE_URL "${url}" names no file: ${USAGE}.`);
    return { engine: "sqlite", url, file };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "postgresql" || scheme === "postgres") {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL URL (${redact(url)}): ${USAGE}.`);
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
    if (!parsed.hostname && !parsed.searchParams.get("host")) throw new DatabaseUrlError(`DATABASE_URL names no PostgreSQL host (${redact(url)}): ${USAGE}.`);
    if (!database) throw new DatabaseUrlError(`DATABASE_URL names no PostgreSQL database after the host (${redact(url)}): ${USAGE}.`);
    const port = parsed.port ? Number(parsed.port) : 5432;
    return {
      engine: "postgresql",
      url,
      host: parsed.hostname || parsed.searchParams.get("host") || "localhost",
      port,
      database,
      user: decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || "postgres",
    };
  }
  throw new DatabaseUrlError(
    scheme
      ? `DATABASE_URL uses "${scheme}:", which StarLoop does not run on: ${USAGE}.`
      : `DATABASE_URL "${redact(url)}" is not a URL: ${USAGE}.`,
  );
}

export function engineOf(raw: string | undefined): Engine {
  return parseDatabaseUrl(raw).engine;
}

/** The URL with its password replaced, fit for logs and error messages. */
export function redact(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}

/** Where this engine's schema and migrations live (relative to the repository root). */
export function migrationsDir(engine: Engine, root = process.cwd()): string {
  return path.join(root, "prisma", engine, "migrations");
}

/** better-auth's Prisma adapter provider name. */
export function authProviderOf(engine: Engine): "sqlite" | "postgresql" {
  return engine;
}

/** A short label for logs and /api/health: never the password. */
export function describeTarget(target: DatabaseTarget): string {
  return target.engine === "sqlite" ? `SQLite file ${target.file}` : `PostgreSQL database "${target.database}" on ${target.host}:${target.port}`;
}
