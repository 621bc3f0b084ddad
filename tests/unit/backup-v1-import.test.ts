// A version 1 file (the format before own questions and templates) imports into today's app with nothing lost:
// exported again as version 2, every value it held is there, in the same order, defaults spelled out.
import { createUser } from "../fixtures/test-db";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportBank } from "@/lib/server/backup";
import { importBank } from "@/lib/server/import-bank";
import { backupV1ShapeSchema } from "@/lib/validation/backup-v1";

const file = readFileSync(path.resolve(__dirname, "../fixtures/backups/star-bank-v1.json"), "utf8");

describe("a star-bank v1 file", () => {
  it("imports and exports as version 2 holding every value of the file", async () => {
    const viewer = await createUser("v1");
    const result = await importBank(viewer, file);
    expect(result).toMatchObject({ ok: true, created: { projects: 2, stories: 3, questions: 0, loops: 1 } });
    const exported = await exportBank(viewer);
    expect(exported).toMatchObject({ format: "star-bank", version: 2, questions: [] });
    expect(exported.loops.map((l) => l.templateId)).toEqual(["blank"]);

    // The v2 export, read back as v1 (its new fields dropped), is the v1 file with its defaults filled in.
    const original = backupV1ShapeSchema.parse(JSON.parse(file));
    const { questions: _q, ...rest } = exported;
    // Version 1 had no headline, 30-second version or follow-ups: they come back empty.
    expect(exported.stories.every((s) => s.headline === "" && s.shortVersion === "" && s.followUps.length === 0)).toBe(true);
    const comparable = {
      ...rest,
      stories: rest.stories.map(({ headline: _h, shortVersion: _s, followUps: _f, ...s }) => s),
      loops: rest.loops.map(({ templateId: _t, ...l }) => l),
    };
    // Keys are the export's own (made from titles); compare everything else through the references they make.
    const byKey = <T extends { key: string }>(items: T[]) => items.map(({ key: _k, ...rest }) => rest);
    const storyTitle = (doc: typeof original, key?: string) => doc.stories.find((s) => s.key === key)?.title;
    const projectTitle = (doc: typeof original, key: string) => doc.projects.find((p) => p.key === key)?.title;
    const view = (doc: typeof original) => ({
      projects: byKey(doc.projects),
      stories: byKey(doc.stories).map((s) => ({ ...s, projectKey: projectTitle(doc, s.projectKey) })),
      loops: byKey(doc.loops).map((l) => ({
        ...l,
        rounds: byKey(l.rounds).map((r) => ({
          ...r,
          assignments: r.assignments.map((a) => ({ principle: a.principle, storyKey: storyTitle(doc, a.storyKey), backupStoryKey: storyTitle(doc, a.backupStoryKey) })),
        })),
      })),
    });
    expect(view(comparable as unknown as typeof original)).toEqual(view(original));
  });
});
