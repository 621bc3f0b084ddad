// HTTP helpers for `npm run bench` and the crash-safety test: start the built app against a given SQLite
// file, sign in through better-auth, call a server action the way the browser does, and load-test a URL
// with autocannon (latency percentiles from every response, not autocannon's fixed buckets).
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new SQLite file `name` in `dir` with every migration applied; returns its path. */
export function freshSqliteDatabase(dir, name) {
  const file = path.join(dir, name);
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  return file;
}

/** Seeds the bench fixture (scripts/seed-bench.ts: the 200-story account and `writers` more) into `file`; returns it. */
export function seedBenchFixture(file, { writers }) {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-bench.ts", "--stories", "200", "--writers", String(writers)], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").filter((l) => l.startsWith("{")).pop());
}

/**
 * Starts `next start` (or, with `workers`, scripts/serve.mjs) on 127.0.0.1:port over the build in distDir. Resolves
 * once /api/health answers 200.
 * The caller owns the child (stop it with `child.kill(...)`).
 */
export async function startServer({ port, distDir, databaseUrl, env = {}, nodeArgs = [], workers, log = false, timeoutMs = 90_000 }) {
  const base = `http://127.0.0.1:${port}`;
  // nodeArgs (e.g. --cpu-prof) need node itself on the command line: NODE_OPTIONS refuses some of them.
  // `workers` serves through npm start's own server instead (scripts/serve.mjs, WEB_CONCURRENCY processes).
  const nextArgs = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const [command, args] = workers
    ? [process.execPath, [...nodeArgs, path.join("scripts", "serve.mjs")]]
    : nodeArgs.length
      ? [process.execPath, [...nodeArgs, path.join("node_modules", "next", "dist", "bin", "next"), ...nextArgs]]
      : [path.join("node_modules", ".bin", "next"), nextArgs];
  if (workers) env = { PORT: String(port), HOST: "127.0.0.1", WEB_CONCURRENCY: String(workers), ...env };
  const child = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      AUTH_MAX_ATTEMPTS: "1000",
      AUTH_MAX_ATTEMPTS_PER_IP: "100000",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
    if (log) process.stderr.write(chunk);
  };
  // With STARLOOP_QUERY_LOG=1 the app prints "[query] <ms>" per database query (lib/server/db.ts): counted here.
  const queries = { count: 0, ms: 0 };
  let partial = "";
  const countQueries = (chunk) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop();
    for (const line of lines) {
      const m = /^\[query\] ([0-9.]+)$/.exec(line);
      if (m) {
        queries.count += 1;
        queries.ms += Number(m[1]);
      } else keep(`${line}\n`);
    }
  };
  child.stdout.setEncoding("utf8").on("data", keep);
  child.stderr.setEncoding("utf8").on("data", countQueries);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return { child, base, output: () => output, queries: () => ({ ...queries }) };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill("SIGKILL");
  throw new Error(`next start did not become healthy in ${timeoutMs} ms:\n${output}`);
}

/**
 * Database queries per request of one route, and their time: `n` requests one after another on an otherwise idle
 * server started with STARLOOP_QUERY_LOG=1. Null when the server logs no queries.
 */
export async function queriesPerRequest(server, url, headers, n = 5) {
  await (await fetch(url, { headers, redirect: "manual" })).text();
  await sleep(50);
  const before = server.queries();
  for (let i = 0; i < n; i++) await (await fetch(url, { headers, redirect: "manual" })).text();
  await sleep(100); // the last lines may still be in the pipe
  const after = server.queries();
  return { queries: Math.round(((after.count - before.count) / n) * 10) / 10, queryMs: Math.round(((after.ms - before.ms) / n) * 100) / 100 };
}

/** Stops a server started by startServer and waits for it to exit. */
export async function stopServer(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGKILL");
    await exited;
  }
}

/**
 * Signs in through better-auth's HTTP endpoint and returns the Cookie header value.
 * `ip` goes in X-Forwarded-For: better-auth limits sign-ins per client address (3 per 10 s), and the
 * concurrent-save run signs in 50 different users, as if from 50 machines.
 */
export async function signIn(base, email, password, ip = "10.0.0.1") {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  if (res.status !== 200) throw new Error(`sign-in for ${email} answered ${res.status}: ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  const session = cookies.find((c) => /session_token=/.test(c));
  if (!session) throw new Error(`sign-in for ${email} set no session cookie`);
  return cookies.join("; ");
}

/** The id of a server action, from the build's server-reference manifest. */
export function findActionId(distDir, exportedName, filename) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"));
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && (!filename || entry.filename === filename)) return id;
  }
  throw new Error(`server action ${exportedName} not found in ${distDir}`);
}

/**
 * Calls a server action exactly as the browser's fetch does (Next-Action header, arguments as the JSON
 * array React encodes plain objects to) and returns {status, result, ms}: `result` is the action's
 * return value, read from the RSC answer.
 */
export async function callAction(base, pagePath, actionId, args, cookie) {
  const t0 = performance.now();
  const res = await fetch(`${base}${pagePath}`, {
    method: "POST",
    headers: {
      "next-action": actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
      cookie,
    },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  return { status: res.status, result: readActionResult(text), ms: performance.now() - t0, raw: text };
}

/** The action's return value in a Flight answer: row 0 names it ("a":"$@<row>"), that row holds it. */
export function readActionResult(flight) {
  const rows = new Map();
  for (const line of flight.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null");
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    return ref !== null && rows.has(ref) ? JSON.parse(rows.get(ref)) : undefined;
  } catch {
    return undefined;
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const round1 = (x) => (x === null ? null : Math.round(x * 10) / 10);

/**
 * Load-tests one URL with autocannon for `duration` seconds at `connections` concurrent connections.
 * Returns requests per second, p50/p95/p99 latency (ms, over every response), status counts and errors.
 */
export async function loadTest(url, { connections, duration, headers = {}, expectStatus = 200 }) {
  const { default: autocannon } = await import("autocannon");
  const latencies = [];
  const statuses = {};
  const instance = autocannon({ url, connections, duration, headers, pipelining: 1, timeout: 30 });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await new Promise((resolve, reject) => instance.on("done", resolve).on("error", reject));
  latencies.sort((a, b) => a - b);
  const unexpected = Object.entries(statuses)
    .filter(([code]) => Number(code) !== expectStatus)
    .reduce((n, [, count]) => n + count, 0);
  return {
    connections,
    durationS: duration,
    requests: latencies.length,
    rps: round1(latencies.length / duration),
    p50Ms: round1(percentile(latencies, 50)),
    p95Ms: round1(percentile(latencies, 95)),
    p99Ms: round1(percentile(latencies, 99)),
    statuses,
    unexpectedStatus: unexpected,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
