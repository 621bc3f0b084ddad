// Migrations on both engines: each engine's chain builds exactly the one data model, the PostgreSQL schema is
// generated (never stale), an existing SQLite database made by `prisma migrate deploy` upgrades in place with
// nothing lost, concurrent starts wait for each other, and bad database URLs stop with one sentence.
import { TEST_DATABASE_URL, TEST_ENGINE } from "../fixtures/test-db";
import Database from "better-sqlite3";
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "@/lib/server/engine";
import { migrate, migrationsOnDisk, postgresReason } from "@/lib/server/migrate";
import { expectedPostgresSchema, POSTGRES_SCHEMA, sqliteSchema } from "../../scripts/db-schema";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const tmp = mkdtempSync(path.join(tmpdir(), "starloop-migrations-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fromEmptySql = (schema: string) =>
  execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

describe("one data model", () => {
  it("prisma/postgresql/schema.prisma is generated from prisma/schema.prisma (run `npm run db:generate` if this fails)", () => {
    expect(readFileSync(path.join(root, POSTGRES_SCHEMA), "utf8")).toBe(expectedPostgresSchema(root));
  });

  it("the generated schema differs from the data model only in provider, url and client output", () => {
    const sqlite = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    expect(sqliteSchema(expectedPostgresSchema(root))).toBe(sqlite.replace(/^(\/\/[^\n]*\n)+/, ""));
  });

  it("both engines have a migration for the first schema, under the same name", () => {
    expect(migrationsOnDisk("sqlite", path.join(root, "prisma/sqlite/migrations"))[0]?.name).toBe(migrationsOnDisk("postgresql", path.join(root, "prisma/postgresql/migrations"))[0]?.name);
  });
});

function sqliteCatalog(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return tables.map((t) => ({
      table: t,
      columns: sqlite.pragma(`table_xinfo("${t}")`),
      indexes: (sqlite.pragma(`index_list("${t}")`) as { name: string; unique: number; origin: string }[])
        .map((i) => ({ name: i.name, unique: i.unique, columns: (sqlite.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: (sqlite.pragma(`foreign_key_list("${t}")`) as Record<string, unknown>[]).map(({ id: _id, seq: _seq, ...fk }) => fk).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    }));
  } finally {
    sqlite.close();
  }
}

async function postgresCatalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default, ordinal_position FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
      // contype 't': the bank version's constraint triggers (migration …_bank_version), which no data model describes;
      // tests/unit/bank-cache.test.ts checks what they do.
      constraints: await q(`SELECT c.conrelid::regclass::text AS t, c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' AND c.contype <> 't' ORDER BY c.conname`),
    };
  } finally {
    await client.end();
  }
}

async function freshPostgres(label: string): Promise<string> {
  const admin = process.env.TEST_DATABASE_URL as string;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const name = `starloop_${label}_${Math.random().toString(36).slice(2, 10)}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("each engine's migrations build exactly the data model", () => {
  it("SQLite: prisma/sqlite/migrations gives the schema prisma/schema.prisma describes", { timeout: 60_000 }, async () => {
    const migrated = path.join(tmp, "chain.db");
    await migrate(`file:${migrated}`, { dir: path.join(root, "prisma/sqlite/migrations") });
    const direct = path.join(tmp, "direct.db");
    const sqlite = new Database(direct);
    sqlite.exec(fromEmptySql("prisma/schema.prisma"));
    sqlite.close();
    expect(sqliteCatalog(migrated)).toEqual(sqliteCatalog(direct));
  });

  it.skipIf(TEST_ENGINE !== "postgresql")("PostgreSQL: prisma/postgresql/migrations gives the schema prisma/postgresql/schema.prisma describes", { timeout: 60_000 }, async () => {
    const migrated = await freshPostgres("chain");
    await migrate(migrated, { dir: path.join(root, "prisma/postgresql/migrations") });
    const direct = await freshPostgres("direct");
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    await client.query(fromEmptySql(POSTGRES_SCHEMA));
    await client.end();
    expect(await postgresCatalog(migrated)).toEqual(await postgresCatalog(direct));
  });
});

describe("an existing SQLite database (made by `prisma migrate deploy`, as StarLoop did before) upgrades in place", () => {
  it("is recognised as current, then takes a table-rebuilding migration with every row kept", { timeout: 120_000 }, async () => {
    // The installation as it was: the first migration applied by Prisma itself, and a bank in it.
    const before = path.join(tmp, "before");
    mkdirSync(before);
    const init = migrationsOnDisk("sqlite", path.join(root, "prisma/sqlite/migrations"))[0].name;
    cpSync(path.join(root, "prisma/sqlite/migrations", init), path.join(before, init), { recursive: true });
    const file = path.join(tmp, "installed.db");
    const url = `file:${file}`;
    const deploy = (dir: string) =>
      run("npx", ["prisma", "migrate", "deploy", "--config", "tests/fixtures/upgrade/prisma-deploy.config.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url, UPGRADE_MIGRATIONS_DIR: dir } });
    await deploy(before);
    const sqlite = new Database(file);
    sqlite.exec(`
      INSERT INTO "user" (id, name, email, emailVerified, createdAt, updatedAt) VALUES ('u1', 'Ada', 'ada@example.com', 1, 0, 0);
      INSERT INTO "Project" (id, userId, title, createdAt, updatedAt) VALUES ('p1', 'u1', 'Billing', 0, 0);
      INSERT INTO "Story" (id, userId, projectId, title, situation, version, createdAt, updatedAt) VALUES ('s1', 'u1', 'p1', 'Cut p95', 'Checkout was slow', 3, 0, 0);
      INSERT INTO "StoryPrinciple" (storyId, code, weight) VALUES ('s1', 'dive-deep', 'primary'), ('s1', 'ownership', 'secondary');
      INSERT INTO "StoryAngle" (storyId, angle) VALUES ('s1', 'scale');
      INSERT INTO "Metric" (id, storyId, position, label, before, after) VALUES ('m1', 's1', 0, 'p95 ms', 900, 300);
      INSERT INTO "Comment" (id, storyId, authorId, section, body, createdAt, updatedAt) VALUES ('c1', 's1', 'u1', 'result', 'Which percentile?', 0, 0);
    `);
    sqlite.close();
    const counts = () => {
      const db = new Database(file, { readonly: true });
      try {
        return Object.fromEntries(["user", "Project", "Story", "StoryPrinciple", "StoryAngle", "Metric", "Comment"].map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
      } finally {
        db.close();
      }
    };
    const bank = counts();
    expect(bank).toEqual({ user: 1, Project: 1, Story: 1, StoryPrinciple: 2, StoryAngle: 1, Metric: 1, Comment: 1 });

    // This version's migrate step: the same migration under the same name and checksum, so nothing to do.
    expect(await migrate(url, { dir: before })).toMatchObject({ applied: [], modified: [] });
    expect(counts()).toEqual(bank);

    // A later migration that rebuilds Story (DROP TABLE + RENAME, as Prisma writes column changes for SQLite):
    // with foreign keys on, the DROP would cascade to principles, metrics and comments.
    const after = path.join(tmp, "after");
    cpSync(before, after, { recursive: true });
    mkdirSync(path.join(after, "20261201095027_add_notes"));
    cpSync(path.join(root, "tests/fixtures/upgrade/sqlite-redefine-story.sql"), path.join(after, "20261201095027_add_notes", "migration.sql"));
    expect(await migrate(url, { dir: after })).toMatchObject({ applied: ["20261201095027_add_notes"] });
    expect(counts()).toEqual(bank);
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT title, situation, version, notes FROM "Story"`).get()).toEqual({ title: "Cut p95", situation: "Checkout was slow", version: 3, notes: "" });
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect((db.prepare(`SELECT COUNT(*) AS n FROM _prisma_migrations`).get() as { n: number }).n).toBe(2);
    db.close();

    // And Prisma reads our record as its own: nothing left for `prisma migrate deploy` either.
    const { stdout } = await deploy(after);
    expect(stdout).toMatch(/No pending migrations/);
  });
});

describe("instances start at any time", () => {
  const migrateCli = (url: string) =>
    run("npx", ["tsx", "scripts/migrate.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url } }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
  const freshUrl = async () => (TEST_ENGINE === "postgresql" ? freshPostgres("concurrent") : `file:${path.join(tmp, `concurrent-${Math.random().toString(36).slice(2)}.db`)}`);
  const rows = async (url: string) => {
    if (url.startsWith("file:")) {
      const db = new Database(url.slice(5), { readonly: true });
      try {
        return (db.prepare("SELECT migration_name FROM _prisma_migrations").all() as { migration_name: string }[]).map((r) => r.migration_name);
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query("SELECT migration_name FROM _prisma_migrations")).rows.map((r) => r.migration_name as string);
    } finally {
      await client.end();
    }
  };

  it(`three instances migrating one fresh ${TEST_ENGINE} database at once: all start, the migrations apply once`, { timeout: 120_000 }, async () => {
    const url = await freshUrl();
    const outcomes = await Promise.all([migrateCli(url), migrateCli(url), migrateCli(url)]);
    expect(outcomes.map((o) => o.code)).toEqual([0, 0, 0]);
    expect(outcomes.filter((o) => /applied \d+ migration/.test(o.out))).toHaveLength(1);
    expect((await rows(url)).sort()).toEqual(migrationsOnDisk(TEST_ENGINE, path.join(root, "prisma", TEST_ENGINE, "migrations")).map((m) => m.name));
  });

  it.skipIf(TEST_ENGINE !== "sqlite")("SQLite: a start while another process holds the write lock waits for it, and a current schema needs no lock", { timeout: 60_000 }, async () => {
    const file = path.join(tmp, "busy.db");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE busy (n INTEGER)");
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("INSERT INTO busy VALUES (1)");
    setTimeout(() => writer.exec("COMMIT"), 1500);
    const t0 = Date.now();
    const first = await migrateCli(`file:${file}`); // needs the lock: waits ~1.5 s
    expect(first.code).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    writer.exec("BEGIN IMMEDIATE"); // a serving instance mid-write
    const second = await migrateCli(`file:${file}`);
    writer.exec("COMMIT");
    writer.close();
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toMatch(/schema current/);
  });

  it("the current schema is a quick no-op on the test database", async () => {
    const t0 = Date.now();
    expect(await migrate(TEST_DATABASE_URL)).toMatchObject({ applied: [] });
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe("bad database settings stop with one sentence", () => {
  it.each([
    ["mysql://u:p@localhost/db", /uses "mysql:", which StarLoop does not run on/],
    ["postgresql://[broken", /not a valid PostgreSQL URL/],
    ["postgres://localhost:5432", /names no PostgreSQL database/],
    ["file:", /names no file/],
    ["starloop.db", /is not a URL/],
  ])("DATABASE_URL=%s", (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });

  it("names both engines and never prints a password", () => {
    expect(parseDatabaseUrl(undefined)).toMatchObject({ engine: "sqlite", file: "./data/starloop.db" });
    expect(parseDatabaseUrl("postgres://app:s3cret@db.internal:6432/starloop")).toMatchObject({ engine: "postgresql", host: "db.internal", port: 6432, database: "starloop", user: "app" });
    expect(() => parseDatabaseUrl("postgresql://app:s3cret@[db")).toThrow(/app:\*\*\*@/);
  });

  it("explains the server's refusals", () => {
    const target = parseDatabaseUrl("postgresql://app:pw@db:5432/starloop");
    if (target.engine !== "postgresql") throw new Error("unreachable");
    expect(postgresReason({ code: "28P01" }, target)).toBe('PostgreSQL at db:5432 refused the password for user "app" (check the credentials in DATABASE_URL).');
    expect(postgresReason({ code: "3D000" }, target)).toMatch(/has no database "starloop": create it first/);
    expect(postgresReason({ code: "ECONNREFUSED" }, target)).toMatch(/^Cannot reach PostgreSQL at db:5432: the connection was refused/);
    expect(postgresReason({ code: "ENOTFOUND" }, target)).toMatch(/host "db" in DATABASE_URL is not known/);
  });

  it("`npm start` stops before building, with exit 1 and one line naming the problem", { timeout: 60_000 }, async () => {
    const start = (url: string) =>
      run("node", ["scripts/start.mjs"], { cwd: root, env: { ...process.env, DATABASE_URL: url, PORT: "3699", BETTER_AUTH_SECRET: "x".repeat(32) } }).then(
        () => ({ code: 0, stderr: "" }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const unreachable = await start("postgresql://starloop@127.0.0.1:1/starloop");
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split("\n")).toEqual(["✗ Cannot reach PostgreSQL at 127.0.0.1:1: the connection was refused (is the server running, and are the host and port in DATABASE_URL right?)."]);
    const malformed = await start("postgres//nowhere");
    expect(malformed.code).toBe(1);
    expect(malformed.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^✗ DATABASE_URL "postgres\/\/nowhere" is not a URL/)]);
    if (TEST_ENGINE === "postgresql") {
      const missing = new URL(process.env.TEST_DATABASE_URL as string);
      missing.pathname = "/no_such_database";
      const noDb = await start(missing.toString());
      expect(noDb.stderr.trim().split("\n")).toEqual([expect.stringMatching(/has no database "no_such_database": create it first/)]);
    }
  });
});
