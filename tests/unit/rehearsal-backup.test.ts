// Rehearsals in the star-bank v2 backup: a mentor's rehearsal keeps the mentor's name (not their account), story,
// own question and round are remapped to the new ids, a shipped question keeps its id; v2 files without rehearsals
// still import; broken references are refused with their path and nothing is written.
import { createUser, shareWith } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { backupText, exportBank } from "@/lib/server/backup";
import { importBank } from "@/lib/server/import-bank";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import { addQuestion } from "@/lib/server/questions";
import { createLoopFromTemplate, getLoop } from "@/lib/server/loops";
import { listRehearsals, recordRehearsal } from "@/lib/server/rehearsals";

const ratings = { situation: 4, action: 3, result: 2, learnings: 5 };

describe("rehearsals in the backup", () => {
  it("export → import into a fresh account keeps every rehearsal, remapped, with the mentor's name", async () => {
    const owner = await createUser("owner");
    const mentor = await createUser("Maya Mentor");
    await shareWith(owner, mentor);
    const project = await createProject(owner, { title: "P", organization: "", period: "", context: "", role: "", scope: "" });
    const story = await createStory(owner, { projectId: project.id, title: "Cut p95", situation: "s", task: "", action: "a", result: "r", status: "draft", principles: [{ code: "dive-deep", weight: "primary" }], metrics: [] });
    const question = await addQuestion(owner, { text: "My own deep-dive question?", principles: ["dive-deep"] });
    const loop = await createLoopFromTemplate(owner, { company: "Amazon", role: "", level: "", date: "", templateId: "amazon-generic-onsite" });
    const roundId = (await getLoop(owner, loop.id)).rounds[0].id;
    await recordRehearsal(owner, { storyId: story.id, questionId: "dd-1", principle: "dive-deep", roundId, durationSeconds: 140, ratings, note: "first" });
    await recordRehearsal(owner, { storyId: null, questionId: question.id, principle: "dive-deep", durationSeconds: 30, ratings, note: "" });
    await recordRehearsal(mentor, { candidateId: owner.id, storyId: story.id, questionId: "dd-2", principle: "dive-deep", durationSeconds: 200, ratings, note: "mock" });

    const file = await exportBank(owner);
    expect(file.rehearsals).toHaveLength(3);
    expect(file.rehearsals.find((r) => r.note === "mock")).toMatchObject({ ratedBy: "mentor", mentorName: "Maya Mentor", questionId: "dd-2", storyKey: file.stories[0].key });
    expect(file.rehearsals.find((r) => r.note === "first")).toMatchObject({ ratedBy: "self", roundKey: file.loops[0].rounds[0].key, questionId: "dd-1" });
    const gap = file.rehearsals.find((r) => r.durationSeconds === 30)!;
    expect(gap.storyKey).toBeUndefined();
    expect(gap.questionKey).toBe(file.questions[0].key);

    const fresh = await createUser("fresh");
    expect(await importBank(fresh, backupText(file))).toMatchObject({ ok: true });
    const again = await exportBank(fresh);
    expect({ ...again, exportedAt: undefined }).toEqual({ ...file, exportedAt: undefined });
    const rows = await listRehearsals(fresh);
    expect(rows.find((r) => r.note === "mock")).toMatchObject({ byMentor: true, raterDisplayName: "Maya Mentor" });
    const freshStory = await db.story.findFirstOrThrow({ where: { userId: fresh.id } });
    expect(rows.filter((r) => r.storyId === freshStory.id)).toHaveLength(2);
  });

  it("a v2 file written before rehearsals existed still imports", async () => {
    const fresh = await createUser("older-v2");
    const file = { format: "star-bank", version: 2, projects: [], stories: [], questions: [], loops: [] };
    expect(await importBank(fresh, JSON.stringify(file))).toMatchObject({ ok: true });
  });

  it.each([
    [{ storyKey: "nope", questionId: "dd-1" }, "rehearsals[0].storyKey", /No story has the key "nope"/],
    [{ roundKey: "nope", questionId: "dd-1" }, "rehearsals[0].roundKey", /No round has the key "nope"/],
    [{ questionKey: "nope" }, "rehearsals[0].questionKey", /No question has the key "nope"/],
    [{}, "rehearsals[0].questionKey", /names its question once/],
    [{ questionId: "dd-1", durationSeconds: 7201 }, "rehearsals[0].durationSeconds", /between 1 second and 2 hours/],
    [{ questionId: "dd-1", ratings: { ...ratings, action: 6 } }, "rehearsals[0].ratings.action", /from 1 to 5/],
  ])("refuses %o at %s, writing nothing", async (overrides, path, message) => {
    const fresh = await createUser("refused");
    const rehearsal = { questionText: "Q?", principle: "dive-deep", durationSeconds: 60, ratings, createdAt: "2026-11-20T10:00:00Z", ...overrides };
    const file = { format: "star-bank", version: 2, projects: [], stories: [], questions: [], loops: [], rehearsals: [rehearsal] };
    const result = await importBank(fresh, JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.find((e) => e.path === path)?.message).toMatch(message);
    expect(await db.rehearsal.count({ where: { userId: fresh.id } })).toBe(0);
  });
});
