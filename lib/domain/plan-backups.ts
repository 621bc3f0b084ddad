// Owns the backups "Plan for me" proposes, chosen after the main plan so they never take a story the plan could tell.
import { listPlannedAssignments, listSlots, slotKey } from "./coverage";
import { FlowNetwork } from "./min-cost-flow";
import type { PlanModel } from "./plan-model";
import type { Loop, PrincipleCode } from "./types";

/**
 * One backup per planned slot that lacks one, where the bank can spare one: tagged with the slot's principle, told in
 * no round of the loop and not of a project its deep-dive round walks through, ready and free of error findings (a
 * backup is a story that can be told as it is), and each used once in the loop (existing backups included). Most slots first, then primary, readiness and id, as one min-cost flow.
 */
export function planBackups(model: PlanModel, loop: Loop, picks: readonly number[]): Map<string, string> {
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
  const tellable = (i: number) => !model.errors[i] && model.stories[i].status === "ready";
  const eligible = model.stories.map((s, i) => (taken.has(s.id) || !tellable(i) || model.inDepthRound[i] ? -1 : i)).filter((i) => i >= 0);
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

