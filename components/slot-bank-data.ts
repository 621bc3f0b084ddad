// The loop page's bank as it crosses from the server to the pickers, packed: every story is one short tuple and
// its principles one string, because the page carries the list inline (a 200-story bank was 70 kB as plain objects,
// ~25 kB packed). Used by both sides (no "use client"): the page packs, components/slot-bank.tsx unpacks once.
import { PRINCIPLE_CODES, type Loop, type PrincipleCode, type StoryStatus, type Weight } from "@/lib/domain/types";
import type { RankableStory } from "@/lib/domain/rank-candidates";

/** A story as the pickers need it: what the ranking reads, its project's title, readiness and whether an error stands. */
export interface BankStory extends RankableStory {
  projectTitle: string;
  readiness: number;
  hasErrors: boolean;
}

/** [id, title, index into `projects`, "r"eady | "d"raft, readiness, 1 if an error finding stands, principles]. */
type PackedStory = [string, string, number, "r" | "d", number, 0 | 1, string];

export interface PackedBank {
  projects: string[];
  /** Sorted by title (the order of a picker's "other stories" group). */
  stories: PackedStory[];
  /** The saved plan the ranking weighs (which stories and projects other slots already use). */
  loop: Pick<Loop, "rounds" | "assignments">;
}

/** "3p.11s": principle 3 (PRINCIPLE_CODES order) primary, 11 secondary, in the story's order. */
const packPrinciples = (ps: RankableStory["principles"]) => ps.map((p) => `${PRINCIPLE_CODES.indexOf(p.code)}${p.weight === "primary" ? "p" : "s"}`).join(".");
const unpackPrinciples = (text: string): RankableStory["principles"] =>
  text === ""
    ? []
    : text.split(".").map((t) => ({ code: PRINCIPLE_CODES[Number(t.slice(0, -1))] as PrincipleCode, weight: (t.endsWith("p") ? "primary" : "secondary") as Weight }));

export function packBank(stories: readonly BankStory[], loop: PackedBank["loop"]): PackedBank {
  const projects: string[] = [];
  const index = new Map<string, number>();
  const projectIds: string[] = [];
  const packed = stories.map((s): PackedStory => {
    let i = index.get(s.projectId);
    if (i === undefined) {
      i = projects.push(s.projectTitle) - 1;
      projectIds.push(s.projectId);
      index.set(s.projectId, i);
    }
    return [s.id, s.title, i, s.status === "ready" ? "r" : "d", s.readiness, s.hasErrors ? 1 : 0, packPrinciples(s.principles)];
  });
  return { projects, stories: packed, loop };
}

/** The bank back as objects; a story's projectId becomes "p<index>" (the ranking only compares them). */
export function unpackBank(bank: PackedBank): BankStory[] {
  return bank.stories.map(([id, title, project, status, readiness, errors, principles]) => ({
    id,
    title,
    projectId: `p${project}`,
    projectTitle: bank.projects[project] ?? "",
    status: (status === "r" ? "ready" : "draft") as StoryStatus,
    readiness,
    hasErrors: errors === 1,
    principles: unpackPrinciples(principles),
  }));
}
