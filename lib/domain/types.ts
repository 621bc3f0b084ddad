// Plain domain types shared by every pure rule in lib/domain (no Next.js, no Prisma, no I/O).

export const PRINCIPLE_CODES = [
  "customer-obsession",
  "ownership",
  "invent-and-simplify",
  "are-right-a-lot",
  "learn-and-be-curious",
  "hire-and-develop-the-best",
  "insist-on-the-highest-standards",
  "think-big",
  "bias-for-action",
  "frugality",
  "earn-trust",
  "dive-deep",
  "have-backbone-disagree-and-commit",
  "deliver-results",
  "strive-to-be-earths-best-employer",
  "success-and-scale-bring-broad-responsibility",
] as const;
export type PrincipleCode = (typeof PRINCIPLE_CODES)[number];

export const WEIGHTS = ["primary", "secondary"] as const;
export type Weight = (typeof WEIGHTS)[number];

export const STORY_STATUSES = ["draft", "ready"] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

export const DIRECTIONS = ["higher-is-better", "lower-is-better"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ROUND_KINDS = [
  "recruiter",
  "phone",
  "assessment",
  "onsite",
  "hiring-manager",
  "bar-raiser",
  "other",
  "deep-dive", // one project end to end (DESIGN §7): planned with a project, not principle slots
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const SECTIONS = ["situation", "task", "action", "result", "learnings"] as const;
export type Section = (typeof SECTIONS)[number];

export const STAR_SECTIONS = ["situation", "task", "action", "result"] as const;
export type StarSection = (typeof STAR_SECTIONS)[number];

export type Severity = "error" | "warning" | "tip";

export interface Metric {
  label: string;
  unit: string; // "%", "$", "hours", "x", "count", "ms", … ("" when none)
  before: number | null;
  after: number;
  direction: Direction;
}

export interface StoryPrinciple {
  code: PrincipleCode;
  weight: Weight;
}

/** A story as the rules see it: what the editor holds, plus ids. */
export interface Story {
  id: string;
  projectId: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  status: StoryStatus;
  angles: string[]; // lower-case tags, e.g. "failure", "mentoring"
  principles: StoryPrinciple[];
  metrics: Metric[];
  /** One line of impact that names a number ("" or absent when none). */
  headline?: string;
  /** The 30-second version ("" or absent when none). */
  shortVersion?: string;
  /** Questions a Bar Raiser would dig with, with prepared answers, in order. */
  followUps?: FollowUp[];
}

export const FOLLOW_UP_SOURCES = ["suggested", "own"] as const;
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

export interface FollowUp {
  question: string;
  answer: string; // "" while unanswered
  source: FollowUpSource;
  /** The suggestion it came from (lib/domain/follow-ups.ts), when suggested. */
  suggestionKey: string | null;
}

export const STORY_FINDING_CODES = [
  "star-missing",
  "result-unquantified",
  "we-not-i",
  "length",
  "thin-action",
  "no-learnings",
  "metric-no-baseline",
  "no-headline",
  "no-short-version",
  "follow-ups-missing",
] as const;
export type StoryFindingCode = (typeof STORY_FINDING_CODES)[number];

export interface StoryFinding {
  code: StoryFindingCode;
  severity: Severity;
  message: string;
  hint: string; // one line on how to fix it
  section?: Section | "metrics" | "headline" | "shortVersion" | "followUps"; // where it points, when it points somewhere
}

export interface Round {
  id: string;
  title: string;
  kind: RoundKind;
  minutes: number;
  focus: PrincipleCode[]; // 0..3, unique
  /** A deep-dive round's project (its focus is then empty); absent or null otherwise. */
  projectId?: string | null;
}

export interface Assignment {
  roundId: string;
  principle: PrincipleCode;
  storyId: string;
  backupStoryId: string | null;
}

export interface Loop {
  id: string;
  level: string; // "L5", "L6", "" …
  rounds: Round[]; // in order
  assignments: Assignment[];
}

export const REUSE_FINDING_CODES = [
  "same-story",
  "same-round-repeat",
  "same-angle",
  "few-projects",
  "one-project-dominates",
  "level-signals",
  "deep-dive-overlap",
] as const;
export type ReuseFindingCode = (typeof REUSE_FINDING_CODES)[number];

/** The loop report, exactly the JSON shape of DESIGN.md §3 (an API other tools read). */
export interface LoopReport {
  loopId: string;
  coverage: {
    slots: { roundId: string; principle: PrincipleCode; storyId: string | null; backupStoryId: string | null }[];
    uncovered: { roundId: string; principle: PrincipleCode }[];
    depth: { principle: PrincipleCode; readyStories: number; target: number }[];
    score: number;
  };
  reuse: {
    distinctProjects: number;
    findings: {
      code: ReuseFindingCode;
      severity: Severity;
      message: string;
      roundIds: string[];
      storyIds: string[];
      projectId: string | null;
    }[];
  };
  storyFindings: { storyId: string; code: StoryFindingCode; severity: Severity; message: string }[];
  /** Rehearsal (DESIGN §6), beside the fields above; present whenever the report is built with the history. */
  rehearsal?: { rehearsedTwice: number; planned: number; share: number };
  rehearsalFindings?: { storyId: string; code: "not-rehearsed"; severity: "tip" | "warning"; message: string }[];
  /** Beside §3's fields (DESIGN §7): each deep-dive round, its project (null until picked) and its worksheet's checks. */
  deepDives?: { roundId: string; projectId: string | null; findings: { code: string; severity: Severity; message: string }[] }[];
}
