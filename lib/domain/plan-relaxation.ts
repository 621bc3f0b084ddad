// Owns the relaxation of one branch-and-bound node of "Plan for me": the min-cost flow source → empty slot → story →
// (clique) → project → sink whose optimum bounds every plan the node allows (see autoplan.ts for the search around it).
//
// What it charges exactly: coverage, repeats, tiers, readiness and the id tie-break per pick; new projects and R4 excess
// as convex per-project costs; same-angle pairs with stories whose round is known (already planned, or forced in this
// node), spread over the slots of a round a story may fill; pairs inside a clique of stories not yet placed, as the
// fewest such a clique can form. Pairs between different cliques are not seen: the search branches on them.
import { FlowNetwork } from "./min-cost-flow";
import { cliquePairs, dominanceLimit, type FoldBases, type PlanModel } from "./plan-model";

export interface Constraints {
  /** Story index → the round it must be told in. */
  forced: ReadonlyMap<number, number>;
  /** story × roundCount + round: the story may not be told in that round. */
  banned: ReadonlySet<number>;
}

export interface Relaxed {
  bound: { hi: number; lo: number };
  picks: number[];
}

/** The flow relaxation of one node: null when its forced stories cannot all be told. */
export function relax(model: PlanModel, bases: FoldBases, constraints: Constraints, coverage: number): { relaxed: Relaxed | null; work: number } {
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

