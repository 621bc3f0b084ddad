// Owns the prep sheet: the plain data behind the print view and the PDF, built once so paper and PDF always say the
// same thing. Page 1 the loop at a glance (rounds × principles with the planned titles, coverage, distinct projects,
// open findings by severity); then one compact card per slot; then the depth round's deep-dive worksheet. Pure: no I/O.
import { loopTitle } from "@/lib/domain/loop-names";
import { listPlannedAssignments, slotKey } from "@/lib/domain/coverage";
import { describeMetricChange, formatQuantity } from "@/lib/domain/metrics";
import { principleName } from "@/lib/domain/principles";
import { questionsFor } from "@/lib/domain/questions";
import { sortFindings } from "@/lib/domain/report";
import { countWords, formatSpokenTime, spokenMinutes } from "@/lib/domain/text";
import type { Assignment, LoopReport, Metric, PrincipleCode, Round, Severity, Story, StoryStatus } from "@/lib/domain/types";
import { DEEP_DIVE_SECTIONS, DEEP_DIVE_SECTION_LABELS, type DeepDive } from "@/lib/domain/deep-dive";
import { storyCues, trimCue, type StoryCues } from "./cues";

export const ONE_LINE_MAX = 140;
/** Likely questions and follow-ups printed on each card. */
export const CARD_QUESTIONS = 2;
export const CARD_FOLLOW_UPS = 2;
export const FOLLOW_UP_ANSWER_MAX = 110;
/** Open findings listed on page 1 (the counts cover all of them). */
export const GLANCE_FINDINGS_MAX = 8;
/** Each deep-dive section on paper: enough to jog the memory, short enough for the worksheet to fit a page. */
export const DEEP_DIVE_SECTION_MAX = 330;

export interface SheetFollowUp {
  question: string;
  answer: string;
}

export interface SheetStory {
  id: string;
  title: string;
  projectTitle: string;
  status: StoryStatus;
  headline: string;
  shortVersion: string;
  /** "82 words, about 35 s" ("" without a 30-second version). */
  shortVersionLength: string;
  cues: StoryCues;
  /** Before → after with the derived change: "p95 latency: 120 ms → 74 ms (−38%)". */
  metrics: string[];
  /** The prepared follow-ups, answered first. */
  followUps: SheetFollowUp[];
}

/** One card: a planned (or empty) slot of a round. */
export interface SheetCard {
  roundNumber: number;
  roundTitle: string;
  principle: PrincipleCode;
  principleName: string;
  /** "about 16 of 60 min" */
  timeBudget: string;
  story: SheetStory | null;
  backup: { id: string; title: string } | null;
  /** Two likely questions for the slot's principle (shipped bank). */
  questions: string[];
}

export interface SheetRound {
  number: number;
  title: string;
  kind: string;
  minutes: number;
  focus: { code: PrincipleCode; name: string }[];
  /** A deep-dive round's project ("" otherwise). */
  deepDiveProject: string;
  slots: SheetCard[];
}

export interface SheetFinding {
  severity: Severity;
  text: string;
}

export interface SheetGlance {
  slotCount: number;
  plannedCount: number;
  /** 0–100 */
  coveragePercent: number;
  distinctProjects: number;
  findingCounts: Record<Severity, number>;
  /** The open errors and warnings, worst first, at most GLANCE_FINDINGS_MAX. */
  findings: SheetFinding[];
  /** Errors and warnings not listed. */
  moreFindings: number;
}

/** The deep-dive worksheet of the depth round's project, already in the sheet's words. */
export interface SheetDeepDive {
  roundNumber: number;
  roundTitle: string;
  projectTitle: string;
  sections: { label: string; text: string }[];
  metrics: string[];
}

export interface LoopSheet {
  loopId: string;
  company: string;
  role: string;
  level: string;
  date: string;
  /** "Acme — Data Engineer (L5)" */
  heading: string;
  /** "Interview date: 2026-12-01 · 5 rounds · 9 of 11 slots planned" */
  summary: string;
  glance: SheetGlance;
  rounds: SheetRound[];
  /** Every slot's card in loop order (what flows across the pages after page 1). */
  cards: SheetCard[];
  deepDive: SheetDeepDive | null;
  fileName: string;
}

export interface LoopSheetInput {
  loop: {
    id: string;
    company: string;
    role: string;
    level: string;
    date: string;
    rounds: (Round & { projectId?: string | null })[];
    assignments: Assignment[];
  };
  stories: readonly Story[];
  projects: readonly { id: string; title: string }[];
  report: LoopReport | null;
  deepDive?: SheetDeepDive | null;
  /** YYYY-MM-DD, used in the file name when the loop has no date. */
  today: string;
}

/** Lower-case ASCII words joined by "-": "Acme Corp. (EU)" → "acme-corp-eu". */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/g, "");
}
/** "starloop-acme-2026-12-01.pdf": company and the loop's date (today when it has none), slugified. */
export function loopSheetFileName(company: string, date: string, today: string): string {
  const parts = ["starloop", slugify(company) || "loop", slugify(date, 40) || today];
  return `${parts.join("-")}.pdf`;
}
/** The first sentence, or the first ~140 characters cut at a word, on one line. */
export function oneLine(text: string, max = ONE_LINE_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return "";
  const sentence = /^(.+?[.!?])(?=\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
/** Initials of the principle's significant words: "Dive Deep" → "DD", "Ownership" → "OW". */
export function principleAbbr(code: PrincipleCode): string {
  const words = principleName(code)
    .replace(/[^A-Za-z' ]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !["and", "the", "to", "be", "for", "on", "a", "of"].includes(w.toLowerCase()));
  if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
  return words.map((w) => w[0].toUpperCase()).join("");
}

/** Minutes of a round spent on each of its principles: the round less the introductions and your own questions. */
export function slotMinutes(roundMinutes: number, slots: number): number {
  const overhead = roundMinutes >= 45 ? 10 : roundMinutes >= 20 ? 5 : 0;
  return Math.max(1, Math.floor((roundMinutes - overhead) / Math.max(1, slots)));
}

/** "fresh waste: 4.1% → 3.2%, −0.9 pts", "p95 latency: 120 ms → 74 ms (−38%)": before → after with the derived change. */
export function describeMetric(m: Metric): string {
  const label = m.label.trim();
  if (m.before === null) return describeMetricChange(m).text;
  const change = describeMetricChange({ ...m, label: "" }).text;
  if (change.includes("→")) return describeMetricChange(m).text;
  const values = `${formatQuantity(m.before, m.unit)} → ${formatQuantity(m.after, m.unit)} (${change})`;
  return label ? `${label}: ${values}` : values;
}

/** The worksheet in the sheet's words: each section trimmed at a clause, the options folded into the trade-offs. */
export function sheetDeepDive(round: { number: number; title: string }, projectTitle: string, dd: DeepDive): SheetDeepDive {
  const options = dd.options
    .filter((o) => o.title.trim())
    .map((o) => `${o.title.trim()}${o.chosen ? " (chosen)" : ""}${o.tradeoffs.trim() ? `: ${o.tradeoffs.trim()}` : ""}`);
  return {
    roundNumber: round.number,
    roundTitle: round.title,
    projectTitle,
    sections: DEEP_DIVE_SECTIONS.map((section) => {
      const text = section === "tradeoffs" && options.length ? `${options.join(" / ")}${dd.tradeoffs.trim() ? `. ${dd.tradeoffs}` : ""}` : dd[section];
      return { label: DEEP_DIVE_SECTION_LABELS[section], text: trimCue(text, DEEP_DIVE_SECTION_MAX) };
    }),
    metrics: dd.metrics.map(describeMetric),
  };
}

/** Two questions for a principle, rotated by how often the principle already came up, so a repeat gets new ones. */
export function likelyQuestions(principle: PrincipleCode, occurrence: number, count = CARD_QUESTIONS): string[] {
  const own = questionsFor(principle).sort((a, b) => Number(b.principles[0] === principle) - Number(a.principles[0] === principle));
  if (own.length <= count) return own.map((q) => q.text);
  const start = (occurrence * count) % own.length;
  return Array.from({ length: count }, (_, i) => own[(start + i) % own.length].text);
}

export function sheetStory(story: Story, projectTitle: string): SheetStory {
  const shortVersion = (story.shortVersion ?? "").replace(/\s+/g, " ").trim();
  const words = countWords(shortVersion);
  const followUps = [...(story.followUps ?? [])]
    .filter((f) => f.question.trim())
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(!a.f.answer.trim()) - Number(!b.f.answer.trim()) || a.i - b.i)
    .slice(0, CARD_FOLLOW_UPS)
    .map(({ f }) => ({ question: f.question.trim(), answer: trimCue(f.answer, FOLLOW_UP_ANSWER_MAX) }));
  return {
    id: story.id,
    title: story.title,
    projectTitle,
    status: story.status,
    headline: (story.headline ?? "").trim(),
    shortVersion,
    shortVersionLength: words ? `${words} words, about ${formatSpokenTime(spokenMinutes(words))}` : "",
    cues: storyCues(story),
    metrics: story.metrics.map(describeMetric),
    followUps,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function buildLoopSheet(input: LoopSheetInput): LoopSheet {
  const { loop, report } = input;
  const storyById = new Map(input.stories.map((s) => [s.id, s]));
  const projectTitle = new Map(input.projects.map((p) => [p.id, p.title]));
  const planned = new Map(listPlannedAssignments(loop).map((a) => [slotKey(a.roundId, a.principle), a]));
  const toSheetStory = (id: string | null) => {
    const s = id === null ? undefined : storyById.get(id);
    return s ? sheetStory(s, projectTitle.get(s.projectId) ?? "") : null;
  };

  const seen = new Map<PrincipleCode, number>();
  const rounds: SheetRound[] = loop.rounds.map((round, i) => ({
    number: i + 1,
    title: round.title,
    kind: round.kind,
    minutes: round.minutes,
    focus: round.focus.map((code) => ({ code, name: principleName(code) })),
    deepDiveProject: round.projectId ? (projectTitle.get(round.projectId) ?? "") : "",
    slots: round.focus.map((principle) => {
      const a = planned.get(slotKey(round.id, principle));
      const backup = a?.backupStoryId ? storyById.get(a.backupStoryId) : undefined;
      const occurrence = seen.get(principle) ?? 0;
      seen.set(principle, occurrence + 1);
      return {
        roundNumber: i + 1,
        roundTitle: round.title,
        principle,
        principleName: principleName(principle),
        timeBudget: `about ${slotMinutes(round.minutes, round.focus.length)} of ${round.minutes} min`,
        story: toSheetStory(a?.storyId ?? null),
        backup: backup ? { id: backup.id, title: backup.title } : null,
        questions: likelyQuestions(principle, occurrence),
      };
    }),
  }));
  const cards = rounds.flatMap((r) => r.slots);
  const slotCount = cards.length;
  const plannedCount = cards.filter((c) => c.story).length;

  const all = report ? reportFindings(report, loop.rounds, storyById) : [];
  const open = all.filter((f) => f.severity !== "tip");
  const count = (severity: Severity) => all.filter((f) => f.severity === severity).length;
  const glance: SheetGlance = {
    slotCount,
    plannedCount,
    coveragePercent: Math.round((report ? report.coverage.score : slotCount ? plannedCount / slotCount : 0) * 100),
    distinctProjects: report?.reuse.distinctProjects ?? 0,
    findingCounts: { error: count("error"), warning: count("warning"), tip: count("tip") },
    findings: open.slice(0, GLANCE_FINDINGS_MAX),
    moreFindings: Math.max(0, open.length - GLANCE_FINDINGS_MAX),
  };

  const summary = [
    loop.date ? `Interview date: ${loop.date}` : "",
    plural(rounds.length, "round"),
    `${plannedCount} of ${plural(slotCount, "slot")} planned`,
  ]
    .filter(Boolean)
    .join(" · ");

  return {
    loopId: loop.id,
    company: loop.company,
    role: loop.role,
    level: loop.level,
    date: loop.date,
    heading: loopTitle(loop),
    summary,
    glance,
    rounds,
    cards,
    deepDive: input.deepDive ?? null,
    fileName: loopSheetFileName(loop.company, loop.date, input.today),
  };
}

/** Every finding of the report in the sheet's words: reuse, empty slots, the planned stories' own; worst first. */
function reportFindings(report: LoopReport, rounds: readonly Round[], storyById: ReadonlyMap<string, Story>): SheetFinding[] {
  const roundLabel = new Map(rounds.map((r, i) => [r.id, `Round ${i + 1} (${r.title})`]));
  const out: SheetFinding[] = report.reuse.findings.map((f) => ({ severity: f.severity, text: f.message }));
  for (const u of report.coverage.uncovered) {
    out.push({ severity: "warning", text: `${roundLabel.get(u.roundId) ?? "A round"}: no story planned for ${principleName(u.principle)}.` });
  }
  for (const f of report.storyFindings) {
    const title = storyById.get(f.storyId)?.title ?? "A story";
    out.push({ severity: f.severity, text: `"${title}": ${f.message}` });
  }
  return sortFindings(out);
}
