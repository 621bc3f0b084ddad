// Owns "Plan for me": filling a loop's empty slots with stories so coverage is maximal and no story spans two rounds.
//
// Decisions: existing assignments are returned as given (same objects, same order) and never moved; new ones follow
// in slot order with backupStoryId null (the backup is the user's call). Assignments on a (round, principle) that is
// no longer a slot are ignored, as in the report. A story may fill several slots of one round, but only when no story
// new to the loop can. Backups of existing assignments do not block a story.
// Algorithm: a greedy fills the most constrained slot first (fewest unused stories) with its preferred story, which
// already guarantees that no slot stays empty while an unused story carries its principle; then an augmenting-path
// repair fills more slots by moving stories this plan placed into other rounds (see below). Preferences order the
// candidates at every step: ready, primary, project not yet in the loop, readiness, id. Inputs are sorted by id
// first, so the output does not depend on the order of `stories` or of the readiness map.
import { listPlannedAssignments, listSlots, slotKey } from "./coverage";
import type { Assignment, Loop, PrincipleCode, Story } from "./types";

/** Story moves the repair may try in all, so a plan stays well under 100 ms whatever the bank. */
export const REPAIR_STEPS = 1000;

export interface LoopPlan {
  /** The full list: the loop's existing assignments untouched, then `added`. */
  assignments: Assignment[];
  added: Assignment[];
}

export function planLoop(loop: Loop, stories: readonly Story[], readinessById: ReadonlyMap<string, number>): LoopPlan {
  const sorted = [...new Map(stories.map((s) => [s.id, s])).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const indexById = new Map(sorted.map((s, i) => [s.id, i]));
  const roundIndex = new Map(loop.rounds.map((r, i) => [r.id, i]));

  const slots = listSlots(loop);
  const slotRound = slots.map((s) => roundIndex.get(s.roundId) ?? -1);

  const ready = sorted.map((s) => s.status === "ready");
  const readiness = sorted.map((s) => readinessById.get(s.id) ?? 0);
  const projectOf = sorted.map((s) => s.projectId);
  const primaryOf = sorted.map((s) => new Set(s.principles.filter((p) => p.weight === "primary").map((p) => p.code)));

  const byPrinciple = new Map<PrincipleCode, number[]>();
  sorted.forEach((s, i) => {
    for (const code of new Set(s.principles.map((p) => p.code))) {
      const list = byPrinciple.get(code) ?? [];
      list.push(i);
      byPrinciple.set(code, list);
    }
  });

  // Existing plan: filled slots stay, their stories are locked to their round(s).
  const filled = new Set<string>();
  const lockedRounds = new Map<number, Set<number>>();
  const projectUse = new Map<string, number>();
  const useProject = (projectId: string, delta: number) => projectUse.set(projectId, (projectUse.get(projectId) ?? 0) + delta);
  for (const a of listPlannedAssignments(loop)) {
    filled.add(slotKey(a.roundId, a.principle));
    const i = indexById.get(a.storyId);
    if (i === undefined) continue;
    const rounds = lockedRounds.get(i) ?? new Set<number>();
    rounds.add(roundIndex.get(a.roundId) ?? -1);
    lockedRounds.set(i, rounds);
    useProject(projectOf[i], 1);
  }

  const open: number[] = [];
  slots.forEach((s, k) => {
    if (!filled.has(slotKey(s.roundId, s.principle))) open.push(k);
  });
  const roundSlots: number[][] = loop.rounds.map(() => []);
  for (const k of open) if (slotRound[k] >= 0) roundSlots[slotRound[k]].push(k);
  // Usable stories per open slot: carry the principle and are not locked to another round.
  const candidates = new Map<number, number[]>();
  const candidateSets = new Map<number, ReadonlySet<number>>();
  for (const k of open) {
    const list = (byPrinciple.get(slots[k].principle) ?? []).filter((i) => {
      const locked = lockedRounds.get(i);
      return locked === undefined || locked.has(slotRound[k]);
    });
    candidates.set(k, list);
    candidateSets.set(k, new Set(list));
  }

  const storyOfSlot = new Map<number, number>();
  // Stories this plan placed that existing assignments do not pin: the only ones the repair may move.
  const movers = new Set<number>();
  const newRound = new Array<number>(sorted.length).fill(-1);
  const newSlots: number[][] = sorted.map(() => []);
  // Every place/unplace, so a failed repair attempt can be undone exactly.
  const journal: { op: "place" | "unplace"; i: number; k: number }[] = [];

  const isUnused = (i: number) => !lockedRounds.has(i) && newRound[i] === -1;
  const isInRound = (i: number, r: number) => (lockedRounds.get(i)?.has(r) ?? false) || newRound[i] === r;
  const applyPlace = (i: number, k: number) => {
    storyOfSlot.set(k, i);
    newSlots[i].push(k);
    if (!lockedRounds.has(i)) {
      newRound[i] = slotRound[k];
      movers.add(i);
    }
    useProject(projectOf[i], 1);
  };
  const applyUnplace = (i: number, k: number) => {
    storyOfSlot.delete(k);
    newSlots[i] = newSlots[i].filter((x) => x !== k);
    if (newSlots[i].length === 0 && !lockedRounds.has(i)) {
      newRound[i] = -1;
      movers.delete(i);
    }
    useProject(projectOf[i], -1);
  };
  const place = (i: number, k: number) => {
    applyPlace(i, k);
    journal.push({ op: "place", i, k });
  };
  const unplace = (i: number, k: number) => {
    applyUnplace(i, k);
    journal.push({ op: "unplace", i, k });
  };
  const rollback = (mark: number) => {
    while (journal.length > mark) {
      const entry = journal.pop();
      if (entry === undefined) break;
      if (entry.op === "place") applyUnplace(entry.i, entry.k);
      else applyPlace(entry.i, entry.k);
    }
  };

  // Negative when story a is preferred over story b for slot k.
  const compare = (k: number, a: number, b: number): number => {
    const p = slots[k].principle;
    const r = slotRound[k];
    return (
      Number(isInRound(a, r)) - Number(isInRound(b, r)) ||
      Number(ready[b]) - Number(ready[a]) ||
      Number(primaryOf[b].has(p)) - Number(primaryOf[a].has(p)) ||
      Number((projectUse.get(projectOf[a]) ?? 0) > 0) - Number((projectUse.get(projectOf[b]) ?? 0) > 0) ||
      readiness[b] - readiness[a] ||
      a - b
    );
  };
  const pickBest = (k: number, accept: (i: number) => boolean): number => {
    let best = -1;
    for (const i of candidates.get(k) ?? []) {
      if (accept(i) && (best === -1 || compare(k, i, best) < 0)) best = i;
    }
    return best;
  };

  // Greedy: most constrained open slot first (fewest stories new to the loop), ties in slot order; sharing waits for the repair.
  const pending = new Set(open);
  for (;;) {
    let chosen = -1;
    let fewest = Infinity;
    for (const k of pending) {
      let n = 0;
      for (const i of candidates.get(k) ?? []) if (isUnused(i)) n++;
      if (n > 0 && (n < fewest || (n === fewest && k < chosen))) {
        fewest = n;
        chosen = k;
      }
    }
    if (chosen === -1) break;
    pending.delete(chosen);
    place(pickBest(chosen, isUnused), chosen);
  }
  journal.length = 0;

  // Repair: fill slot k so that the number of covered slots grows by at least one, or change nothing.
  // A story this plan placed in another round may move to k's round; the slots it leaves are refilled
  // recursively, and if some cannot be, the story may also take other empty slots of k's round to make up for them.
  // First pass: Kuhn-style, each story moves at most once per attempt. Second pass: a story moves at most once per
  // path, which finds the plans where one story covering two slots of a round frees another; that search is
  // exponential in the worst case, so both passes together stop after REPAIR_STEPS moves.
  let steps = 0;
  const visited = new Set<number>();
  const augment = (k: number, perPath: boolean): boolean => {
    if (storyOfSlot.has(k)) return true;
    const r = slotRound[k];
    const target = storyOfSlot.size + 1;
    const fresh = pickBest(k, isUnused);
    if (fresh !== -1) {
      place(fresh, k);
      return true;
    }
    const usable = candidateSets.get(k);
    const movable = [...movers]
      .filter((i) => usable?.has(i) === true && !visited.has(i) && newRound[i] !== r)
      .sort((a, b) => compare(k, a, b));
    for (const i of movable) {
      if (visited.has(i)) continue;
      if (steps >= REPAIR_STEPS) break;
      steps++;
      visited.add(i);
      const mark = journal.length;
      const left = [...newSlots[i]];
      for (const y of left) unplace(i, y);
      place(i, k);
      for (const y of left) augment(y, perPath);
      for (const z of roundSlots[r]) {
        if (storyOfSlot.size >= target) break;
        if (!storyOfSlot.has(z) && candidateSets.get(z)?.has(i) === true) place(i, z);
      }
      if (perPath) visited.delete(i);
      if (storyOfSlot.size >= target) return true;
      rollback(mark);
    }
    const shared = pickBest(k, (i) => isInRound(i, r));
    if (shared !== -1) {
      place(shared, k);
      return true;
    }
    return false;
  };
  for (const perPath of [false, true]) {
    for (let improved = true; improved; ) {
      improved = false;
      for (const k of open) {
        if (storyOfSlot.has(k)) continue;
        visited.clear();
        const mark = journal.length;
        const before = storyOfSlot.size;
        if (augment(k, perPath) && storyOfSlot.size > before) improved = true;
        else rollback(mark);
      }
    }
  }

  const added: Assignment[] = [];
  for (const k of open) {
    const i = storyOfSlot.get(k);
    if (i === undefined) continue;
    added.push({ roundId: slots[k].roundId, principle: slots[k].principle, storyId: sorted[i].id, backupStoryId: null });
  }
  return { assignments: [...loop.assignments, ...added], added };
}
