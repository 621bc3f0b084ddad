// Owns the per-story quality checks Q1–Q7 (DESIGN.md §3) and the readiness score derived from them.
//
// Readiness starts at 100 and loses 20 per error (each star-missing section), 12 per warning and
// 4 per tip; it is floored at 0 and always an integer. Spoken time counts S+T+A+R+learnings at
// 140 words per minute (see text.ts); the thin-action ratio counts S+T+A+R only.
// Everything here runs on each keystroke, so it is linear scans and simple non-backtracking regexes.
import { normalizeAngle, principleName } from "./principles";
import { formatSpokenTime, spokenMinutes, storyWordCounts, splitWords, WORDS_PER_MINUTE, type StoryWordCounts } from "./text";
import { BAR_RAISER_MIN_ANSWERED } from "./story-limits";
import { STAR_SECTIONS, type PrincipleCode, type Severity, type Story, type StoryFinding } from "./types";

export type CheckableStory = Pick<
  Story,
  "situation" | "task" | "action" | "result" | "learnings" | "angles" | "metrics" | "principles" | "headline" | "shortVersion" | "followUps"
> & { status?: Story["status"] };

export interface QualityContext {
  /** Principles in focus in a Bar Raiser round of the loop(s) the story may be told in. */
  barRaiserPrinciples?: ReadonlySet<PrincipleCode> | readonly PrincipleCode[];
  /** The story is planned in a bar-raiser round (of the loop being reported, or of any loop in the editor). */
  plannedInBarRaiser?: boolean;
}

export interface StoryAssessment {
  findings: StoryFinding[];
  readiness: number;
  words: StoryWordCounts;
  minutes: number;
}

export const MIN_SECTION_WORDS = 15;
export const MIN_SPOKEN_MINUTES = 1.5;
export const MAX_SPOKEN_MINUTES = 3.5;
export const MIN_ACTION_SHARE = 0.4;

export const READINESS_PENALTIES: Readonly<Record<Severity, number>> = { error: 20, warning: 12, tip: 4 };

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, tip: 2 };

const WE_WORDS: ReadonlySet<string> = new Set([
  "we", "our", "us", "we're", "we've", "we'll", "we'd", "ours", "ourselves",
]);
const I_WORDS: ReadonlySet<string> = new Set(["i", "my", "me", "i'm", "i've", "i'll", "i'd", "mine", "myself"]);

const SECTION_LABELS = { situation: "Situation", task: "Task", action: "Action", result: "Result" } as const;

// "hour"/"hours" as a whole word; the other signals are single characters. Shared with the deep-dive impact check.
const HOUR_WORD = /(?:^|[^\p{L}\p{N}])hours?(?![\p{L}\p{N}])/iu;

/** Whether a text names a number: a digit, %, $, ×, or "hour(s)" (Q2's test; the headline check reuses it). */
export function namesNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 37 /* % */ || c === 36 /* $ */ || c === 0xd7 /* × */) return true;
  }
  return HOUR_WORD.test(text);
}

export function countPronouns(text: string): { we: number; i: number } {
  let we = 0;
  let i = 0;
  for (const raw of splitWords(text)) {
    const w = raw.toLowerCase().replace(/’/g, "'");
    if (WE_WORDS.has(w)) we++;
    else if (I_WORDS.has(w)) i++;
  }
  return { we, i };
}

function toSet(principles: QualityContext["barRaiserPrinciples"]): ReadonlySet<PrincipleCode> {
  if (!principles) return new Set();
  return principles instanceof Set ? principles : new Set(principles);
}

function checkWithCounts(story: CheckableStory, words: StoryWordCounts, ctx: QualityContext): StoryFinding[] {
  const findings: StoryFinding[] = [];

  // Q1
  for (const section of STAR_SECTIONS) {
    const n = words[section];
    if (n >= MIN_SECTION_WORDS) continue;
    const label = SECTION_LABELS[section];
    findings.push({
      code: "star-missing",
      severity: "error",
      message:
        n === 0
          ? `${label} is empty.`
          : `${label} is too thin: ${n} word${n === 1 ? "" : "s"} (at least ${MIN_SECTION_WORDS}).`,
      hint: `Write at least ${MIN_SECTION_WORDS} words of ${section}.`,
      section,
    });
  }

  // Q2
  if (story.metrics.length === 0 && !namesNumber(story.result)) {
    findings.push({
      code: "result-unquantified",
      severity: "warning",
      message: "The result names no number.",
      hint: "Quantify the outcome (%, $, hours, 3×…) or add a metric.",
      section: "result",
    });
  }

  // Q3
  const pronouns = countPronouns(story.action);
  if (pronouns.we > pronouns.i) {
    findings.push({
      code: "we-not-i",
      severity: "warning",
      message: `The action says "we" ${pronouns.we} times and "I" ${pronouns.i} times.`,
      hint: "Say what you did yourself: use I, my, me for your part.",
      section: "action",
    });
  }

  // Q4: compared in words so 210 and 490 words (1.5 and 3.5 minutes) are exactly inside.
  const minutes = spokenMinutes(words.total);
  if (words.total < MIN_SPOKEN_MINUTES * WORDS_PER_MINUTE) {
    findings.push({
      code: "length",
      severity: "warning",
      message: `Too short: ${words.total} words, about ${formatSpokenTime(minutes)} spoken (aim for 1.5–3.5 min).`,
      hint: "Add the context, your decisions and the measured result.",
    });
  } else if (words.total > MAX_SPOKEN_MINUTES * WORDS_PER_MINUTE) {
    findings.push({
      code: "length",
      severity: "warning",
      message: `Too long: ${words.total} words, about ${formatSpokenTime(minutes)} spoken (aim for 1.5–3.5 min).`,
      hint: "Trim the situation and task; keep the action and the result.",
    });
  }

  // Q5: integer maths so exactly 40% passes.
  if (words.star > 0 && words.action * 5 < words.star * 2) {
    const share = Math.round((words.action / words.star) * 100);
    findings.push({
      code: "thin-action",
      severity: "warning",
      message: `The action is only ${share}% of the story (aim for at least ${MIN_ACTION_SHARE * 100}%).`,
      hint: "Spend more of the story on what you did and why.",
      section: "action",
    });
  }

  // Q6
  if (story.learnings.trim() === "") {
    const failure = story.angles.some((a) => normalizeAngle(a) === "failure");
    const barRaiser = toSet(ctx.barRaiserPrinciples);
    const asked = failure ? undefined : story.principles.find((p) => barRaiser.has(p.code));
    if (failure || asked) {
      findings.push({
        code: "no-learnings",
        severity: "warning",
        message: failure
          ? "A failure story without learnings."
          : `No learnings, and ${asked ? principleName(asked.code) : "a principle"} is asked by a Bar Raiser.`,
        hint: "Say what changed afterwards: the mechanism that keeps it from happening again.",
        section: "learnings",
      });
    }
  }

  // Q7
  for (const metric of story.metrics) {
    if (metric.before !== null && metric.before !== undefined) continue;
    const label = metric.label.trim() || "A metric";
    findings.push({
      code: "metric-no-baseline",
      severity: "tip",
      message: `${label} has no baseline.`,
      hint: "Add the before value so the change can be shown.",
      section: "metrics",
    });
  }

  findings.push(...checkFollowUpFields(story, ctx));

  // Stable: keeps Q order inside each severity.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The impact headline, the 30-second version and the follow-ups (DESIGN §7). Over-limit text is a validation error, not a finding. */
function checkFollowUpFields(story: CheckableStory, ctx: QualityContext): StoryFinding[] {
  const findings: StoryFinding[] = [];
  const ready = story.status === "ready";
  const headline = (story.headline ?? "").trim();
  if (headline === "") {
    findings.push({
      code: "no-headline",
      severity: "tip",
      message: "No headline yet.",
      hint: "Lead with one line of impact that names a number: \"Cut late shipments from 9% to 2% before peak\".",
      section: "headline",
    });
  } else if (ready && !namesNumber(headline)) {
    findings.push({
      code: "no-headline",
      severity: "warning",
      message: "The headline names no number.",
      hint: "Put the measured impact in the headline (%, $, hours, 3×…).",
      section: "headline",
    });
  }
  if (ready && (story.shortVersion ?? "").trim() === "") {
    findings.push({
      code: "no-short-version",
      severity: "tip",
      message: "No 30-second version.",
      hint: "Write the story in at most 90 words, for when the interviewer is short of time.",
      section: "shortVersion",
    });
  }
  const answered = countAnsweredFollowUps(story);
  if (ctx.plannedInBarRaiser && answered < BAR_RAISER_MIN_ANSWERED) {
    findings.push({
      code: "follow-ups-missing",
      severity: "warning",
      message: `Planned in a Bar Raiser round with ${answered === 0 ? "no" : answered} answered follow-up${answered === 1 ? "" : "s"} (prepare at least ${BAR_RAISER_MIN_ANSWERED}).`,
      hint: "A Bar Raiser digs: answer \"what exactly did you do?\" and \"how did you measure that?\" before the day.",
      section: "followUps",
    });
  } else if (!ctx.plannedInBarRaiser && ready && answered === 0) {
    findings.push({
      code: "follow-ups-missing",
      severity: "tip",
      message: "No follow-up answered yet.",
      hint: "Prepare the questions an interviewer would dig with, starting from the suggestions.",
      section: "followUps",
    });
  }
  return findings;
}

/** Follow-ups with a prepared (non-blank) answer. */
export function countAnsweredFollowUps(story: Pick<Story, "followUps">): number {
  return (story.followUps ?? []).filter((f) => f.answer.trim() !== "").length;
}

export function checkStory(story: CheckableStory, ctx: QualityContext = {}): StoryFinding[] {
  return checkWithCounts(story, storyWordCounts(story), ctx);
}

/** True when the story has an error finding (the planner treats such a story as a last resort, even if marked ready). */
export function hasErrorFinding(story: CheckableStory): boolean {
  return checkStory(story).some((f) => f.severity === "error");
}

export function scoreReadiness(findings: readonly StoryFinding[]): number {
  let score = 100;
  for (const f of findings) score -= READINESS_PENALTIES[f.severity];
  return Math.max(0, Math.round(score));
}

/**
 * Whether a story counts as ready: marked ready by the user AND free of error findings. A story marked ready
 * while an error stands (an imported one keeps its status) is treated as a draft by the planner and the matrix.
 */
export function countsAsReady(status: Story["status"], findings: readonly StoryFinding[]): boolean {
  return status === "ready" && !findings.some((f) => f.severity === "error");
}

/** Why a story cannot be marked ready: one line naming its error findings, or null when nothing stands in the way. */
export function readyBlockedBy(findings: readonly StoryFinding[]): string | null {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return null;
  return `It cannot be marked ready while ${errors.length === 1 ? "an error stands" : `${errors.length} errors stand`}: ${errors.map((f) => f.message).join(" ")} Fix ${errors.length === 1 ? "it" : "them"}, or keep the story as a draft.`;
}

/** The same, short enough to sit under the status field. */
export function readyBlockedShort(findings: readonly StoryFinding[]): string | null {
  const n = findings.filter((f) => f.severity === "error").length;
  return n === 0 ? null : `Not ready yet: fix the ${n === 1 ? "error" : `${n} errors`} in the checks first.`;
}

export function assessStory(story: CheckableStory, ctx: QualityContext = {}): StoryAssessment {
  const words = storyWordCounts(story);
  const findings = checkWithCounts(story, words, ctx);
  return { findings, readiness: scoreReadiness(findings), words, minutes: spokenMinutes(words.total) };
}
