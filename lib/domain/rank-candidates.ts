// Owns the candidate ranking behind the slot picker (DESIGN §3): which stories fit a (round, principle) slot, best
// first, and what speaks for and against each. Pure and small, so the loop page's pickers rank on the client from
// one list of the bank instead of the server sending a ranked list per slot.
import { listPlannedAssignments, slotKey } from "./coverage";
import type { Loop, PrincipleCode, Story } from "./types";

/** What the ranking reads of a story (no section text). */
export type RankableStory = Pick<Story, "id" | "title" | "status" | "projectId" | "principles">;

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
  loop: Pick<Loop, "rounds" | "assignments">,
  stories: readonly RankableStory[],
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
