// The largest bank the limits allow (tests/fixtures/largest-bank.ts) imports, exports and imports again, also as
// a dry run, so every export can be restored; the byte limit of an import sits above that export's size.
import { createUser } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { backupText, exportBank } from "@/lib/server/backup";
import { importBank } from "@/lib/server/import-bank";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";
import { largestBackup } from "../fixtures/largest-bank";
import { BANK_LIMITS, bankLimitMessage } from "@/lib/domain/limits";
import { MAX_FOLLOW_UPS } from "@/lib/domain/story-limits";
import { createProject } from "@/lib/server/projects";
import { createStory, saveStory } from "@/lib/server/stories";
import { saveDeepDive } from "@/lib/server/deep-dives";
import { recordRehearsal } from "@/lib/server/rehearsals";
import { countBank } from "@/lib/server/limits";

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const withoutExportedAt = <T extends { exportedAt?: string }>(doc: T) => ({ ...doc, exportedAt: undefined });

describe("the largest bank the limits allow", () => {
  it("exports within the import limit and re-imports, dry run and for real, into a fresh account", { timeout: 1_800_000 }, async () => {
    const file = backupText(largestBackup() as Parameters<typeof backupText>[0]);
    const owner = await createUser("largest");
    const created = { projects: 500, stories: 2000, questions: 1000, loops: 100 };
    const full = { ...BANK_LIMITS };
    expect(await importBank(owner, file, { dryRun: true })).toMatchObject({ ok: true, created });
    expect(await importBank(owner, file)).toMatchObject({ ok: true, created });

    const exported = await exportBank(owner);
    const text = backupText(exported);
    const bytes = Buffer.byteLength(text);
    console.log(`largest bank: hand-written file ${mb(Buffer.byteLength(file))}, its export ${mb(bytes)}, import limit ${mb(MAX_BACKUP_BYTES)}`);
    expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    // The limit is measured, not guessed: no more than a quarter above the largest export.
    expect(MAX_BACKUP_BYTES).toBeLessThan(bytes * 1.25);

    const fresh = await createUser("restored");
    expect(await importBank(fresh, text, { dryRun: true })).toMatchObject({ ok: true, dryRun: true, created });
    expect(await importBank(fresh, text)).toMatchObject({ ok: true, dryRun: false, created });
    expect(withoutExportedAt(await exportBank(fresh))).toEqual(withoutExportedAt(exported));
    expect(await countBank(fresh.id)).toEqual(full);

    // A full bank takes nothing more: the same file again is refused, naming each list, and nothing is written.
    const stories = await db.story.count({ where: { userId: fresh.id } });
    const again = await importBank(fresh, text);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.path)).toEqual(["projects", "stories", "loops", "questions", "rehearsals", "stories", "deepDives"]);
    expect(await db.story.count({ where: { userId: fresh.id } })).toBe(stories);
  });
});

// A bank at a limit refuses one more, with the limit in plain words, and writes nothing (filled with createMany,
// the way import writes, since creating thousands one by one through the app would take minutes).
describe("a bank full of rehearsals, follow-ups or deep-dives takes no more", () => {
  const sheet = { scope: "One team, two quarters.", options: [], metrics: [] };
  const storyOf = (projectId: string, followUps: { question: string; answer: string }[] = []) => ({
    projectId,
    title: `A story ${followUps.length}`,
    situation: "Checkout was slow.",
    task: "I owned it.",
    action: "I rewrote the cart lookup.",
    result: "p95 fell from 420 ms to 260 ms.",
    status: "draft",
    principles: [{ code: "dive-deep", weight: "primary" }],
    metrics: [],
    followUps,
  });
  const fu = (n: number) => Array.from({ length: n }, (_, i) => ({ question: `Why ${i}?`, answer: "Because." }));

  it("follow-ups: a save that would pass the bank-wide limit is refused and nothing changes", async () => {
    const owner = await createUser("fu-full");
    const project = await createProject(owner, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
    const full = await createStory(owner, storyOf(project.id));
    const per = MAX_FOLLOW_UPS;
    const stories = await Promise.all(Array.from({ length: BANK_LIMITS.followUps / per - 1 }, () => createStory(owner, storyOf(project.id))));
    await db.followUp.createMany({
      data: [full, ...stories].flatMap((s) => Array.from({ length: per }, (_, position) => ({ storyId: s.id, position, question: `Q${position}?`, answer: "" }))),
    });
    expect(await countBank(owner.id)).toMatchObject({ followUps: BANK_LIMITS.followUps });
    const before = await db.followUp.count({ where: { story: { userId: owner.id } } });
    // A new story with one follow-up, and an existing story growing by one: both refused.
    const other = await createStory(owner, storyOf(project.id));
    await expect(createStory(owner, storyOf(project.id, fu(1)))).rejects.toThrow(bankLimitMessage("followUps"));
    const { version } = await db.story.findUniqueOrThrow({ where: { id: other.id }, select: { version: true } });
    await expect(saveStory(owner, other.id, version, storyOf(project.id, fu(1)))).rejects.toThrow(bankLimitMessage("followUps"));
    expect(await db.story.findUniqueOrThrow({ where: { id: other.id }, select: { version: true } })).toEqual({ version });
    expect(await db.followUp.count({ where: { story: { userId: owner.id } } })).toBe(before);
    // Replacing a full story's own follow-ups stays within the limit, so it saves.
    const v = (await db.story.findUniqueOrThrow({ where: { id: full.id }, select: { version: true } })).version;
    await expect(saveStory(owner, full.id, v, storyOf(project.id, fu(per)))).resolves.toMatchObject({ version: v + 1 });
  }, 120_000);

  it("deep-dives: the worksheet past the limit is refused and nothing is written", async () => {
    const owner = await createUser("dd-full");
    await db.project.createMany({ data: Array.from({ length: BANK_LIMITS.deepDives + 1 }, (_, i) => ({ userId: owner.id, title: `P${i}` })) });
    const projects = await db.project.findMany({ where: { userId: owner.id }, select: { id: true }, orderBy: { title: "asc" } });
    await db.deepDive.createMany({ data: projects.slice(1).map((p) => ({ projectId: p.id })) });
    const before = await db.deepDive.count({ where: { project: { userId: owner.id } } });
    expect(before).toBe(BANK_LIMITS.deepDives);
    await expect(saveDeepDive(owner, { projectId: projects[0].id, version: 0, deepDive: sheet })).rejects.toThrow(bankLimitMessage("deepDives"));
    expect(await db.deepDive.count({ where: { project: { userId: owner.id } } })).toBe(before);
    // Saving an existing worksheet creates nothing and still works.
    await expect(saveDeepDive(owner, { projectId: projects[1].id, version: 1, deepDive: sheet })).resolves.toMatchObject({ version: 2 });
  }, 120_000);

  it("rehearsals: one past the limit is refused and nothing is written", async () => {
    const owner = await createUser("rh-full");
    await db.rehearsal.createMany({
      data: Array.from({ length: BANK_LIMITS.rehearsals }, () => ({
        userId: owner.id,
        questionId: "dd-1",
        questionText: "Tell me about a time you dug deep.",
        principle: "dive-deep",
        durationSeconds: 60,
        ratingSituation: 3,
        ratingAction: 3,
        ratingResult: 3,
        ratingLearnings: 3,
      })),
    });
    const one = { storyId: null, questionId: "dd-1", principle: "dive-deep", durationSeconds: 60, ratings: { situation: 3, action: 3, result: 3, learnings: 3 } };
    await expect(recordRehearsal(owner, one)).rejects.toThrow(bankLimitMessage("rehearsals"));
    expect(await db.rehearsal.count({ where: { userId: owner.id } })).toBe(BANK_LIMITS.rehearsals);
  }, 120_000);

  it("import: a file whose follow-ups would pass the limit is refused, naming the stories, nothing written", async () => {
    const owner = await createUser("fu-import");
    const project = await createProject(owner, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
    const story = await createStory(owner, storyOf(project.id, fu(1)));
    await db.followUp.createMany({ data: Array.from({ length: BANK_LIMITS.followUps - 1 }, (_, i) => ({ storyId: story.id, position: i + 1, question: `Q${i}?`, answer: "" })) });
    const file = JSON.stringify({
      format: "star-bank",
      version: 2,
      projects: [{ key: "p", title: "Imported", organization: "", period: "", context: "", role: "", scope: "" }],
      stories: [{ ...storyOf("x", fu(1)), projectKey: "p", key: "s", projectId: undefined, angles: [], learnings: "" }],
    });
    const result = await importBank(owner, file);
    expect(result).toMatchObject({ ok: false, errors: [{ path: "stories", message: expect.stringMatching(/adds 1 follow-up questions to the 4,000 you have/) }] });
    expect(await db.project.count({ where: { userId: owner.id } })).toBe(1);
  }, 120_000);
});
