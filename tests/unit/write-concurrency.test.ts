// Concurrent story saves against a real database (a SQLite file with WAL and busy_timeout, or PostgreSQL): many
// users saving at once all land; many saves of one story from the same version give exactly one success and
// conflicts for the rest; the same holds when a second OS process writes the same database (SQLITE_BUSY never
// surfaces).
import { TEST_DATABASE_URL, createUser, queryDirect } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import type { Viewer } from "@/lib/server/viewer";
// @ts-expect-error: a plain .mjs helper shared with `npm run bench` (no type declarations)
import { runInProcesses, runSaves, storyPayload } from "../../scripts/bench-writes.mjs";

interface SaveOutcome {
  storyId: string;
  ok: boolean;
  conflict: boolean;
  error: string | null;
  ms: number;
}
interface RunOutcome {
  pid: number;
  wallMs: number;
  results: SaveOutcome[];
}
interface Writer {
  viewer: Viewer;
  projectId: string;
  storyId: string;
}

/** Reads rows through a separate connection, as a restarted server would. */
async function readBack(ids: string[]): Promise<Map<string, { title: string; version: number; situation: string }>> {
  const rows = await queryDirect<{ id: string; title: string; version: number; situation: string }>(
    `SELECT id, title, version, situation FROM "Story" WHERE id IN (${ids.map(() => "?").join(",")})`,
    ids,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function newWriters(n: number, label: string): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (let i = 0; i < n; i++) {
    const viewer = await createUser(`${label}${i}`);
    const projectId = (await createProject(viewer, { title: "Project", organization: "", period: "", context: "", role: "", scope: "" })).id;
    const storyId = (await createStory(viewer, { projectId, title: `Story of ${label}${i}` })).id;
    writers.push({ viewer, projectId, storyId });
  }
  return writers;
}

const ownSave = (w: Writer, title: string) => ({
  viewer: w.viewer,
  payload: storyPayload({ storyId: w.storyId, version: 1, projectId: w.projectId, title }),
});

const raceSaves = (w: Writer, version: number, label: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    viewer: w.viewer,
    payload: storyPayload({ storyId: w.storyId, version, projectId: w.projectId, title: `${label} ${i}` }),
  }));

function expectOneWinner(results: SaveOutcome[], total: number) {
  expect(results).toHaveLength(total);
  expect(results.filter((r) => r.error !== null)).toEqual([]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => r.conflict)).toHaveLength(total - 1);
}

describe("concurrent saves in one process", () => {
  let writers: Writer[];
  beforeAll(async () => {
    writers = await newWriters(50, "solo");
  });

  it("50 users saving their own story at once: all succeed and all persist", async () => {
    const { results } = (await runSaves(writers.map((w, i) => ownSave(w, `Saved by solo writer ${i}`)))) as RunOutcome;
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const stored = await readBack(writers.map((w) => w.storyId));
    writers.forEach((w, i) => {
      expect(stored.get(w.storyId)).toMatchObject({ title: `Saved by solo writer ${i}`, version: 2 });
    });
  });

  it("20 saves of one story from the same version: exactly one succeeds, 19 conflicts, nothing else", async () => {
    const target = writers[0];
    const before = (await readBack([target.storyId])).get(target.storyId)!;
    const saves = raceSaves(target, before.version, "Racer", 20);
    const { results } = (await runSaves(saves)) as RunOutcome;
    expectOneWinner(results, 20);
    const winner = results.findIndex((r) => r.ok);
    const after = (await readBack([target.storyId])).get(target.storyId)!;
    expect(after).toMatchObject({ title: `Racer ${winner}`, version: before.version + 1 });
  });
});

describe("concurrent saves from two OS processes on the same database", () => {
  let writers: Writer[];
  beforeAll(async () => {
    writers = await newWriters(50, "duo");
  });

  it("50 own-story saves split over this process and a child process: all succeed and persist", { timeout: 120_000 }, async () => {
    const saves = writers.map((w, i) => ownSave(w, `Saved by duo writer ${i}`));
    let local: Promise<RunOutcome> | undefined;
    const [remote] = (await runInProcesses([saves.slice(25)], { DATABASE_URL: TEST_DATABASE_URL }, {
      onGo: () => {
        local = runSaves(saves.slice(0, 25));
      },
    })) as RunOutcome[];
    const mine = await local!;
    expect(remote.pid).not.toBe(process.pid);
    const all = [...mine.results, ...remote.results];
    expect(all.filter((r) => !r.ok)).toEqual([]);
    const stored = await readBack(writers.map((w) => w.storyId));
    writers.forEach((w, i) => {
      expect(stored.get(w.storyId)).toMatchObject({ title: `Saved by duo writer ${i}`, version: 2 });
    });
  });

  it("20 saves of one story from the same version, 10 per process (5 stories at once): exactly one succeeds each, no SQLITE_BUSY", { timeout: 120_000 }, async () => {
    const targets = writers.slice(1, 6);
    const before = await readBack(targets.map((t) => t.storyId));
    const perStory = targets.map((t, k) => raceSaves(t, before.get(t.storyId)!.version, `Cross racer ${k}`, 20));
    const mineSaves = perStory.flatMap((saves) => saves.slice(0, 10));
    const theirSaves = perStory.flatMap((saves) => saves.slice(10));
    let local: Promise<RunOutcome> | undefined;
    const [remote] = (await runInProcesses([theirSaves], { DATABASE_URL: TEST_DATABASE_URL }, {
      onGo: () => {
        local = runSaves(mineSaves);
      },
    })) as RunOutcome[];
    const mine = await local!;
    const after = await readBack(targets.map((t) => t.storyId));
    targets.forEach((t, k) => {
      const results = [...mine.results.slice(k * 10, k * 10 + 10), ...remote.results.slice(k * 10, k * 10 + 10)];
      expectOneWinner(results, 20);
      const winner = results.findIndex((r) => r.ok);
      expect(after.get(t.storyId)).toMatchObject({ title: `Cross racer ${k} ${winner}`, version: before.get(t.storyId)!.version + 1 });
    });
  });
});
