// The zod schema (lib/validation/backup.ts) against the published JSON Schemas — version 1 (the contract's file)
// and version 2 (generated from zod, checked fresh here): they agree on shape and limits, and zod adds the rules
// between objects that a JSON Schema cannot express. Every version-1 document still parses.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatIssuePath, parseBackup } from "@/lib/validation/backup";
import { BACKUP_SCHEMA_FILE, backupJsonSchemaText } from "@/lib/validation/backup-json-schema";
import { DEMO_BANK } from "@/prisma/demo-bank";
import { baseV1, baseV2, type Doc } from "../fixtures/backup-docs";

const repoFile = (name: string) => path.resolve(__dirname, "../..", name);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = {
  1: ajv.compile(JSON.parse(readFileSync(repoFile("docs/formats/star-bank.v1.schema.json"), "utf8"))),
  2: ajv.compile(JSON.parse(readFileSync(repoFile(BACKUP_SCHEMA_FILE), "utf8"))),
};

const versions = [
  { version: 1 as const, base: baseV1, breakers: [] as [string, (d: Doc) => void, string][] },
  {
    version: 2 as const,
    base: baseV2,
    breakers: [
      ["unknown template", (d) => (d.loops[0].templateId = "google"), "loops[0].templateId"],
      ["question with no principle", (d) => ((d.questions as Record<string, unknown>[])[0].principles = []), "questions[0].principles"],
      ["question too long", (d) => ((d.questions as Record<string, unknown>[])[0].text = "q".repeat(501)), "questions[0].text"],
      ["unknown question field", (d) => ((d.questions as Record<string, unknown>[])[0].id = "db-id"), "questions[0].id"],
    ] as [string, (d: Doc) => void, string][],
  },
];

describe.each(versions)("zod and star-bank.v$version.schema.json", ({ version, base, breakers }) => {
  const validate = validators[version];
  const both = (doc: unknown) => ({ ajv: validate(doc) as boolean, zod: parseBackup(doc).ok });

  it("both accept well-formed backups (a full one, a minimal one, the demo bank)", () => {
    const minimal = { format: "star-bank", version, projects: [], stories: [] };
    // Version 1 knew no headline, 30-second version or follow-ups.
    const stories = version === 1 ? DEMO_BANK.stories.map(({ headline: _h, shortVersion: _s, followUps: _f, ...s }) => s) : DEMO_BANK.stories;
    const demo = { format: "star-bank", version, projects: DEMO_BANK.projects, stories };
    for (const doc of [base(), minimal, demo]) {
      expect(both(doc)).toEqual({ ajv: true, zod: true });
    }
  });

  const shapeBreakers: [string, (d: Doc) => void, string][] = [
    ["wrong format", (d) => (d.format = "other"), "format"],
    ["newer version", (d) => (d.version = 3), "version"],
    ["version as text", (d) => (d.version = String(d.version)), "version"],
    ["missing projects", (d) => delete (d as Record<string, unknown>).projects, "projects"],
    ["unknown top-level field", (d) => (d.extra = 1), "extra"],
    ["bad exportedAt", (d) => (d.exportedAt = "yesterday"), "exportedAt"],
    ["bad key", (d) => (d.projects[0].key = "has space"), "projects[0].key"],
    ["key too long", (d) => (d.projects[0].key = "k".repeat(65)), "projects[0].key"],
    ["empty title", (d) => (d.projects[0].title = ""), "projects[0].title"],
    ["title too long", (d) => (d.projects[0].title = "t".repeat(201)), "projects[0].title"],
    ["context too long", (d) => (d.projects[0].context = "c".repeat(5001)), "projects[0].context"],
    ["unknown project field", (d) => (d.projects[0].id = "db-id"), "projects[0].id"],
    ["section too long", (d) => (d.stories[0].situation = "s".repeat(5001)), "stories[0].situation"],
    ["missing result", (d) => delete d.stories[0].result, "stories[0].result"],
    ["bad status", (d) => (d.stories[0].status = "done"), "stories[0].status"],
    ["unknown principle", (d) => ((d.stories[0].principles as { code: string }[])[0].code = "be-nice"), "stories[0].principles[0].code"],
    ["bad weight", (d) => ((d.stories[0].principles as { weight: string }[])[0].weight = "main"), "stories[0].principles[0].weight"],
    ["duplicate angle", (d) => (d.stories[0].angles = ["scale", "scale"]), "stories[0].angles"],
    ["angle too long", (d) => (d.stories[0].angles = ["a".repeat(41)]), "stories[0].angles[0]"],
    ["metric without after", (d) => delete (d.stories[0].metrics as Record<string, unknown>[])[0].after, "stories[0].metrics[0].after"],
    ["metric after as text", (d) => ((d.stories[0].metrics as Record<string, unknown>[])[0].after = "74"), "stories[0].metrics[0].after"],
    ["bad direction", (d) => ((d.stories[0].metrics as Record<string, unknown>[])[0].direction = "up"), "stories[0].metrics[0].direction"],
    ["missing company", (d) => delete d.loops[0].company, "loops[0].company"],
    ["bad round kind", (d) => ((d.loops[0].rounds as Record<string, unknown>[])[0].kind = "lunch"), "loops[0].rounds[0].kind"],
    ["minutes too short", (d) => ((d.loops[0].rounds as Record<string, unknown>[])[0].minutes = 4), "loops[0].rounds[0].minutes"],
    ["minutes not whole", (d) => ((d.loops[0].rounds as Record<string, unknown>[])[0].minutes = 30.5), "loops[0].rounds[0].minutes"],
    ["four focus principles", (d) => ((d.loops[0].rounds as Record<string, unknown>[])[1].focus = ["ownership", "dive-deep", "frugality", "think-big"]), "loops[0].rounds[1].focus"],
    ["repeated focus", (d) => ((d.loops[0].rounds as Record<string, unknown>[])[1].focus = ["ownership", "ownership"]), "loops[0].rounds[1].focus"],
    ...breakers,
  ];

  it.each(shapeBreakers)("both reject: %s (zod names %s)", (_name, breakIt, pathName) => {
    const doc = base();
    breakIt(doc);
    expect(validate(doc)).toBe(false);
    const parsed = parseBackup(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(pathName);
  });

  const ruleBreakers: [string, (d: Doc) => void, string][] = [
    ["dangling projectKey", (d) => (d.stories[1].projectKey = "nope"), "stories[1].projectKey"],
    ["dangling storyKey", (d) => (((d.loops[0].rounds as { assignments: { storyKey: string }[] }[])[0].assignments[0].storyKey = "nope")), "loops[0].rounds[0].assignments[0].storyKey"],
    ["duplicate key across kinds", (d) => (d.stories[1].key = "p1"), "stories[1].key"],
    ["three primary principles", (d) => (d.stories[0].principles = ["ownership", "dive-deep", "frugality"].map((code) => ({ code, weight: "primary" }))), "stories[0].principles"],
    ["principle tagged twice", (d) => (d.stories[0].principles = [{ code: "ownership", weight: "primary" }, { code: "ownership", weight: "secondary" }]), "stories[0].principles"],
    ["backup equal to the planned story", (d) => (((d.loops[0].rounds as { assignments: { backupStoryKey: string }[] }[])[0].assignments[0].backupStoryKey = "s1")), "loops[0].rounds[0].assignments[0].backupStoryKey"],
    ["assignment outside focus", (d) => (((d.loops[0].rounds as { assignments: { principle: string }[] }[])[0].assignments[0].principle = "dive-deep")), "loops[0].rounds[0].assignments[0].principle"],
  ];

  it.each(ruleBreakers)("zod also rejects what only the product's rules forbid: %s", (_name, breakIt, pathName) => {
    const doc = base();
    breakIt(doc);
    const parsed = parseBackup(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(pathName);
  });

  it("formats paths the way the API reports them", () => {
    expect(formatIssuePath(["stories", 3, "principles", 0, "code"])).toBe("stories[3].principles[0].code");
    expect(formatIssuePath([])).toBe("$");
    expect(formatIssuePath(["projects", 0, "odd key"])).toBe('projects[0]["odd key"]');
  });

  it("rejects non-objects at the top level", () => {
    for (const value of [[], null, "star-bank", 1]) {
      const parsed = parseBackup(value);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0].path).toBe("$");
    }
  });
});

describe("version 1 documents", () => {
  it("have no place for version 2's fields", () => {
    const doc = baseV1();
    doc.loops[0].templateId = "blank";
    const parsed = parseBackup(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContainEqual({ path: "loops[0].templateId", message: 'Unknown field "templateId".' });
  });

  it("are read as version 2: loops from the blank template, no own questions", () => {
    const parsed = parseBackup(baseV1());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.version).toBe(2);
    expect(parsed.backup.questions).toEqual([]);
    expect(parsed.backup.loops.map((l) => l.templateId)).toEqual(["blank"]);
  });
});

describe("the generated version 2 schema", () => {
  it(`${BACKUP_SCHEMA_FILE} is what the zod schema generates (run npm run schema:backup after changing it)`, () => {
    expect(readFileSync(repoFile(BACKUP_SCHEMA_FILE), "utf8")).toBe(backupJsonSchemaText());
  });
});

describe("the vendored schema", () => {
  // The product contract lives beside the repository (../shared); the repository carries a copy so a clone
  // stands alone. When the contract is at hand, the copy must be identical to it.
  const contract = path.resolve(__dirname, "../../../shared/formats/star-bank.v1.schema.json");
  it.skipIf(!existsSync(contract))("docs/formats/star-bank.v1.schema.json is the contract's file, unchanged", () => {
    expect(readFileSync(path.resolve(__dirname, "../../docs/formats/star-bank.v1.schema.json"), "utf8")).toBe(readFileSync(contract, "utf8"));
  });
});
