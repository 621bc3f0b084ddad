// The stories list's data: every story's head, the project titles, and a way to rate the heads a page shows.
// Without a search it all comes from one per-process entry per candidate, keyed by the bank version
// (lib/server/bank-cache.ts): every story rated once per save instead of per view. A search reads the sections and
// rates only what it shows (or every match, to sort by readiness), as before.
import "server-only";
import { assertCanRead } from "./access";
import { BankCache, readBankVersion } from "./bank-cache";
import { listProjectTitles } from "./projects";
import { listStoryHeads, listStoryRows, rateHeads, type StoryHead, type StoryRow } from "./stories";
import type { Viewer } from "./viewer";

/** A row as the list shows it: the head (section text empty unless searched) with its rating and metrics. */
export type RatedHead = StoryHead & Pick<StoryRow, "readiness" | "findingCount" | "readyWithErrors" | "metrics">;

export interface StoriesList {
  /** Every story of the bank, most recently updated first. */
  rows: readonly StoryHead[];
  projects: readonly { id: string; title: string }[];
  /** The given heads (from `rows`) rated, in their order. */
  rate(heads: readonly StoryHead[]): Promise<RatedHead[]>;
}

interface RatedBank {
  rows: readonly RatedHead[];
  projects: readonly { id: string; title: string }[];
}

/** At most this many candidates' rated banks per process (a 200-story bank's entry is about 180 kB as JSON). */
const CACHED_BANKS = 100;
const ratedBanks = new BankCache<RatedBank>(CACHED_BANKS);

export async function storiesList(viewer: Viewer, { search }: { search: boolean }, candidateId = viewer.id): Promise<StoriesList> {
  await assertCanRead(viewer, candidateId);
  if (search) {
    const [rows, projects] = await Promise.all([listStoryHeads(viewer, { withText: true }, candidateId), listProjectTitles(viewer, candidateId)]);
    return { rows, projects, rate: (heads) => rateHeads(viewer, heads, candidateId) };
  }
  const version = await readBankVersion(candidateId); // before the loader's reads (bank-cache.ts)
  const bank = await ratedBanks.get(candidateId, version, async () => {
    const [rows, projects] = await Promise.all([listStoryRows(viewer, candidateId), listProjectTitles(viewer, candidateId)]);
    return { value: { rows: rows.map(toRatedHead), projects } };
  });
  const byId = new Map(bank.rows.map((r) => [r.id, r]));
  return { rows: bank.rows, projects: bank.projects, rate: async (heads) => heads.flatMap((h) => byId.get(h.id) ?? []) };
}

/** Only what the list shows and filters on: the section text stays out of the cache (a search reads it). */
function toRatedHead(s: StoryRow): RatedHead {
  return {
    id: s.id,
    projectId: s.projectId,
    projectTitle: s.projectTitle,
    title: s.title,
    status: s.status,
    updatedAt: s.updatedAt,
    headline: s.headline,
    situation: "",
    task: "",
    action: "",
    result: "",
    learnings: "",
    angles: s.angles,
    principles: s.principles,
    metrics: s.metrics,
    readiness: s.readiness,
    findingCount: s.findingCount,
    readyWithErrors: s.readyWithErrors,
  };
}
