"use client";
// Self-rating after a telling: 1–5 on the four criteria and a free note. Keys 1–5 are handled by the drill session.
import { CRITERION_LABELS, RATING_CRITERIA, REHEARSAL_LIMITS, type RatingCriterion } from "@/lib/domain/rehearsal";
import { inputClass } from "@/components/ui";

export type DraftRatings = Partial<Record<RatingCriterion, number>>;

const SCALE = [1, 2, 3, 4, 5] as const;

export function RatingForm({
  ratings,
  note,
  onRate,
  onNote,
  byMentor,
}: {
  ratings: DraftRatings;
  note: string;
  onRate: (criterion: RatingCriterion, value: number) => void;
  onNote: (note: string) => void;
  byMentor: boolean;
}) {
  return (
    <section aria-labelledby="rating-heading" className="space-y-3">
      <h3 id="rating-heading" className="text-sm font-semibold">{byMentor ? "Your rating of the answer" : "Rate yourself"} (1 = weak, 5 = strong)</h3>
      {RATING_CRITERIA.map((c) => (
        <fieldset key={c} data-criterion={c} className="space-y-1">
          <legend className="text-sm">{CRITERION_LABELS[c]}</legend>
          <div className="flex gap-1.5">
            {SCALE.map((v) => (
              <label key={v} className={`flex h-10 w-10 cursor-pointer items-center justify-center rounded-lg border text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 ${ratings[c] === v ? "border-brand-600 bg-brand-600 text-white" : "border-line bg-white"}`}>
                <input type="radio" name={`rate-${c}`} value={v} checked={ratings[c] === v} onChange={() => onRate(c, v)} className="sr-only" aria-label={`${CRITERION_LABELS[c]}: ${v}`} />
                <span aria-hidden="true">{v}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="space-y-1">
        <label htmlFor="rehearsal-note" className="text-sm font-medium">Note</label>
        <textarea id="rehearsal-note" value={note} maxLength={REHEARSAL_LIMITS.noteMax} onChange={(e) => onNote(e.target.value)} rows={3} className={inputClass} placeholder="What to change next time" />
        <p className="text-xs text-muted">{note.length} / {REHEARSAL_LIMITS.noteMax}</p>
      </div>
    </section>
  );
}
