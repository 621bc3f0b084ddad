// A story's rehearsal history (DESIGN §6): times rehearsed, last rehearsed, median duration against the story's
// own spoken time, mean rating per criterion (self and mentor apart), and every rehearsal, mentors' with their name.
import { Badge } from "./ui";
import { principleName } from "@/lib/domain/principles";
import { CRITERION_LABELS, RATING_CRITERIA, type Ratings, type Rehearsal } from "@/lib/domain/rehearsal";
import type { RehearsalStats } from "@/lib/domain/rehearsal";
import { formatSpokenTime } from "@/lib/domain/text";

export interface HistoryRow extends Rehearsal {
  raterDisplayName: string;
  byMentor: boolean;
}

const seconds = (s: number) => formatSpokenTime(s / 60);
const day = (d: Date) => d.toISOString().slice(0, 10);
const one = (n: number) => n.toFixed(1);

function RatingCells({ ratings }: { ratings: Ratings | null }) {
  return (
    <>
      {RATING_CRITERIA.map((c) => (
        <td key={c} className="px-2 py-1 text-right tabular-nums">
          {ratings ? one(ratings[c]) : "—"}
        </td>
      ))}
    </>
  );
}

export function RehearsalHistory({ stats, rehearsals, practiceHref }: { stats: RehearsalStats; rehearsals: HistoryRow[]; practiceHref?: string }) {
  const headingId = `rehearsals-${stats.storyId}`;
  if (stats.times === 0) {
    return (
      <section aria-labelledby={headingId} className="rounded-xl border border-line p-4">
        <h2 id={headingId} className="text-base font-semibold">Rehearsals</h2>
        <p className="mt-1 text-sm text-muted">
          Not rehearsed yet. Target spoken time: {seconds(stats.targetSeconds)}.{" "}
          {practiceHref ? (
            <a href={practiceHref} className="text-brand-700 underline">
              Practise it aloud
            </a>
          ) : null}
        </p>
      </section>
    );
  }
  const median = stats.medianSeconds ?? 0;
  const off = median - stats.targetSeconds;
  const versus = Math.abs(off) < 10 ? "on target" : off > 0 ? `${seconds(off)} over` : `${seconds(-off)} under`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-line p-4">
      <h2 id={headingId} className="text-base font-semibold">Rehearsals</h2>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted">Times rehearsed</dt>
          <dd className="font-semibold">{stats.times}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Last rehearsed</dt>
          <dd className="font-semibold">{stats.lastAt ? day(stats.lastAt) : "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Median duration</dt>
          <dd className="font-semibold">{seconds(median)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Target (140 words a minute)</dt>
          <dd className="font-semibold">
            {seconds(stats.targetSeconds)} <span className="font-normal text-muted">({versus})</span>
          </dd>
        </div>
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left text-xs text-muted">Mean rating per criterion (1–5)</caption>
          <thead>
            <tr className="text-xs text-muted">
              <th scope="col" className="px-2 py-1 text-left">Rated by</th>
              {RATING_CRITERIA.map((c) => (
                <th key={c} scope="col" className="px-2 py-1 text-right font-normal">
                  {CRITERION_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="px-2 py-1 text-left font-normal">Self</th>
              <RatingCells ratings={stats.self} />
            </tr>
            <tr>
              <th scope="row" className="px-2 py-1 text-left font-normal">Mentor</th>
              <RatingCells ratings={stats.mentor} />
            </tr>
          </tbody>
        </table>
      </div>
      <ul className="space-y-2" aria-label="Rehearsals, newest first">
        {rehearsals.map((r) => (
          <li key={r.id} className="rounded-lg border border-line p-2.5 text-sm">
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
              <span>{day(r.createdAt)}</span>
              <span>· {seconds(r.durationSeconds)}</span>
              <span>· {principleName(r.principle)}</span>
              {r.byMentor ? <Badge tone="brand">Mock interview by {r.raterDisplayName}</Badge> : <span>· self-rated</span>}
            </div>
            <p className="mt-1">{r.questionText}</p>
            <p className="mt-1 text-xs text-muted">
              {RATING_CRITERIA.map((c) => `${CRITERION_LABELS[c]}: ${r.ratings[c]}`).join(" · ")}
            </p>
            {r.note ? <p className="mt-1 whitespace-pre-wrap">{r.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
