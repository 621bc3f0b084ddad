// Owns the project deep-dive (DESIGN §7): its sections, its options and the checks a depth-round interviewer would
// make — impact not quantified, fewer than two options, no mechanism, and at L6+ no leadership in "my role".
//
// Decisions: impact counts as quantified with one metric or a number in the impact text (the story checks' number
// detection); an option counts only with a title; leadership evidence is a leadership verb in the "my role &
// leadership" section (a shipped list, whole words, any tense), checked only when the loop's level parses to L6 or
// above — no loop (the worksheet on its own) asks nothing about level, so the check is off.
import { namesNumber } from "./quality";
import { parseLevel, SENIOR_LEVEL } from "./reuse";
import { splitWords } from "./text";
import type { Metric, Severity } from "./types";

export const DEEP_DIVE_SECTIONS = [
  "scope",
  "role",
  "timeline",
  "tradeoffs",
  "communication",
  "impact",
  "mechanisms",
  "nextSteps",
] as const;
export type DeepDiveSection = (typeof DEEP_DIVE_SECTIONS)[number];

export const DEEP_DIVE_SECTION_LABELS: Readonly<Record<DeepDiveSection, string>> = {
  scope: "Scope & ambiguity",
  role: "My role & leadership",
  timeline: "Timeline",
  tradeoffs: "Options & trade-offs",
  communication: "Communication & earning trust",
  impact: "Impact",
  mechanisms: "Mechanisms",
  nextSteps: "Next steps / what I would improve",
};

export const DEEP_DIVE_SECTION_PROMPTS: Readonly<Record<DeepDiveSection, string>> = {
  scope: "What was unclear or undefined, how big it was, who it touched.",
  role: "What you yourself led, decided and owned; who you brought along.",
  timeline: "The phases, from the first question to the result.",
  tradeoffs: "What you weighed across the options below, and why the chosen one won.",
  communication: "How you kept leadership informed and won over the sceptics.",
  impact: "The measured result: money if possible, else percentages or “2–3× faster”.",
  mechanisms: "What you put in place so it keeps working or does not happen again.",
  nextSteps: "What you would do next, or differently.",
};

/** Fewest options the worksheet asks for: a choice needs an alternative. */
export const MIN_DEEP_DIVE_OPTIONS = 2;
export const MAX_DEEP_DIVE_OPTIONS = 8;
export const MAX_DEEP_DIVE_METRICS = 10;
export const OPTION_TITLE_MAX = 200;

export interface DeepDiveOption {
  title: string;
  tradeoffs: string;
  chosen: boolean;
}

export type DeepDiveText = Record<DeepDiveSection, string>;

export interface DeepDive extends DeepDiveText {
  options: DeepDiveOption[];
  metrics: Metric[];
}

export const DEEP_DIVE_FINDING_CODES = ["impact-unquantified", "few-options", "no-mechanism", "no-leadership"] as const;
export type DeepDiveFindingCode = (typeof DEEP_DIVE_FINDING_CODES)[number];

export interface DeepDiveFinding {
  code: DeepDiveFindingCode;
  severity: Severity;
  message: string;
  hint: string;
  section: DeepDiveSection | "options" | "metrics";
}

export interface DeepDiveContext {
  /** The loop's level as the user wrote it ("L6", "l7", "Senior"…); the leadership check runs from L6 up. */
  level?: string;
}

// Verbs an interviewer hears as leadership; matched as whole lower-case words.
const LEADERSHIP_WORDS: ReadonlySet<string> = new Set([
  "led", "lead", "leading", "drove", "drive", "driving", "owned", "own", "decided", "decide", "convinced", "convince",
  "persuaded", "influenced", "mentored", "mentor", "coached", "aligned", "align", "championed", "initiated",
  "proposed", "managed", "organized", "organised", "coordinated", "delegated", "hired", "set", "pushed", "escalated",
  "negotiated", "directed", "steered", "rallied", "unblocked", "prioritized", "prioritised",
]);

export function emptyDeepDive(): DeepDive {
  return {
    scope: "", role: "", timeline: "", tradeoffs: "", communication: "", impact: "", mechanisms: "", nextSteps: "",
    options: [],
    metrics: [],
  };
}

/** The level number a loop's level names: "L6" → 6; "Senior"/"Staff" → 6, "Principal" → 7; else null. */
export function levelNumber(level: string): number | null {
  const parsed = parseLevel(level);
  if (parsed !== null) return parsed;
  if (/\bprincipal\b/i.test(level)) return 7;
  if (/\b(senior|staff)\b/i.test(level)) return SENIOR_LEVEL;
  return null;
}

export function showsLeadership(role: string): boolean {
  return splitWords(role).some((w) => LEADERSHIP_WORDS.has(w.toLowerCase()));
}

export function countOptions(options: readonly DeepDiveOption[]): number {
  return options.filter((o) => o.title.trim() !== "").length;
}

export function checkDeepDive(dd: DeepDive, ctx: DeepDiveContext = {}): DeepDiveFinding[] {
  const findings: DeepDiveFinding[] = [];
  if (dd.metrics.length === 0 && !namesNumber(dd.impact)) {
    findings.push({
      code: "impact-unquantified",
      severity: "warning",
      message: "The impact names no number and has no metric.",
      hint: "Add a metric, or name the money, percentage or “2–3× faster” in the impact.",
      section: "impact",
    });
  }
  const options = countOptions(dd.options);
  if (options < MIN_DEEP_DIVE_OPTIONS) {
    findings.push({
      code: "few-options",
      severity: "warning",
      message: `${options === 0 ? "No option" : "Only one option"} weighed (at least ${MIN_DEEP_DIVE_OPTIONS}).`,
      hint: "Name the alternatives you considered and what each would have cost.",
      section: "options",
    });
  }
  if (dd.mechanisms.trim() === "") {
    findings.push({
      code: "no-mechanism",
      severity: "warning",
      message: "No mechanism: nothing says what keeps it working.",
      hint: "Describe the alarm, review, dashboard or process you left behind.",
      section: "mechanisms",
    });
  }
  const level = ctx.level === undefined ? null : levelNumber(ctx.level);
  if (level !== null && level >= SENIOR_LEVEL && !showsLeadership(dd.role)) {
    findings.push({
      code: "no-leadership",
      severity: "warning",
      message: `At L${level} the depth round looks for leadership, and “My role & leadership” shows none.`,
      hint: "Say what you led, decided, or convinced others of (“I led…”, “I convinced…”).",
      section: "role",
    });
  }
  return findings;
}

/** Sections with text, out of the eight. */
export function countWrittenSections(dd: DeepDiveText): number {
  return DEEP_DIVE_SECTIONS.filter((s) => dd[s].trim() !== "").length;
}

/** Where a mentor's comment on a deep-dive anchors: a section, the options, the metrics, or the whole sheet. */
export const DEEP_DIVE_COMMENT_SECTIONS = [...DEEP_DIVE_SECTIONS, "options", "metrics", "general"] as const;
export type DeepDiveCommentSection = (typeof DEEP_DIVE_COMMENT_SECTIONS)[number];
