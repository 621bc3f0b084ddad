#!/usr/bin/env node
// `npm run backup`: an online backup of the SQLite database, safe while the server runs.
// SQLite's `VACUUM INTO` writes one consistent snapshot (a read transaction: writers carry on meanwhile;
// busy_timeout covers a checkpoint in progress) to data/backups/starloop-<UTC timestamp>.db, which is then
// opened and checked with PRAGMA integrity_check. Prints the backup's path.
// Database: DATABASE_URL (default file:./data/starloop.db, as `npm start` uses). Options: --out <file>.
// Restore: see README ("Backups").
import Database from "better-sqlite3";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const url = process.env.DATABASE_URL ?? "file:./data/starloop.db";
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
