#!/usr/bin/env node
// Starts the built app for end-to-end tests on a fresh database, migrated and seeded: a SQLite file
// (data/e2e-<port>.db), or, with E2E_DATABASE_URL=postgresql://… (an existing, empty database), PostgreSQL.
// E2E_DEV=1 serves `next dev` instead of the production build (for quick local iteration); E2E_HOST picks the
// interface of the production server (127.0.0.1), E2E_AUTH_URL its BETTER_AUTH_URL (http://127.0.0.1:<port>).
// The server's output also goes to data/e2e-<port>.log, so a test can find a line the server logged.
import { spawn, execFileSync } from "node:child_process";
import { createWriteStream, rmSync, mkdirSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const dbFile = process.env.E2E_DB ?? `data/e2e-${port}.db`;
mkdirSync("data", { recursive: true });
const postgresUrl = process.env.E2E_DATABASE_URL?.startsWith("postgres") ? process.env.E2E_DATABASE_URL : null;
if (!postgresUrl) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: postgresUrl ?? `file:./${dbFile}`,
  BETTER_AUTH_URL: process.env.E2E_AUTH_URL ?? `http://127.0.0.1:${port}`,
  BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
  AUTH_MAX_ATTEMPTS: process.env.AUTH_MAX_ATTEMPTS ?? "5",
  // every e2e user signs in from 127.0.0.1: the per-client limits would otherwise trip mid-suite
  AUTH_MAX_ATTEMPTS_PER_IP: process.env.AUTH_MAX_ATTEMPTS_PER_IP ?? "100000",
  AUTH_MAX_FAILURES_PER_CLIENT: process.env.AUTH_MAX_FAILURES_PER_CLIENT ?? "100000",
  // serves /fault-injection, a page that always fails, for the server-error flow
  STARLOOP_FAULT_INJECTION: "1",
};
execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "inherit" });
execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { env, stdio: "inherit" });

// Production: the same server as npm start (scripts/serve.mjs, which tells the app each socket's address).
const [cmd, args] = process.env.E2E_DEV ? ["npx", ["next", "dev", "-p", port, "-H", "127.0.0.1"]] : ["node", ["scripts/serve.mjs"]];
const log = createWriteStream(`data/e2e-${port}.log`); // truncated: one server run per file
const child = spawn(cmd, args, {
  env: { ...env, PORT: port, HOST: process.env.E2E_HOST ?? "127.0.0.1", NODE_ENV: process.env.E2E_DEV ? "development" : "production" },
  stdio: ["inherit", "pipe", "pipe"],
});
child.stdout.on("data", (chunk) => { process.stdout.write(chunk); log.write(chunk); });
child.stderr.on("data", (chunk) => { process.stderr.write(chunk); log.write(chunk); });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
