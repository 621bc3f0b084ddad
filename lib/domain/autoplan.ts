// Owns "Plan for me": the plan of the loop's empty slots that is best under DESIGN.md §3's objective, and its backups.
//
// Why this solver: the objective (plan-model.ts) is lexicographic, and most of it is a min-cost flow
// (source → empty slot → story → project → sink): coverage, the error/draft/secondary tiers, readiness and the id
// tie-break are costs per pick; a repeat is a story's second unit; "a new project" and "over half the loop" (R4) are
// convex per-project costs. Solved exactly over two-part lexicographic costs (min-cost-flow.ts), that flow is a
// relaxation (plan-relaxation.ts) which is exact except that it lets a story into two rounds and sees same-angle pairs
// only with stories whose round is known and inside cliques of the pair graph. A best-first branch and bound closes the
// gap: a node fixes (story, round) decisions, "told in round r" or "not in round r"; a node whose flow solution is a
// valid plan scoring its own bound is optimal, and since nodes are taken best bound first, the search ends there.
// A local search from the first relaxation gives the first incumbent. On a deep bank with enough projects the first
// relaxation is already optimal; thin or few-project banks branch.
// Why not an LP/MIP package from npm (highs, glpk.js, javascript-lp-solver, yalps): the levels do not fit one
// floating-point weight, so a MIP would need one solve per level, each with the pairwise R2 terms linearised; highs and
// glpk.js load asynchronous WebAssembly. This stays pure, synchronous and exact, and shares R2 with reuse.ts.
// The search has a deterministic work budget (no clock). Known limit: with few projects and many same-angle pairs no
// plan can avoid (level 5c), the bound sees too few of those pairs and the budget can run out; planLoop then returns the
// best plan found with `optimal: false` (the bench's few-project cases show when).
//
// Decisions: existing assignments are returned as given (same objects, same order) and never moved; new ones follow in
// slot order. Assignments on a (round, principle) that is no longer a slot are ignored, as in the report. Backups
// (planBackups) come after the main plan, so they never take a story the plan could tell.
import { listPlannedAssignments, slotKey } from "./coverage";
import { planBackups } from "./plan-backups";
import { buildPlanModel, compareFold, foldBases, foldScore, scorePlan, type FoldBases, type PlanInputs, type PlanModel } from "./plan-model";
import { relax, type Constraints, type Relaxed } from "./plan-relaxation";
import type { Assignment, Loop, PrincipleCode, Story } from "./types";

/**
 * Work the search may spend in all: arc relaxations plus the local search's trial moves (~100–200 ms). Deep banks and
 * the property tests finish far below it; few-project banks with unavoidable same-angle pairs may reach it.
 */
export const SEARCH_WORK_LIMIT = 1_500_000;

export interface BackupProposal {
  roundId: string;
  principle: PrincipleCode;
  /** The slot's main story, unchanged. */
  storyId: string;
  backupStoryId: string;
}

export type UnfilledReason = "no-tagged-story" | "taken-elsewhere";

export interface UnfilledSlot {
  roundId: string;
  principle: PrincipleCode;
  reason: UnfilledReason;
  /** For "taken-elsewhere": the stories tagged with the principle, each already told in another round. */
  storyIds: string[];
}

export interface LoopPlan {
  /** The full list: the loop's existing assignments untouched, then `added`. */
  assignments: Assignment[];
  /** New assignments in slot order; backupStoryId is the proposed backup, or null when the bank has none to spare. */
  added: Assignment[];
  /** Backups proposed for planned slots that had none; their main story stays. */
  backupsAdded: BackupProposal[];
  /** Empty slots the plan could not fill, and why. */
  unfilled: UnfilledSlot[];
  /** False only when the search ran out of its work budget: the plan is then the best one found. */
  optimal: boolean;
  /** Flow relaxations the search solved (1 when the first one was already optimal), for the bench. */
  relaxations: number;
}

export type PlanOptions = PlanInputs;

export function planLoop(
  loop: Loop,
  stories: readonly Story[],
  readinessById: ReadonlyMap<string, number>,
  options: PlanOptions = {},
): LoopPlan {
  const model = buildPlanModel(loop, stories, readinessById, options);
  // R4's limit depends on the final coverage. Coverage is the first level, so the root relaxation's coverage (an upper
  // bound) is the usual answer; when a valid plan cannot reach it, the search runs again with the coverage it found.
  const bases = foldBases(model);
  const root = relax(model, bases, { forced: new Map(), banned: new Set() }, model.open.length);
  const target = root.relaxed?.picks.filter((i) => i >= 0).length ?? 0;
  const first = searchPlan(model, bases, target, target === model.open.length ? root : undefined);
  let { picks, optimal, relaxations } = first;
  const covered = picks.filter((i) => i >= 0).length;
  if (covered < target) {
    const again = searchPlan(model, bases, covered);
    ({ picks, optimal } = again);
    relaxations += again.relaxations;
  }
  picks = fillLeftovers(model, picks);

  const added: Assignment[] = [];
  const backups = planBackups(model, loop, picks);
  picks.forEach((i, o) => {
    if (i < 0) return;
    const slot = model.slots[model.open[o]];
    const key = slotKey(slot.roundId, slot.principle);
    added.push({ roundId: slot.roundId, principle: slot.principle, storyId: model.stories[i].id, backupStoryId: backups.get(key) ?? null });
  });
  const backupsAdded: BackupProposal[] = [];
  for (const a of listPlannedAssignments(loop)) {
    const backup = backups.get(slotKey(a.roundId, a.principle));
    if (a.backupStoryId === null && backup !== undefined) {
      backupsAdded.push({ roundId: a.roundId, principle: a.principle, storyId: a.storyId, backupStoryId: backup });
    }
  }
  return { assignments: [...loop.assignments, ...added], added, backupsAdded, unfilled: explainUnfilled(model, picks), optimal, relaxations };
}

/** Best-first branch and bound, with R4's limit set for a loop where `coverage` empty slots get filled. */
function searchPlan(
  model: PlanModel,
  bases: FoldBases,
  coverage: number,
  root?: ReturnType<typeof relax>,
): { picks: number[]; optimal: boolean; relaxations: number } {
  const empty = model.open.map(() => -1);
  let best = empty;
  let bestFold = foldScore(scorePlan(model, empty, coverage), bases);
  let bestTie = 0;
  let work = 0;
  let nodes = 0;
  let relaxations = 0;
  const queue: { relaxed: Relaxed; constraints: Constraints; id: number }[] = [];

  const visit = (constraints: Constraints, given?: ReturnType<typeof relax>) => {
    const result = given ?? relax(model, bases, constraints, coverage);
    work += result.work;
    relaxations++;
    if (result.relaxed === null) return;
    const { relaxed } = result;
    let candidate = keepFirstRound(model, relaxed.picks);
    let score = scorePlan(model, candidate, coverage);
    let fold = foldScore(score, bases);
    // Polish the first candidate unless it is already optimal, and every candidate that beats the incumbent.
    const order0 = compareFold(fold, bestFold);
    if ((relaxations === 1 && compareFold(fold, relaxed.bound) > 0) || (relaxations > 1 && order0 < 0)) {
      const polished = improvePlan(model, bases, candidate, coverage);
      candidate = polished.picks;
      work += polished.work;
      score = scorePlan(model, candidate, coverage);
      fold = foldScore(score, bases);
    }
    const order = compareFold(fold, bestFold);
    if (order < 0 || (order === 0 && score.tie < bestTie)) {
      best = candidate;
      bestFold = fold;
      bestTie = score.tie;
    }
    if (compareFold(relaxed.bound, bestFold) < 0) queue.push({ relaxed, constraints, id: nodes++ });
  };

  visit({ forced: new Map(), banned: new Set() }, root);
  while (queue.length > 0) {
    if (work > SEARCH_WORK_LIMIT) return { picks: best, optimal: false, relaxations };
    let at = 0;
    for (let q = 1; q < queue.length; q++) {
      const c = compareFold(queue[q].relaxed.bound, queue[at].relaxed.bound);
      if (c < 0 || (c === 0 && queue[q].id < queue[at].id)) at = q;
    }
    const [node] = queue.splice(at, 1);
    if (compareFold(node.relaxed.bound, bestFold) >= 0) continue;
    const decision = chooseBranch(model, node.constraints, node.relaxed.picks);
    // Cannot happen while the relaxation charges exactly what scorePlan counts; never loop on it if it ever does.
    if (decision === null) return { picks: best, optimal: false, relaxations };
    const [story, round] = decision;
    const forced = new Map(node.constraints.forced).set(story, round);
    visit({ forced, banned: node.constraints.banned });
    visit({ forced: node.constraints.forced, banned: new Set(node.constraints.banned).add(story * model.roundCount + round) });
  }
  return { picks: best, optimal: true, relaxations };
}

/** A valid plan from relaxed picks: a story the relaxation put in two rounds keeps only its first round. */
function keepFirstRound(model: PlanModel, picks: readonly number[]): number[] {
  const roundOf = new Map<number, number>();
  return picks.map((i, o) => {
    if (i < 0) return -1;
    const r = roundOf.get(i);
    if (r === undefined) roundOf.set(i, model.openRound[o]);
    return r === undefined || r === model.openRound[o] ? i : -1;
  });
}

/**
 * The (story, round) to branch on when a node's relaxed plan is not its optimum: a story in two rounds first, then a
 * story in an uncharged same-angle pair (with another new story, or with a fixed one over fewer slots than charged).
 */
function chooseBranch(model: PlanModel, constraints: Constraints, picks: readonly number[]): [number, number] | null {
  const rounds = new Map<number, number[]>();
  picks.forEach((i, o) => {
    if (i >= 0) rounds.set(i, [...(rounds.get(i) ?? []), model.openRound[o]]);
  });
  for (const [i, rs] of [...rounds].sort((a, b) => a[0] - b[0])) {
    if (new Set(rs).size > 1) return [i, Math.min(...rs)];
  }
  let choice: [number, number] | null = null;
  let mostPairs = 0;
  for (const [i, rs] of [...rounds].sort((a, b) => a[0] - b[0])) {
    if (model.existingRounds[i] !== null || constraints.forced.has(i)) continue;
    const r = rs[0];
    let pairs = 0;
    let fixedPairs = 0;
    for (const j of model.conflicts[i]) {
      const rj = rounds.get(j);
      const fixed = model.existingRounds[j] ?? (constraints.forced.has(j) ? new Set([constraints.forced.get(j)]) : null);
      if (fixed !== null) {
        if ([...fixed].some((x) => x !== r)) fixedPairs++;
      } else if (rj !== undefined && rj[0] !== r) {
        pairs++;
      }
    }
    const undercharged = fixedPairs > 0 && rs.length < countSlots(model, constraints, i, r);
    const weight = pairs > 0 ? pairs + 1 : undercharged ? 1 : 0;
    if (weight > mostPairs) {
      mostPairs = weight;
      choice = [i, r];
    }
  }
  return choice;
}

function countSlots(model: PlanModel, constraints: Constraints, i: number, r: number): number {
  if (constraints.banned.has(i * model.roundCount + r)) return 0;
  return model.open.filter((_, o) => model.openRound[o] === r && model.candidates[o].some((x) => x.story === i)).length;
}

/**
 * Local search for a good first incumbent: change one pick at a time to another candidate of its slot while that makes
 * the plan better (a story stays in one round). Cheap next to a relaxation, and on deep banks it usually reaches the
 * root bound, which ends the search at once.
 */
function improvePlan(model: PlanModel, bases: FoldBases, start: readonly number[], coverage: number): { picks: number[]; work: number } {
  const picks = [...start];
  let work = 0;
  let bestScore = scorePlan(model, picks, coverage);
  let best = foldScore(bestScore, bases);
  for (let pass = 0, improved = true; improved && pass < 4; pass++) {
    improved = false;
    for (let o = 0; o < picks.length; o++) {
      for (const cand of model.candidates[o]) {
        const i = cand.story;
        if (i === picks[o]) continue;
        if (model.existingRounds[i] === null && picks.some((x, q) => x === i && model.openRound[q] !== model.openRound[o])) continue;
        const trial = [...picks];
        trial[o] = i;
        work += picks.length + model.conflicts[i].size;
        const score = scorePlan(model, trial, coverage);
        const fold = foldScore(score, bases);
        const order = compareFold(fold, best);
        if (order < 0 || (order === 0 && score.tie < bestScore.tie)) {
          picks[o] = i;
          best = fold;
          bestScore = score;
          improved = true;
        }
      }
    }
  }
  return { picks, work };
}

/** Fills any slot a budget-limited search left empty while a story free to take it exists (never needed when optimal). */
function fillLeftovers(model: PlanModel, picks: readonly number[]): number[] {
  const out = [...picks];
  const roundOf = new Map<number, number>();
  out.forEach((i, o) => {
    if (i >= 0 && model.existingRounds[i] === null) roundOf.set(i, model.openRound[o]);
  });
  out.forEach((i, o) => {
    if (i >= 0) return;
    const r = model.openRound[o];
    const free = model.candidates[o].find((x) => (roundOf.get(x.story) ?? r) === r);
    if (free === undefined) return;
    out[o] = free.story;
    if (model.existingRounds[free.story] === null) roundOf.set(free.story, r);
  });
  return out;
}

function explainUnfilled(model: PlanModel, picks: readonly number[]): UnfilledSlot[] {
  const out: UnfilledSlot[] = [];
  picks.forEach((i, o) => {
    if (i >= 0) return;
    const slot = model.slots[model.open[o]];
    const tagged = model.stories.filter((s) => s.principles.some((p) => p.code === slot.principle)).map((s) => s.id);
    out.push({ roundId: slot.roundId, principle: slot.principle, reason: tagged.length === 0 ? "no-tagged-story" : "taken-elsewhere", storyIds: tagged });
  });
  return out;
}
