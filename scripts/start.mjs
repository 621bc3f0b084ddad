#!/usr/bin/env node
// `npm start`: the whole app, from a fresh clone, on the embedded SQLite database (DATABASE_URL unset or file:…)
// or on PostgreSQL (DATABASE_URL=postgresql://…; README "Deploy on PostgreSQL").
// Applies migrations, seeds the demo account on first run, builds if needed, serves (scripts/serve.mjs) and
// prints every address served. HOST=0.0.0.0 listens on every interface (in a container, say).
// Several instances may start at any time on one database: migrating is a quick no-op when the schema is
// current and waits for another instance's migration instead of failing. A bad DATABASE_URL, an unreachable
// server or wrong credentials stop it with one sentence naming the problem.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { availableParallelism } from "node:os";

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "localhost";
mkdirSync("data", { recursive: true });

// A per-install session secret, kept beside the database (never committed).
const secretFile = path.join("data", ".auth-secret");
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/starloop.db",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? readFileSync(secretFile, "utf8").trim(),
  // the address printed first; the other loopback names of this port are trusted too (lib/server/auth.ts)
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://localhost:${port}`,
  NODE_ENV: "production",
};
/** Runs a step; a failing step has already said why (scripts/migrate.ts prints one sentence), so just stop. */
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { env, stdio: "inherit" });
  } catch {
    process.exit(1);
  }
};

const postgres = /^postgres(ql)?:/i.test(env.DATABASE_URL);
if (postgres && !process.env.BETTER_AUTH_SECRET) {
  console.warn(`! BETTER_AUTH_SECRET is not set: using ${secretFile} from this folder. Every instance must use the same secret`);
  console.warn("  (set BETTER_AUTH_SECRET on each), or a session made by one is refused by the others.");
}
console.log("› Applying database migrations…");
run("npx", ["tsx", "scripts/migrate.ts"]);
console.log("› Seeding the demo account (first run only)…");
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".next") || entry.name === "data" || entry.name === ".git") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
const buildId = path.join(".next", "BUILD_ID");
const stale = !existsSync(buildId) || statSync(buildId).mtimeMs < newestMtime(".");
if (stale) {
  console.log("› Building the app (first run or sources changed; about two minutes)…");
  execFileSync("npx", ["next", "build"], { env: { ...env, NEXT_SKIP_TYPECHECK: "1" }, stdio: "inherit" }); // types are checked by npm test
}

// One server process per core (at most 4) unless WEB_CONCURRENCY says otherwise: one Node.js process uses one core.
const webConcurrency = process.env.WEB_CONCURRENCY ?? String(Math.min(4, availableParallelism()));
const child = spawn("node", ["scripts/serve.mjs"], { env: { ...env, PORT: port, HOST: host, WEB_CONCURRENCY: webConcurrency }, stdio: ["inherit", "pipe", "inherit"] });
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /StarLoop is running/.test(String(chunk))) {
    announced = true;
    console.log("  Demo account: demo@starloop.test / demo-password-1\n");
  }
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
