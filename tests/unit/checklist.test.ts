// "A week out": the countdown shows within 14 days of the loop's date and lists what is left, each with a link.
import { describe, expect, it } from "vitest";
import { loopCountdown } from "@/lib/domain/checklist";
import type { LoopReport } from "@/lib/domain/types";

function report(over: Partial<LoopReport["coverage"]> = {}, findings: Partial<LoopReport> = {}): LoopReport {
  return {
    loopId: "l",
    coverage: { slots: [], uncovered: [], depth: [], score: 1, ...over },
    reuse: { distinctProjects: 3, findings: [] },
    storyFindings: [],
    ...findings,
  };
}

const stories = [
  { id: "s1", title: "Label leak", status: "ready" as const },
  { id: "s2", title: "Kafka bill", status: "draft" as const },
  { id: "s3", title: "Mentoring", status: "ready" as const },
];

describe("loopCountdown", () => {
  it("shows from 14 days before the date to the day itself, not before, after or for free-text dates", () => {
    const at = (date: string) => loopCountdown({ date, today: "2026-12-01", report: report(), stories })?.daysLeft ?? null;
    expect(at("2026-12-15")).toBe(14);
    expect(at("2026-12-16")).toBeNull();
    expect(at("2026-12-01")).toBe(0);
    expect(at("2026-11-30")).toBeNull();
    expect(at("next Tuesday")).toBeNull();
    expect(at("")).toBeNull();
  });

  it("has nothing left when every slot is planned with a ready story, a backup and no findings", () => {
    const full = report({ slots: [{ roundId: "r1", principle: "ownership", storyId: "s1", backupStoryId: "s3" }] });
    expect(loopCountdown({ date: "2026-12-08", today: "2026-12-01", report: full, stories })).toEqual({ daysLeft: 7, items: [] });
  });

  it("lists empty slots, planned drafts, errors, warnings and missing backups, each with where to fix it", () => {
    const r = report(
      {
        slots: [
          { roundId: "r1", principle: "ownership", storyId: "s2", backupStoryId: null },
          { roundId: "r2", principle: "dive-deep", storyId: "s1", backupStoryId: "s3" },
          { roundId: "r3", principle: "frugality", storyId: null, backupStoryId: null },
        ],
        uncovered: [{ roundId: "r3", principle: "frugality" }],
      },
      {
        reuse: { distinctProjects: 1, findings: [{ code: "few-projects", severity: "warning", message: "m", roundIds: [], storyIds: [], projectId: null }] },
        storyFindings: [
          { storyId: "s1", code: "star-missing", severity: "error", message: "m" },
          { storyId: "s2", code: "length", severity: "warning", message: "m" },
        ],
      },
    );
    const countdown = loopCountdown({ date: "2026-12-08", today: "2026-12-01", report: r, stories });
    expect(countdown?.items).toEqual([
      { key: "empty-slots", text: "1 slot without a story", href: "#round-r3" },
      // s1 is marked ready but has an error: it counts as not ready, as the planner treats it.
      { key: "draft-stories", text: "2 planned stories not ready yet", href: "/stories/s2" },
      { key: "errors", text: "1 open error in the plan", href: "#loop-report" },
      { key: "warnings", text: "2 warnings to review", href: "#loop-report" },
      { key: "backups", text: "1 planned slot without a backup story", href: "#round-r1" },
    ]);
  });

  it("names the one draft when there is one", () => {
    const r = report({ slots: [{ roundId: "r1", principle: "ownership", storyId: "s2", backupStoryId: "s1" }] });
    expect(loopCountdown({ date: "2026-12-02", today: "2026-12-01", report: r, stories })?.items).toEqual([
      { key: "draft-stories", text: "1 planned story not ready yet: Kafka bill", href: "/stories/s2" },
    ]);
  });
});

describe("rehearsal in the countdown", () => {
  it("lists planned stories not rehearsed in the last 14 days, pointing to practice", () => {
    const r = { ...report({}, {}), rehearsalFindings: [{ storyId: "s1", code: "not-rehearsed" as const, severity: "warning" as const, message: "m" }] };
    expect(loopCountdown({ date: "2026-12-08", today: "2026-12-01", report: r, stories })?.items.at(-1)).toEqual({
      key: "rehearse",
      text: "1 planned story not rehearsed in the last 14 days",
      href: "/practice",
    });
  });
});
