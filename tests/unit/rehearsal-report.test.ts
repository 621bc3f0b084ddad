// The loop report's rehearsal part: `not-rehearsed` on both sides of 14 days since the last rehearsal and of 7 days
// before the loop's date (only a calendar date counts), and the coverage figure (rehearsed twice / planned).
import { describe, expect, it } from "vitest";
import { rehearsalReport, rehearsalReportValidUntil } from "@/lib/domain/rehearsal-report";
import { buildLoopReport } from "@/lib/domain/report";
import { makeAssignment, makeLoop, makeRehearsal, makeRound, makeStory, primary } from "../fixtures/domain-factories";

const NOW = new Date("2026-12-01T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const round = makeRound({ id: "r1", focus: ["ownership", "dive-deep"] });
const loop = makeLoop({
  rounds: [round],
  assignments: [makeAssignment("r1", "ownership", "a", "backup"), makeAssignment("r1", "dive-deep", "b")],
});

describe("not-rehearsed", () => {
  it("a rehearsal 13.9 days ago counts; one 14.1 days ago does not", () => {
    const inside = rehearsalReport(loop, "", [makeRehearsal({ storyId: "a", createdAt: daysAgo(13.9) }), makeRehearsal({ storyId: "b", createdAt: daysAgo(14.1) })], NOW);
    expect(inside.rehearsalFindings.map((f) => f.storyId)).toEqual(["b"]);
    expect(inside.rehearsalFindings[0]).toMatchObject({ code: "not-rehearsed", severity: "tip" });
  });

  it("the backup story and unplanned stories get no finding; a gap rehearsal (no story) counts for nothing", () => {
    const r = rehearsalReport(loop, "", [makeRehearsal({ storyId: null, createdAt: daysAgo(1) })], NOW);
    expect(r.rehearsalFindings.map((f) => f.storyId)).toEqual(["a", "b"]);
  });

  it.each([
    ["2026-12-08", "warning"], // 7 days before the loop
    ["2026-12-01", "warning"], // the loop is today
    ["2026-12-09", "tip"], // 8 days before
    ["2026-11-30", "tip"], // the loop has passed
    ["next Tuesday", "tip"], // free text: no calendar day, no countdown
    ["", "tip"],
  ])("loop date %s → %s", (date, severity) => {
    const r = rehearsalReport(loop, date, [], NOW);
    expect(r.rehearsalFindings.map((f) => f.severity)).toEqual([severity, severity]);
  });

  it("the message names the story and, when it warns, when the loop is", () => {
    const titles = new Map([["a", "Cut p95"]]);
    const [a] = rehearsalReport(loop, "2026-12-04", [], NOW, titles).rehearsalFindings;
    expect(a.message).toBe('"Cut p95" has not been rehearsed in the last 14 days, and the loop is in 3 days: tell it aloud at least once.');
  });
});

describe("rehearsal coverage", () => {
  it("counts planned stories rehearsed at least twice in the last 14 days", () => {
    const rows = [
      makeRehearsal({ storyId: "a", createdAt: daysAgo(1) }),
      makeRehearsal({ storyId: "a", createdAt: daysAgo(13) }),
      makeRehearsal({ storyId: "b", createdAt: daysAgo(2) }),
      makeRehearsal({ storyId: "b", createdAt: daysAgo(15) }), // too old: b has one recent rehearsal
      makeRehearsal({ storyId: "backup", createdAt: daysAgo(1) }),
      makeRehearsal({ storyId: "backup", createdAt: daysAgo(2) }),
    ];
    expect(rehearsalReport(loop, "", rows, NOW).rehearsal).toEqual({ rehearsedTwice: 1, planned: 2, share: 0.5 });
  });

  it("a loop with nothing planned has share 0", () => {
    expect(rehearsalReport(makeLoop({ rounds: [round] }), "", [], NOW).rehearsal).toEqual({ rehearsedTwice: 0, planned: 0, share: 0 });
  });

  it("buildLoopReport adds the fields beside the existing ones only when given the history", () => {
    const stories = [makeStory({ id: "a", principles: [primary("ownership")] }), makeStory({ id: "b", principles: [primary("dive-deep")] })];
    const plain = buildLoopReport(loop, stories);
    expect(Object.keys(plain)).toEqual(["loopId", "coverage", "reuse", "storyFindings", "deepDives"]);
    const full = buildLoopReport(loop, stories, { rehearsals: { date: "", now: NOW, rows: [] } });
    expect(Object.keys(full)).toEqual(["loopId", "coverage", "reuse", "storyFindings", "rehearsal", "rehearsalFindings", "deepDives"]);
    expect({ ...full, rehearsal: undefined, rehearsalFindings: undefined }).toEqual({ ...plain, rehearsal: undefined, rehearsalFindings: undefined });
  });
});

describe("rehearsalReportValidUntil: the report made at NOW reads the same until then, and differs from then on", () => {
  const MIDNIGHT = Date.parse("2026-12-02T00:00:00Z");
  const same = (rows: ReturnType<typeof makeRehearsal>[], at: number) =>
    JSON.stringify(rehearsalReport(loop, "2026-12-05", rows, new Date(at))) === JSON.stringify(rehearsalReport(loop, "2026-12-05", rows, NOW));

  it("no rehearsals: the next UTC midnight (the days left to the loop change)", () => {
    expect(rehearsalReportValidUntil([], NOW)).toBe(MIDNIGHT);
    expect(same([], MIDNIGHT - 1)).toBe(true);
    expect(same([], MIDNIGHT)).toBe(false); // "in 4 days" becomes "in 3 days"
  });

  it("a counted rehearsal: until it is 14 days old, and the report changes just after", () => {
    const rows = [makeRehearsal({ storyId: "a", createdAt: daysAgo(13.9) }), makeRehearsal({ storyId: "a", createdAt: daysAgo(10) })];
    const until = rehearsalReportValidUntil(rows, NOW);
    expect(until).toBe(daysAgo(13.9).getTime() + 14 * 86_400_000);
    expect(same(rows, until)).toBe(true);
    expect(same(rows, until + 1)).toBe(false); // story a now has one rehearsal in the window, not two
  });

  it("a rehearsal dated after NOW (another clock): until its time, when it starts to count", () => {
    const future = new Date(NOW.getTime() + 60_000);
    const rows = [makeRehearsal({ storyId: "a", createdAt: future }), makeRehearsal({ storyId: "a", createdAt: daysAgo(1) })];
    expect(rehearsalReportValidUntil(rows, NOW)).toBe(future.getTime());
    expect(same(rows, future.getTime() - 1)).toBe(true);
    expect(same(rows, future.getTime())).toBe(false);
  });

  it("rows older than the window do not shorten it", () => {
    expect(rehearsalReportValidUntil([makeRehearsal({ storyId: "a", createdAt: daysAgo(20) })], NOW)).toBe(MIDNIGHT);
  });
});
