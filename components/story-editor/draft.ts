// The editor's working copy of a story: strings as typed, turned into the save payload with the
// problems of each field named (so a message can point at the field), and its key in the browser.
import type { Direction, FollowUp, Metric, StoryPrinciple, StoryStatus } from "@/lib/domain/types";
import type { EditableStory } from "@/lib/server/stories";
import { HEADLINE_MAX_WORDS, MAX_FOLLOW_UPS, SHORT_VERSION_MAX_WORDS } from "@/lib/domain/story-limits";
import { countWords } from "@/lib/domain/text";

export interface MetricDraft {
  label: string;
  unit: string;
  before: string;
  after: string;
  direction: Direction;
}

export interface Draft {
  projectId: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  status: StoryStatus;
  angles: string[];
  principles: StoryPrinciple[];
  metrics: MetricDraft[];
  headline: string;
  shortVersion: string;
  followUps: FollowUp[];
}

export const EMPTY_METRIC: MetricDraft = { label: "", unit: "", before: "", after: "", direction: "higher-is-better" };

export function toDraft(s: EditableStory): Draft {
  return {
    projectId: s.projectId,
    title: s.title,
    situation: s.situation,
    task: s.task,
    action: s.action,
    result: s.result,
    learnings: s.learnings,
    status: s.status,
    angles: s.angles,
    principles: s.principles,
    metrics: s.metrics.map((m) => ({
      label: m.label,
      unit: m.unit,
      before: m.before === null ? "" : String(m.before),
      after: String(m.after),
      direction: m.direction,
    })),
    headline: s.headline,
    shortVersion: s.shortVersion,
    followUps: s.followUps,
  };
}

/** A draft kept by an older version of the editor lacks the newer fields: they come from the story as saved. */
export function completeDraft(stored: Partial<Draft>, s: EditableStory): Draft {
  const base = toDraft(s);
  return {
    ...base,
    ...stored,
    headline: stored.headline ?? base.headline,
    shortVersion: stored.shortVersion ?? base.shortVersion,
    followUps: Array.isArray(stored.followUps) ? stored.followUps : base.followUps,
  };
}

export function parseNumber(raw: string): number | null | "invalid" {
  const t = raw.trim().replace(/,/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : "invalid";
}

/** A field's problem, with what a message needs to name and reach the field. */
export interface FieldProblem {
  key: string;
  /** The id of the input, for a link or focus. */
  inputId: string;
  /** The field's label as the form shows it ("Metric 1 before"). */
  field: string;
  message: string;
}

/** Turns the editor's strings into the save payload; collects per-field problems on the way. */
export function toPayload(d: Draft): { story: Omit<Draft, "metrics"> & { metrics: Metric[] }; errors: Record<string, string>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (i: number, part: "label" | "before" | "after", message: string) =>
    problems.push({ key: `metrics.${i}.${part}`, inputId: `m-${i}-${part}`, field: `Metric ${i + 1} ${part}`, message });
  const metrics: Metric[] = [];
  d.metrics.forEach((m, i) => {
    const before = parseNumber(m.before);
    const after = parseNumber(m.after);
    if (!m.label.trim()) add(i, "label", "Give the metric a label.");
    if (before === "invalid") add(i, "before", "Before must be a number, like 420 or 1.5.");
    if (after === "invalid") add(i, "after", "After must be a number, like 260 or 3.2.");
    else if (after === null) add(i, "after", "Enter the value after your change.");
    if (before !== "invalid" && typeof after === "number") {
      metrics.push({ label: m.label.trim(), unit: m.unit.trim(), before, after, direction: m.direction });
    }
  });
  const headlineWords = countWords(d.headline);
  if (headlineWords > HEADLINE_MAX_WORDS) {
    problems.push({ key: "headline", inputId: "story-headline", field: "Headline", message: `The headline must be at most ${HEADLINE_MAX_WORDS} words (it has ${headlineWords}); shorten it.` });
  }
  const shortWords = countWords(d.shortVersion);
  if (shortWords > SHORT_VERSION_MAX_WORDS) {
    problems.push({ key: "shortVersion", inputId: "story-shortVersion", field: "30-second version", message: `The 30-second version must be at most ${SHORT_VERSION_MAX_WORDS} words (it has ${shortWords}); shorten it.` });
  }
  if (d.followUps.length > MAX_FOLLOW_UPS) {
    problems.push({ key: "followUps", inputId: "story-followUps", field: "Follow-ups", message: `At most ${MAX_FOLLOW_UPS} follow-ups per story; remove one first.` });
  }
  d.followUps.forEach((f, i) => {
    if (!f.question.trim()) problems.push({ key: `followUps.${i}.question`, inputId: `fu-${i}-question`, field: `Follow-up ${i + 1} question`, message: "Write the question, or remove the follow-up." });
  });
  const errors = Object.fromEntries(problems.map((p) => [p.key, p.message]));
  return { story: { ...d, metrics }, errors, problems };
}

export const draftKey = (id: string) => `starloop:story-draft:${id}`;

export interface StoredDraft {
  draft: Draft;
  baseVersion: number;
  savedAt: string;
  /** Refused only because the session ended: put straight back when the editor opens after signing in again. */
  restoreOnReturn?: true;
}

/** Focuses a field and scrolls it, with its inline error, to the middle of the screen (clear of the sticky bars). */
export function goToField(inputId: string) {
  const input = document.getElementById(inputId);
  if (!input) return;
  (input.parentElement ?? input).scrollIntoView({ block: "center" });
  input.focus({ preventScroll: true });
}
