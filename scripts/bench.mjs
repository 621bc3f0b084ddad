#!/usr/bin/env node
// `npm run bench`: one harness, one JSON document on stdout (progress goes to stderr).
//  1. Builds the production app into its own dist dir (NEXT_DIST_DIR, default .next-bench; an existing build
//     newer than every source file is reused), seeds a fresh SQLite file with a 200-story account, a planned
//     loop and 50 writer accounts, and serves it as npm start does (scripts/serve.mjs: one process per core, at most
//     4; BENCH_WORKERS) on a loopback port.
//  2. HTTP: requests/s and p50/p95/p99 latency of the signed-in stories list, a loop page and the story editor at
//     10 and 50 connections (autocannon, BENCH_DURATION s each), beside a floor measured in the same run: the
//     framework's prerendered not-found page, and, for context, the smallest server-rendered page (/sign-in,
//     signed out). Repeated BENCH_REPEATS times, routes interleaved; figures are medians over the repeats. Each
//     page's HTML size and database queries per request (the server runs with STARLOOP_QUERY_LOG=1) beside them.
//  3. Writes: 50 users saving their own story at once and 20 saves of one story from the same version,
//     over HTTP (the editor's server action, as the browser calls it), in one process, and split over two
//     OS processes writing the same file; each checked by reading the rows back.
//  4. First-load JavaScript per route, gzip'd, from the build's manifests.
//  5. The domain and export benchmarks (scripts/bench-domain.ts, scripts/bench-export.ts), if present: run before
//     any server starts.
//  6. PostgreSQL (scripts/bench-postgres.mjs): the same fixture in a fresh PostgreSQL database (BENCH_DATABASE_URL's
//     server, else a throwaway cluster), the stories list and the two write runs with one instance, then with two
//     instances on that database; `engines` puts the headline figures of both engines side by side.
// Environment: BENCH_PORT (3290), BENCH_REPEATS (3), BENCH_DURATION (10), BENCH_WORKERS (server processes: one per
// core, at most 4, as npm start), BENCH_OUT (also write the JSON there),
// BENCH_SKIP_BUILD=1 (use the dist dir as it is).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { callAction, findActionId, freshSqliteDatabase, loadTest, median, queriesPerRequest, seedBenchFixture, signIn, sleep, startServer, stopServer } from "./bench-http.mjs";
import { runInProcesses, storyPayload, summarizeSaves } from "./bench-writes.mjs";
import { postgresBench } from "./bench-postgres.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3290);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = [10, 50];
const DIST = process.env.NEXT_DIST_DIR || ".next-bench";
// The HTTP reads are served as npm start serves: scripts/serve.mjs with one process per core (at most 4).
const WORKERS = Number(process.env.BENCH_WORKERS ?? Math.min(4, cpus().length));
// Issue 16's targets (README "Performance"): ratios to the floor measured in the same run.
const TARGETS = {
  storiesThroughputVsFloor: 0.12,
  storiesP95At10Ms: 150,
  storiesP95At50Ms: 1000,
  loopHtmlKb: 150,
  loopThroughputVsFloor: 0.06,
  loopP95At10Ms: 300,
  editorThroughputVsFloor: 0.1,
  firstLoadJsKb: 180,
  reportMs: 20,
  autoplanMs: 100,
};

const log = (...args) => console.error("›", ...args);
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

// ---------- 1. build ----------

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (name === "node_modules" || name.startsWith(".next") || name === "data" || name === ".git" || name.startsWith("test-results")) continue;
    // Not part of the app bundle: tests, scripts, docs, tool configs.
    if (dir === "." && ["tests", "scripts", "tsconfig.json", "playwright.config.ts", "vitest.config.mts"].includes(name)) continue;
    if (name === "tsconfig.tsbuildinfo" || name === "next-env.d.ts" || name.endsWith(".md")) continue;
    const full = path.join(dir, name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** `next build` adds "<distDir>/types/**" to tsconfig.json's include; take back exactly what it added. */
function undoTsconfigInclude() {
  const file = "tsconfig.json";
  const text = readFileSync(file, "utf8");
  const escaped = DIST.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const cleaned = text.replace(new RegExp(`,\\n\\s*"${escaped}/(dev/)?types/\\*\\*/\\*\\.ts"`, "g"), "");
  if (cleaned !== text) writeFileSync(file, cleaned);
}

function ensureBuild() {
  const buildId = path.join(DIST, "BUILD_ID");
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(buildId)) return { reused: true, reason: "BENCH_SKIP_BUILD=1" };
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceMtime(".")) return { reused: true, reason: "newer than every source file" };
  log(`building the app into ${DIST} (a few minutes on 2 cores)…`);
  const t0 = Date.now();
  try {
    execFileSync("npx", ["next", "build"], {
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_SKIP_TYPECHECK: "1", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
  } finally {
    undoTsconfigInclude();
  }
  return { reused: false, seconds: Math.round((Date.now() - t0) / 1000) };
}

// ---------- database ----------

/** An exact copy through SQLite itself (the source may have a -wal file). */
function copyDatabase(from, to) {
  const sqlite = new Database(from, { timeout: 5000 });
  try {
    sqlite.prepare("VACUUM INTO ?").run(to);
  } finally {
    sqlite.close();
  }
  const copy = new Database(to);
  copy.pragma("journal_mode = WAL");
  copy.close();
  return to;
}

function readStories(file, ids) {
  const sqlite = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const rows = sqlite
      .prepare(`SELECT id, title, version FROM Story WHERE id IN (${ids.map(() => "?").join(",")})`)
      .all(...ids);
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    sqlite.close();
  }
}

// ---------- 2. HTTP reads ----------

async function measureReads(base, cookie, routes) {
  const runs = [];
  const headersOf = (route) => (route.signedOut ? {} : { cookie });
  log(`warming up ${routes.length} routes…`);
  for (const route of routes) await loadTest(base + route.path, { connections: 10, duration: 3, headers: headersOf(route), expectStatus: route.status });
  for (let rep = 1; rep <= REPEATS; rep++) {
    for (const connections of CONNECTIONS) {
      for (const route of routes) {
        log(`reads: repeat ${rep}/${REPEATS}, ${connections} connections, ${route.name}…`);
        const r = await loadTest(base + route.path, { connections, duration: DURATION, headers: headersOf(route), expectStatus: route.status });
        runs.push({ route: route.name, repeat: rep, ...r });
      }
    }
  }
  const table = {};
  for (const route of routes) {
    table[route.name] = { path: route.template, expectedStatus: route.status, htmlKb: route.htmlKb, queriesPerRequest: route.queries, queryMsPerRequest: route.queryMs };
    for (const connections of CONNECTIONS) {
      const mine = runs.filter((r) => r.route === route.name && r.connections === connections);
      table[route.name][`c${connections}`] = {
        rps: median(mine.map((r) => r.rps)),
        p50Ms: median(mine.map((r) => r.p50Ms)),
        p95Ms: median(mine.map((r) => r.p95Ms)),
        p99Ms: median(mine.map((r) => r.p99Ms)),
        requests: mine.reduce((n, r) => n + r.requests, 0),
        unexpectedStatus: mine.reduce((n, r) => n + r.unexpectedStatus, 0),
        errors: mine.reduce((n, r) => n + r.errors + r.timeouts, 0),
        perRepeatRps: mine.map((r) => r.rps),
      };
    }
  }
  for (const route of routes) {
    if (route.name === "floor") continue;
    for (const connections of CONNECTIONS) {
      const cell = table[route.name][`c${connections}`];
      const floor = table.floor[`c${connections}`];
      cell.throughputVsFloor = floor.rps ? Math.round((cell.rps / floor.rps) * 1000) / 1000 : null;
    }
  }
  return table;
}

// ---------- 3. writes ----------

function checkOwn(file, writers, titleOf) {
  const stored = readStories(file, writers.map((w) => w.storyId));
  const lost = writers.filter((w, i) => {
    const row = stored.get(w.storyId);
    return !row || row.title !== titleOf(i) || Number(row.version) !== 2;
  });
  return { persisted: writers.length - lost.length, lost: lost.length };
}

function checkRace(file, storyId, startVersion, winnerTitle) {
  const row = readStories(file, [storyId]).get(storyId);
  return { versionAfter: Number(row.version), winnerPersisted: row.title === winnerTitle && Number(row.version) === startVersion + 1 };
}

async function httpWrites(base, fixture, dbFile) {
  const actionId = findActionId(DIST, "saveStoryAction");
  log("writes over HTTP: signing in 50 writers…");
  const cookies = [];
  for (const [i, w] of fixture.writers.entries()) cookies.push(await signIn(base, w.email, fixture.password, `10.2.${Math.floor(i / 250)}.${(i % 250) + 1}`));
  const titleOf = (i) => `HTTP save by writer ${i}`;
  log("writes over HTTP: 50 concurrent saves from 50 sessions…");
  let t0 = performance.now();
  const own = await Promise.all(
    fixture.writers.map(async (w, i) => {
      const payload = storyPayload({ storyId: w.storyId, version: 1, projectId: w.projectId, title: titleOf(i) });
      try {
        const r = await callAction(base, `/stories/${w.storyId}`, actionId, [payload], cookies[i]);
        const ok = r.status === 200 && r.result?.ok === true;
        const conflict = r.result?.ok === false && Boolean(r.result?.conflict);
        return { ok, conflict, error: ok || conflict ? null : `${r.status} ${r.result?.message ?? r.raw.slice(0, 200)}`, ms: r.ms };
      } catch (e) {
        return { ok: false, conflict: false, error: String(e), ms: 0 };
      }
    }),
  );
  const ownWall = performance.now() - t0;

  log("writes over HTTP: 20 concurrent saves of one story from the same version…");
  const storyId = fixture.bench.storyIds[0];
  const projectId = fixture.bench.projectIds[0];
  const benchCookie = await signIn(base, fixture.bench.email, fixture.password, "10.3.0.1");
  const startVersion = Number(readStories(dbFile, [storyId]).get(storyId).version);
  t0 = performance.now();
  const race = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const payload = storyPayload({ storyId, version: startVersion, projectId, title: `HTTP racer ${i}` });
      const r = await callAction(base, `/stories/${storyId}`, actionId, [payload], benchCookie);
      const ok = r.status === 200 && r.result?.ok === true;
      const conflict = r.result?.ok === false && Boolean(r.result?.conflict);
      return { ok, conflict, error: ok || conflict ? null : `${r.status} ${r.result?.message ?? r.raw.slice(0, 200)}`, ms: r.ms, title: payload.story.title };
    }),
  );
  const raceWall = performance.now() - t0;
  const winner = race.find((r) => r.ok);
  return {
    path: "POST /stories/<id> with Next-Action = saveStoryAction (the editor's save, as the browser sends it)",
    ownStories: { ...summarizeSaves(own, ownWall), ...checkOwn(dbFile, fixture.writers, titleOf) },
    sameStory: { ...summarizeSaves(race, raceWall), ...checkRace(dbFile, storyId, startVersion, winner?.title) },
  };
}

async function processWrites(file, fixture, processes) {
  const viewer = (w) => ({ id: w.userId, email: w.email, name: "Writer" });
  const env = { DATABASE_URL: `file:${file}` };
  const titleOf = (i) => `Saved in ${processes} process(es) by writer ${i}`;
  const own = fixture.writers.map((w, i) => ({ viewer: viewer(w), payload: storyPayload({ storyId: w.storyId, version: 1, projectId: w.projectId, title: titleOf(i) }) }));
  const split = (saves) => Array.from({ length: processes }, (_, p) => saves.filter((_, i) => i % processes === p));
  let outcomes = await runInProcesses(split(own), env);
  const ownResults = outcomes.flatMap((o) => o.results);
  const ownWall = Math.max(...outcomes.map((o) => o.wallMs));

  const b = fixture.bench;
  const storyId = b.storyIds[1];
  const startVersion = Number(readStories(file, [storyId]).get(storyId).version);
  const benchViewer = { id: b.userId, email: b.email, name: "Bench Candidate" };
  const race = Array.from({ length: 20 }, (_, i) => ({
    viewer: benchViewer,
    payload: storyPayload({ storyId, version: startVersion, projectId: b.projectIds[1], title: `Racer ${i} (${processes}p)` }),
  }));
  outcomes = await runInProcesses(split(race), env);
  const raceResults = outcomes.flatMap((o) => o.results);
  const raceWall = Math.max(...outcomes.map((o) => o.wallMs));
  const racePayloads = split(race).flat();
  const winner = racePayloads[raceResults.findIndex((r) => r.ok)];
  return {
    processes,
    pids: outcomes.map((o) => o.pid),
    ownStories: { ...summarizeSaves(ownResults, ownWall), ...checkOwn(file, fixture.writers, titleOf) },
    sameStory: { ...summarizeSaves(raceResults, raceWall), ...checkRace(file, storyId, startVersion, winner?.payload.story.title) },
  };
}

// ---------- 4. first-load JS ----------

function readClientManifest(file) {
  const sandbox = {};
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
}

function firstLoadJs() {
  const buildManifest = JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8"));
  const routes = JSON.parse(readFileSync(path.join(DIST, "app-path-routes-manifest.json"), "utf8"));
  const gzipCache = new Map();
  const gz = (rel) => {
    const clean = rel.replace(/^\/?_next\//, "");
    if (!gzipCache.has(clean)) gzipCache.set(clean, gzipSync(readFileSync(path.join(DIST, clean))).length);
    return gzipCache.get(clean);
  };
  const shared = buildManifest.rootMainFiles ?? [];
  const perRoute = {};
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifestFile = path.join(DIST, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!existsSync(manifestFile)) continue;
    const manifest = readClientManifest(manifestFile);
    const files = new Set(shared.map((f) => f.replace(/^\/?_next\//, "")));
    for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f.replace(/^\/?_next\//, ""));
    const bytes = [...files].reduce((n, f) => n + gz(f), 0);
    perRoute[route] = { kbGzip: kb(bytes), files: files.size };
  }
  const sharedKb = kb(shared.reduce((n, f) => n + gz(f), 0));
  return { method: "build-manifest rootMainFiles + every entryJSFiles chunk in the route's client reference manifest, gzip -6 (polyfills are nomodule and excluded)", sharedKbGzip: sharedKb, routes: Object.fromEntries(Object.entries(perRoute).sort(([a], [b]) => a.localeCompare(b))) };
}

/** Cross-check: the JS files the served HTML references (nomodule polyfills excluded, as modern browsers skip them). */
async function htmlScripts(base, pagePath, cookie) {
  const html = await (await fetch(base + pagePath, { headers: { cookie } })).text();
  const polyfills = new Set(JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8")).polyfillFiles ?? []);
  const files = new Set([...html.matchAll(/\/_next\/(static\/[^"'\s\\]+?\.js)/g)].map((m) => m[1]).filter((f) => !polyfills.has(f)));
  const bytes = [...files].reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST, f))).length, 0);
  return { kbGzip: kb(bytes), files: files.size, htmlKb: kb(Buffer.byteLength(html)) };
}

// ---------- 5. other benches ----------

function childBench(script) {
  if (!existsSync(script)) return { missing: `${script} does not exist yet` };
  log(`running ${script}…`);
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", script], { encoding: "utf8", maxBuffer: 20 * 1024 * 1024, env: { ...process.env, NODE_ENV: "production" } });
  const out = r.stdout ?? "";
  const start = out.indexOf("{");
  try {
    if (r.status !== 0) throw new Error(`exit ${r.status}`);
    return JSON.parse(out.slice(start));
  } catch (e) {
    return { error: `${script}: ${e.message}`, stderr: (r.stderr ?? "").slice(-1500) };
  }
}

// ---------- 6. side by side ----------

function engines(report) {
  const row = (http, w) => ({
    storiesListRpsC10: http.storiesList.c10.rps,
    storiesListP95MsC10: http.storiesList.c10.p95Ms,
    storiesListRpsC50: http.storiesList.c50.rps,
    storiesListP95MsC50: http.storiesList.c50.p95Ms,
    ownSaves50WallMs: w.ownStories.wallMs,
    ownSaveP50Ms: w.ownStories.saveP50Ms,
    ownSavesLost: w.ownStories.lost,
    race20: `${w.sameStory.ok} ok / ${w.sameStory.conflicts} conflicts / ${w.sameStory.otherErrors} errors`,
  });
  const out = { sqlite1Instance: row(report.http, report.writes.http) };
  if (!report.postgresql.skipped) {
    out.postgresql1Instance = row(report.postgresql.oneInstance.http, report.postgresql.oneInstance.writes);
    out.postgresql2Instances = row(report.postgresql.twoInstances.http, report.postgresql.twoInstances.writes);
  }
  return out;
}

// ---------- main ----------

function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memTotalGb: Math.round(totalmem() / 1e8) / 10,
    memFreeGb: Math.round(freemem() / 1e8) / 10,
    node: process.version,
    loadavgAtStart: loadavg(),
  };
}
function loadavg() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

async function main() {
  const startedAt = new Date();
  const report = { startedAt: startedAt.toISOString(), machine: machine(), settings: { repeats: REPEATS, durationS: DURATION, connections: CONNECTIONS, distDir: DIST, port: PORT, serverProcesses: WORKERS, server: "scripts/serve.mjs (npm start's server), WEB_CONCURRENCY=serverProcesses" } };
  report.build = ensureBuild();

  const dir = mkdtempSync(path.join(tmpdir(), "starloop-bench-"));
  log(`seeding a fresh database in ${dir}…`);
  const serverDb = freshSqliteDatabase(dir, "server.db");
  const fixture = seedBenchFixture(serverDb, { writers: 50 });
  const oneProcDb = copyDatabase(serverDb, path.join(dir, "writes-1p.db"));
  const twoProcDb = copyDatabase(serverDb, path.join(dir, "writes-2p.db"));
  report.fixture = { stories: fixture.bench.storyIds.length, projects: fixture.bench.projectIds.length, loopSlotsPlanned: fixture.bench.loopSlotsPlanned, rehearsals: fixture.bench.rehearsals ?? 0, writers: fixture.writers.length };

  // The in-process benchmarks first, before any server of the bench starts (nothing of its own competes for the cores
  // then). The host's own speed still moves from run to run: the report's median has read 11.6–20.0 ms back to back.
  report.domain = childBench("scripts/bench-domain.ts");
  report.export = childBench("scripts/bench-export.ts");

  log(`starting npm start's server (scripts/serve.mjs, ${WORKERS} process(es)) on 127.0.0.1:${PORT}…`);
  // STARLOOP_QUERY_LOG=1: the server prints a line per database query, for the queries-per-request figures.
  const server = await startServer({ port: PORT, distDir: DIST, databaseUrl: `file:${serverDb}`, workers: WORKERS, env: { STARLOOP_QUERY_LOG: "1" } });
  const { child, base } = server;
  try {
    const cookie = await signIn(base, fixture.bench.email, fixture.password, "10.1.0.1");
    const loopPage = existsSync("app/(app)/loops/[id]/page.tsx");
    const routes = [
      { name: "floor", path: "/bench-floor-does-not-exist", template: "/<unknown> (prerendered not-found page)", status: 404 },
      { name: "storiesList", path: "/stories", template: "/stories", status: 200 },
    ];
    if (loopPage) routes.push({ name: "loopPage", path: `/loops/${fixture.bench.loopId}`, template: "/loops/<id> (generic onsite template, planned with Plan for me)", status: 200 });
    // Rehearsal (DESIGN §6): the loop report's JSON with the 2,000 rehearsals, and the practice page once it exists.
    routes.push({ name: "loopReport", path: `/api/loops/${fixture.bench.loopId}/report`, template: "GET /api/loops/<id>/report (2,000 rehearsals)", status: 200 });
    if (existsSync("app/(app)/practice/page.tsx")) routes.push({ name: "practicePage", path: "/practice", template: "/practice (200 stories, 2,000 rehearsals)", status: 200 });
    routes.push({ name: "storyEditor", path: `/stories/${fixture.bench.storyIds[5]}`, template: "/stories/<id> (the story editor, own story)", status: 200 });
    // Context for the ratios: the smallest server-rendered page (sign-in form, signed out: no database query).
    routes.push({ name: "dynamicReference", path: "/sign-in", template: "/sign-in, signed out (smallest dynamic page)", status: 200, signedOut: true });
    for (const route of routes) {
      const res = await fetch(base + route.path, { headers: route.signedOut ? {} : { cookie }, redirect: "manual" });
      const body = await res.text();
      if (res.status !== route.status) throw new Error(`${route.path} answered ${res.status}, expected ${route.status}`);
      route.htmlKb = kb(Buffer.byteLength(body));
      Object.assign(route, await queriesPerRequest(server, base + route.path, route.signedOut ? {} : { cookie }));
    }
    report.http = {
      note: `medians over ${REPEATS} repeat(s) of ${DURATION} s per route and connection count, routes interleaved; signed in as a 200-story account; p50/p95 over every response`,
      htmlKb: Object.fromEntries(routes.map((r) => [r.name, r.htmlKb])),
      // Sequential requests on the idle server (STARLOOP_QUERY_LOG=1): database queries per request and their total time.
      queriesPerRequest: Object.fromEntries(routes.map((r) => [r.name, { queries: r.queries, queryMs: r.queryMs }])),
      ...(loopPage ? {} : { loopPage: "not measured: the loop planner (app/(app)/loops/[id]) does not exist yet" }),
      ...(await measureReads(base, cookie, routes)),
    };
    report.firstLoadJsHtml = {
      "/stories": await htmlScripts(base, "/stories", cookie),
      "/stories/[id]": await htmlScripts(base, `/stories/${fixture.bench.storyIds[5]}`, cookie),
      ...(loopPage ? { "/loops/[id]": await htmlScripts(base, `/loops/${fixture.bench.loopId}`, cookie) } : {}),
    };
    report.writes = { http: await httpWrites(base, fixture, serverDb) };
  } finally {
    await stopServer(child);
  }

  log("writes in one process, then across two processes…");
  report.writes.oneProcess = await processWrites(oneProcDb, fixture, 1);
  report.writes.twoProcesses = await processWrites(twoProcDb, fixture, 2);

  log("PostgreSQL: one instance, then two on one database…");
  report.postgresql = await postgresBench({ distDir: DIST, port: PORT + 20, repeats: REPEATS, duration: DURATION });
  report.engines = engines(report);

  report.firstLoadJs = firstLoadJs();

  const s = report.http.storiesList;
  const l = typeof report.http.loopPage === "object" ? report.http.loopPage : null;
  const e = report.http.storyEditor;
  const jsOf = (r) => report.firstLoadJs.routes[r]?.kbGzip ?? null;
  const writesOk = (w) => w.ownStories.ok === 50 && w.ownStories.lost === 0 && w.sameStory.ok === 1 && w.sameStory.conflicts === 19 && w.sameStory.otherErrors === 0 && w.sameStory.winnerPersisted;
  report.targets = {
    storiesThroughputVsFloorAt10: { target: `>= ${TARGETS.storiesThroughputVsFloor}`, actual: s.c10.throughputVsFloor, met: s.c10.throughputVsFloor >= TARGETS.storiesThroughputVsFloor },
    storiesP95At10Ms: { target: `< ${TARGETS.storiesP95At10Ms}`, actual: s.c10.p95Ms, met: s.c10.p95Ms !== null && s.c10.p95Ms < TARGETS.storiesP95At10Ms },
    storiesAt50: { target: `0 errors, p95 < ${TARGETS.storiesP95At50Ms} ms`, actual: { errors: s.c50.errors + s.c50.unexpectedStatus, p95Ms: s.c50.p95Ms }, met: s.c50.errors + s.c50.unexpectedStatus === 0 && s.c50.p95Ms !== null && s.c50.p95Ms < TARGETS.storiesP95At50Ms },
    ...(l
      ? {
          loopHtmlKb: { target: `<= ${TARGETS.loopHtmlKb} kB`, actual: l.htmlKb, met: l.htmlKb <= TARGETS.loopHtmlKb },
          loopThroughputVsFloorAt10: { target: `>= ${TARGETS.loopThroughputVsFloor}`, actual: l.c10.throughputVsFloor, met: l.c10.throughputVsFloor >= TARGETS.loopThroughputVsFloor },
          loopP95At10Ms: { target: `< ${TARGETS.loopP95At10Ms}`, actual: l.c10.p95Ms, met: l.c10.p95Ms !== null && l.c10.p95Ms < TARGETS.loopP95At10Ms },
        }
      : {}),
    editorThroughputVsFloorAt10: { target: `>= ${TARGETS.editorThroughputVsFloor}`, actual: e.c10.throughputVsFloor, met: e.c10.throughputVsFloor >= TARGETS.editorThroughputVsFloor },
    zeroNon2xx: {
      target: "0 unexpected statuses on the measured pages",
      actual: Object.entries(report.http).filter(([k, v]) => v && typeof v === "object" && "c10" in v && k !== "floor" && k !== "dynamicReference").reduce((n, [, v]) => n + v.c10.unexpectedStatus + v.c50.unexpectedStatus + v.c10.errors + v.c50.errors, 0),
    },
    firstLoadJsEveryRoute: (() => {
      const over = Object.entries(report.firstLoadJs.routes).filter(([, r]) => r.kbGzip > TARGETS.firstLoadJsKb);
      const largest = Object.entries(report.firstLoadJs.routes).sort(([, a], [, b]) => b.kbGzip - a.kbGzip)[0];
      return { target: `<= ${TARGETS.firstLoadJsKb} kB on every route`, actual: { largest: largest ? `${largest[0]} ${largest[1].kbGzip} kB` : null, over: over.map(([r]) => r) }, met: over.length === 0 };
    })(),
    firstLoadJsStories: { target: `<= ${TARGETS.firstLoadJsKb} kB`, actual: jsOf("/stories"), met: jsOf("/stories") <= TARGETS.firstLoadJsKb },
    firstLoadJsStoryEditor: { target: `<= ${TARGETS.firstLoadJsKb} kB`, actual: jsOf("/stories/[id]"), met: jsOf("/stories/[id]") <= TARGETS.firstLoadJsKb },
    writes: { target: "50/50 own saves persisted; 1 ok + 19 conflicts, no other error", met: writesOk(report.writes.http) && writesOk(report.writes.oneProcess) && writesOk(report.writes.twoProcesses) },
    writesPostgresql: report.postgresql.skipped
      ? { target: "as writes, on PostgreSQL with 1 and 2 instances", met: null, skipped: report.postgresql.skipped }
      : { target: "as writes, on PostgreSQL with 1 and 2 instances", met: writesOk(report.postgresql.oneInstance.writes) && writesOk(report.postgresql.twoInstances.writes) },
    // The domain figures issue 16 says must hold, from scripts/bench-domain.ts in the same run: medians of 30 runs after a warm-up.
    ...(report.domain?.report_ms_median === undefined
      ? {}
      : {
          domainReport: {
            target: `< ${TARGETS.reportMs} ms for 500 stories, also with 5,000 rehearsals`,
            actual: { report: report.domain.report_ms_median, withRehearsals: report.domain.report_with_rehearsals_ms_median },
            met: report.domain.report_ms_median < TARGETS.reportMs && report.domain.report_with_rehearsals_ms_median < TARGETS.reportMs,
          },
          domainAutoplan: {
            target: `< ${TARGETS.autoplanMs} ms for 500 stories (and on every target case, CPU time)`,
            actual: report.domain.autoplan_ms_median,
            met: report.domain.autoplan_ms_median < TARGETS.autoplanMs && report.domain.autoplan_cases.every((c) => !c.target || c.autoplan_cpu_ms_median < TARGETS.autoplanMs),
          },
        }),
  };
  report.targets.zeroNon2xx.met = report.targets.zeroNon2xx.actual === 0;
  report.finishedAt = new Date().toISOString();
  report.totalSeconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
  rmSync(dir, { recursive: true, force: true });

  const json = JSON.stringify(report, null, 2);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${json}\n`);
  process.stdout.write(`${json}\n`);
  await sleep(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
