// The practice page's read (lib/server/practice.ts): the candidate and an active mentor get the drill for the
// candidate's next dated loop, with the planned story on its items; a stranger gets nothing.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/server/errors";
import { addRound, assignSlot, createLoopFromTemplate, getLoop } from "@/lib/server/loops";
import { loadPractice } from "@/lib/server/practice";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";

let candidate: TestViewer;
let mentor: TestViewer;
let stranger: TestViewer;
let storyId = "";
let loopId = "";

beforeAll(async () => {
  candidate = await createUser("practice-candidate");
  mentor = await createUser("practice-mentor");
  stranger = await createUser("practice-stranger");
  await shareWith(candidate, mentor);
  const project = await createProject(candidate, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
  storyId = (
    await createStory(candidate, {
      projectId: project.id,
      title: "Cart lookup rewrite",
      situation: "Checkout was slow during peak traffic.",
      task: "I owned the checkout service.",
      action: "I profiled it and rewrote the cart lookup.",
      result: "p95 fell from 420 ms to 260 ms.",
      status: "draft",
      principles: [{ code: "dive-deep", weight: "primary" }],
      metrics: [],
    })
  ).id;
  loopId = (await createLoopFromTemplate(candidate, { company: "Acme", role: "", level: "", date: "2026-12-10", templateId: "blank" })).id;
  await createLoopFromTemplate(candidate, { company: "Past", role: "", level: "", date: "2026-11-01", templateId: "amazon-generic-onsite" });
});

describe("loadPractice", () => {
  it("names the next dated loop and, with no rounds yet, says there is nothing to drill for it", async () => {
    const data = await loadPractice(candidate, candidate.id, { scope: "next-loop" }, "2026-12-01");
    expect(data.next?.title).toBe("Acme");
    expect(data.queue).toMatchObject({ ok: false, problem: "no-questions" });
    expect(data.stories.map((s) => s.title)).toEqual(["Cart lookup rewrite"]);
    expect(data.stories[0].targetSeconds).toBeGreaterThan(0);
  });

  it("drills the loop's rounds with the planned story, for the candidate and an active mentor", async () => {
    const round = await addRound(candidate, loopId, { title: "Deep dive", kind: "onsite", minutes: 60, focus: ["dive-deep"] });
    await assignSlot(candidate, { loopId, roundId: round.id, principle: "dive-deep", storyId });
    expect((await getLoop(candidate, loopId)).assignments).toHaveLength(1);
    for (const viewer of [candidate, mentor]) {
      const data = await loadPractice(viewer, candidate.id, { scope: "next-loop" }, "2026-12-01");
      if (!data.queue?.ok) throw new Error("expected a queue");
      expect(data.queue.items[0]).toMatchObject({ roundTitle: "Deep dive", principle: "dive-deep", plannedStoryId: storyId });
    }
  });

  it("gives a stranger nothing", async () => {
    await expect(loadPractice(stranger, candidate.id, { scope: "everything" }, "2026-12-01")).rejects.toBeInstanceOf(NotFoundError);
  });
});
