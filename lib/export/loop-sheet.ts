// Owns the loop sheet: the plain data behind the print view and the PDF (one block per round, the principle × story
// matrix, the report's open findings), built once so paper and PDF always say the same thing. Pure: no I/O.
import { loopTitle } from "@/lib/domain/loop-names";
import { listPlannedAssignments, slotKey } from "@/lib/domain/coverage";
import { describeMetricChange } from "@/lib/domain/metrics";
import { principleName } from "@/lib/domain/principles";
import type { Assignment, LoopReport, Metric, PrincipleCode, Round, Severity, Story, StoryStatus } from "@/lib/domain/types";

export const ONE_LINE_MAX = 140;

export interface SheetStarLine {
  label: "S" | "T" | "A" | "R";
  section: "situation" | "task" | "action" | "result";
  text: string;
}

export interface SheetStory {
  id: string;
  title: string;
  projectTitle: string;
  status: StoryStatus;
  lines: SheetStarLine[];
  /** Derived changes, e.g. "−38% p95 latency". */
  metrics: string[];
}

export interface SheetSlot {
  principle: PrincipleCode;
  principleName: string;
  story: SheetStory | null;
  backup: { id: string; title: string } | null;
}

export interface SheetRound {
  number: number;
  title: string;
  minutes: number;
  focus: { code: PrincipleCode; name: string }[];
  slots: SheetSlot[];
}

export interface SheetMatrix {
  principles: { code: PrincipleCode; name: string; abbr: string }[];
  /** One row per planned story (main or backup), in plan order; `cells` follows `principles`. */
  rows: { storyId: string; title: string; cells: string[] }[];
}

export interface SheetFinding {
  severity: Severity;
  text: string;
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
  rounds: SheetRound[];
  matrix: SheetMatrix;
  findings: SheetFinding[];
  fileName: string;
}

export const MATRIX_LEGEND =
  "R2 = planned for this principle in round 2 · (R2) = backup in round 2 · P / S = tagged primary / secondary, not planned for it";

export interface LoopSheetInput {
  loop: {
    id: string;
    company: string;
    role: string;
    level: string;
    date: string;
    rounds: Round[];
    assignments: Assignment[];
  };
  stories: readonly Story[];
  projects: readonly { id: string; title: string }[];
  report: LoopReport | null;
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

const STAR_LINES: readonly Omit<SheetStarLine, "text">[] = [
  { label: "S", section: "situation" },
  { label: "T", section: "task" },
  { label: "A", section: "action" },
  { label: "R", section: "result" },
];

export function sheetStory(story: Story, projectTitle: string): SheetStory {
  return {
    id: story.id,
    title: story.title,
    projectTitle,
    status: story.status,
    lines: STAR_LINES.map((l) => ({ ...l, text: oneLine(story[l.section]) })),
    metrics: story.metrics.map((m: Metric) => describeMetricChange(m).text),
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

  const rounds: SheetRound[] = loop.rounds.map((round, i) => ({
    number: i + 1,
    title: round.title,
    minutes: round.minutes,
    focus: round.focus.map((code) => ({ code, name: principleName(code) })),
    slots: round.focus.map((principle) => {
      const a = planned.get(slotKey(round.id, principle));
      const backup = a?.backupStoryId ? storyById.get(a.backupStoryId) : undefined;
      return {
        principle,
        principleName: principleName(principle),
        story: toSheetStory(a?.storyId ?? null),
        backup: backup ? { id: backup.id, title: backup.title } : null,
      };
    }),
  }));

  // Matrix: the principles in focus (loop order) against every planned story (plan order).
  const principles: PrincipleCode[] = [...new Set(loop.rounds.flatMap((r) => r.focus))];
  const roundNumber = new Map(loop.rounds.map((r, i) => [r.id, i + 1]));
  const storyOrder: string[] = [];
  const marks = new Map<string, string[]>(); // storyId + principle → ["R2", "(R3)"]
  for (const a of planned.values()) {
    const n = roundNumber.get(a.roundId) ?? 0;
    for (const [id, mark] of [[a.storyId, `R${n}`], [a.backupStoryId, `(R${n})`]] as const) {
      if (id === null || !storyById.has(id)) continue;
      if (!storyOrder.includes(id)) storyOrder.push(id);
      const key = slotKey(id, a.principle);
      marks.set(key, [...(marks.get(key) ?? []), mark]);
    }
  }
  const matrix: SheetMatrix = {
    principles: principles.map((code) => ({ code, name: principleName(code), abbr: principleAbbr(code) })),
    rows: storyOrder.map((id) => {
      const story = storyById.get(id) as Story;
      return {
        storyId: id,
        title: story.title,
        cells: principles.map((code) => {
          const m = marks.get(slotKey(id, code));
          if (m) return m.join(" ");
          const tag = story.principles.find((p) => p.code === code);
          return tag ? (tag.weight === "primary" ? "P" : "S") : "";
        }),
      };
    }),
  };

  const findings = report ? openFindings(report, loop.rounds, storyById) : [];
  const slotCount = rounds.reduce((n, r) => n + r.slots.length, 0);
  const plannedCount = rounds.reduce((n, r) => n + r.slots.filter((s) => s.story).length, 0);
  const summary = [
    loop.date ? `Interview date: ${loop.date}` : "",
    plural(rounds.length, "round"),
    `${plannedCount} of ${plural(slotCount, "slot")} planned`,
  ]
    .filter(Boolean)
    .join(" · ");
  const heading = loopTitle(loop);

  return {
    loopId: loop.id,
    company: loop.company,
    role: loop.role,
    level: loop.level,
    date: loop.date,
    heading,
    summary,
    rounds,
    matrix,
    findings,
    fileName: loopSheetFileName(loop.company, loop.date, input.today),
  };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, tip: 2 };

/** What is still open in the report: reuse problems, empty slots, and the planned stories' errors and warnings. */
function openFindings(report: LoopReport, rounds: readonly Round[], storyById: ReadonlyMap<string, Story>): SheetFinding[] {
  const roundLabel = new Map(rounds.map((r, i) => [r.id, `Round ${i + 1} (${r.title})`]));
  const out: SheetFinding[] = report.reuse.findings.map((f) => ({ severity: f.severity, text: f.message }));
  for (const u of report.coverage.uncovered) {
    out.push({ severity: "warning", text: `${roundLabel.get(u.roundId) ?? "A round"}: no story planned for ${principleName(u.principle)}.` });
  }
  for (const f of report.storyFindings) {
    if (f.severity === "tip") continue;
    const title = storyById.get(f.storyId)?.title ?? "A story";
    out.push({ severity: f.severity, text: `"${title}": ${f.message}` });
  }
  return out.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i).map(({ f }) => f);
}
