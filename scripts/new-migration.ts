// `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma (the one data model), writes the
// migration for BOTH engines with the same name, regenerates prisma/postgresql/schema.prisma and both clients:
//   prisma/sqlite/migrations/<timestamp>_<name>/migration.sql
//   prisma/postgresql/migrations/<timestamp>_<name>/migration.sql
// each `prisma migrate diff` from the previous data model (the committed generated schema) to the new one.
// `prisma migrate dev` does not work with the JavaScript schema engine, nor `--from-migrations` with the driver
// adapters (ENVIRONMENT.md and below); these diffs need no database.
//
// Porting a SQLite-only migration (e.g. merged from a branch made before the PostgreSQL layout): move its
// folder into prisma/sqlite/migrations/, then run `npm run db:new-migration` with no name: for SQLite
// migrations that have no PostgreSQL folder of the same name, it writes PostgreSQL's counterpart (the whole
// change since the committed generated schema) under the newest such name.
// Then `npm run db:migrate` (or `npm start`) applies it to whichever engine DATABASE_URL names.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expectedPostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA, sqliteSchema } from "./db-schema";

const SQLITE_DIR = "prisma/sqlite/migrations";
const POSTGRES_DIR = "prisma/postgresql/migrations";
const NAME = /^\d{14}_[a-z0-9_]+$/;

const given = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").replace(/^_+|_+$/g, "").toLowerCase();

const prisma = (args: string[]) => execFileSync("npx", ["prisma", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const isEmpty = (sql: string) => !sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim());
const migrationsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((d) => NAME.test(d)).sort() : []);

// The committed generated schema (prisma/postgresql/schema.prisma) is the state both engines' migrations
// produce: the previous data model. (`prisma migrate diff --from-migrations` fails with the driver adapters:
// their executeRaw runs one statement at a time.) Each engine's SQL is the diff from it to the new data model.
const previousPostgres = existsSync(POSTGRES_SCHEMA) && migrationsIn(POSTGRES_DIR).length > 0 ? readFileSync(POSTGRES_SCHEMA, "utf8") : null;
const newPostgresSchema = expectedPostgresSchema();
const tmp = mkdtempSync(path.join(tmpdir(), "starloop-schema-"));
const diff = (previous: string | null, next: string) => {
  const files = [path.join(tmp, `from-${Math.random().toString(36).slice(2)}.prisma`), path.join(tmp, `to-${Math.random().toString(36).slice(2)}.prisma`)];
  writeFileSync(files[1], next);
  if (previous !== null) writeFileSync(files[0], previous);
  const from = previous === null ? ["--from-empty"] : ["--from-schema-datamodel", files[0]];
  return prisma(["migrate", "diff", ...from, "--to-schema-datamodel", files[1], "--script"]);
};
let sqliteSql: string;
let postgresSql: string;
try {
  sqliteSql = diff(previousPostgres === null ? null : sqliteSchema(previousPostgres), readFileSync(SQLITE_SCHEMA, "utf8"));
  postgresSql = diff(previousPostgres, newPostgresSchema);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// A SQLite migration with no PostgreSQL folder of the same name was written before this layout (or merged
// from a branch that had only SQLite): its change is already in the SQLite chain; PostgreSQL catches up.
const unported = migrationsIn(SQLITE_DIR).filter((m) => !existsSync(path.join(POSTGRES_DIR, m)));

const write = (dir: string, name: string, sql: string) => {
  const target = path.join(dir, name);
  if (existsSync(target)) throw new Error(`${target} already exists`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`wrote ${target}/migration.sql`);
};

let name: string;
if (unported.length > 0) {
  name = unported.at(-1) as string;
  if (isEmpty(postgresSql)) {
    console.log(`${unported.join(", ")}: PostgreSQL needs no migration for ${unported.length > 1 ? "them" : "it"}; nothing to write.`);
    process.exit(0);
  }
  console.log(`Porting ${unported.join(", ")} to PostgreSQL: the SQLite chain already has ${unported.length > 1 ? "them" : "it"}; writing PostgreSQL's counterpart as ${name}.`);
} else if (!isEmpty(sqliteSql) || !isEmpty(postgresSql)) {
  if (!given) {
    console.error(`${SQLITE_SCHEMA} differs from the migrations: usage: npm run db:new-migration -- <name>`);
    process.exit(1);
  }
  name = `${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${given}`;
  if (!isEmpty(sqliteSql)) write(SQLITE_DIR, name, sqliteSql);
  else console.log("(SQLite needs no migration for this change.)");
} else {
  console.log(`${SQLITE_SCHEMA} matches the migrations of both engines: nothing to write.`);
  process.exit(0);
}
if (!isEmpty(postgresSql)) write(POSTGRES_DIR, name, postgresSql);
else console.log("(PostgreSQL needs no migration for this change.)");

for (const [dir, provider] of [[SQLITE_DIR, "sqlite"], [POSTGRES_DIR, "postgresql"]] as const) {
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
}
if (!existsSync(POSTGRES_SCHEMA) || readFileSync(POSTGRES_SCHEMA, "utf8") !== newPostgresSchema) {
  writeFileSync(POSTGRES_SCHEMA, newPostgresSchema);
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
prisma(["generate"]);
prisma(["generate", "--config", "prisma.postgresql.config.ts"]);
console.log("Generated both clients. Apply with `npm run db:migrate` (or `npm start`).");
