// Crash safety: saves in flight through the editor's real save path (the saveStoryAction server action,
// called over HTTP exactly as the browser does), an online backup taken meanwhile, then the server killed
// with SIGKILL. After a restart: the database opens, PRAGMA integrity_check says ok, and every save the
// server answered as successful is there. Pass/fail on correctness only, never on time.
// Runs its own `next start` (port CRASH_PORT, default E2E_PORT + 90) over the build in NEXT_DIST_DIR (or .next),
// on its own fresh SQLite file.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
// @ts-expect-error: plain .mjs helpers shared with `npm run bench` (no type declarations)
import { callAction, findActionId, signIn, startServer, stopServer } from "../../scripts/bench-http.mjs";
// @ts-expect-error: the editor payload `npm run bench` saves (plain .mjs, no type declarations)
import { storyPayload } from "../../scripts/story-payload.mjs";

const port = Number(process.env.CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const dbFile = path.resolve("data", `crash-${port}.db`);
const backupFile = path.resolve("data", `crash-${port}-backup.db`);
const databaseUrl = `file:${dbFile}`;
const WRITERS = 8;

interface Fixture {
  password: string;
  writers: { userId: string; email: string; storyId: string; projectId: string }[];
}
interface Issued {
  /** version the save was sent with; on success the story is at version + 1 with this title */
  version: number;
  title: string;
  answeredOk: boolean;
}

function removeDb(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let server: { child: ChildProcess; base: string } | undefined;

test.afterAll(async () => {
  if (server) await stopServer(server.child);
  removeDb(dbFile);
  removeDb(backupFile);
});

test("saves answered before a SIGKILL survive it; the database stays intact; an online backup taken meanwhile is consistent", async () => {
  mkdirSync("data", { recursive: true });
  removeDb(dbFile);
  removeDb(backupFile);
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "ignore" });
  const seeded = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/seed-bench.ts", "--stories", "20", "--writers", String(WRITERS)], {
    env,
    encoding: "utf8",
  });
  const fixture = JSON.parse(seeded.trim().split("\n").filter((l) => l.startsWith("{")).pop()!) as Fixture;

  const first: { child: ChildProcess; base: string } = await startServer({ port, distDir, databaseUrl });
  server = first;
  const base = first.base;
  const actionId = findActionId(distDir, "saveStoryAction");
  const cookies: string[] = [];
  for (const [i, w] of fixture.writers.entries()) cookies.push(await signIn(base, w.email, fixture.password, `10.9.0.${i + 1}`));

  // Each writer saves its own story over and over, each save from the version the last one returned.
  const issued = new Map<string, Issued[]>(fixture.writers.map((w) => [w.storyId, []]));
  let killed = false;
  let answered = 0;
  const unexpected: string[] = [];
  const clients = fixture.writers.map(async (w, i) => {
    let version = 1;
    for (let n = 0; !killed; n++) {
      const title = `Writer ${i} save ${n}`;
      const record: Issued = { version, title, answeredOk: false };
      issued.get(w.storyId)!.push(record);
      const payload = storyPayload({ storyId: w.storyId, version, projectId: w.projectId, title });
      let r: { status: number; result?: { ok: boolean; data?: { version: number }; message?: string } };
      try {
        r = await callAction(base, `/stories/${w.storyId}`, actionId, [payload], cookies[i]);
      } catch {
        return; // the connection died with the server: this save's outcome is unknown, which is allowed
      }
      if (r.status === 200 && r.result?.ok === true) {
        record.answeredOk = true;
        answered += 1;
        version = r.result.data!.version;
      } else if (!killed) {
        unexpected.push(`${r.status} ${JSON.stringify(r.result)}`);
        return;
      }
    }
  });

  // Let saves land, take an online backup while they keep coming, then pull the plug mid-flight.
  while (answered < 40 && unexpected.length === 0) await new Promise((r) => setTimeout(r, 50));
  const answeredBeforeBackup = new Map(
    [...issued].map(([id, list]) => [id, list.filter((s) => s.answeredOk).at(-1)]),
  );
  const backup = spawnSync("node", ["scripts/backup.mjs", "--out", backupFile], { env, encoding: "utf8" });
  expect(backup.status, backup.stderr).toBe(0);
  expect(backup.stdout.trim()).toBe(backupFile);
  while (answered < 120 && unexpected.length === 0) await new Promise((r) => setTimeout(r, 50));
  first.child.kill("SIGKILL");
  killed = true;
  await Promise.all(clients);
  server = undefined;
  expect(unexpected).toEqual([]);
  // The kill really was mid-flight: saves had been sent and not answered.
  const inFlight = [...issued.values()].filter((list) => list.length > 0 && !list.at(-1)!.answeredOk).length;
  expect(inFlight).toBeGreaterThan(0);

  // The backup taken while the server ran: intact, and holds every save answered before it started.
  const snapshot = new Database(backupFile, { readonly: true });
  expect(snapshot.pragma("integrity_check", { simple: true })).toBe("ok");
  for (const [storyId, last] of answeredBeforeBackup) {
    if (!last) continue;
    const row = snapshot.prepare("SELECT version FROM Story WHERE id = ?").get(storyId) as { version: number };
    expect(Number(row.version)).toBeGreaterThanOrEqual(last.version + 1);
  }
  snapshot.close();

  // Restart on the same file: healthy (database reachable, migrations current).
  const second: { child: ChildProcess; base: string } = await startServer({ port, distDir, databaseUrl });
  server = second;
  const health = await (await fetch(`${second.base}/api/health`)).json();
  expect(health).toMatchObject({ ok: true, database: "up" });

  const sqlite = new Database(dbFile, { readonly: true });
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(sqlite.pragma("foreign_key_check")).toEqual([]);
  for (const [storyId, list] of issued) {
    const row = sqlite.prepare("SELECT title, version FROM Story WHERE id = ?").get(storyId) as { title: string; version: number };
    const lastOk = list.filter((s) => s.answeredOk).at(-1);
    const storedVersion = Number(row.version);
    // Every answered save is there: the story is at least at the last answered version…
    if (lastOk) expect(storedVersion).toBeGreaterThanOrEqual(lastOk.version + 1);
    // …and holds exactly the text of the save that produced its version (answered, or in flight at the kill).
    const producer = list.find((s) => s.version + 1 === storedVersion);
    if (storedVersion > 1) expect(row.title).toBe(producer?.title);
    // Child rows of the last save came with it (one transaction): one principle, one angle, one metric.
    if (storedVersion > 1) {
      const children = sqlite
        .prepare("SELECT (SELECT COUNT(*) FROM StoryPrinciple WHERE storyId = ?) AS p, (SELECT COUNT(*) FROM StoryAngle WHERE storyId = ?) AS a, (SELECT COUNT(*) FROM Metric WHERE storyId = ?) AS m")
        .get(storyId, storyId, storyId) as { p: number; a: number; m: number };
      expect({ p: Number(children.p), a: Number(children.a), m: Number(children.m) }).toEqual({ p: 1, a: 1, m: 1 });
    }
  }
  const landedInFlight = [...issued].filter(([id, list]) => {
    const lastOk = list.filter((x) => x.answeredOk).at(-1);
    const row = sqlite.prepare("SELECT version FROM Story WHERE id = ?").get(id) as { version: number };
    return Number(row.version) > (lastOk ? lastOk.version + 1 : 1);
  }).length;
  console.log(`crash-safety: ${answered} saves answered, ${inFlight} in flight at the kill (${landedInFlight} of those committed)`);
  sqlite.close();

  // And the restarted server keeps accepting saves from where each story is.
  const w = fixture.writers[0];
  const cookie = await signIn(second.base, w.email, fixture.password, "10.9.1.1");
  const current = issued.get(w.storyId)!.filter((s) => s.answeredOk).length;
  const sqliteAfter = new Database(dbFile, { readonly: true });
  const { version } = sqliteAfter.prepare("SELECT version FROM Story WHERE id = ?").get(w.storyId) as { version: number };
  sqliteAfter.close();
  expect(Number(version)).toBeGreaterThanOrEqual(current + 1);
  const after = await callAction(second.base, `/stories/${w.storyId}`, actionId, [
    storyPayload({ storyId: w.storyId, version: Number(version), projectId: w.projectId, title: "After the crash" }),
  ], cookie);
  expect(after.result).toMatchObject({ ok: true, data: { version: Number(version) + 1 } });
});
