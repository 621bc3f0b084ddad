// The zod mirror (lib/validation/backup.ts) against the published JSON Schema: they agree on shape and limits,
// and zod adds the rules between objects that the JSON Schema cannot express.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatIssuePath, parseBackup } from "@/lib/validation/backup";
import { DEMO_BANK } from "@/prisma/demo-bank";

const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/formats/star-bank.v1.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

type Doc = Record<string, unknown> & { projects: Record<string, unknown>[]; stories: Record<string, unknown>[]; loops: Record<string, unknown>[] };

function base(): Doc {
  return {
    format: "star-bank",
    version: 1,
    exportedAt: "2026-12-01T09:30:00.000Z",
    projects: [{ key: "p1", title: "Project", organization: "Org", period: "2024", context: "Ctx", role: "Lead", scope: "5 people" }],
    stories: [
      {
        key: "s1",
        projectKey: "p1",
        title: "Story",
        situation: "S",
        task: "T",
        action: "A",
        result: "R",
        learnings: "L",
        status: "ready",
        angles: ["failure", "scale"],
        principles: [
          { code: "ownership", weight: "primary" },
          { code: "dive-deep", weight: "secondary" },
        ],
        metrics: [
          { label: "latency", unit: "ms", before: 120, after: 74, direction: "lower-is-better" },
          { label: "users", after: 3 },
          { label: "errors", unit: "%", before: null, after: 1.5 },
        ],
      },
      { key: "s2", projectKey: "p1", title: "Other", situation: "", task: "", action: "", result: "" },
    ],
    loops: [
      {
        key: "l1",
        company: "Acme",
        role: "DE",
        level: "L5",
        date: "2026-12-01",
        rounds: [
          { key: "r1", title: "Phone", kind: "phone", minutes: 45, focus: ["ownership"], assignments: [{ principle: "ownership", storyKey: "s1", backupStoryKey: "s2" }] },
          { key: "r2", title: "Bar Raiser", kind: "bar-raiser" },
        ],
      },
    ],
  };
}

function demoBackup(): Record<string, unknown> {
  return {
    format: "star-bank",
    version: 1,
    projects: DEMO_BANK.projects,
    stories: DEMO_BANK.stories,
  };
}

const both = (doc: unknown) => ({ ajv: validate(doc) as boolean, zod: parseBackup(doc).ok });

describe("zod mirror of star-bank.v1.schema.json", () => {
  it("both accept well-formed backups (a full one, a minimal one, the demo bank)", () => {
    const minimal = { format: "star-bank", version: 1, projects: [], stories: [] };
    for (const doc of [base(), minimal, demoBackup()]) {
      expect(both(doc)).toEqual({ ajv: true, zod: true });
    }
  });

  const shapeBreakers: [string, (d: Doc) => void, string][] = [
    ["wrong format", (d) => (d.format = "other"), "format"],
    ["wrong version", (d) => (d.version = 2), "version"],
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

describe("the vendored schema", () => {
  // The product contract lives beside the repository (../shared); the repository carries a copy so a clone
  // stands alone. When the contract is at hand, the copy must be identical to it.
  const contract = path.resolve(__dirname, "../../../shared/formats/star-bank.v1.schema.json");
  it.skipIf(!existsSync(contract))("docs/formats/star-bank.v1.schema.json is the contract's file, unchanged", () => {
    expect(readFileSync(path.resolve(__dirname, "../../docs/formats/star-bank.v1.schema.json"), "utf8")).toBe(readFileSync(contract, "utf8"));
  });
});
