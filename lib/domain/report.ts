// Owns the loop report of DESIGN.md §3 (coverage + reuse + per-story findings) and the candidate ranking behind the slot picker.
//
// Decisions: storyFindings follow plan order (each slot's main story, then its backup; each story once), with
// checkStory's own order inside a story; stories missing from the bank are skipped. Bar Raiser principles default to
// the focus of the loop's "bar-raiser" rounds. rankCandidates' score is a lexicographic composite (primary 1000,
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

export interface RankedCandidate {
  storyId: string;
  score: number;
  /** What speaks for it in this slot ("primary", "ready", "new project in the loop", "readiness 84"). */
  strengths: string[];
  /** What speaks against it ("draft", "has errors", "project already in the loop", "already in Phone screen"). */
  concerns: string[];
}

/**
 * Stories that carry `principle`, best first, for the (roundId, principle) slot, in the planner's order of
 * priorities (DESIGN §3): a story told in no other round, then free of error findings, ready before draft, primary
 * before secondary, a project not yet in the loop, higher readiness, title. "Elsewhere" means every other slot:
 * the slot's current story does not count against itself.
 */
export function rankCandidates(
  loop: Loop,
  stories: readonly Story[],
  roundId: string,
  principle: PrincipleCode,
  readinessById: ReadonlyMap<string, number>,
  errorStoryIds: ReadonlySet<string> = new Set(),
): RankedCandidate[] {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const roundTitle = new Map(loop.rounds.map((r) => [r.id, r.title]));
  const here = slotKey(roundId, principle);

  const usedProjects = new Set<string>();
  const otherRoundsByStory = new Map<string, string[]>();
  const sameRoundStories = new Set<string>();
  for (const a of listPlannedAssignments(loop)) {
    if (slotKey(a.roundId, a.principle) === here) continue;
    const projectId = storyById.get(a.storyId)?.projectId;
    if (projectId !== undefined) usedProjects.add(projectId);
    if (a.roundId === roundId) {
      sameRoundStories.add(a.storyId);
      continue;
    }
    const rounds = otherRoundsByStory.get(a.storyId) ?? [];
    if (!rounds.includes(a.roundId)) rounds.push(a.roundId);
    otherRoundsByStory.set(a.storyId, rounds);
  }

  const ranked: (RankedCandidate & { title: string })[] = [];
  for (const story of stories) {
    const weights = story.principles.filter((p) => p.code === principle).map((p) => p.weight);
    if (weights.length === 0) continue;
    const primary = weights.includes("primary");
    const ready = story.status === "ready";
    const newProject = !usedProjects.has(story.projectId);
    const otherRounds = otherRoundsByStory.get(story.id) ?? [];
    const readiness = Math.min(100, Math.max(0, readinessById.get(story.id) ?? 0));

    const errors = errorStoryIds.has(story.id);
    const strengths: string[] = [];
    const concerns: string[] = [];
    (primary ? strengths : concerns).push(primary ? "primary" : "secondary tag");
    if (errors) concerns.push(ready ? "marked ready, but has errors" : "has errors");
    else (ready ? strengths : concerns).push(ready ? "ready" : "draft");
    (newProject ? strengths : concerns).push(newProject ? "new project in the loop" : "project already in the loop");
    for (const r of otherRounds) concerns.push(`already in ${roundTitle.get(r) ?? r}`);
    if (sameRoundStories.has(story.id)) concerns.push("already in this round");
    strengths.push(`readiness ${Math.round(readiness)}`);

    const score =
      (otherRounds.length === 0 ? 10_000 : 0) +
      (errors ? 0 : 5000) +
      (ready && !errors ? 2500 : 0) +
      (primary ? 1000 : 0) +
      (newProject ? 500 : 0) +
      readiness;
    ranked.push({ storyId: story.id, score, strengths, concerns, title: story.title });
  }

  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      a.title.localeCompare(b.title) ||
      (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0),
  );
  return ranked.map(({ storyId, score, strengths, concerns }) => ({ storyId, score, strengths, concerns }));
}
