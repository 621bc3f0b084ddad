// Two stateless app instances (A and B, two ports) on one PostgreSQL database, as behind a reverse proxy:
// a session made on A works on B; 50 concurrent story saves spread over both all land; 20 concurrent saves of
// one story from the same version across both give exactly one winner and 19 conflicts; the sign-in limit
// trips after the same number of failures whether the attempts go to A, B or both; and when the database goes
// away the instances answer 503, then recover by themselves when it returns.
// Owns its PostgreSQL: a throwaway cluster (scripts/pg-cluster.mjs) where the server binaries are installed,
// else a fresh database on TEST_DATABASE_URL's server (then the outage part is skipped: it is not ours to stop).
// Runs `next start` over the build in NEXT_DIST_DIR (or .next) on E2E_PORT + 1 and + 2.
import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import pg from "pg";
// @ts-expect-error: plain .mjs helpers shared with `npm run bench` (no type declarations)
import { callAction, findActionId, signIn, startServer, stopServer } from "../../scripts/bench-http.mjs";
// @ts-expect-error: plain .mjs helper (no type declarations)
import { findPgBin, startCluster } from "../../scripts/pg-cluster.mjs";
// @ts-expect-error: the editor payload `npm run bench` saves (plain .mjs, no type declarations)
import { storyPayload } from "../../scripts/story-payload.mjs";

const basePort = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const MAX_ATTEMPTS = 5;

interface Writer {
  userId: string;
  email: string;
  storyId: string;
  projectId: string;
}
interface Fixture {
  password: string;
  bench: { email: string; userId: string; projectIds: string[]; storyIds: string[]; loopId: string };
  writers: Writer[];
}
interface Cluster {
  url: string;
  stop(): void;
  down(): void;
  up(): void;
}
interface Server {
  child: import("node:child_process").ChildProcess;
  base: string;
  output: () => string;
}
type SaveResult = { ok: boolean; conflict: boolean; error: string | null; ms: number; title: string };

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let cluster: Cluster | undefined;
let databaseUrl = "";
let fixture: Fixture;
let A: Server;
let B: Server;
let actionId: string;
const servers: Server[] = [];
let ip = 0;
/** A client address per request, so better-auth's own per-address limiter (per process) stays out of the way. */
const nextIp = () => `10.77.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`;

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function save(server: Server, cookie: string, w: { storyId: string; projectId: string }, version: number, title: string): Promise<SaveResult> {
  const payload = storyPayload({ storyId: w.storyId, version, projectId: w.projectId, title });
  try {
    const r = await callAction(server.base, `/stories/${w.storyId}`, actionId, [payload], cookie);
    const ok = r.status === 200 && r.result?.ok === true;
    const conflict = r.result?.ok === false && Boolean(r.result?.conflict);
    return { ok, conflict, error: ok || conflict ? null : `${r.status} ${r.result?.message ?? String(r.raw).slice(0, 200)}`, ms: r.ms, title };
  } catch (e) {
    return { ok: false, conflict: false, error: String(e), ms: 0, title };
  }
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  let admin: string;
  if (findPgBin()) {
    cluster = (await startCluster({ quiet: true })) as Cluster;
    admin = cluster.url;
  } else if (process.env.TEST_DATABASE_URL?.startsWith("postgres")) {
    admin = process.env.TEST_DATABASE_URL;
  } else {
    test.skip(true, "PostgreSQL is not installed and TEST_DATABASE_URL names no PostgreSQL server");
    return;
  }
  const name = `starloop_two_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();

  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "ignore" });
  const seeded = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-bench.ts", "--stories", "5", "--writers", "50"], { env, encoding: "utf8" });
  fixture = JSON.parse(seeded.trim().split("\n").filter((l) => l.startsWith("{")).pop()!) as Fixture;

  // Same database, same secret, nothing else shared: two processes as on two machines.
  const serverEnv = { AUTH_MAX_ATTEMPTS: String(MAX_ATTEMPTS), TRUSTED_PROXY_HOPS: "1", DATABASE_POOL_SIZE: "10" };
  [A, B] = (await Promise.all(
    [basePort + 1, basePort + 2].map((port) => startServer({ port, distDir, databaseUrl, env: serverEnv, timeoutMs: 120_000 })),
  )) as Server[];
  servers.push(A, B);
  actionId = findActionId(distDir, "saveStoryAction");
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) for (const s of servers) console.log(`--- ${s.base} (last lines) ---\n${s.output().slice(-4000)}`);
});

test.afterAll(async () => {
  for (const s of servers) await stopServer(s.child);
  cluster?.stop();
});

test("both instances report PostgreSQL with current migrations", async () => {
  for (const s of [A, B]) {
    const health = await (await fetch(`${s.base}/api/health`)).json();
    expect(health).toMatchObject({ ok: true, engine: "postgresql", database: "up", migrations: { current: true, pending: [] } });
  }
});

test("sign up on A, then B knows the session: the bank reads with the same cookie", async () => {
  const email = `two-${Date.now().toString(36)}@example.com`;
  const res = await fetch(`${A.base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: A.base, "x-forwarded-for": nextIp() },
    body: JSON.stringify({ name: "Two Instances", email, password: "correct-horse-42" }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  expect(cookie).toMatch(/session_token=/);

  expect((await fetch(`${B.base}/api/export`)).status).toBe(401);
  const onB = await fetch(`${B.base}/api/export`, { headers: { cookie } });
  expect(onB.status).toBe(200);
  expect(await onB.json()).toMatchObject({ format: "star-bank", stories: [] });
  const page = await fetch(`${B.base}/stories`, { headers: { cookie }, redirect: "manual" });
  expect(page.status).toBe(200);

  // A story saved through B, read back through A.
  const w = fixture.writers[49];
  const writerCookie = await signIn(A.base, w.email, fixture.password, nextIp());
  expect(await save(B, writerCookie, w, 1, "Saved through B")).toMatchObject({ ok: true });
  const bank = await (await fetch(`${A.base}/api/export`, { headers: { cookie: writerCookie } })).json();
  expect(bank.stories.map((s: { title: string }) => s.title)).toContain("Saved through B");
});

test("50 concurrent story saves spread over A and B: 0 lost, 0 errors", async () => {
  const writers = fixture.writers.slice(0, 49);
  const cookies = await Promise.all(writers.map((w, i) => signIn((i % 2 ? B : A).base, w.email, fixture.password, nextIp())));
  // 49 writers plus one more save of the bench account's second story: 50 saves at once, alternating A, B.
  const benchCookie = await signIn(A.base, fixture.bench.email, fixture.password, nextIp());
  const jobs = [
    ...writers.map((w, i) => ({ server: i % 2 ? B : A, cookie: cookies[i], w, title: `Two-instance save ${i}` })),
    { server: B, cookie: benchCookie, w: { storyId: fixture.bench.storyIds[1], projectId: fixture.bench.projectIds[1] }, title: "Two-instance save bench" },
  ];
  const t0 = performance.now();
  const results = await Promise.all(jobs.map((j) => save(j.server, j.cookie, j.w, 1, j.title)));
  const wallMs = Math.round(performance.now() - t0);
  const rows = await query<{ id: string; title: string; version: number }>(`SELECT id, title, version FROM "Story" WHERE id = ANY($1)`, [jobs.map((j) => j.w.storyId)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = jobs.filter((j) => byId.get(j.w.storyId)?.title !== j.title || byId.get(j.w.storyId)?.version !== 2);
  const errors = results.filter((r) => !r.ok);
  console.log(`[two-instances] 50 concurrent saves over A+B: ok=${results.length - errors.length} errors=${errors.length} lost=${lost.length} wall=${wallMs} ms`);
  expect(errors).toEqual([]);
  expect(lost).toEqual([]);
});

test("20 concurrent saves of one story from the same version across A and B: exactly 1 wins, 19 told of the conflict", async () => {
  const story = { storyId: fixture.bench.storyIds[0], projectId: fixture.bench.projectIds[0] };
  const [{ version }] = await query<{ version: number }>(`SELECT version FROM "Story" WHERE id = $1`, [story.storyId]);
  const cookies = [await signIn(A.base, fixture.bench.email, fixture.password, nextIp()), await signIn(B.base, fixture.bench.email, fixture.password, nextIp())];
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => save(i % 2 ? B : A, cookies[i % 2], story, version, `Racer ${i} via ${i % 2 ? "B" : "A"}`)));
  const winners = results.filter((r) => r.ok);
  const conflicts = results.filter((r) => r.conflict);
  console.log(`[two-instances] 20 saves of one story: ok=${winners.length} conflicts=${conflicts.length} errors=${results.filter((r) => r.error).length}`);
  expect(results.filter((r) => r.error)).toEqual([]);
  expect(winners).toHaveLength(1);
  expect(conflicts).toHaveLength(19);
  const [row] = await query<{ title: string; version: number }>(`SELECT title, version FROM "Story" WHERE id = $1`, [story.storyId]);
  expect(row).toEqual({ title: winners[0].title, version: version + 1 });
});

test("read your writes across A and B: a story saved through one is what the other serves on the very next request", async () => {
  // Issue 16: no per-process cache may serve a stale bank. Saves alternate between the instances; after each, the
  // other one's stories list, story page and loop page (with its report) show the new title at once.
  const cookie = await signIn(A.base, fixture.bench.email, fixture.password, nextIp());
  const report = await (await fetch(`${A.base}/api/loops/${fixture.bench.loopId}/report`, { headers: { cookie } })).json();
  const storyId: string = report.coverage.slots.find((s: { storyId: string | null }) => s.storyId)?.storyId;
  expect(storyId, "the seeded loop has a planned story").toBeTruthy();
  const html = async (server: Server, path: string) => {
    const res = await fetch(`${server.base}${path}`, { headers: { cookie }, redirect: "manual" });
    expect(res.status, path).toBe(200);
    return res.text();
  };
  for (let i = 0; i < 4; i++) {
    const [writer, reader] = i % 2 ? [B, A] : [A, B];
    const [row] = await query<{ projectId: string; version: number }>(`SELECT "projectId", version FROM "Story" WHERE id = $1`, [storyId]);
    const title = `Read-your-writes ${i} via ${writer === A ? "A" : "B"}`;
    expect(await save(writer, cookie, { storyId, projectId: row.projectId }, row.version, title)).toMatchObject({ ok: true });
    for (const path of ["/stories", `/stories/${storyId}`, `/loops/${fixture.bench.loopId}`]) {
      expect(await html(reader, path), `${path} on ${reader === A ? "A" : "B"} after save ${i}`).toContain(title);
    }
    const onReader = await (await fetch(`${reader.base}/api/export`, { headers: { cookie } })).json();
    expect(onReader.stories.find((s: { title: string }) => s.title === title)).toBeTruthy();
  }
});

test("the sign-in limit trips after the same number of failures on A, on B, or alternating", async () => {
  // One client guessing one account's password (the limit counts per account and client, issue 12): the same
  // address on every attempt, whichever instance answers. These servers run plain `next start`, so the app reads
  // the client from X-Forwarded-For; the address is only a header value, no traffic goes there.
  const failuresUntilRefused = async (email: string, route: (i: number) => Server) => {
    const client = nextIp();
    for (let i = 0; i < MAX_ATTEMPTS * 3; i++) {
      const res = await fetch(`${route(i).base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: route(i).base, "x-forwarded-for": client },
        body: JSON.stringify({ email, password: "not-the-password" }),
      });
      if (res.status === 429) return i;
      expect(res.status).toBe(401);
    }
    return Infinity;
  };
  const [a, b, both] = [fixture.writers[40], fixture.writers[41], fixture.writers[42]].map((w) => w.email);
  const counts = { A: await failuresUntilRefused(a, () => A), B: await failuresUntilRefused(b, () => B), both: await failuresUntilRefused(both, (i) => (i % 2 ? B : A)) };
  console.log(`[two-instances] failed sign-ins before 429: A=${counts.A} B=${counts.B} alternating=${counts.both} (AUTH_MAX_ATTEMPTS=${MAX_ATTEMPTS})`);
  expect(counts.A).toBeLessThanOrEqual(MAX_ATTEMPTS);
  expect(counts.B).toBe(counts.A);
  expect(counts.both).toBe(counts.A);
});

test("the database goes away: 503 page and JSON, a save told to try again; back by itself when it returns", async () => {
  test.skip(!cluster, "the PostgreSQL server is not ours to stop (TEST_DATABASE_URL)");
  const w = fixture.writers[0];
  const cookie = await signIn(A.base, w.email, fixture.password, nextIp());
  expect((await fetch(`${A.base}/stories`, { headers: { cookie } })).status).toBe(200);

  cluster!.down();
  try {
    // The first request to meet the outage fails however it fails; from then on both answer 503 at once.
    for (const s of [A, B]) await fetch(`${s.base}/api/health`).catch(() => undefined);
    for (const s of [A, B]) {
      const health = await fetch(`${s.base}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, database: "down" });
      const page = await fetch(`${s.base}/stories`, { headers: { cookie }, redirect: "manual" });
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("5");
      expect(await page.text()).toMatch(/cannot reach its database/);
      const api = await fetch(`${s.base}/api/export`, { headers: { cookie } });
      expect(api.status).toBe(503);
      expect(await api.json()).toEqual({ error: expect.stringMatching(/cannot reach its database/) });
    }
    const during = await save(A, cookie, w, 2, "Saved during the outage");
    expect(during).toMatchObject({ ok: false, conflict: false });
    expect(during.error).toMatch(/cannot reach its database/);
  } finally {
    cluster!.up();
  }
  // No restart of the app: the probe (or the next request) finds the database again.
  for (const s of [A, B]) {
    await expect.poll(async () => (await fetch(`${s.base}/stories`, { headers: { cookie }, redirect: "manual" })).status, { timeout: 30_000 }).toBe(200);
  }
  expect(await save(B, cookie, w, 2, "Saved after the outage")).toMatchObject({ ok: true });
});
