// The PostgreSQL section of `npm run bench`: the same fixture (scripts/seed-bench.ts) in a fresh PostgreSQL
// database — BENCH_DATABASE_URL's server, else a throwaway cluster (scripts/pg-cluster.mjs) — served by ONE
// instance and then by TWO instances (two `next start` processes on one database, as behind a proxy):
//  - the signed-in stories list at 10 and 50 connections (with two instances: the same connections split
//    over both, requests summed);
//  - 50 concurrent saves of 50 users' own stories and 20 concurrent saves of one story from the same version
//    (with two instances: alternating between them), each checked by reading the rows back.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { callAction, findActionId, loadTest, median, signIn, startServer, stopServer } from "./bench-http.mjs";
import { findPgBin, startCluster } from "./pg-cluster.mjs";
import { summarizeSaves } from "./bench-writes.mjs";
import { storyPayload } from "./story-payload.mjs";

const log = (...args) => console.error("›", ...args);

async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(adminUrl) {
  const name = `starloop_bench_${Date.now().toString(36)}`;
  await query(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function save(base, actionId, cookie, { storyId, projectId }, version, title) {
  const payload = storyPayload({ storyId, version, projectId, title });
  try {
    const r = await callAction(base, `/stories/${storyId}`, actionId, [payload], cookie);
    const ok = r.status === 200 && r.result?.ok === true;
    const conflict = r.result?.ok === false && Boolean(r.result?.conflict);
    return { ok, conflict, error: ok || conflict ? null : `${r.status} ${r.result?.message ?? r.raw.slice(0, 200)}`, ms: r.ms, title };
  } catch (e) {
    return { ok: false, conflict: false, error: String(e), ms: 0, title };
  }
}

async function reads(bases, cookie, { repeats, duration }) {
  const out = {};
  for (const route of [{ name: "floor", path: "/bench-floor-does-not-exist", status: 404 }, { name: "storiesList", path: "/stories", status: 200 }]) {
    for (const base of bases) await loadTest(base + route.path, { connections: 10, duration: 2, headers: { cookie }, expectStatus: route.status });
    out[route.name] = {};
    for (const connections of [10, 50]) {
      const runs = [];
      for (let rep = 1; rep <= repeats; rep++) {
        log(`postgresql, ${bases.length} instance(s): ${route.name}, ${connections} connections, repeat ${rep}/${repeats}…`);
        const parts = await Promise.all(bases.map((base) => loadTest(base + route.path, { connections: Math.ceil(connections / bases.length), duration, headers: { cookie }, expectStatus: route.status })));
        runs.push({
          rps: Math.round(parts.reduce((n, p) => n + p.rps, 0) * 10) / 10,
          p50Ms: Math.max(...parts.map((p) => p.p50Ms)),
          p95Ms: Math.max(...parts.map((p) => p.p95Ms)),
          unexpected: parts.reduce((n, p) => n + p.unexpectedStatus + p.errors + p.timeouts, 0),
        });
      }
      out[route.name][`c${connections}`] = {
        rps: median(runs.map((r) => r.rps)),
        p50Ms: median(runs.map((r) => r.p50Ms)),
        p95Ms: median(runs.map((r) => r.p95Ms)),
        unexpectedOrErrors: runs.reduce((n, r) => n + r.unexpected, 0),
      };
    }
  }
  for (const c of ["c10", "c50"]) out.storiesList[c].throughputVsFloor = out.floor[c].rps ? Math.round((out.storiesList[c].rps / out.floor[c].rps) * 1000) / 1000 : null;
  return out;
}

async function writes(bases, url, fixture, actionId, version, label) {
  const cookies = [];
  for (const [i, w] of fixture.writers.entries()) cookies.push(await signIn(bases[i % bases.length], w.email, fixture.password, `10.8.${label.length}.${(i % 250) + 1}`));
  const titleOf = (i) => `${label}: save by writer ${i}`;
  let t0 = performance.now();
  const own = await Promise.all(fixture.writers.map((w, i) => save(bases[i % bases.length], actionId, cookies[i], w, version, titleOf(i))));
  const ownWall = performance.now() - t0;
  const rows = await query(url, `SELECT id, title, version FROM "Story" WHERE id = ANY($1)`, [fixture.writers.map((w) => w.storyId)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = fixture.writers.filter((w, i) => byId.get(w.storyId)?.title !== titleOf(i) || byId.get(w.storyId)?.version !== version + 1).length;

  const story = { storyId: fixture.bench.storyIds[version], projectId: fixture.bench.projectIds[version % fixture.bench.projectIds.length] };
  const [{ version: start }] = await query(url, `SELECT version FROM "Story" WHERE id = $1`, [story.storyId]);
  const benchCookies = [];
  for (const [i, base] of bases.entries()) benchCookies.push(await signIn(base, fixture.bench.email, fixture.password, `10.9.${label.length}.${i + 1}`));
  t0 = performance.now();
  const race = await Promise.all(Array.from({ length: 20 }, (_, i) => save(bases[i % bases.length], actionId, benchCookies[i % bases.length], story, start, `${label}: racer ${i}`)));
  const raceWall = performance.now() - t0;
  const [after] = await query(url, `SELECT title, version FROM "Story" WHERE id = $1`, [story.storyId]);
  const winner = race.find((r) => r.ok);
  return {
    ownStories: { ...summarizeSaves(own, ownWall), persisted: fixture.writers.length - lost, lost },
    sameStory: { ...summarizeSaves(race, raceWall), versionAfter: after.version, winnerPersisted: Boolean(winner) && after.title === winner.title && after.version === start + 1 },
  };
}

/** Runs the section; returns its JSON, or {skipped} with the reason when no PostgreSQL can be had. */
export async function postgresBench({ distDir, port, repeats, duration }) {
  let cluster = null;
  let admin = process.env.BENCH_DATABASE_URL?.startsWith("postgres") ? process.env.BENCH_DATABASE_URL : null;
  if (!admin && findPgBin()) {
    cluster = await startCluster({ quiet: true });
    admin = cluster.url;
  }
  if (!admin) return { skipped: "no PostgreSQL: install Debian's postgresql or set BENCH_DATABASE_URL=postgresql://…/postgres" };
  const servers = [];
  try {
    const url = await freshDatabase(admin);
    const [{ server_version: version }] = await query(url, "SHOW server_version");
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
    log("postgresql: seeding the same fixture…");
    const out = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-bench.ts", "--stories", "200", "--writers", "50"], { env, encoding: "utf8", maxBuffer: 10 * 1024 * 1024 });
    const fixture = JSON.parse(out.trim().split("\n").filter((l) => l.startsWith("{")).pop());
    const actionId = findActionId(distDir, "saveStoryAction");
    const serverEnv = { TRUSTED_PROXY_HOPS: "1" };

    log(`postgresql: one instance on 127.0.0.1:${port}…`);
    servers.push(await startServer({ port, distDir, databaseUrl: url, env: serverEnv }));
    const cookie = await signIn(servers[0].base, fixture.bench.email, fixture.password, "10.7.0.1");
    const one = { http: await reads([servers[0].base], cookie, { repeats, duration }), writes: await writes([servers[0].base], url, fixture, actionId, 1, "1 instance") };

    log(`postgresql: a second instance on 127.0.0.1:${port + 1}, same database…`);
    servers.push(await startServer({ port: port + 1, distDir, databaseUrl: url, env: serverEnv }));
    const bases = servers.map((s) => s.base);
    const two = { http: await reads(bases, cookie, { repeats, duration }), writes: await writes(bases, url, fixture, actionId, 2, "2 instances") };
    return {
      server: `PostgreSQL ${version}${cluster ? " (throwaway cluster: fsync off, loopback TCP)" : ""}`,
      note: "two instances share the machine's 2 cores with the database: read throughput cannot double here; the point is correctness and no loss across instances",
      oneInstance: one,
      twoInstances: two,
    };
  } finally {
    for (const s of servers) await stopServer(s.child);
    cluster?.stop();
  }
}
