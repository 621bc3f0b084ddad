// Deep-dives in the star-bank backup (version 2, optional fields): what a file may say, and what is refused.
import { describe, expect, it } from "vitest";
import { parseBackup } from "@/lib/validation/backup";

const project = { key: "p1", title: "Forecasting", organization: "", period: "", context: "", role: "", scope: "" };
const round = { key: "r1", title: "Depth", kind: "deep-dive", minutes: 60, focus: [], assignments: [], projectKey: "p1" };
const doc = (extra: Record<string, unknown> = {}, rounds: unknown[] = [round]) => ({
  format: "star-bank",
  version: 2,
  projects: [project],
  stories: [],
  loops: [{ key: "l1", company: "Amazon", rounds }],
  deepDives: [{ projectKey: "p1", scope: "Unclear scope", options: [{ title: "A" }, { title: "B", chosen: true }] }],
  ...extra,
});

describe("deep-dives in a v2 backup", () => {
  it("reads a deep-dive and a deep-dive round, with defaults", () => {
    const parsed = parseBackup(doc());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.deepDives[0]).toMatchObject({ projectKey: "p1", scope: "Unclear scope", role: "", metrics: [] });
    expect(parsed.backup.deepDives[0].options).toEqual([
      { title: "A", tradeoffs: "", chosen: false },
      { title: "B", tradeoffs: "", chosen: true },
    ]);
    expect(parsed.backup.loops[0].rounds[0].projectKey).toBe("p1");
  });

  it("an older v2 file without deepDives still reads", () => {
    const { deepDives: _d, ...older } = doc({}, []);
    const parsed = parseBackup(older);
    expect(parsed.ok && parsed.backup.deepDives).toEqual([]);
  });

  it("refuses a deep-dive round with focus principles, a project key that resolves to nothing, a project on another kind, two deep-dives of one project", () => {
    const errors = (value: unknown) => (parseBackup(value) as { ok: false; errors: { path: string; message: string }[] }).errors;
    expect(errors(doc({}, [{ ...round, focus: ["ownership"] }]))).toEqual([
      { path: "loops[0].rounds[0].focus", message: expect.stringMatching(/not principle slots/) },
    ]);
    expect(errors(doc({}, [{ ...round, projectKey: "nope" }]))[0]).toMatchObject({ path: "loops[0].rounds[0].projectKey" });
    expect(errors(doc({}, [{ ...round, kind: "onsite" }]))[0].message).toMatch(/Only a deep-dive round/);
    expect(errors(doc({ deepDives: [{ projectKey: "p1" }, { projectKey: "p1" }] }))[0].message).toMatch(/two deep-dives/);
    expect(errors(doc({ deepDives: [{ projectKey: "p1", impact: "x".repeat(5001) }] }))[0].message).toMatch(/at most 5,000 characters/);
  });

  it("a v1 file knows no deep-dive rounds", () => {
    const v1 = { format: "star-bank", version: 1, projects: [project], stories: [], loops: [{ key: "l1", company: "A", rounds: [{ key: "r1", title: "D", kind: "deep-dive" }] }] };
    expect(parseBackup(v1).ok).toBe(false);
  });
});
