// Owns what "Plan for me" optimises (DESIGN.md §3, Auto-plan): the candidates of each empty slot, the R2 conflicts
// between them (computed once), the objective vector of a plan and its exact fold into two numbers.
//
// The objective, compared level by level, each counted over the slots this plan fills unless it says "loop":
//   1 covered slots (more)            2 same-round repeats (fewer)      3a picks with an error finding (fewer)
//   3b picks that are not ready (fewer; a ready story with errors counts)          4 secondary picks (fewer)
//   5a distinct projects in the loop (more)   5b assignments over half the loop's, per project, R4 (fewer)
//   5c same-angle pairs in the loop (fewer)   6 readiness (more)
// Plans equal on all of these are told apart by ids: the flow also minimises the sum of the picked stories' id ranks
// (`tie`) below everything else, and the search keeps the first plan it finds among equals, so the choice depends on
// ids alone, never on the order of the input. That tie-break is preferred but not proven minimal: proving it would
// cost the search far more than it is worth.
// Hard rules: a story is never placed in a round other than the one(s) it is already planned in, and a story already
// planned in two rounds is not placed again. Readiness is clamped to 0..100 and rounded, so the fold stays exact.
import { listPlannedAssignments, listSlots, slotKey, type Slot } from "./coverage";
import { hasErrorFinding } from "./quality";
import { DOMINANCE_MIN_ASSIGNMENTS, sameAnglePair } from "./reuse";
import { buildStoryIndex, type TfIdfIndex } from "./similarity";
import type { Loop, Story } from "./types";

export interface PlanInputs {
  /** Story ids with an error finding; computed with quality.ts when absent. */
  errorStoryIds?: ReadonlySet<string>;
  /** The bank-wide index of similarity.ts, when the caller has one with vectors for every story. */
  similarityIndex?: TfIdfIndex;
}

export interface Candidate {
  story: number;
  errors: boolean;
  draft: boolean;
  secondary: boolean;
  readiness: number;
}

export interface PlanModel {
  /** The bank, deduplicated and sorted by id: a story's index is its rank for the tie-break. */
  stories: Story[];
  indexById: ReadonlyMap<string, number>;
  slots: Slot[];
  roundCount: number;
  /** Empty slots in slot order (indexes into `slots`) with their round index. */
  open: number[];
  openRound: number[];
  /** Per open slot, in story order, and the same by story index. */
  candidates: Candidate[][];
  candidateOf: ReadonlyMap<number, Candidate>[];
  errors: boolean[];
  readiness: number[];
  project: number[];
  projectIds: string[];
  /** Stories of a project the loop's deep-dive round walks through end to end: never planned in another round. */
  inDepthRound: boolean[];
  /** Rounds each bank story is already planned in (by the loop's assignments). */
  existingRounds: (ReadonlySet<number> | null)[];
  /** Planned assignments per project before planning, and the count of all planned ones (also of unknown stories). */
  existingPerProject: number[];
  existingTotal: number;
  /** Same-angle partners of each story, among stories that can end up in the loop. */
  conflicts: ReadonlySet<number>[];
  /**
   * A partition of each project's candidates into cliques of the same-angle graph (every two members conflict), -1
   * for other stories. k members of one clique told in a loop whose rounds have at most `roundSize` empty slots form at
   * least cliquePairs(k) pairs, which lets the relaxation see pairs among stories not placed yet.
   */
  clique: number[];
  cliqueSize: number[];
  roundSize: number;
}

/** Fewest pairs k mutually conflicting stories form when at most `roundSize` of them share a round (they then do not count). */
export function cliquePairs(k: number, roundSize: number): number {
  let pairs = 0;
  for (let u = 1; u <= k; u++) pairs += u - 1 - ((u - 1) % roundSize);
  return pairs;
}

export interface PlanScore {
  covered: number;
  repeats: number;
  errors: number;
  drafts: number;
  secondary: number;
  /** Projects this plan brings into the loop, and R4 excess it adds (over half of `existingTotal + covered`). */
  newProjects: number;
  excess: number;
  /** Same-angle pairs this plan adds to the loop. */
  sameAngle: number;
  readiness: number;
  /** Sum of the picked stories' id ranks: the tie-break. */
  tie: number;
}

export function buildPlanModel(loop: Loop, bank: readonly Story[], readinessById: ReadonlyMap<string, number>, inputs: PlanInputs = {}): PlanModel {
  const stories = [...new Map(bank.map((s) => [s.id, s])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexById = new Map(stories.map((s, i) => [s.id, i]));
  const roundIndex = new Map(loop.rounds.map((r, i) => [r.id, i]));
  const slots = listSlots(loop);

  const projectIds: string[] = [];
  const projectIndex = new Map<string, number>();
  const project = stories.map((s) => {
    let p = projectIndex.get(s.projectId);
    if (p === undefined) {
      p = projectIds.length;
      projectIds.push(s.projectId);
      projectIndex.set(s.projectId, p);
    }
    return p;
  });

  const planned = listPlannedAssignments(loop);
  const filled = new Set(planned.map((a) => slotKey(a.roundId, a.principle)));
  const existingRounds: (Set<number> | null)[] = stories.map(() => null);
  const existingPerProject = projectIds.map(() => 0);
  for (const a of planned) {
    const i = indexById.get(a.storyId);
    if (i === undefined) continue;
    (existingRounds[i] ??= new Set()).add(roundIndex.get(a.roundId) ?? -1);
    existingPerProject[project[i]]++;
  }

  // A story of the deep-dive project told in another round is `deep-dive-overlap`: the project was told end to end.
  const depthProjects = new Set(loop.rounds.flatMap((r) => (r.kind === "deep-dive" && r.projectId ? [r.projectId] : [])));
  const inDepthRound = stories.map((s) => depthProjects.has(s.projectId));
  const errors = stories.map((s) => inputs.errorStoryIds?.has(s.id) ?? (inputs.errorStoryIds === undefined && hasErrorFinding(s)));
  const readiness = stories.map((s) => Math.round(Math.min(100, Math.max(0, readinessById.get(s.id) ?? 0))));

  const open: number[] = [];
  const openRound: number[] = [];
  const candidates: Candidate[][] = [];
  const relevant = new Set<number>();
  slots.forEach((slot, k) => {
    if (filled.has(slotKey(slot.roundId, slot.principle))) return;
    const r = roundIndex.get(slot.roundId) ?? -1;
    const list: Candidate[] = [];
    stories.forEach((s, i) => {
      const weights = s.principles.filter((p) => p.code === slot.principle).map((p) => p.weight);
      if (weights.length === 0 || inDepthRound[i]) return;
      const rounds = existingRounds[i];
      if (rounds !== null && (rounds.size > 1 || !rounds.has(r))) return;
      list.push({
        story: i,
        errors: errors[i],
        draft: errors[i] || s.status !== "ready",
        secondary: !weights.includes("primary"),
        readiness: readiness[i],
      });
    });
    open.push(k);
    openRound.push(r);
    candidates.push(list);
  });
  // A pick whose tier (errors, draft, secondary) is worse than that of N other candidates of its slot, N the empty
  // slots, is never optimal: one of those N is unused by the rest of the plan, and swapping it in wins at level 2–4
  // whatever it does to projects, pairs or readiness. Dropping such picks shrinks a deep bank's flow several times.
  candidates.forEach((list, o) => {
    const tier = (x: Candidate) => (Number(x.errors) * 2 + Number(x.draft)) * 2 + Number(x.secondary);
    const fresh = list.filter((x) => existingRounds[x.story] === null).map(tier).sort((a, b) => a - b);
    if (fresh.length <= open.length) return;
    const cut = fresh[open.length - 1];
    candidates[o] = list.filter((x) => tier(x) <= cut);
  });
  for (const list of candidates) for (const x of list) relevant.add(x.story);
  existingRounds.forEach((rounds, i) => {
    if (rounds !== null) relevant.add(i);
  });

  // R2 pairs, once: only stories of one project can conflict, so the pairs are taken project by project.
  const conflicts = stories.map(() => new Set<number>());
  const byProject = new Map<number, number[]>();
  for (const i of [...relevant].sort((a, b) => a - b)) byProject.set(project[i], [...(byProject.get(project[i]) ?? []), i]);
  const needsIndex = [...byProject.values()].some((list) => list.length > 1);
  const index = needsIndex ? (inputs.similarityIndex ?? buildStoryIndex(stories, [...relevant].map((i) => stories[i].id))) : null;
  if (index !== null) {
    for (const list of byProject.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          if (sameAnglePair(stories[list[x]], stories[list[y]], index) === null) continue;
          conflicts[list[x]].add(list[y]);
          conflicts[list[y]].add(list[x]);
        }
      }
    }
  }

  // Greedy clique partition, stories in id order: each joins the first clique it conflicts with entirely.
  const clique = stories.map(() => -1);
  let cliqueCount = 0;
  for (const list of byProject.values()) {
    const members: number[][] = [];
    for (const i of list) {
      if (existingRounds[i] !== null) continue;
      const home = members.findIndex((m) => m.every((j) => conflicts[i].has(j)));
      if (home >= 0) {
        members[home].push(i);
        clique[i] = clique[members[home][0]];
      } else {
        members.push([i]);
        clique[i] = cliqueCount++;
      }
    }
  }
  const cliqueSize = new Array<number>(cliqueCount).fill(0);
  for (const k of clique) if (k >= 0) cliqueSize[k]++;
  const perRound = new Map<number, number>();
  for (const r of openRound) perRound.set(r, (perRound.get(r) ?? 0) + 1);

  return {
    stories,
    indexById,
    slots,
    roundCount: loop.rounds.length,
    open,
    openRound,
    candidates,
    candidateOf: candidates.map((list) => new Map(list.map((x) => [x.story, x]))),
    errors,
    readiness,
    project,
    projectIds,
    inDepthRound,
    existingRounds,
    existingPerProject,
    existingTotal: planned.length,
    conflicts,
    clique,
    cliqueSize,
    roundSize: Math.max(1, ...perRound.values()),
  };
}

/** R4's threshold for a loop that will hold `total` assignments: most a project may hold, Infinity when R4 is off. */
export function dominanceLimit(total: number): number {
  return total >= DOMINANCE_MIN_ASSIGNMENTS ? Math.floor(total / 2) : Infinity;
}

/**
 * The score of `picks` (a story index or -1 per open slot). R4's excess is measured against a loop of
 * `existingTotal + coverageForR4` assignments: the planner passes its coverage target, everyone else the default.
 */
export function scorePlan(model: PlanModel, picks: readonly number[], coverageForR4?: number): PlanScore {
  const score: PlanScore = {
    covered: 0, repeats: 0, errors: 0, drafts: 0, secondary: 0, newProjects: 0, excess: 0, sameAngle: 0, readiness: 0, tie: 0,
  };
  const uses = new Map<number, number>();
  const newRound = new Map<number, number>();
  const perProject = [...model.existingPerProject];
  picks.forEach((i, o) => {
    if (i < 0) return;
    const c = model.candidateOf[o].get(i);
    if (c === undefined) throw new Error(`story ${i} is not a candidate of open slot ${o}`);
    score.covered++;
    if ((uses.get(i) ?? 0) > 0 || model.existingRounds[i] !== null) score.repeats++;
    uses.set(i, (uses.get(i) ?? 0) + 1);
    if (model.existingRounds[i] === null) newRound.set(i, model.openRound[o]);
    if (c.errors) score.errors++;
    if (c.draft) score.drafts++;
    if (c.secondary) score.secondary++;
    score.readiness += c.readiness;
    score.tie += i;
    const p = model.project[i];
    if (perProject[p] === 0) score.newProjects++;
    perProject[p]++;
  });
  const limit = dominanceLimit(model.existingTotal + (coverageForR4 ?? score.covered));
  perProject.forEach((count, p) => {
    score.excess += Math.max(0, count - limit) - Math.max(0, model.existingPerProject[p] - limit);
  });
  for (const [i, r] of newRound) {
    for (const j of model.conflicts[i]) {
      const rj = newRound.get(j);
      if (rj !== undefined) {
        if (j > i && rj !== r) score.sameAngle++;
        continue;
      }
      const rounds = model.existingRounds[j];
      if (rounds !== null && [...rounds].some((x) => x !== r)) score.sameAngle++;
    }
  }
  return score;
}

/** Bases of the fold: every level's total over N filled slots stays below its base, so the fold is lexicographic. */
export interface FoldBases {
  /** N + 1: counts per level are 0..N. */
  count: number;
  /** Same-angle units: the flow charges a pair in sixths (a story's share per slot of a round it can fill). */
  angleUnit: number;
  /** 100 N + 1: readiness totals are 0..100 N. */
  readiness: number;
  /** The flow's lo cost is lo × tie + id ranks; 1 (no tie-break) in loops too large for that to stay exact. */
  tie: number;
}

export function foldBases(model: PlanModel): FoldBases {
  const n = model.open.length;
  const readiness = 100 * n + 1;
  const tie = n * Math.max(1, model.stories.length) + 1;
  const maxPairs = (n * (n - 1)) / 2 + n * model.existingTotal;
  const fits = (maxPairs * 6 + 1) * readiness * tie < Number.MAX_SAFE_INTEGER;
  return { count: n + 1, angleUnit: 6, readiness, tie: fits ? tie : 1 };
}

/** Lower is better. hi = levels 1–5b, lo = 5c–6; both stay exact doubles far past 60 slots (20 rounds of 3). */
export function foldScore(score: PlanScore, b: FoldBases): { hi: number; lo: number } {
  const c = b.count;
  const hi =
    ((((((-score.covered * c + score.repeats) * c + score.errors) * c + score.drafts) * c + score.secondary) * c - score.newProjects) * c) +
    score.excess;
  const lo = score.sameAngle * b.angleUnit * b.readiness - score.readiness;
  return { hi, lo };
}

export function compareFold(a: { hi: number; lo: number }, b: { hi: number; lo: number }): number {
  return a.hi - b.hi || a.lo - b.lo;
}
