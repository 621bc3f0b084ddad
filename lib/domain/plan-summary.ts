// Owns the plain-language summary of one "Plan for me" run: what it put where, round by round, why, and what it could not fill.
//
// Decisions: a pick's reasons are measured in the loop as it stands after the plan (existing slots plus the new ones);
// "new project in the loop" means no other slot of that loop tells a story of the same project. Slots that only got a
// backup are listed with `kept: true` and no reasons (their story is the user's choice). Rounds follow loop order and
// appear only when the plan touched them.
import type { LoopPlan, UnfilledReason } from "./autoplan";
import { listPlannedAssignments } from "./coverage";
import { principleName } from "./principles";
import { hasErrorFinding } from "./quality";
import type { Loop, PrincipleCode, Story } from "./types";

export interface PickSummary {
  roundId: string;
  principle: PrincipleCode;
  principleName: string;
  storyId: string;
  storyTitle: string;
  backupStoryId: string | null;
  backupTitle: string | null;
  /** True for a slot the user had planned, which only got a backup. */
  kept: boolean;
  strengths: string[];
  concerns: string[];
}

export interface RoundSummary {
  roundId: string;
  roundTitle: string;
  picks: PickSummary[];
}

export interface UnfilledSummary {
  roundId: string;
  roundTitle: string;
  principle: PrincipleCode;
  reason: UnfilledReason;
  message: string;
}

export interface PlanSummary {
  rounds: RoundSummary[];
  unfilled: UnfilledSummary[];
}

export interface SummaryOptions {
  /** Story ids with an error finding, as given to planLoop; computed with quality.ts when absent. */
  errorStoryIds?: ReadonlySet<string>;
}

export function summarizePlan(
  loop: Loop,
  plan: Pick<LoopPlan, "added" | "backupsAdded" | "unfilled">,
  stories: readonly Story[],
  readinessById: ReadonlyMap<string, number>,
  options: SummaryOptions = {},
): PlanSummary {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const title = (id: string | null) => (id === null ? null : (byId.get(id)?.title ?? id));
  const roundTitle = new Map(loop.rounds.map((r) => [r.id, r.title]));
  const hasErrors = (s: Story) => options.errorStoryIds?.has(s.id) ?? (options.errorStoryIds === undefined && hasErrorFinding(s));
  const after = [...listPlannedAssignments(loop), ...plan.added];

  const describe = (roundId: string, principle: PrincipleCode, storyId: string) => {
    const strengths: string[] = [];
    const concerns: string[] = [];
    const story = byId.get(storyId);
    if (story === undefined) return { strengths, concerns };
    const isPrimary = story.principles.some((p) => p.code === principle && p.weight === "primary");
    (isPrimary ? strengths : concerns).push(isPrimary ? "primary" : "secondary");
    const errors = hasErrors(story);
    if (story.status === "ready" && !errors) strengths.push("ready");
    else concerns.push("draft");
    if (errors) concerns.push("has errors");
    const others = after.filter((a) => a.roundId !== roundId || a.principle !== principle);
    const sameProject = others.some((a) => a.storyId !== storyId && byId.get(a.storyId)?.projectId === story.projectId);
    if (sameProject) concerns.push("project already in the loop");
    else strengths.push("new project in the loop");
    if (others.some((a) => a.roundId === roundId && a.storyId === storyId)) concerns.push("also in this round");
    strengths.push(`readiness ${Math.round(Math.min(100, Math.max(0, readinessById.get(storyId) ?? 0)))}`);
    return { strengths, concerns };
  };

  const picks: PickSummary[] = [
    ...plan.added.map((a) => ({
      roundId: a.roundId,
      principle: a.principle,
      principleName: principleName(a.principle),
      storyId: a.storyId,
      storyTitle: title(a.storyId) ?? a.storyId,
      backupStoryId: a.backupStoryId,
      backupTitle: title(a.backupStoryId),
      kept: false,
      ...describe(a.roundId, a.principle, a.storyId),
    })),
    ...plan.backupsAdded.map((b) => ({
      roundId: b.roundId,
      principle: b.principle,
      principleName: principleName(b.principle),
      storyId: b.storyId,
      storyTitle: title(b.storyId) ?? b.storyId,
      backupStoryId: b.backupStoryId,
      backupTitle: title(b.backupStoryId),
      kept: true,
      strengths: [],
      concerns: [],
    })),
  ];

  const rounds: RoundSummary[] = [];
  for (const round of loop.rounds) {
    const here = picks
      .filter((p) => p.roundId === round.id)
      .sort((a, b) => round.focus.indexOf(a.principle) - round.focus.indexOf(b.principle));
    if (here.length > 0) rounds.push({ roundId: round.id, roundTitle: round.title, picks: here });
  }

  const unfilled = plan.unfilled.map((u) => ({
    roundId: u.roundId,
    roundTitle: roundTitle.get(u.roundId) ?? u.roundId,
    principle: u.principle,
    reason: u.reason,
    message:
      u.reason === "no-tagged-story"
        ? `No story is tagged with ${principleName(u.principle)}.`
        : `Every story for ${principleName(u.principle)} is already planned in another round.`,
  }));
  return { rounds, unfilled };
}
