// Ready means ready: a story with an error finding cannot be marked ready (create, save, the editor's action),
// the refusal says which errors stand and writes nothing; an imported "ready" story with errors keeps its status,
// is flagged "marked ready, but has errors", and counts as a draft in the matrix.
import { createUser } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { attempt } from "@/lib/server/action-result";
import { importBank } from "@/lib/server/import-bank";
import { InputError } from "@/lib/server/errors";
import { createProject } from "@/lib/server/projects";
import { createStory, getStory, listStoriesForMatrix, listStoryRows, saveEditedStory, saveStory } from "@/lib/server/stories";
import { countsAsReady, readyBlockedBy, readyBlockedShort } from "@/lib/domain/quality";
import type { StoryFinding } from "@/lib/domain/types";

const sentence = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
const good = {
  title: "Cut p95 latency",
  situation: `Checkout was slow during peak traffic, ${sentence(20, "s")}.`,
  task: `I owned the checkout service and had to ${sentence(20, "t")}.`,
  action: `I profiled the service and I rewrote ${sentence(90, "a")}.`,
  result: `p95 latency fell from 420 ms to 260 ms, ${sentence(20, "r")}.`,
  learnings: "I now add a latency budget to every design review.",
  principles: [{ code: "dive-deep", weight: "primary" }],
  metrics: [{ label: "p95 latency", unit: "ms", before: 420, after: 260, direction: "lower-is-better" }],
};
const empty = { title: "Empty but marked ready", situation: "", task: "", action: "", result: "" };

describe("the domain rule", () => {
  const f = (severity: StoryFinding["severity"], message = "m"): StoryFinding => ({ code: "star-missing", severity, message, hint: "", section: "situation" }) as StoryFinding;
  it("counts a story as ready only when marked ready and free of errors", () => {
    expect(countsAsReady("ready", [])).toBe(true);
    expect(countsAsReady("ready", [f("warning"), f("tip")])).toBe(true);
    expect(countsAsReady("ready", [f("error")])).toBe(false);
    expect(countsAsReady("draft", [])).toBe(false);
  });
  it("says which errors stand, long for the form and short for the field", () => {
    expect(readyBlockedBy([f("warning")])).toBeNull();
    expect(readyBlockedBy([f("error", "Situation is too thin."), f("error", "Task is too thin.")])).toBe(
      "It cannot be marked ready while 2 errors stand: Situation is too thin. Task is too thin. Fix them, or keep the story as a draft.",
    );
    expect(readyBlockedShort([f("error")])).toBe("Not ready yet: fix the error in the checks first.");
  });
});

describe("create and save", () => {
  it("refuse ready with errors, naming them, and write nothing; accept ready when the checks pass", async () => {
    const viewer = await createUser("ready");
    const { id: projectId } = await createProject(viewer, { title: "Checkout" });
    await expect(createStory(viewer, { projectId, ...empty, status: "ready" })).rejects.toThrow(/cannot be marked ready while 4 errors stand: Situation/);
    expect(await db.story.count({ where: { userId: viewer.id } })).toBe(0);

    const draft = await createStory(viewer, { projectId, ...empty, status: "draft" });
    const refused = await saveStory(viewer, draft.id, draft.version, { projectId, ...empty, status: "ready" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).fieldErrors.status).toEqual(["Not ready yet: fix the 4 errors in the checks first."]);
    expect((await getStory(viewer, draft.id)).status).toBe("draft");

    // The editor's action answers the same refusal as a form result.
    const result = await attempt(() => saveEditedStory(viewer, { id: draft.id, version: draft.version, story: { projectId, ...empty, status: "ready" } }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { status: ["Not ready yet: fix the 4 errors in the checks first."] } });

    const fine = await createStory(viewer, { projectId, ...good, status: "ready" });
    expect((await getStory(viewer, fine.id)).status).toBe("ready");
  });
});

describe("an imported ready story with errors", () => {
  it("keeps its status, is flagged, and counts as a draft in the matrix", async () => {
    const viewer = await createUser("imported");
    const file = {
      format: "star-bank",
      version: 2,
      projects: [{ key: "p", title: "Checkout" }],
      stories: [{ key: "s", projectKey: "p", ...empty, status: "ready", principles: [{ code: "ownership", weight: "primary" }] }],
    };
    expect(await importBank(viewer, JSON.stringify(file))).toMatchObject({ ok: true });
    const [row] = await listStoryRows(viewer);
    expect(row).toMatchObject({ status: "ready", readyWithErrors: true });
    const [inMatrix] = await listStoriesForMatrix(viewer);
    expect(inMatrix.status).toBe("draft");
  });
});
