#!/usr/bin/env node
// `npm start`: the whole app on the embedded SQLite database, from a fresh clone.
// Applies migrations, seeds the demo account on first run, builds if needed, serves (scripts/serve.mjs) and
// prints every address served. HOST=0.0.0.0 listens on every interface (in a container, say).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

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
const run = (cmd, args) => execFileSync(cmd, args, { env, stdio: "inherit" });

console.log("› Applying database migrations…");
run("npx", ["prisma", "migrate", "deploy"]);
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

const child = spawn("node", ["scripts/serve.mjs"], { env: { ...env, PORT: port, HOST: host }, stdio: ["inherit", "pipe", "inherit"] });
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
