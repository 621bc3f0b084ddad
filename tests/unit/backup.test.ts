// Backup export/import against a real SQLite file: the round trip, the JSON Schema accepting every export,
// refusals that name the bad field and write nothing, dry runs, duplicates, and who may export what.
import { TEST_ENGINE, createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { exportBank, exportMarkdown, getLoopSheet } from "@/lib/server/backup";
import { saveDeepDive } from "@/lib/server/deep-dives";
import { importBank } from "@/lib/server/import-bank";
import { addRound, assignSlot, createLoopFromTemplate, getLoop } from "@/lib/server/loops";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";
import { BACKUP_SCHEMA_FILE } from "@/lib/validation/backup-json-schema";
import { addQuestion } from "@/lib/server/questions";
import type { PrincipleCode } from "@/lib/domain/types";

const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../..", BACKUP_SCHEMA_FILE), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

/** A realistic bank made through the app's own data-access functions: 3 projects, 5 stories, 2 loops. */
async function buildBank(viewer: TestViewer) {
  const fraud = await createProject(viewer, {
    title: "Card fraud model",
    organization: "Kestrel Pay",
    period: "2021 – 2022",
    context: "Rules were failing.\nChargebacks rose to 0.9%.",
    role: "Senior data scientist",
    scope: "5 people, 3.1M transactions a day",
  });
  const stream = await createProject(viewer, { title: "Streaming migration", organization: "Parcelwise", period: "", context: "", role: "", scope: "" });
  await createProject(viewer, { title: "Side project with no stories", organization: "", period: "", context: "", role: "", scope: "" });

  const story = async (projectId: string, title: string, principles: [PrincipleCode, "primary" | "secondary"][], extra: Record<string, unknown> = {}) =>
    (
      await createStory(viewer, {
        projectId,
        title,
        situation: `When ${title} started, ${words("sit", 18)}. Then more happened.`,
        task: `I had to ${words("task", 18)}.`,
        action: `I built ${words("act", 50)}.`,
        result: `Chargebacks fell by 38% and ${words("res", 16)}.`,
        status: "ready",
        angles: ["technical depth"],
        principles: principles.map(([code, weight]) => ({ code, weight })),
        ...extra,
      })
    ).id;

  const leak = await story(fraud.id, "Label leak caught before launch", [["dive-deep", "primary"], ["insist-on-the-highest-standards", "secondary"]], {
    learnings: "I now add a leakage check to every model review.",
    angles: ["failure", "Technical  Depth"],
    metrics: [
      { label: "false positives", unit: "%", before: 4.1, after: 1.2, direction: "lower-is-better" },
      { label: "review time", unit: "hours", before: null, after: 12, direction: "lower-is-better" },
      { label: "saved", unit: "$", before: 0, after: 1_200_000, direction: "higher-is-better" },
    ],
  });
  const thresholds = await story(fraud.id, "Graduated thresholds", [["customer-obsession", "primary"], ["earn-trust", "secondary"]]);
  const outage = await story(fraud.id, "Threshold outage", [["ownership", "primary"]], { status: "draft" });
  const kafka = await story(stream.id, "Kafka bill cut in half", [["frugality", "primary"], ["deliver-results", "primary"]], {
    metrics: [{ label: "monthly cost", unit: "$", before: 38_000, after: 19_000, direction: "lower-is-better" }],
  });
  await story(stream.id, "Mentoring a junior engineer", [["hire-and-develop-the-best", "primary"]], { angles: ["mentoring"] });

  const { id: loopId } = await createLoopFromTemplate(viewer, { company: "Acme Corp", role: "Data Engineer", level: "L5", date: "2026-12-01", templateId: "amazon-data-engineer" });
  const loop = await getLoop(viewer, loopId);
  const plan: [PrincipleCode, string, string | null][] = [
    ["dive-deep", leak, thresholds],
    ["customer-obsession", thresholds, null],
    ["ownership", outage, kafka],
    ["frugality", kafka, null],
  ];
  for (const [principle, storyId, backupStoryId] of plan) {
    const round = loop.rounds.find((r) => r.focus.includes(principle));
    if (round) await assignSlot(viewer, { roundId: round.id, principle, storyId, backupStoryId });
  }
  await createLoopFromTemplate(viewer, { company: "Blank Co", role: "", level: "", date: "", templateId: "blank" });
  await addQuestion(viewer, { text: "Tell me about a time you found a leak nobody else saw.", principles: ["dive-deep", "are-right-a-lot"] });
  await addQuestion(viewer, { text: "When did you cut a cost in half?", principles: ["frugality"] });
  return { loopId, leak, thresholds };
}

async function rowCounts() {
  const [projects, stories, principles, angles, metrics, loops, rounds, assignments] = await Promise.all([
    db.project.count(),
    db.story.count(),
    db.storyPrinciple.count(),
    db.storyAngle.count(),
    db.metric.count(),
    db.loop.count(),
    db.round.count(),
    db.assignment.count(),
  ]);
  return { projects, stories, principles, angles, metrics, loops, rounds, assignments };
}

const withoutExportedAt = <T extends { exportedAt?: string }>(doc: T) => ({ ...doc, exportedAt: undefined });

let alice: TestViewer;
let aliceLoop: string;

beforeAll(async () => {
  alice = await createUser("alice");
  aliceLoop = (await buildBank(alice)).loopId;
});

describe("export", () => {
  it("writes the whole bank with keys, never database ids", async () => {
    const doc = await exportBank(alice);
    expect(doc).toMatchObject({ format: "star-bank", version: 2 });
    expect(doc.loops.map((l) => l.templateId)).toEqual(["amazon-data-engineer", "blank"]);
    expect(doc.questions).toEqual([
      { key: "tell-me-about-a-time-you-found-a-leak-nobody-els", text: "Tell me about a time you found a leak nobody else saw.", principles: ["dive-deep", "are-right-a-lot"] },
      { key: "when-did-you-cut-a-cost-in-half", text: "When did you cut a cost in half?", principles: ["frugality"] },
    ]);
    expect(doc.projects.map((p) => p.key)).toEqual(["card-fraud-model", "streaming-migration", "side-project-with-no-stories"]);
    expect(doc.stories).toHaveLength(5);
    expect(doc.loops.map((l) => l.company)).toEqual(["Acme Corp", "Blank Co"]);
    const leak = doc.stories.find((s) => s.title.startsWith("Label leak"));
    expect(leak).toMatchObject({
      projectKey: "card-fraud-model",
      angles: ["failure", "technical depth"],
      principles: [{ code: "dive-deep", weight: "primary" }, { code: "insist-on-the-highest-standards", weight: "secondary" }],
    });
    expect(leak?.metrics[1]).toEqual({ label: "review time", unit: "hours", before: null, after: 12, direction: "lower-is-better" });
    const acme = doc.loops[0];
    const planned = acme.rounds.flatMap((r) => r.assignments);
    expect(planned).toHaveLength(4);
    expect(planned.find((a) => a.principle === "dive-deep")).toEqual({ principle: "dive-deep", storyKey: leak?.key, backupStoryKey: "graduated-thresholds" });
    const text = JSON.stringify(doc);
    for (const id of [aliceLoop, ...(await db.story.findMany({ select: { id: true } })).map((s) => s.id)]) expect(text).not.toContain(id);
  });

  it("is accepted by the JSON Schema (ajv, draft 2020-12), including an empty bank", async () => {
    const empty = await createUser("empty");
    for (const doc of [await exportBank(alice), await exportBank(empty)]) {
      const ok = validateSchema(JSON.parse(JSON.stringify(doc)));
      expect(validateSchema.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("round trip: export → import into a fresh account → export gives the same document but exportedAt", async () => {
    const first = await exportBank(alice);
    const fresh = await createUser("fresh");
    const result = await importBank(fresh, JSON.stringify(first));
    expect(result).toMatchObject({ ok: true, dryRun: false, created: { projects: 3, stories: 5, questions: 2, loops: 2 } });
    if (!result.ok || result.dryRun) throw new Error("import failed");
    expect(result.loops.map((l) => l.key)).toEqual(first.loops.map((l) => l.key));
    const loop = await getLoop(fresh, result.loops[0].id);
    expect(loop.company).toBe("Acme Corp");
    const second = await exportBank(fresh, new Date(Date.now() + 60_000));
    expect(second.exportedAt).not.toBe(first.exportedAt);
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    expect(validateSchema(JSON.parse(JSON.stringify(second)))).toBe(true);
  });

  it("exports only the viewer's own bank, even for a mentor with a share", async () => {
    const mentor = await createUser("mentor");
    await shareWith(alice, mentor);
    const doc = await exportBank(mentor);
    expect(doc.projects).toEqual([]);
    expect(doc.stories).toEqual([]);
    expect(await exportMarkdown(mentor)).not.toContain("Card fraud model");
  });

  it("writes Markdown of every project, story section, principle, angle and metric", async () => {
    const md = await exportMarkdown(alice);
    expect(md).toContain("## Card fraud model");
    expect(md).toContain("### Label leak caught before launch");
    expect(md).toContain("#### Learnings\n\nI now add a leakage check to every model review.");
    expect(md).toContain("Dive Deep (primary)");
    expect(md).toContain("failure, technical depth");
    expect(md).toContain("false positives: 4.1% → 1.2%, −2.9 pts");
    expect(md).toContain("### Acme Corp — Data Engineer (L5), 2026-12-01");
  });
});

describe("loop sheet access", () => {
  it("is readable by a mentor with an active share and by nobody else", async () => {
    const mentor = await createUser("sheet-mentor");
    const stranger = await createUser("stranger");
    await shareWith(alice, mentor);
    const sheet = await getLoopSheet(mentor, aliceLoop);
    expect(sheet.company).toBe("Acme Corp");
    expect(sheet.fileName).toBe("starloop-acme-corp-2026-12-01.pdf");
    await expect(getLoopSheet(stranger, aliceLoop)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("prints the depth round's deep-dive worksheet, for the owner and a mentor with a share", async () => {
    const mentor = await createUser("sheet-dd-mentor");
    await shareWith(alice, mentor);
    const project = await createProject(alice, { title: "Depth project", organization: "", period: "", context: "", role: "", scope: "" });
    await saveDeepDive(alice, {
      projectId: project.id,
      version: 0,
      deepDive: { scope: "Nobody had defined success.", impact: "Waste fell from 4.1% to 3.2%.", options: [{ title: "Buy", chosen: false }, { title: "Build", chosen: true }] },
    });
    await addRound(alice, aliceLoop, { title: "Depth", kind: "deep-dive", minutes: 60, focus: [], projectId: project.id });
    for (const viewer of [alice, mentor]) {
      const sheet = await getLoopSheet(viewer, aliceLoop);
      expect(sheet.deepDive?.projectTitle).toBe("Depth project");
      expect(sheet.deepDive?.sections.find((x) => x.label === "Options & trade-offs")?.text).toBe("Buy / Build (chosen)");
      expect(sheet.rounds.at(-1)?.deepDiveProject).toBe("Depth project");
    }
  });
});

describe("import", () => {
  const minimal = () => ({
    format: "star-bank",
    version: 1,
    projects: [{ key: "p1", title: "Imported project" }],
    stories: [
      { key: "s1", projectKey: "p1", title: "Imported story", situation: "S", task: "T", action: "A", result: "R", principles: [{ code: "ownership", weight: "primary" }] },
      { key: "s2", projectKey: "p1", title: "Second imported story", situation: "", task: "", action: "", result: "" },
    ],
    loops: [
      {
        key: "l1",
        company: "Imported Co",
        rounds: [{ key: "r1", title: "Phone screen", kind: "phone", focus: ["ownership"], assignments: [{ principle: "ownership", storyKey: "s1", backupStoryKey: "s2" }] }],
      },
    ],
  });

  async function expectRefused(body: string, expected: { path: string; message?: RegExp; status?: number }) {
    const viewer = await createUser("refused");
    const before = await rowCounts();
    const result = await importBank(viewer, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(expected.status ?? 400);
    const hit = result.errors.find((e) => e.path === expected.path);
    expect(hit, `errors: ${JSON.stringify(result.errors)}`).toBeDefined();
    if (expected.message) expect(hit?.message).toMatch(expected.message);
    expect(await rowCounts()).toEqual(before);
  }

  it("imports a small hand-written file with defaults filled in", async () => {
    const viewer = await createUser("small");
    const result = await importBank(viewer, JSON.stringify(minimal()));
    expect(result).toMatchObject({ ok: true, created: { projects: 1, stories: 2, loops: 1 } });
    const doc = await exportBank(viewer);
    expect(doc.stories[0]).toMatchObject({ status: "draft", learnings: "", angles: [], metrics: [] });
    expect(doc.loops[0]).toMatchObject({ role: "", level: "", date: "" });
    expect(doc.loops[0].rounds[0]).toMatchObject({ minutes: 60, assignments: [{ principle: "ownership", storyKey: "imported-story", backupStoryKey: "second-imported-story" }] });
  });

  it("imports an older v2 file without headlines, 30-second versions or follow-ups, and a newer one with them", async () => {
    const older = await createUser("older-v2");
    expect(await importBank(older, JSON.stringify({ ...minimal(), version: 2 }))).toMatchObject({ ok: true });
    expect((await exportBank(older)).stories[0]).toMatchObject({ headline: "", shortVersion: "", followUps: [] });
    const newer = await createUser("newer-v2");
    const doc = { ...minimal(), version: 2 };
    const followUps = [
      { question: "What exactly did you do yourself?", answer: "I wrote the plan.", source: "suggested", suggestionKey: "finding:we-not-i" },
      { question: "Who disagreed?", answer: "", source: "own" },
    ];
    Object.assign(doc.stories[0], { headline: "Cut churn from 9% to 4%", shortVersion: "In short: I cut churn.", followUps });
    expect(await importBank(newer, JSON.stringify(doc))).toMatchObject({ ok: true });
    expect((await exportBank(newer)).stories[0]).toMatchObject({ headline: "Cut churn from 9% to 4%", shortVersion: "In short: I cut churn.", followUps });
  });

  it("refuses a headline over 20 words, a 30-second version over 90 words and 21 follow-ups, naming the field", async () => {
    const long = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    const headline = { ...minimal(), version: 2 };
    Object.assign(headline.stories[0], { headline: long(21) });
    await expectRefused(JSON.stringify(headline), { path: "stories[0].headline", message: /at most 20 words/ });
    const short = { ...minimal(), version: 2 };
    Object.assign(short.stories[0], { shortVersion: long(91) });
    await expectRefused(JSON.stringify(short), { path: "stories[0].shortVersion", message: /at most 90 words/ });
    const many = { ...minimal(), version: 2 };
    Object.assign(many.stories[0], { followUps: Array.from({ length: 21 }, (_, i) => ({ question: `Q${i}?`, answer: "" })) });
    await expectRefused(JSON.stringify(many), { path: "stories[0].followUps", message: /At most 20 follow-ups/ });
  });

  it("dry run writes nothing and counts what looks like a duplicate", async () => {
    const viewer = await createUser("twice");
    const body = JSON.stringify(minimal());
    const before = await rowCounts();
    expect(await importBank(viewer, body, { dryRun: true })).toEqual({
      ok: true,
      dryRun: true,
      created: { projects: 1, stories: 2, questions: 0, loops: 1 },
      duplicates: { projects: 0, stories: 0, questions: 0, loops: 0 },
    });
    expect(await rowCounts()).toEqual(before);
    await importBank(viewer, body);
    expect(await importBank(viewer, body, { dryRun: true })).toMatchObject({ duplicates: { projects: 1, stories: 2, loops: 1 } });
    // Adding as copies is allowed when the user says so.
    expect(await importBank(viewer, body)).toMatchObject({ ok: true });
    expect(await db.story.count({ where: { userId: viewer.id } })).toBe(4);
  });

  it("refuses a wrong format or version", async () => {
    await expectRefused(JSON.stringify({ ...minimal(), format: "other-app" }), { path: "format", message: /not a StarLoop backup/ });
    await expectRefused(JSON.stringify({ ...minimal(), version: 3 }), { path: "version", message: /newer StarLoop \(version 3\)/ });
    await expectRefused(JSON.stringify({ ...minimal(), version: 0 }), { path: "version", message: /reads versions 1 and 2/ });
  });

  it("refuses an unknown principle code, naming the field", async () => {
    const doc = minimal();
    doc.stories[0].principles = [{ code: "be-nice", weight: "primary" }];
    await expectRefused(JSON.stringify(doc), { path: "stories[0].principles[0].code", message: /Unknown principle "be-nice"/ });
  });

  it("refuses a dangling projectKey or storyKey", async () => {
    const a = minimal();
    a.stories[1].projectKey = "nope";
    await expectRefused(JSON.stringify(a), { path: "stories[1].projectKey", message: /No project has the key "nope"/ });
    const b = minimal();
    b.loops[0].rounds[0].assignments[0].storyKey = "ghost";
    await expectRefused(JSON.stringify(b), { path: "loops[0].rounds[0].assignments[0].storyKey", message: /No story has the key "ghost"/ });
    const c = minimal();
    c.loops[0].rounds[0].assignments[0].backupStoryKey = "ghost";
    await expectRefused(JSON.stringify(c), { path: "loops[0].rounds[0].assignments[0].backupStoryKey" });
  });

  it("refuses duplicate keys and the story and round rules", async () => {
    const dup = minimal();
    dup.stories[1].key = "s1";
    await expectRefused(JSON.stringify(dup), { path: "stories[1].key", message: /Duplicate key "s1"/ });
    const primaries = minimal();
    primaries.stories[0].principles = [
      { code: "ownership", weight: "primary" },
      { code: "dive-deep", weight: "primary" },
      { code: "frugality", weight: "primary" },
    ];
    await expectRefused(JSON.stringify(primaries), { path: "stories[0].principles", message: /At most 2/ });
    const focus = minimal();
    focus.loops[0].rounds[0].focus = ["ownership", "dive-deep", "frugality", "think-big"];
    await expectRefused(JSON.stringify(focus), { path: "loops[0].rounds[0].focus" });
    const outside = minimal();
    outside.loops[0].rounds[0].assignments[0].principle = "dive-deep";
    await expectRefused(JSON.stringify(outside), { path: "loops[0].rounds[0].assignments[0].principle", message: /not in this round's focus/ });
  });

  it("refuses a section of 5,001 characters and unknown fields", async () => {
    const doc = minimal();
    doc.stories[1].action = "a".repeat(5001);
    await expectRefused(JSON.stringify(doc), { path: "stories[1].action", message: /at most 5,000 characters/ });
    await expectRefused(JSON.stringify({ ...minimal(), owner: "x" }), { path: "owner", message: /Unknown field/ });
  });

  it("refuses a file over the limit with 413", async () => {
    const body = JSON.stringify({ ...minimal(), padding: "x".repeat(MAX_BACKUP_BYTES) });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BACKUP_BYTES);
    await expectRefused(body, { path: "$", message: new RegExp(`at most ${MAX_BACKUP_BYTES / 2 ** 20} MB`), status: 413 });
  });

  it("refuses invalid JSON and a JSON array at top level", async () => {
    await expectRefused('{"format": "star-bank", ', { path: "$", message: /not valid JSON/ });
    await expectRefused("[]", { path: "$", message: /JSON object/ });
    await expectRefused("", { path: "$", message: /empty/ });
  });

  it("writes nothing when the transaction fails half-way (all or nothing)", async () => {
    const viewer = await createUser("half");
    const doc = minimal();
    doc.loops[0].rounds[0].focus = ["think-big"];
    doc.loops[0].rounds[0].assignments[0].principle = "think-big";
    // The last insert (assignments) fails after projects, stories, loops and rounds went in.
    const trigger =
      TEST_ENGINE === "sqlite"
        ? ["CREATE TEMP TRIGGER fail_think_big BEFORE INSERT ON Assignment WHEN NEW.principle = 'think-big' BEGIN SELECT RAISE(ABORT, 'boom'); END"]
        : [
            "CREATE FUNCTION fail_think_big() RETURNS trigger AS $$ BEGIN IF NEW.principle = 'think-big' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
            'CREATE TRIGGER fail_think_big BEFORE INSERT ON "Assignment" FOR EACH ROW EXECUTE FUNCTION fail_think_big()',
          ];
    for (const sql of trigger) await db.$executeRawUnsafe(sql);
    const before = await rowCounts();
    try {
      await expect(importBank(viewer, JSON.stringify(doc))).rejects.toThrow(/assignment.createMany|boom/);
    } finally {
      if (TEST_ENGINE === "sqlite") await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS fail_think_big");
      else {
        await db.$executeRawUnsafe('DROP TRIGGER IF EXISTS fail_think_big ON "Assignment"');
        await db.$executeRawUnsafe("DROP FUNCTION IF EXISTS fail_think_big()");
      }
    }
    expect(await rowCounts()).toEqual(before);
  });
});
