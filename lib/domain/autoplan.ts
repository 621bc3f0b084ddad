// Owns "Plan for me": the plan of the loop's empty slots that is best under DESIGN.md §3's objective, and its backups.
//
// Why this solver: the objective (plan-model.ts) is lexicographic, and all of it but three things is a min-cost flow
// (source → empty slot → story → project → sink): coverage, the error/draft/secondary tiers and readiness are costs
// per pick; a repeat is a story's second unit; "a new project" and "over half the loop" are convex
// per-project costs (first unit cheaper, units past the R4 limit dearer). The flow, solved exactly over two-part
// lexicographic costs (min-cost-flow.ts), is therefore a relaxation whose optimum is exact except that it lets a story
// into two rounds and only sees same-angle pairs with stories whose round is known. A best-first branch and bound
// closes that gap: a node fixes some (story, round) decisions, "story told in round r" or "story not in round r";
// pairs with a fixed story are charged exactly on the arcs, and a node whose flow solution is a valid plan scoring its
// own bound is optimal. Branching picks a story that breaks a rule or causes an uncharged pair. On a deep bank with
// enough projects the root flow is already optimal (no branching); thin or few-project banks branch a little.
// We chose this over an LP/MIP package: the lexicographic levels do not fit one floating-point weight, a MIP would
// need one solve per level, and the packages on npm are asynchronous WebAssembly; this stays pure, synchronous and exact.
// The search has a deterministic work budget (arc relaxations, no clock); a plan found when it runs out is returned
// with `optimal: false`. Known limit: with few projects and many same-angle pairs that no plan can avoid (level 5c),
// the relaxation sees only pairs within cliques and with stories already fixed, so proving the fewest pairs can take
// more than the budget; the plan is then the best found (local search from the relaxation), every level above 5c
// still optimal whenever the first relaxation's were attained.
//
// Decisions: existing assignments are returned as given (same objects, same order) and never moved; new ones follow in
// slot order. Assignments on a (round, principle) that is no longer a slot are ignored, as in the report. Backups
// (planBackups) come after the main plan, so they never take a story the plan could tell.
import { listPlannedAssignments, listSlots, slotKey } from "./coverage";
import { FlowNetwork } from "./min-cost-flow";
import {
  buildPlanModel, cliquePairs, compareFold, dominanceLimit, foldBases, foldScore, scorePlan, type FoldBases, type PlanInputs, type PlanModel,
} from "./plan-model";
import type { Assignment, Loop, PrincipleCode, Story } from "./types";

/**
 * Work the search may spend in all: arc relaxations plus the local search's trial moves (a few hundred milliseconds). Deep banks and the property tests finish
 * far below it; banks of few projects where same-angle pairs cannot be avoided may reach it (see the module comment).
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

interface Constraints {
  forced: ReadonlyMap<number, number>;
  banned: ReadonlySet<number>;
}

interface Relaxed {
  bound: { hi: number; lo: number };
  picks: number[];
}

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

/** The flow relaxation of one node: null when its forced stories cannot all be told. */
function relax(model: PlanModel, bases: FoldBases, constraints: Constraints, coverage: number): { relaxed: Relaxed | null; work: number } {
  const { open, openRound, candidates, roundCount } = model;
  const c = bases.count;
  const unitLo = bases.angleUnit * bases.readiness;
  const forcedBonus = c ** 7;
  const allowed = (i: number, r: number) => {
    const f = constraints.forced.get(i);
    return (f === undefined || f === r) && !constraints.banned.has(i * roundCount + r);
  };

  // Stories whose round is known: already planned (all their rounds) or forced here.
  const fixedRounds = new Map<number, ReadonlySet<number>>();
  model.existingRounds.forEach((rounds, i) => {
    if (rounds !== null) fixedRounds.set(i, rounds);
  });
  for (const [i, r] of constraints.forced) fixedRounds.set(i, new Set([r]));
  const pairsWithFixed = (i: number, r: number) => {
    let n = 0;
    for (const j of model.conflicts[i]) {
      const rounds = fixedRounds.get(j);
      if (rounds !== undefined && [...rounds].some((x) => x !== r)) n++;
    }
    return n;
  };
  let forcedPairs = 0;
  for (const [i, r] of constraints.forced) {
    for (const j of model.conflicts[i]) {
      const rounds = fixedRounds.get(j);
      if (rounds === undefined || [...rounds].every((x) => x === r)) continue;
      if (!constraints.forced.has(j) || j > i) forcedPairs++;
    }
  }

  // Slots of a round each story may fill, so its pairs with fixed stories are charged once over those slots.
  const slotsInRound = new Map<number, number>();
  open.forEach((_, o) => {
    for (const cand of candidates[o]) {
      if (!allowed(cand.story, openRound[o])) continue;
      const key = cand.story * roundCount + openRound[o];
      slotsInRound.set(key, (slotsInRound.get(key) ?? 0) + 1);
    }
  });

  const storyNode = new Map<number, number>();
  for (const key of slotsInRound.keys()) {
    const i = Math.floor(key / roundCount);
    if (!storyNode.has(i)) storyNode.set(i, 0);
  }
  const storyList = [...storyNode.keys()].sort((a, b) => a - b);
  const projectNode = new Map<number, number>();
  let next = 2 + open.length;
  for (const i of storyList) storyNode.set(i, next++);
  // First uses of stories not yet fixed pass through their clique, which charges the pairs they must form.
  const cliqueNode = new Map<number, number>();
  const throughClique = (i: number) =>
    model.existingRounds[i] === null && !constraints.forced.has(i) && model.clique[i] >= 0 && model.cliqueSize[model.clique[i]] > 1;
  for (const i of storyList) if (throughClique(i) && !cliqueNode.has(model.clique[i])) cliqueNode.set(model.clique[i], next++);
  const cliqueProject = new Map<number, number>();
  for (const i of storyList) if (throughClique(i)) cliqueProject.set(model.clique[i], model.project[i]);
  for (const i of storyList) if (!projectNode.has(model.project[i])) projectNode.set(model.project[i], next++);
  const net = new FlowNetwork(next);
  const order = [
    0, ...open.map((_, o) => 2 + o), ...storyList.map((i) => storyNode.get(i) ?? 0), ...cliqueNode.values(), ...projectNode.values(), 1,
  ];

  const pickArcs: { arc: number; o: number; story: number }[] = [];
  open.forEach((_, o) => {
    net.addArc(0, 2 + o, 1, -(c ** 6), 0);
    const r = openRound[o];
    for (const cand of candidates[o]) {
      const i = cand.story;
      if (!allowed(i, r)) continue;
      const hi = ((Number(cand.errors) * c + Number(cand.draft)) * c + Number(cand.secondary)) * c * c;
      const charged = model.existingRounds[i] === null && !constraints.forced.has(i);
      const share = charged ? Math.floor((bases.angleUnit * pairsWithFixed(i, r)) / (slotsInRound.get(i * roundCount + r) ?? 1)) : 0;
      const lo = (share * bases.readiness - cand.readiness) * bases.tie + (bases.tie > 1 ? i : 0);
      pickArcs.push({ arc: net.addArc(2 + o, storyNode.get(i) ?? 0, 1, hi, lo), o, story: i });
    }
  });
  const firstArcs = new Map<number, number>();
  for (const i of storyList) {
    const from = storyNode.get(i) ?? 0;
    const to = projectNode.get(model.project[i]) ?? 0;
    const first = throughClique(i) ? (cliqueNode.get(model.clique[i]) ?? 0) : to;
    if (model.existingRounds[i] === null) firstArcs.set(i, net.addArc(from, first, 1, constraints.forced.has(i) ? -forcedBonus : 0, 0));
    net.addArc(from, to, open.length, c ** 5, 0);
  }
  for (const [k, node] of cliqueNode) {
    const to = projectNode.get(cliqueProject.get(k) ?? -1) ?? 0;
    // The u-th member adds the same number of pairs within each run of roundSize members.
    for (let u = 1; u <= Math.min(open.length, model.cliqueSize[k]); u += model.roundSize) {
      const pairs = cliquePairs(u, model.roundSize) - cliquePairs(u - 1, model.roundSize);
      net.addArc(node, to, model.roundSize, 0, pairs * unitLo * bases.tie);
    }
  }
  const limit = dominanceLimit(model.existingTotal + coverage);
  // Per project, the cost of its u-th new assignment: a bonus for the first when the project is new to the loop, one
  // unit of R4 excess past the limit. Non-decreasing in u, so the flow takes them in order.
  for (const [p, node] of projectNode) {
    const had = model.existingPerProject[p];
    const unitCost = (u: number) => (u === 1 && had === 0 ? -c : 0) + (had + u > limit ? 1 : 0);
    for (let u = 1; u <= open.length; ) {
      let span = 1;
      while (u + span <= open.length && unitCost(u + span) === unitCost(u)) span++;
      net.addArc(node, 1, span, unitCost(u), 0);
      u += span;
    }
  }

  const result = net.solve(0, 1, order);
  for (const i of constraints.forced.keys()) {
    const arc = firstArcs.get(i);
    if (arc === undefined || net.flowOn(arc) === 0) return { relaxed: null, work: result.work };
  }
  const picks = open.map(() => -1);
  for (const { arc, o, story } of pickArcs) if (net.flowOn(arc) > 0) picks[o] = story;
  const tie = bases.tie > 1 ? picks.reduce((sum, i) => sum + Math.max(0, i), 0) : 0;
  const bound = { hi: result.costHi + constraints.forced.size * forcedBonus, lo: (result.costLo - tie) / bases.tie + forcedPairs * unitLo };
  return { relaxed: { bound, picks }, work: result.work };
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

/**
 * One backup per planned slot that lacks one, where the bank can spare one: tagged with the slot's principle, told in
 * no round of the loop, and each used once in the loop (existing backups included). Most slots first, then
 * no errors, ready, primary, readiness and id, as one min-cost flow.
 */
function planBackups(model: PlanModel, loop: Loop, picks: readonly number[]): Map<string, string> {
  const taken = new Set<string>();
  const wanting: { key: string; principle: PrincipleCode }[] = [];
  for (const a of listPlannedAssignments(loop)) {
    taken.add(a.storyId);
    if (a.backupStoryId !== null) taken.add(a.backupStoryId);
    else wanting.push({ key: slotKey(a.roundId, a.principle), principle: a.principle });
  }
  picks.forEach((i, o) => {
    if (i < 0) return;
    taken.add(model.stories[i].id);
    const slot = model.slots[model.open[o]];
    wanting.push({ key: slotKey(slot.roundId, slot.principle), principle: slot.principle });
  });
  const byOrder = new Map(listSlots(loop).map((s, k) => [slotKey(s.roundId, s.principle), k]));
  wanting.sort((a, b) => (byOrder.get(a.key) ?? 0) - (byOrder.get(b.key) ?? 0));

  const n = wanting.length;
  const c = n + 1;
  const tie = n * Math.max(1, model.stories.length) + 1;
  const eligible = model.stories.map((s, i) => (taken.has(s.id) ? -1 : i)).filter((i) => i >= 0);
  const net = new FlowNetwork(2 + n + eligible.length);
  const nodeOf = new Map(eligible.map((i, x) => [i, 2 + n + x]));
  const arcs: { arc: number; w: number; story: number }[] = [];
  const tagged = new Map<PrincipleCode, { story: number; primary: boolean }[]>();
  for (const i of eligible) {
    for (const p of model.stories[i].principles) {
      const list = tagged.get(p.code) ?? [];
      const known = list.find((x) => x.story === i);
      if (known !== undefined) known.primary ||= p.weight === "primary";
      else list.push({ story: i, primary: p.weight === "primary" });
      tagged.set(p.code, list);
    }
  }
  wanting.forEach(({ principle }, w) => {
    net.addArc(0, 2 + w, 1, -(c ** 4), 0);
    for (const { story: i, primary } of tagged.get(principle) ?? []) {
      const errors = model.errors[i];
      const draft = errors || model.stories[i].status !== "ready";
      const hi = ((Number(errors) * c + Number(draft)) * c + Number(!primary)) * c;
      arcs.push({ arc: net.addArc(2 + w, nodeOf.get(i) ?? 0, 1, hi, -model.readiness[i] * tie + i), w, story: i });
    }
  });
  for (const node of nodeOf.values()) net.addArc(node, 1, 1, 0, 0);
  net.solve(0, 1, [0, ...wanting.map((_, w) => 2 + w), ...nodeOf.values(), 1]);
  const out = new Map<string, string>();
  for (const { arc, w, story } of arcs) if (net.flowOn(arc) > 0) out.set(wanting[w].key, model.stories[story].id);
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
