// Applies prisma/<engine>/migrations/<timestamp>_<name>/migration.sql to the database DATABASE_URL names, and
// records each in `_prisma_migrations`, the table (and columns, and sha-256 checksums) `prisma migrate deploy`
// keeps, so databases migrated by earlier versions of StarLoop are recognised as they are.
// Why not `prisma migrate deploy`: through the pg adapter it fails (ENVIRONMENT.md), and on SQLite a second
// instance starting while the first serves died in it (WASM_ERROR: unknown variant SocketTimeout).
// Instances may start at any time, together:
//  - when the schema is current this is one read and nothing else (no lock taken);
//  - otherwise it takes the engine's lock and waits for it instead of failing: SQLite BEGIN IMMEDIATE with a
//    busy timeout (a serving instance holds the write lock for milliseconds), PostgreSQL a session advisory
//    lock (a second instance waits for the first one's migrations, then finds nothing left to do);
//  - each migration and its record commit in one transaction, so a failure leaves the database as it was.
// Used by scripts/migrate.ts (`npm run db:migrate`, `npm start`), the test fixtures and the benchmarks.
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describeTarget, migrationsDir, parseDatabaseUrl, redact, type DatabaseTarget, type Engine, type PostgresTarget, type SqliteTarget } from "./engine";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  target: string;
  applied: string[];
  /** Applied migrations whose file changed since (Prisma warns about these too; they are not re-run). */
  modified: string[];
  total: number;
}

export interface MigrateOptions {
  /** Where the engine's migrations are (default prisma/<engine>/migrations under the working directory). */
  dir?: string;
  log?: (line: string) => void;
  /** How long to wait for another instance's migration or a busy database (default 120 s). */
  lockTimeoutMs?: number;
}

/** Thrown for anything the operator must fix; `message` is one sentence naming the problem. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+$/i;
/** The advisory lock key (any constant; "StarLoop" in ASCII). */
const PG_LOCK_KEY = 0x537461724c6f6f70n;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function migrationsOnDisk(engine: Engine, dir = migrationsDir(engine)): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => MIGRATION_NAME.test(name) && existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

function plan(onDisk: Migration[], rows: AppliedRow[], target: DatabaseTarget) {
  const failed = rows.find((r) => r.finished_at == null && r.rolled_back_at == null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started on ${describeTarget(target)} but never finished (a failed \`prisma migrate deploy\`?): ` +
        `check the schema by hand, then delete its row from _prisma_migrations.`,
    );
  }
  const done = new Map(rows.filter((r) => r.finished_at != null && r.rolled_back_at == null).map((r) => [r.migration_name, r.checksum]));
  const known = new Set(onDisk.map((m) => m.name));
  const unknown = [...done.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `${describeTarget(target)} has migration(s) this version of StarLoop does not know (${unknown.join(", ")}): it was migrated by a newer version; run that version.`,
    );
  }
  return {
    pending: onDisk.filter((m) => !done.has(m.name)),
    modified: onDisk.filter((m) => done.has(m.name) && done.get(m.name) !== m.checksum && done.get(m.name) !== checksumOf(m.sql.replace(/\r\n/g, "\n"))).map((m) => m.name),
  };
}

export async function migrate(databaseUrl: string | undefined, options: MigrateOptions = {}): Promise<MigrateResult> {
  const target = parseDatabaseUrl(databaseUrl);
  const onDisk = migrationsOnDisk(target.engine, options.dir);
  if (onDisk.length === 0) throw new MigrationError(`No migrations found in ${options.dir ?? migrationsDir(target.engine)}.`);
  return target.engine === "sqlite" ? migrateSqlite(target, onDisk, options) : migratePostgres(target, onDisk, options);
}

// ---------- SQLite ----------

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Prisma writes RFC 3339 with an explicit offset into these DATETIME columns; so do we. */
const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");

function migrateSqlite(target: SqliteTarget, onDisk: Migration[], options: MigrateOptions): MigrateResult {
  const log = options.log ?? (() => {});
  const timeout = options.lockTimeoutMs ?? 120_000;
  if (target.file !== ":memory:") {
    try {
      mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
    } catch (error) {
      throw new MigrationError(`Cannot create the folder for the SQLite file ${target.file}: ${(error as Error).message}.`);
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(target.file, { timeout });
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    throw new MigrationError(`Cannot open the SQLite database ${target.file}: ${sqliteReason(error)}.`);
  }
  try {
    const hasTable = () => Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get());
    const rows = () => (hasTable() ? (sqlite.prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations").all() as AppliedRow[]) : []);
    let { pending, modified } = plan(onDisk, rows(), target);
    const result: MigrateResult = { target: describeTarget(target), applied: [], modified, total: onDisk.length };
    if (pending.length === 0) return result;

    // Table rebuilds (Prisma's "RedefineTables") must not fire ON DELETE CASCADE when the old table is
    // dropped: foreign keys go off for the connection (a no-op inside a transaction, so before BEGIN) and are
    // checked with foreign_key_check before each commit, as SQLite's documented 12-step procedure does.
    sqlite.pragma("foreign_keys = OFF");
    for (;;) {
      try {
        sqlite.exec("BEGIN IMMEDIATE"); // waits up to `timeout` for a serving instance's write
      } catch (error) {
        throw new MigrationError(`Timed out after ${Math.round(timeout / 1000)} s waiting for the write lock on ${target.file} (${sqliteReason(error)}).`);
      }
      try {
        sqlite.exec(SQLITE_TABLE);
        ({ pending, modified } = plan(onDisk, rows(), target)); // another instance may have applied some meanwhile
        const next = pending[0];
        if (!next) {
          sqlite.exec("COMMIT");
          break;
        }
        const startedAt = sqliteNow();
        log(`applying ${next.name}…`);
        try {
          sqlite.exec(next.sql);
        } catch (error) {
          throw new MigrationError(`Migration ${next.name} failed on ${target.file}: ${(error as Error).message} (nothing of it was applied).`);
        }
        const violations = sqlite.pragma("foreign_key_check") as unknown[];
        if (violations.length > 0) throw new MigrationError(`Migration ${next.name} would leave ${violations.length} row(s) violating foreign keys; nothing of it was applied.`);
        sqlite
          .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`)
          .run(randomUUID(), next.checksum, sqliteNow(), next.name, startedAt);
        sqlite.exec("COMMIT");
        result.applied.push(next.name);
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
        throw error;
      }
    }
    result.modified = modified;
    return result;
  } finally {
    try {
      sqlite.pragma("foreign_keys = ON");
    } catch {
      // closing anyway
    }
    sqlite.close();
  }
}

function sqliteReason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === "SQLITE_NOTADB") return "the file is not a SQLite database";
  if (e.code === "SQLITE_CANTOPEN") return "the file cannot be opened (check the path and its permissions)";
  if (e.code === "SQLITE_READONLY") return "the file is read-only for this user";
  if (e.code === "SQLITE_BUSY") return "another process holds the database's write lock";
  return (e.message ?? String(error)).replace(/\.$/, "");
}

// ---------- PostgreSQL ----------

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Opens one pg connection, or throws a MigrationError that names the problem in one sentence. */
export async function connectPostgres(target: PostgresTarget, connectTimeoutMs = 10_000): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: connectTimeoutMs });
  client.on("error", () => {}); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new MigrationError(postgresReason(error, target));
  }
  return client;
}

async function migratePostgres(target: PostgresTarget, onDisk: Migration[], options: MigrateOptions): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const timeout = options.lockTimeoutMs ?? 120_000;
  const client = await connectPostgres(target);
  try {
    const rows = async (): Promise<AppliedRow[]> => {
      const exists = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
      if (!exists.rows[0]?.t) return [];
      return (await client.query<AppliedRow>("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations")).rows;
    };
    let { pending, modified } = plan(onDisk, await rows(), target);
    const result: MigrateResult = { target: describeTarget(target), applied: [], modified, total: onDisk.length };
    if (pending.length === 0) return result;

    const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PG_LOCK_KEY.toString()]);
    if (!got.rows[0]?.ok) {
      log("another instance is migrating this database: waiting for it…");
      await client.query(`SET lock_timeout = ${Math.max(1, Math.round(timeout))}`);
      try {
        await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY.toString()]);
      } catch (error) {
        if ((error as { code?: string }).code === "55P03") throw new MigrationError(`Timed out after ${Math.round(timeout / 1000)} s waiting for another instance's migration of ${describeTarget(target)}.`);
        throw error;
      }
      await client.query("SET lock_timeout = 0");
    }
    try {
      await client.query(PG_TABLE);
      ({ pending, modified } = plan(onDisk, await rows(), target));
      for (const next of pending) {
        log(`applying ${next.name}…`);
        const startedAt = new Date();
        await client.query("BEGIN");
        try {
          await client.query(next.sql);
        } catch (error) {
          await client.query("ROLLBACK");
          throw new MigrationError(`Migration ${next.name} failed on ${describeTarget(target)}: ${(error as Error).message} (nothing of it was applied).`);
        }
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), next.checksum, next.name, startedAt],
        );
        await client.query("COMMIT");
        result.applied.push(next.name);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY.toString()]).catch(() => {});
    }
    result.modified = modified;
    return result;
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(postgresReason(error, target));
  } finally {
    await client.end().catch(() => {});
  }
}

/** One sentence for a pg connection or query error, naming the server (never the password). */
export function postgresReason(error: unknown, target: PostgresTarget): string {
  const e = error as { code?: string; message?: string };
  const where = `${target.host}:${target.port}`;
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: the connection was refused (is the server running, and are the host and port in DATABASE_URL right?).`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL: the host "${target.host}" in DATABASE_URL is not known.`;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `Cannot reach PostgreSQL at ${where}: no answer (check the host, the port and any firewall).`;
    case "28P01":
      return `PostgreSQL at ${where} refused the password for user "${target.user}" (check the credentials in DATABASE_URL).`;
    case "28000":
      return `PostgreSQL at ${where} refused user "${target.user}": ${e.message} (check the user in DATABASE_URL and pg_hba.conf).`;
    case "3D000":
      return `PostgreSQL at ${where} has no database "${target.database}": create it first (createdb -O ${target.user} ${target.database}).`;
    case "42501":
      return `User "${target.user}" may not change the schema of database "${target.database}" on ${where}: ${e.message} (grant it CREATE on the database, or make it the owner).`;
    case "57P03":
      return `PostgreSQL at ${where} is starting up or shutting down; try again in a moment.`;
    default:
      if (/timeout/i.test(e.message ?? "")) return `Cannot reach PostgreSQL at ${where}: the connection timed out (check the host, the port and any firewall).`;
      if (/password/i.test(e.message ?? "")) return `PostgreSQL at ${where} asked for a password that DATABASE_URL does not give (add it: postgresql://user:password@host/db).`;
      return `PostgreSQL at ${where} failed: ${(e.message ?? String(error)).replace(/\.$/, "")} (DATABASE_URL=${redact(target.url)}).`;
  }
}
