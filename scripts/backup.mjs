#!/usr/bin/env node
// `npm run backup`: an online backup of the SQLite database, safe while the server runs.
// SQLite's `VACUUM INTO` writes one consistent snapshot (a read transaction: writers carry on meanwhile;
// busy_timeout covers a checkpoint in progress) to data/backups/starloop-<UTC timestamp>.db, which is then
// opened and checked with PRAGMA integrity_check. Prints the backup's path.
// Database: DATABASE_URL (default file:./data/starloop.db, as `npm start` uses). Options: --out <file>.
// Restore: see README ("Backups").
// On PostgreSQL (DATABASE_URL=postgresql://…) the tool is PostgreSQL's own pg_dump: run when it is installed
// (custom format, to data/backups/starloop-<UTC timestamp>.dump, restore with pg_restore), explained when not.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { findPgBin } from "./pg-cluster.mjs";

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const url = process.env.DATABASE_URL ?? "file:./data/starloop.db";
// The scheme check of lib/server/engine.ts (this script runs under plain node, without TypeScript).
if (/^postgres(ql)?:\/\//i.test(url)) backupPostgres(url);
const source = url.replace(/^file:/, "");
if (source === ":memory:") fail("DATABASE_URL points at an in-memory database; there is nothing to back up.");
if (!existsSync(source)) fail(`No database at ${path.resolve(source)} (DATABASE_URL=${url}). Start the app once, or set DATABASE_URL.`);

const outIndex = process.argv.indexOf("--out");
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").replace(/\..*$/, "");
const target = path.resolve(outIndex >= 0 ? process.argv[outIndex + 1] : path.join("data", "backups", `starloop-${stamp}.db`));
if (existsSync(target)) fail(`${target} already exists; choose another --out.`);
mkdirSync(path.dirname(target), { recursive: true });

const t0 = Date.now();
const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
try {
  db.pragma("busy_timeout = 10000");
  db.prepare("VACUUM INTO ?").run(target);
} catch (error) {
  rmSync(target, { force: true });
  fail(`Backup failed: ${error.message}`);
} finally {
  db.close();
}

const copy = new Database(target, { readonly: true, fileMustExist: true });
let summary;
try {
  const check = copy.pragma("integrity_check", { simple: true });
  if (check !== "ok") fail(`The backup at ${target} failed its integrity check: ${check}`);
  const count = (table) => {
    try {
      return copy.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get().n;
    } catch {
      return null;
    }
  };
  summary = { users: count("user"), stories: count("Story"), loops: count("Loop") };
} finally {
  copy.close();
}

const size = statSync(target).size;
const contents =
  summary.users === null
    ? "no StarLoop tables (the database was never migrated)"
    : `${summary.users} users, ${summary.stories} stories, ${summary.loops} loops`;
console.error(`✓ Backed up ${path.resolve(source)} in ${Date.now() - t0} ms: ${(size / 1024).toFixed(0)} kB, integrity ok, ${contents}.`);
console.log(target);

function backupPostgres(databaseUrl) {
  const redacted = databaseUrl.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
  const onPath = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  const bin = onPath.status === 0 ? "pg_dump" : findPgBin() && existsSync(path.join(findPgBin(), "pg_dump")) ? path.join(findPgBin(), "pg_dump") : null;
  if (!bin) {
    fail(
      `DATABASE_URL names PostgreSQL (${redacted}): its backups are PostgreSQL's own tool, pg_dump, which is not installed here. ` +
        `Install it (Debian: apt-get install postgresql-client, the same major version as the server or newer) and run this again, or run ` +
        `\`pg_dump --format=custom --file starloop.dump "$DATABASE_URL"\` wherever it is; restore with \`pg_restore --clean --if-exists -d "$DATABASE_URL" starloop.dump\`.`,
    );
  }
  const outIndex = process.argv.indexOf("--out");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").replace(/\..*$/, "");
  const target = path.resolve(outIndex >= 0 ? process.argv[outIndex + 1] : path.join("data", "backups", `starloop-${stamp}.dump`));
  if (existsSync(target)) fail(`${target} already exists; choose another --out.`);
  mkdirSync(path.dirname(target), { recursive: true });
  const t0 = Date.now();
  // pg_dump takes one consistent snapshot (a repeatable-read transaction): instances keep serving meanwhile.
  const dump = spawnSync(bin, ["--format=custom", "--no-owner", "--file", target, databaseUrl], { encoding: "utf8" });
  if (dump.status !== 0) {
    rmSync(target, { force: true });
    fail(`pg_dump failed: ${(dump.stderr || dump.error?.message || `exit ${dump.status}`).trim().split("\n")[0]}`);
  }
  console.error(`✓ Backed up ${redacted} with pg_dump in ${Date.now() - t0} ms: ${(statSync(target).size / 1024).toFixed(0)} kB (custom format; restore with pg_restore).`);
  console.log(target);
  process.exit(0);
}
