// Owns what each part of the prep sheet says, line by line, so the print view and the PDF print the same words in the
// same order: the glance facts and table rows, each card's heading and labelled rows, the deep-dive rows. Pure.
import type { LoopSheet, SheetCard, SheetDeepDive } from "./loop-sheet";

export type Tone = "strong" | "plain" | "soft";

export interface SheetLine {
  text: string;
  tone: Tone;
}

/** A labelled block: the label in a narrow gutter, its lines beside it. */
export interface SheetRow {
  label: string;
  lines: SheetLine[];
}

const plain = (text: string): SheetLine => ({ text, tone: "plain" });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const GLANCE_HEADING = "The loop at a glance";
export const CARDS_HEADING = "Story cards";
export const DEEP_DIVE_HEADING = "Deep-dive worksheet";
export const SEVERITY_LABEL = { error: "Error", warning: "Warning", tip: "Tip" } as const;

/** "Coverage 100% (16 of 16 slots planned) · 5 distinct projects · Open findings: 0 errors, 1 warning, 2 tips" */
export function glanceFacts(sheet: LoopSheet): string[] {
  const g = sheet.glance;
  const c = g.findingCounts;
  return [
    `Coverage ${g.coveragePercent}% (${g.plannedCount} of ${g.slotCount} slots planned)`,
    plural(g.distinctProjects, "distinct project"),
    `Open findings: ${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.tip, "tip")}`,
  ];
}

export interface GlanceRow {
  /** Round label on the round's first row only. */
  round: string;
  principle: string;
  story: string;
  planned: boolean;
  firstOfRound: boolean;
}

/** The rounds × principles table: one row per slot (a deep-dive round: one row for its project). */
export function glanceRows(sheet: LoopSheet): GlanceRow[] {
  return sheet.rounds.flatMap((r) => {
    const label = `${r.number}. ${r.title} · ${r.minutes} min`;
    const rows: GlanceRow[] = [];
    const push = (principle: string, story: string, planned: boolean) =>
      rows.push({ round: rows.length ? "" : label, principle, story, planned, firstOfRound: rows.length === 0 });
    if (r.deepDiveProject) push("Deep dive (whole round)", `${r.deepDiveProject} (worksheet at the end)`, true);
    else if (r.kind === "deep-dive") push("Deep dive (whole round)", "— no project chosen —", false);
    for (const s of r.slots) push(s.principleName, s.story?.title ?? "— not planned —", Boolean(s.story));
    if (rows.length === 0) push("no behavioral focus", "", false);
    return rows;
  });
}

/** "DIVE DEEP · Round 2: Technical phone screen · about 35 of 45 min · Backup: …" */
export function cardWhere(card: SheetCard): string {
  const where = [card.principleName.toUpperCase(), `Round ${card.roundNumber}: ${card.roundTitle}`, card.timeBudget];
  if (card.story) where.push(`Backup: ${card.backup?.title ?? "none"}`);
  return where.join("  ·  ");
}

export function cardTitle(card: SheetCard): string {
  const s = card.story;
  if (!s) return "No story planned yet.";
  return s.projectTitle ? `${s.title}  (${s.projectTitle})` : s.title;
}

export function cardRows(card: SheetCard): SheetRow[] {
  const rows: SheetRow[] = [];
  const s = card.story;
  if (s) {
    if (s.headline) rows.push({ label: "Headline", lines: [{ text: s.headline, tone: "strong" }] });
    if (s.shortVersion) rows.push({ label: "30 s", lines: [plain(s.shortVersion)] });
    else if (s.cues.context) rows.push({ label: "Situation", lines: [plain(s.cues.context)] });
    if (s.cues.actions.length) rows.push({ label: "Action", lines: s.cues.actions.map((a, i) => plain(`${i + 1}. ${a}`)) });
    if (s.cues.results.length) rows.push({ label: "Result", lines: [plain(s.cues.results.join(" "))] });
    if (s.cues.learning) rows.push({ label: "Learned", lines: [plain(s.cues.learning)] });
    if (s.metrics.length) rows.push({ label: "Metrics", lines: [plain(s.metrics.join("  ·  "))] });
    if (s.followUps.length) {
      rows.push({ label: "Follow-ups", lines: s.followUps.map((f) => plain(`${f.question}  ${f.answer ? `→ ${f.answer}` : "(no answer prepared yet)"}`)) });
    }
  }
  if (card.questions.length) rows.push({ label: "Likely Qs", lines: [{ text: card.questions.join("  /  "), tone: "soft" }] });
  return rows;
}

export function deepDiveTitle(d: SheetDeepDive): string {
  return `${DEEP_DIVE_HEADING}: ${d.projectTitle}`;
}

export function deepDiveIntro(d: SheetDeepDive): string {
  return `Round ${d.roundNumber}: ${d.roundTitle}. The whole round on this one project.`;
}

export function deepDiveRows(d: SheetDeepDive): SheetRow[] {
  const rows: SheetRow[] = d.sections.map((s) => ({ label: s.label, lines: [plain(s.text || "— not written yet —")] }));
  if (d.metrics.length) rows.push({ label: "Metrics", lines: [plain(d.metrics.join("  ·  "))] });
  return rows;
}
