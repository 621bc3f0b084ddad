// Views over a whole bank: filtering and sorting the stories list, and the principle × story matrix.
import { PRINCIPLES } from "./principles";
import { STAR_SECTIONS, type PrincipleCode, type Story, type StoryStatus, type Weight } from "./types";

export interface StoryFilter {
  q?: string;
  principle?: PrincipleCode;
  projectId?: string;
  status?: StoryStatus;
  angle?: string;
}
export type StorySort = "updated" | "readiness";

export interface Rated {
  readiness: number;
  updatedAt: Date;
}

/** Every word of the query must appear somewhere in the title or a section (case-insensitive). */
export function matchesQuery(story: Pick<Story, "title" | "learnings" | "situation" | "task" | "action" | "result">, q: string): boolean {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = [story.title, ...STAR_SECTIONS.map((s) => story[s]), story.learnings].join("\n").toLowerCase();
  return terms.every((t) => haystack.includes(t));
}

export function filterStories<T extends Story & Rated>(stories: readonly T[], filter: StoryFilter, sort: StorySort = "updated"): T[] {
  const out = stories.filter(
    (s) =>
      (!filter.principle || s.principles.some((p) => p.code === filter.principle)) &&
      (!filter.projectId || s.projectId === filter.projectId) &&
      (!filter.status || s.status === filter.status) &&
      (!filter.angle || s.angles.includes(filter.angle)) &&
      (!filter.q || matchesQuery(s, filter.q)),
  );
  return out.sort((a, b) =>
    sort === "readiness"
      ? b.readiness - a.readiness || b.updatedAt.getTime() - a.updatedAt.getTime()
      : b.updatedAt.getTime() - a.updatedAt.getTime() || a.title.localeCompare(b.title),
  );
}

export const MATRIX_TARGET = 2;

export interface MatrixEntry {
  storyId: string;
  title: string;
  status: StoryStatus;
  weight: Weight;
}
export interface MatrixRow {
  principle: PrincipleCode;
  ready: MatrixEntry[];
  draft: MatrixEntry[];
  readyCount: number;
  target: number;
  gap: boolean; // fewer ready stories than the target
}

/** The 16 principles against the bank: which ready and draft stories carry each (primary first). */
export function buildMatrix(stories: readonly Pick<Story, "id" | "title" | "status" | "principles">[]): MatrixRow[] {
  return PRINCIPLES.map(({ code }) => {
    const entries: MatrixEntry[] = [];
    for (const s of stories) {
      const p = s.principles.find((x) => x.code === code);
      if (p) entries.push({ storyId: s.id, title: s.title, status: s.status, weight: p.weight });
    }
    entries.sort((a, b) => (a.weight === b.weight ? a.title.localeCompare(b.title) : a.weight === "primary" ? -1 : 1));
    const ready = entries.filter((e) => e.status === "ready");
    return {
      principle: code,
      ready,
      draft: entries.filter((e) => e.status === "draft"),
      readyCount: ready.length,
      target: MATRIX_TARGET,
      gap: ready.length < MATRIX_TARGET,
    };
  });
}
