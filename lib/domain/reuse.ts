// Owns the loop-level reuse rules R1–R4 and the level-signal rule C3 (DESIGN.md §3): what a panel that shares notes would notice.
//
// Decisions: only main stories count (backups are never told unless the main one is dropped); assignments on a
// (round, principle) that is no longer a slot are ignored, as in coverage; a story id the bank lacks still counts for R1
// and R4's total but adds no project. R1 carries the story's project. Loop-wide
// findings (R3, C3) carry empty roundIds and storyIds. C3 fires for both signals on an L6+ loop with nothing planned yet,
// since the plan then lacks them. findReuse returns `details` parallel to `findings` (same index): the R2 triggers
// and measured values, null for other codes; the report keeps only `findings`, whose objects have exactly the six report keys.
import { listPlannedAssignments } from "./coverage";
import { normalizeAngle, principleName } from "./principles";
import { buildStoryIndex, cosine, jaccard, type TfIdfIndex } from "./similarity";
import type { Loop, LoopReport, PrincipleCode, Story } from "./types";

export type ReuseFinding = LoopReport["reuse"]["findings"][number];
export type SameAngleTrigger = "shared-primary" | "angle-overlap" | "text-similarity";

export interface SameAngleDetail {
  triggers: SameAngleTrigger[];
  sharedPrimary: PrincipleCode[];
  jaccard: number;
  cosine: number;
}

export interface ReuseResult {
  distinctProjects: number;
  findings: ReuseFinding[];
  /** Parallel to findings: the R2 evidence for `same-angle` findings, null for every other code. */
  details: (SameAngleDetail | null)[];
}

export const ANGLE_JACCARD_THRESHOLD = 0.5;
export const TEXT_COSINE_THRESHOLD = 0.6;
export const MIN_DISTINCT_PROJECTS = 3;
export const DOMINANCE_MIN_ASSIGNMENTS = 4;
export const SENIOR_LEVEL = 6;

const LEVEL_SIGNALS: readonly { angle: string; advice: string }[] = [
  { angle: "mentoring", advice: "Plan a story where you grew someone on the team." },
  { angle: "ambiguity", advice: "Plan a story where you set direction without a clear spec or owner." },
];

/** The numeric part of a level such as "L6" or "l7"; null when there is none. */
export function parseLevel(level: string): number | null {
  const m = /L(\d+)/i.exec(level);
  return m === null ? null : Number(m[1]);
}

export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
}

export function findReuse(loop: Loop, stories: readonly Story[], similarityIndex?: TfIdfIndex): ReuseResult {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const roundOrder = new Map(loop.rounds.map((r, i) => [r.id, i]));
  const roundTitle = new Map(loop.rounds.map((r) => [r.id, r.title]));
  const quote = (storyId: string) => `"${storyById.get(storyId)?.title ?? storyId}"`;
  const roundNames = (ids: readonly string[]) => joinWords(ids.map((id) => roundTitle.get(id) ?? id));
  const byRoundOrder = (a: string, b: string) => (roundOrder.get(a) ?? 0) - (roundOrder.get(b) ?? 0);

  const planned = listPlannedAssignments(loop);
  const findings: ReuseFinding[] = [];
  const details: (SameAngleDetail | null)[] = [];
  const push = (finding: ReuseFinding, detail: SameAngleDetail | null = null) => {
    findings.push(finding);
    details.push(detail);
  };

  // Rounds each main story is told in; Map insertion order = first appearance in slot order.
  const roundsByStory = new Map<string, string[]>();
  for (const a of planned) {
    const rounds = roundsByStory.get(a.storyId) ?? [];
    if (!rounds.includes(a.roundId)) rounds.push(a.roundId);
    roundsByStory.set(a.storyId, rounds);
  }

  // R1: the same story in two or more rounds.
  for (const [storyId, roundIds] of roundsByStory) {
    if (roundIds.length < 2) continue;
    push({
      code: "same-story",
      severity: "error",
      message:
        `${quote(storyId)} is planned in ${roundIds.length} rounds (${roundNames(roundIds)}). ` +
        "Interviewers compare notes, so tell a different story in each round.",
      roundIds: [...roundIds],
      storyIds: [storyId],
      projectId: storyById.get(storyId)?.projectId ?? null,
    });
  }

  // R2: two different stories of one project, told in two different rounds, that would sound alike.
  const assigned = [...roundsByStory.keys()].filter((id) => storyById.has(id));
  let index = similarityIndex;
  for (let i = 0; i < assigned.length; i++) {
    for (let j = i + 1; j < assigned.length; j++) {
      const a = storyById.get(assigned[i]);
      const b = storyById.get(assigned[j]);
      if (a === undefined || b === undefined || a.projectId !== b.projectId) continue;
      const roundsA = roundsByStory.get(a.id) ?? [];
      const roundsB = roundsByStory.get(b.id) ?? [];
      const involved = new Set<string>();
      for (const ra of roundsA) {
        for (const rb of roundsB) {
          if (ra === rb) continue;
          involved.add(ra);
          involved.add(rb);
        }
      }
      if (involved.size === 0) continue;

      const primaryB = new Set(b.principles.filter((p) => p.weight === "primary").map((p) => p.code));
      const sharedPrimary = [
        ...new Set(a.principles.filter((p) => p.weight === "primary" && primaryB.has(p.code)).map((p) => p.code)),
      ];
      const angleOverlap = jaccard(a.angles, b.angles);
      index ??= buildStoryIndex(stories, assigned);
      const textSimilarity = cosine(index, a.id, b.id);

      const triggers: SameAngleTrigger[] = [];
      const reasons: string[] = [];
      if (sharedPrimary.length > 0) {
        triggers.push("shared-primary");
        const names = joinWords(sharedPrimary.map(principleName));
        reasons.push(`share the primary principle${sharedPrimary.length > 1 ? "s" : ""} ${names}`);
      }
      if (angleOverlap >= ANGLE_JACCARD_THRESHOLD) {
        triggers.push("angle-overlap");
        reasons.push(`their angles overlap ${Math.round(angleOverlap * 100)}% (Jaccard ${angleOverlap.toFixed(2)})`);
      }
      if (textSimilarity >= TEXT_COSINE_THRESHOLD) {
        triggers.push("text-similarity");
        reasons.push(`they read alike (text similarity ${textSimilarity.toFixed(2)})`);
      }
      if (triggers.length === 0) continue;

      const roundIds = [...involved].sort(byRoundOrder);
      push(
        {
          code: "same-angle",
          severity: "warning",
          message:
            `${quote(a.id)} and ${quote(b.id)} come from the same project and ${joinWords(reasons)} ` +
            `(${roundNames(roundIds)}). Swap one for a story from another project, or tell it from a different angle.`,
          roundIds,
          storyIds: [a.id, b.id],
          projectId: a.projectId,
        },
        { triggers, sharedPrimary, jaccard: angleOverlap, cosine: textSimilarity },
      );
    }
  }

  // Projects behind the planned main stories, in first-appearance order, with their assignment counts.
  const assignmentsByProject = new Map<string, { count: number; storyIds: string[]; roundIds: string[] }>();
  for (const a of planned) {
    const story = storyById.get(a.storyId);
    if (story === undefined) continue;
    const entry = assignmentsByProject.get(story.projectId) ?? { count: 0, storyIds: [], roundIds: [] };
    entry.count++;
    if (!entry.storyIds.includes(story.id)) entry.storyIds.push(story.id);
    if (!entry.roundIds.includes(a.roundId)) entry.roundIds.push(a.roundId);
    assignmentsByProject.set(story.projectId, entry);
  }
  const distinctProjects = assignmentsByProject.size;

  // R3: fewer than three projects across the loop.
  if (distinctProjects > 0 && distinctProjects < MIN_DISTINCT_PROJECTS) {
    push({
      code: "few-projects",
      severity: "warning",
      message:
        `The loop draws on only ${distinctProjects} project${distinctProjects === 1 ? "" : "s"}. ` +
        `Interview guides advise at least ${MIN_DISTINCT_PROJECTS} distinct projects across a loop, so the panel sees range.`,
      roundIds: [],
      storyIds: [],
      projectId: null,
    });
  }

  // R4: one project holds more than half of the assignments.
  const total = planned.length;
  if (total >= DOMINANCE_MIN_ASSIGNMENTS) {
    for (const [projectId, entry] of assignmentsByProject) {
      if (entry.count * 2 <= total) continue;
      push({
        code: "one-project-dominates",
        severity: "warning",
        message:
          `${entry.count} of the ${total} planned answers come from one project (${joinWords(entry.storyIds.map(quote))}). ` +
          "Move some rounds to other projects so the panel does not hear the same work all day.",
        roundIds: [...entry.roundIds].sort(byRoundOrder),
        storyIds: [...entry.storyIds],
        projectId,
      });
    }
  }

  // C3: senior levels expect mentoring and ambiguity somewhere in the loop.
  const level = parseLevel(loop.level);
  if (level !== null && level >= SENIOR_LEVEL) {
    const angles = new Set<string>();
    for (const storyId of roundsByStory.keys()) {
      for (const angle of storyById.get(storyId)?.angles ?? []) angles.add(normalizeAngle(angle));
    }
    for (const signal of LEVEL_SIGNALS) {
      if (angles.has(signal.angle)) continue;
      push({
        code: "level-signals",
        severity: "warning",
        message:
          `At L${level} interviewers look for ${signal.angle}, and no planned story carries the angle "${signal.angle}". ` +
          signal.advice,
        roundIds: [],
        storyIds: [],
        projectId: null,
      });
    }
  }

  return { distinctProjects, findings, details };
}
