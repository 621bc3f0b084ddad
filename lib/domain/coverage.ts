// Owns a loop's slots (round × focus principle), which of them are planned, the coverage score, and the bank depth per
// principle in focus (C1, C2).
//
// The score counts a slot as covered only when it has a story and that story is told in no other round of the loop: a
// story planned in two rounds covers neither (the panel compares notes, so the second telling answers nothing), while one
// story for two principles of one round still covers both (a warning, not a gap). So adding an assignment that repeats a
// story from another round never raises the score. `uncovered` stays the list of empty slots (C1).
import { PRINCIPLE_CODES, type Assignment, type LoopReport, type Loop, type PrincipleCode, type Story } from "./types";

export type LoopCoverage = LoopReport["coverage"];

export interface Slot {
  roundId: string;
  principle: PrincipleCode;
}

/** Ready stories wanted per principle in focus, so a backup exists for every question. */
export const DEPTH_TARGET = 2;

export function slotKey(roundId: string, principle: PrincipleCode): string {
  return roundId + "\u0000" + principle;
}

/** Every (round, focus principle) of the loop, in round order then focus order. */
export function listSlots(loop: Pick<Loop, "rounds">): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (const round of loop.rounds) {
    for (const principle of round.focus) {
      const key = slotKey(round.id, principle);
      if (seen.has(key)) continue;
      seen.add(key);
      slots.push({ roundId: round.id, principle });
    }
  }
  return slots;
}

/**
 * The assignment that counts for each slot, in slot order. Assignments whose (round, principle) is no
 * longer a slot (the round's focus was edited) are ignored; if a slot has two, the first one wins.
 */
export function listPlannedAssignments(loop: Pick<Loop, "rounds" | "assignments">): Assignment[] {
  const bySlot = new Map<string, Assignment>();
  for (const a of loop.assignments) {
    const key = slotKey(a.roundId, a.principle);
    if (!bySlot.has(key)) bySlot.set(key, a);
  }
  const planned: Assignment[] = [];
  for (const slot of listSlots(loop)) {
    const a = bySlot.get(slotKey(slot.roundId, slot.principle));
    if (a !== undefined) planned.push(a);
  }
  return planned;
}

export interface ScoreGaps {
  slots: number;
  /** Slots with a story that is also told in another round. */
  repeatsAcrossRounds: number;
  /** Slots with no story. */
  uncovered: number;
}

/** What holds the coverage score below 1: score = (slots − repeatsAcrossRounds − uncovered) / slots. */
export function findScoreGaps(loop: Pick<Loop, "rounds" | "assignments">): ScoreGaps {
  const planned = listPlannedAssignments(loop);
  const roundsByStory = new Map<string, Set<string>>();
  for (const a of planned) roundsByStory.set(a.storyId, (roundsByStory.get(a.storyId) ?? new Set()).add(a.roundId));
  const repeatsAcrossRounds = planned.filter((a) => (roundsByStory.get(a.storyId)?.size ?? 0) > 1).length;
  const slots = listSlots(loop).length;
  return { slots, repeatsAcrossRounds, uncovered: slots - planned.length };
}

/** The score's gaps in words, from the report's slots: "1 slot repeats a story told in another round · 2 slots have no story"; null at 100%. */
export function describeScoreGaps(slots: readonly { roundId: string; storyId: string | null }[]): string | null {
  const roundsByStory = new Map<string, Set<string>>();
  for (const s of slots) if (s.storyId) roundsByStory.set(s.storyId, (roundsByStory.get(s.storyId) ?? new Set()).add(s.roundId));
  const repeats = slots.filter((s) => s.storyId && (roundsByStory.get(s.storyId)?.size ?? 0) > 1).length;
  const empty = slots.filter((s) => !s.storyId).length;
  const parts = [
    repeats ? `${repeats} ${repeats === 1 ? "slot repeats a story" : "slots repeat a story"} told in another round` : "",
    empty ? `${empty} ${empty === 1 ? "slot has" : "slots have"} no story` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

/** The coverage score of DESIGN.md §3, 0..1 (0 for a loop without slots); see the module comment for the rule. */
export function coverageScore(gaps: ScoreGaps): number {
  return gaps.slots === 0 ? 0 : (gaps.slots - gaps.repeatsAcrossRounds - gaps.uncovered) / gaps.slots;
}

export function computeCoverage(loop: Loop, stories: readonly Story[]): LoopCoverage {
  const bySlot = new Map<string, Assignment>();
  for (const a of listPlannedAssignments(loop)) bySlot.set(slotKey(a.roundId, a.principle), a);

  const slots: LoopCoverage["slots"] = [];
  const uncovered: LoopCoverage["uncovered"] = [];
  for (const { roundId, principle } of listSlots(loop)) {
    const a = bySlot.get(slotKey(roundId, principle));
    slots.push({ roundId, principle, storyId: a?.storyId ?? null, backupStoryId: a?.backupStoryId ?? null });
    if (a === undefined) uncovered.push({ roundId, principle });
  }

  const inFocus = new Set<PrincipleCode>();
  for (const round of loop.rounds) for (const p of round.focus) inFocus.add(p);
  const readyCounts = new Map<PrincipleCode, number>();
  for (const story of stories) {
    if (story.status !== "ready") continue;
    for (const code of new Set(story.principles.map((p) => p.code))) {
      if (inFocus.has(code)) readyCounts.set(code, (readyCounts.get(code) ?? 0) + 1);
    }
  }
  const depth: LoopCoverage["depth"] = PRINCIPLE_CODES.filter((p) => inFocus.has(p)).map((principle) => ({
    principle,
    readyStories: readyCounts.get(principle) ?? 0,
    target: DEPTH_TARGET,
  }));

  return { slots, uncovered, depth, score: coverageScore(findScoreGaps(loop)) };
}
