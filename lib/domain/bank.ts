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
export type StorySort = "updated" | "readiness" | "least-rehearsed";

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

/** The stories that pass the filter, most recently updated first (needs no readiness). */
export function matchStories<T extends Omit<Story, "metrics"> & { updatedAt: Date }>(stories: readonly T[], filter: StoryFilter): T[] {
  const out = stories.filter(
    (s) =>
      (!filter.principle || s.principles.some((p) => p.code === filter.principle)) &&
      (!filter.projectId || s.projectId === filter.projectId) &&
      (!filter.status || s.status === filter.status) &&
      (!filter.angle || s.angles.includes(filter.angle)) &&
      (!filter.q || matchesQuery(s, filter.q)),
  );
  return out.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.title.localeCompare(b.title));
}

/** Highest readiness first; a stable sort, so equal scores keep their order (most recently updated first after matchStories). */
export function sortByReadiness<T extends Rated>(stories: T[]): T[] {
  return stories.sort((a, b) => b.readiness - a.readiness);
}

export function filterStories<T extends Story & Rated>(stories: readonly T[], filter: StoryFilter, sort: StorySort = "updated"): T[] {
  const out = matchStories(stories, filter);
  return sort === "readiness" ? sortByReadiness(out) : out;
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

/** Stories per page of the stories list: a page stays quick to render and to scan. */
export const STORIES_PER_PAGE = 25;

export interface Page<T> {
  items: T[];
  /** 1-based, clamped into 1..pageCount. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based positions of the first and last item shown (0 and 0 when there is nothing). */
  from: number;
  to: number;
}

/** One page of a list; a page number past the end shows the last page, below 1 the first. */
export function paginate<T>(items: readonly T[], page: number, size = STORIES_PER_PAGE): Page<T> {
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pageCount);
  const start = (current - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: current, pageCount, total, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

/** The same page with each item transformed (e.g. rated only once it is known to be shown). */
export function mapPage<T, U>(page: Page<T>, fn: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(fn) };
}
