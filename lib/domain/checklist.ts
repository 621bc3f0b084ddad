// Owns "a week out": within COUNTDOWN_DAYS of a loop's date, what is left to do before it — empty slots,
// draft stories planned, open errors and warnings, slots without a backup, planned stories not rehearsed lately —
// each with where it is fixed.
import { daysUntil } from "./loop-names";
import type { LoopReport, StoryStatus } from "./types";

export const COUNTDOWN_DAYS = 14;

export interface ChecklistItem {
  key: "empty-slots" | "draft-stories" | "errors" | "warnings" | "backups" | "rehearse";
  text: string;
  /** An in-page anchor ("#round-…", "#loop-report") or a story's page. */
  href: string;
}

export interface LoopCountdown {
  daysLeft: number;
  items: ChecklistItem[];
}

interface ChecklistInput {
  date: string;
  today: string;
  report: LoopReport;
  stories: readonly { id: string; title: string; status: StoryStatus }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The countdown and what is left, or null when the loop has no calendar date within COUNTDOWN_DAYS from today. */
export function loopCountdown({ date, today, report, stories }: ChecklistInput): LoopCountdown | null {
  const daysLeft = daysUntil(date, today);
  if (daysLeft === null || daysLeft < 0 || daysLeft > COUNTDOWN_DAYS) return null;

  const items: ChecklistItem[] = [];
  const { uncovered, slots } = report.coverage;
  if (uncovered.length) {
    items.push({ key: "empty-slots", text: `${plural(uncovered.length, "slot")} without a story`, href: `#round-${uncovered[0].roundId}` });
  }

  const byId = new Map(stories.map((s) => [s.id, s]));
  const withErrors = new Set(report.storyFindings.filter((f) => f.severity === "error").map((f) => f.storyId));
  const planned = [...new Set(slots.flatMap((s) => (s.storyId ? [s.storyId] : [])))];
  // A story marked ready while an error stands counts as a draft, as the planner treats it.
  const drafts = planned.filter((id) => byId.get(id)?.status !== "ready" || withErrors.has(id));
  if (drafts.length) {
    const first = byId.get(drafts[0]);
    const named = drafts.length === 1 && first ? `: ${first.title}` : "";
    items.push({ key: "draft-stories", text: `${plural(drafts.length, "planned story", "planned stories")} not ready yet${named}`, href: `/stories/${drafts[0]}` });
  }

  const count = (severity: "error" | "warning") =>
    report.reuse.findings.filter((f) => f.severity === severity).length + report.storyFindings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  if (errors) items.push({ key: "errors", text: `${plural(errors, "open error")} in the plan`, href: "#loop-report" });
  if (warnings) items.push({ key: "warnings", text: `${plural(warnings, "warning")} to review`, href: "#loop-report" });

  const noBackup = slots.filter((s) => s.storyId && !s.backupStoryId);
  if (noBackup.length) items.push({ key: "backups", text: `${plural(noBackup.length, "planned slot")} without a backup story`, href: `#round-${noBackup[0].roundId}` });

  // Rehearsal (DESIGN §6): planned stories not told aloud in the last 14 days, when the report carries them.
  const unrehearsed = report.rehearsalFindings?.length ?? 0;
  if (unrehearsed) items.push({ key: "rehearse", text: `${plural(unrehearsed, "planned story", "planned stories")} not rehearsed in the last 14 days`, href: "/practice" });

  return { daysLeft, items };
}
