#!/usr/bin/env node
// Profiles one signed-in page of the bench fixture: seeds a fresh SQLite file (scripts/seed-bench.ts), starts the
// built app (NEXT_DIST_DIR, default .next-bench; build it first with `npm run bench` or `next build`) under
// `node --cpu-prof`, loads the page with autocannon, and prints requests/s, p95 and where the CPU went: self time
// per package (or app code) and the heaviest functions. The .cpuprofile stays in PROFILE_DIR for Chrome DevTools.
// Run: node scripts/profile-page.mjs [/stories | loop | editor] [--seconds 10] [--connections 10] [--no-profile]
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshSqliteDatabase, loadTest, queriesPerRequest, seedBenchFixture, signIn, startServer, stopServer } from "./bench-http.mjs";

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const target = argv.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "/stories";
const seconds = flag("seconds", 10);
const connections = flag("connections", 10);
const profile = !argv.includes("--no-profile");
const DIST = process.env.NEXT_DIST_DIR || ".next-bench";
const PORT = Number(process.env.PROFILE_PORT ?? 3295);
const dir = process.env.PROFILE_DIR || mkdtempSync(path.join(tmpdir(), "starloop-profile-"));
const log = (...args) => console.error("›", ...args);

log(`seeding ${dir}/bench.db…`);
const file = freshSqliteDatabase(dir, "bench.db");
const fixture = seedBenchFixture(file, { writers: 1 });
const pathOf = { loop: `/loops/${fixture.bench.loopId}`, editor: `/stories/${fixture.bench.storyIds[0]}` };
const url = pathOf[target] ?? target;

const server = await startServer({
  port: PORT,
  distDir: DIST,
  databaseUrl: `file:${file}`,
  env: { STARLOOP_QUERY_LOG: "1" },
  nodeArgs: profile ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [],
});
try {
  const cookie = await signIn(server.base, fixture.bench.email, fixture.password);
  const headers = { cookie };
  const html = await (await fetch(server.base + url, { headers })).text();
  const q = await queriesPerRequest(server, server.base + url, headers);
  await loadTest(server.base + url, { connections, duration: 3, headers });
  const r = await loadTest(server.base + url, { connections, duration: seconds, headers });
  console.log(JSON.stringify({ url, htmlKb: Math.round(html.length / 102.4) / 10, ...q, ...r }));
} finally {
  await stopServer(server.child, "SIGINT");
}
if (profile) {
  // `next start` forks the server: the largest profile is the one that served the requests.
  const profiles = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));
  const biggest = profiles.map((f) => ({ f, p: JSON.parse(readFileSync(f, "utf8")) })).sort((a, b) => b.p.nodes.length - a.p.nodes.length)[0];
  if (biggest) summarize(biggest.f, biggest.p);
}

function summarize(fileName, p) {
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const byPkg = new Map();
  const byFn = new Map();
  let total = 0;
  for (const node of p.nodes) {
    const us = dt.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url: src, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    total += us;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
    const pkg = m ? m[1] : src.includes(".next") ? "app (.next chunks)" : src ? "node internals" : functionName;
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
    const key = `${functionName || "(anonymous)"} ${path.basename(src)}:${lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.error(`\nprofile ${fileName} (${(total / 1e6).toFixed(1)} s busy)\n-- by package --\n${top(byPkg, 15).join("\n")}\n-- by function --\n${top(byFn, 30).join("\n")}`);
}
