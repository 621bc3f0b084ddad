#!/usr/bin/env node
// `npm test`: type-check, unit + integration tests (Vitest) on SQLite, the integration tests again on
// PostgreSQL, production build, end-to-end (Playwright driving Debian's Chromium) on SQLite, and a subset of the
// flows plus the two-instance test on PostgreSQL. First makes sure Chromium, poppler and PostgreSQL's server are
// installed (installing them from Debian when this user may; see ensure-system-deps.mjs), so a fresh machine needs
// no other step.
// PostgreSQL: TEST_DATABASE_URL=postgresql://user@host:port/db names an existing server (each test file gets a
// fresh database made through it); otherwise a throwaway cluster is started in a temp folder on a free port
// (scripts/pg-cluster.mjs) and removed afterwards. Without either, the PostgreSQL half is skipped with one line
// saying how to enable it; with CI=true that is a failure.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureSystemDeps } from "./ensure-system-deps.mjs";
import { findPgBin, startCluster } from "./pg-cluster.mjs";

const ci = process.env.CI === "true" || process.env.CI === "1";
if (!ensureSystemDeps()) process.exit(1);

const { TEST_DATABASE_URL: given, ...baseEnv } = process.env;
const sqliteEnv = { ...baseEnv, NEXT_SKIP_TYPECHECK: "1" };

let cluster = null;
let postgresUrl = given?.startsWith("postgres") ? given : null;
const cleanup = () => cluster?.stop();
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (cleanup(), process.exit(130)));

function step(title, cmd, args, env) {
  console.log(`\n=== ${title} ===`);
  try {
    execFileSync(cmd, args, { stdio: "inherit", env });
  } catch {
    console.error(`\n✗ ${title} failed.`);
    cleanup();
    process.exit(1);
  }
}

/** The test files that use a database (they import tests/fixtures/test-db): the ones worth a second engine. */
function integrationTests() {
  const dir = "tests/unit";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts") && readFileSync(path.join(dir, f), "utf8").includes("fixtures/test-db"))
    .map((f) => path.join(dir, f));
}

async function createDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

step("Type-check", "npx", ["tsc", "--noEmit"], sqliteEnv);
step("Unit and integration tests (SQLite)", "npx", ["vitest", "run"], sqliteEnv);

if (!postgresUrl && findPgBin()) {
  console.log("\n› Starting a throwaway PostgreSQL cluster…");
  try {
    cluster = await startCluster({ quiet: true });
    postgresUrl = cluster.url;
    console.log(`  ${cluster.url} (data in ${cluster.dir}, removed afterwards)`);
  } catch (error) {
    console.error(`✗ ${error.message}`);
    if (ci) process.exit(1);
  }
}
if (!postgresUrl) {
  const how = "install Debian's postgresql (sudo apt-get install -y postgresql) or set TEST_DATABASE_URL=postgresql://user@host:5432/postgres";
  if (ci) {
    console.error(`\n✗ PostgreSQL is required in CI and none could be had: ${how}.`);
    process.exit(1);
  }
  console.log(`\n– PostgreSQL half skipped: no PostgreSQL server here; to run it, ${how}.`);
}
const postgresEnv = postgresUrl ? { ...sqliteEnv, TEST_DATABASE_URL: postgresUrl } : null;

if (postgresEnv) {
  const files = integrationTests();
  step(`Integration tests (PostgreSQL: ${files.length} files using a database)`, "npx", ["vitest", "run", ...files], postgresEnv);
}
step("Production build", "npx", ["next", "build"], sqliteEnv);
step("End-to-end tests (Chromium, SQLite)", "npx", ["playwright", "test"], sqliteEnv);
if (postgresEnv) {
  const e2eDatabase = await createDatabase(postgresUrl, "starloop_e2e");
  step("End-to-end tests (Chromium, PostgreSQL: chosen flows and two instances on one database)", "npx", ["playwright", "test", "-c", "playwright.postgresql.config.ts"], {
    ...postgresEnv,
    E2E_DATABASE_URL: e2eDatabase,
  });
}
cleanup();
console.log(`\n✓ All tests passed${postgresEnv ? " on SQLite and PostgreSQL" : " on SQLite (PostgreSQL skipped)"}.`);
