// Owns the loop report of DESIGN.md §3 (coverage + reuse + per-story findings) and the candidate ranking behind the slot picker.
//
// Decisions: storyFindings follow plan order (each slot's main story, then its backup; each story once), with
// checkStory's own order inside a story; stories missing from the bank are skipped. Bar Raiser principles default to
// the focus of the loop's "bar-raiser" rounds. rankCandidates (rank-candidates.ts) scores by a lexicographic composite (primary 1000,
// ready 500, new project 250, not in another round 125, plus readiness 0–100), so sorting by score keeps the rule order.
import { computeCoverage, listPlannedAssignments, slotKey } from "./coverage";
import { checkDeepDive, emptyDeepDive, type DeepDive } from "./deep-dive";
import { checkStory } from "./quality";
import { findReuse } from "./reuse";
import type { TfIdfIndex } from "./similarity";
import type { Rehearsal } from "./rehearsal";
import { rehearsalReport } from "./rehearsal-report";
import type { Loop, LoopReport, PrincipleCode, Severity, Story } from "./types";

export interface ReportOptions {
  barRaiserPrinciples?: ReadonlySet<PrincipleCode> | readonly PrincipleCode[];
  /** A prebuilt index over the whole bank (with vectors for at least the loop's planned stories), when the caller has one. */
  similarityIndex?: TfIdfIndex;
  /** Project titles by id, so `one-project-dominates` can name its project. */
  projectTitles?: ReadonlyMap<string, string>;
  /** The candidate's recent rehearsals, the loop's date and the moment: adds `rehearsal` and `rehearsalFindings`. */
  rehearsals?: { date: string; now: Date; rows: readonly Pick<Rehearsal, "storyId" | "createdAt">[] };
  /** Deep-dive worksheets by project id, for the deep-dive rounds' checks (a project without one: an empty sheet). */
  deepDives?: ReadonlyMap<string, DeepDive>;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, tip: 2 };

/** Errors first, then warnings, then tips; the original order otherwise. Returns a new array. */
export function sortFindings<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

function collectBarRaiserPrinciples(loop: Loop): PrincipleCode[] {
  const codes = new Set<PrincipleCode>();
  for (const round of loop.rounds) if (round.kind === "bar-raiser") for (const p of round.focus) codes.add(p);
  return [...codes];
}

/** Stories planned (as the main story of a slot) in a bar-raiser round: `follow-ups-missing` asks two answered follow-ups of them. */
export function listBarRaiserStoryIds(loop: Loop): Set<string> {
  const kind = new Map(loop.rounds.map((r) => [r.id, r.kind]));
  const ids = new Set<string>();
  for (const a of listPlannedAssignments(loop)) if (kind.get(a.roundId) === "bar-raiser") ids.add(a.storyId);
  return ids;
}

export function buildLoopReport(loop: Loop, stories: readonly Story[], opts: ReportOptions = {}): LoopReport {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const reuse = findReuse(loop, stories, { similarityIndex: opts.similarityIndex, projectTitles: opts.projectTitles });
  const barRaiserPrinciples = opts.barRaiserPrinciples ?? collectBarRaiserPrinciples(loop);

  const toCheck: string[] = [];
  const seen = new Set<string>();
  for (const a of listPlannedAssignments(loop)) {
    for (const id of [a.storyId, a.backupStoryId]) {
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      toCheck.push(id);
    }
  }
  const inBarRaiser = listBarRaiserStoryIds(loop);
  const storyFindings: LoopReport["storyFindings"] = [];
  for (const storyId of toCheck) {
    const story = storyById.get(storyId);
    if (story === undefined) continue;
    for (const f of checkStory(story, { barRaiserPrinciples, plannedInBarRaiser: inBarRaiser.has(storyId) })) {
      storyFindings.push({ storyId, code: f.code, severity: f.severity, message: f.message });
    }
  }

  return {
    loopId: loop.id,
    coverage: computeCoverage(loop, stories),
    reuse: {
      distinctProjects: reuse.distinctProjects,
      findings: sortFindings(reuse.findings).map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        roundIds: [...f.roundIds],
        storyIds: [...f.storyIds],
        projectId: f.projectId,
      })),
    },
    storyFindings,
    ...(opts.rehearsals
      ? rehearsalReport(loop, opts.rehearsals.date, opts.rehearsals.rows, opts.rehearsals.now, new Map(stories.map((s) => [s.id, s.title])))
      : {}),
    deepDives: loop.rounds
      .filter((r) => r.kind === "deep-dive")
      .map((r) => {
        const projectId = r.projectId ?? null;
        const sheet = projectId === null ? null : (opts.deepDives?.get(projectId) ?? emptyDeepDive());
        const findings = sheet === null ? [] : checkDeepDive(sheet, { level: loop.level });
        return { roundId: r.id, projectId, findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message })) };
      }),
  };
}

// The slot picker ranks on the client too (components/slot-bank.tsx), so the ranking has its own small module.
export { rankCandidates, type RankedCandidate } from "./rank-candidates";
