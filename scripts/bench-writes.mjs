// Concurrent story saves through the real save boundary (lib/server/stories.ts saveEditedStory, answered through attempt() as the server action answers it) against the
// SQLite file at DATABASE_URL. Used by `npm run bench` and tests/unit/write-concurrency.test.ts.
//
// As a child process (one OS process = one SQLite connection, like one server):
//   npx tsx --conditions=react-server scripts/bench-writes.mjs < job.json
// reads {"saves":[{viewer,payload}]} from stdin, prints "READY", waits for a "go" line on stdin (so several
// processes start together), runs every save at once and prints one JSON line: {pid, wallMs, results}.
// Each result: {storyId, ok, conflict, error, ms}: `error` is anything that is neither a success nor the
// conflict answer (SQLITE_BUSY would show here).

import { median } from "./bench-http.mjs";

/** Runs the saves concurrently in this process; never throws. */
export async function runSaves(saves) {
  const { saveEditedStory } = await import("../lib/server/stories.ts");
  const { attempt } = await import("../lib/server/action-result.ts");
  const started = performance.now();
  const results = await Promise.all(
    saves.map(async ({ viewer, payload }) => {
      const t0 = performance.now();
      try {
        const answer = await attempt(() => saveEditedStory(viewer, payload));
        const conflict = !answer.ok && Boolean(answer.conflict);
        const error = answer.ok || conflict ? null : answer.message;
        return { storyId: payload.id, ok: answer.ok, conflict, error, ms: performance.now() - t0 };
      } catch (e) {
        return { storyId: payload.id, ok: false, conflict: false, error: String(e?.message ?? e), ms: performance.now() - t0 };
      }
    }),
  );
  return { pid: process.pid, wallMs: performance.now() - started, results };
}

export { storyPayload } from "./story-payload.mjs";

/** One run of concurrent saves in figures: how many went through, conflicted or failed, and how long they took. */
export function summarizeSaves(results, wallMs) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    saves: results.length,
    ok: results.filter((r) => r.ok).length,
    conflicts: results.filter((r) => r.conflict).length,
    otherErrors: results.filter((r) => !r.ok && !r.conflict).length,
    errorSamples: [...new Set(results.filter((r) => !r.ok && !r.conflict).map((r) => r.error))].slice(0, 3),
    wallMs: Math.round(wallMs),
    saveP50Ms: Math.round(median(ms) ?? 0),
    saveMaxMs: Math.round(ms.at(-1) ?? 0),
  };
}

/**
 * Runs each job (an array of saves) in its own child process, all released at the same moment.
 * Resolves to one outcome per job, in order. `env` must carry DATABASE_URL. `onGo` runs right after the
 * release, so the calling process can write at the same moment.
 */
export async function runInProcesses(jobs, env, { timeoutMs = 120_000, onGo } = {}) {
  const { spawn } = await import("node:child_process");
  const { fileURLToPath } = await import("node:url");
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const children = jobs.map((saves) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/bench-writes.mjs"], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c) => (err += c));
    const ready = new Promise((resolve, reject) => {
      const check = () => (out.includes("READY\n") ? resolve() : undefined);
      child.stdout.on("data", check);
      child.on("exit", (code) => reject(new Error(`writer exited (${code}) before READY: ${err.slice(-2000)}`)));
    });
    const done = new Promise((resolve, reject) => {
      child.on("exit", (code) => {
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (code === 0 && line) resolve(JSON.parse(line));
        else reject(new Error(`writer exited (${code}): ${err.slice(-2000)}`));
      });
    });
    child.stdin.write(`${JSON.stringify({ saves })}\n`);
    return { child, ready, done };
  });
  const timer = setTimeout(() => children.forEach(({ child }) => child.kill("SIGKILL")), timeoutMs);
  try {
    await Promise.all(children.map((c) => c.ready));
    for (const { child } of children) child.stdin.write("go\n");
    onGo?.();
    return await Promise.all(children.map((c) => c.done));
  } finally {
    clearTimeout(timer);
  }
}

async function readStdinLine(stream) {
  return new Promise((resolve) => {
    let buffer = "";
    const onData = (chunk) => {
      buffer += chunk;
      const i = buffer.indexOf("\n");
      if (i >= 0) {
        stream.off("data", onData);
        resolve(buffer.slice(0, i));
      }
    };
    stream.on("data", onData);
  });
}

async function main() {
  process.stdin.setEncoding("utf8");
  const job = JSON.parse(await readStdinLine(process.stdin));
  // Load Prisma and open the database before READY, so "go" starts the saves and nothing else.
  const { db } = await import("../lib/server/db.ts");
  await db.$queryRawUnsafe("SELECT 1");
  await import("../lib/server/stories.ts");
  process.stdout.write("READY\n");
  await readStdinLine(process.stdin);
  const outcome = await runSaves(job.saves);
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
  await db.$disconnect();
  process.exit(0);
}

// No top-level await: test runners load this file with require().
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
