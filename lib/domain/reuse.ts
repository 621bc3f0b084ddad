// Owns the loop-level reuse rules R1–R4, `same-round-repeat` and the level-signal rule C3 (DESIGN.md §3): what a panel
// that shares notes would notice.
//
// Decisions: only main stories count (backups are never told unless the main one is dropped); assignments on a
// (round, principle) that is no longer a slot are ignored, as in coverage; a story id the bank lacks still counts for R1
// and R4's total but adds no project. R1 and same-round-repeat carry the story's project; R4 names its project by title
// when the caller passes the titles (the domain Story carries only the id). Loop-wide
// findings (R3, C3) carry empty roundIds and storyIds. A deep-dive round (kind "deep-dive" with a project) tells its project
// end to end: a planned story of that project in any other round is `deep-dive-overlap`, and for R3/R4 the round counts as
// one assignment of its project (the panel hears that project for a whole interview). C3 fires for both signals on an L6+ loop with nothing planned yet,
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

/**
 * The R2 test for one pair, shared by the report and the planner: null unless the two are different stories of one
 * project that share a primary principle, or whose angles overlap by Jaccard ≥ 0.5, or whose texts read alike
 * (TF-IDF cosine ≥ 0.6 on `index`, which must hold vectors for both). Rounds are the caller's business.
 */
export function sameAnglePair(a: Story, b: Story, index: TfIdfIndex): SameAngleDetail | null {
  if (a.id === b.id || a.projectId !== b.projectId) return null;
  const primaryB = new Set(b.principles.filter((p) => p.weight === "primary").map((p) => p.code));
  const sharedPrimary = [
    ...new Set(a.principles.filter((p) => p.weight === "primary" && primaryB.has(p.code)).map((p) => p.code)),
  ];
  const angleOverlap = jaccard(a.angles, b.angles);
  const textSimilarity = cosine(index, a.id, b.id);
  const triggers: SameAngleTrigger[] = [];
  if (sharedPrimary.length > 0) triggers.push("shared-primary");
  if (angleOverlap >= ANGLE_JACCARD_THRESHOLD) triggers.push("angle-overlap");
  if (textSimilarity >= TEXT_COSINE_THRESHOLD) triggers.push("text-similarity");
  return triggers.length === 0 ? null : { triggers, sharedPrimary, jaccard: angleOverlap, cosine: textSimilarity };
}

export interface ReuseOptions {
  /** A prebuilt index over the whole bank, with vectors for at least the planned stories. */
  similarityIndex?: TfIdfIndex;
  /** Project titles by id, so R4 can name the project. */
  projectTitles?: ReadonlyMap<string, string>;
}

export function findReuse(loop: Loop, stories: readonly Story[], options: ReuseOptions | TfIdfIndex = {}): ReuseResult {
  const { similarityIndex, projectTitles } = "vectors" in options ? { similarityIndex: options, projectTitles: undefined } : options;
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

  // One story for two or more principles of one round: the same interviewer hears it twice.
  const principlesByRoundStory = new Map<string, { roundId: string; storyId: string; principles: PrincipleCode[] }>();
  for (const a of planned) {
    const key = a.roundId + "\u0000" + a.storyId;
    const entry = principlesByRoundStory.get(key) ?? { roundId: a.roundId, storyId: a.storyId, principles: [] };
    entry.principles.push(a.principle);
    principlesByRoundStory.set(key, entry);
  }
  for (const { roundId, storyId, principles } of principlesByRoundStory.values()) {
    if (principles.length < 2) continue;
    push({
      code: "same-round-repeat",
      severity: "warning",
      message:
        `${quote(storyId)} answers ${principles.length} principles in ${roundNames([roundId])} ` +
        `(${joinWords(principles.map(principleName))}), so the same interviewer hears it twice. ` +
        "Plan a different story for one of them.",
      roundIds: [roundId],
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

      index ??= buildStoryIndex(stories, assigned);
      const detail = sameAnglePair(a, b, index);
      if (detail === null) continue;
      const reasons: string[] = [];
      if (detail.triggers.includes("shared-primary")) {
        const names = joinWords(detail.sharedPrimary.map(principleName));
        reasons.push(`share the primary principle${detail.sharedPrimary.length > 1 ? "s" : ""} ${names}`);
      }
      if (detail.triggers.includes("angle-overlap")) {
        reasons.push(`their angles overlap ${Math.round(detail.jaccard * 100)}% (Jaccard ${detail.jaccard.toFixed(2)})`);
      }
      if (detail.triggers.includes("text-similarity")) {
        reasons.push(`they read alike (text similarity ${detail.cosine.toFixed(2)})`);
      }

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
        detail,
      );
    }
  }

  // A story of a deep-dive round's project, told in another round: the panel has already heard the project end to end.
  const deepDiveRounds = loop.rounds.filter(
    (r): r is typeof r & { projectId: string } => r.kind === "deep-dive" && typeof r.projectId === "string" && r.projectId !== "",
  );
  for (const round of deepDiveRounds) {
    const title = projectTitles?.get(round.projectId);
    const project = title === undefined ? "its project" : `"${title}"`;
    for (const [storyId, roundIds] of roundsByStory) {
      if (storyById.get(storyId)?.projectId !== round.projectId) continue;
      const others = roundIds.filter((id) => id !== round.id);
      if (others.length === 0) continue;
      push({
        code: "deep-dive-overlap",
        severity: "warning",
        message:
          `${quote(storyId)} comes from ${project}, which ${roundNames([round.id])} walks through end to end, and is planned in ` +
          `${roundNames(others)}. Interviewers share notes: tell a story from another project there.`,
        roundIds: [round.id, ...others].sort(byRoundOrder),
        storyIds: [storyId],
        projectId: round.projectId,
      });
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
  for (const round of deepDiveRounds) {
    const entry = assignmentsByProject.get(round.projectId) ?? { count: 0, storyIds: [], roundIds: [] };
    entry.count++;
    if (!entry.roundIds.includes(round.id)) entry.roundIds.push(round.id);
    assignmentsByProject.set(round.projectId, entry);
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
  const total = planned.length + deepDiveRounds.length;
  if (total >= DOMINANCE_MIN_ASSIGNMENTS) {
    for (const [projectId, entry] of assignmentsByProject) {
      if (entry.count * 2 <= total) continue;
      const title = projectTitles?.get(projectId);
      push({
        code: "one-project-dominates",
        severity: "warning",
        message:
          `${entry.count} of the ${total} planned answers${deepDiveRounds.length > 0 ? " (a deep-dive round counts as one)" : ""} come from ${title === undefined ? "one project" : `the project "${title}"`}. ` +
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
