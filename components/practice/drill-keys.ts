// The drill card's keyboard: Space starts and stops the timer, 1–5 rate, Enter saves — never while typing in a field.
import { RATING_CRITERIA, type RatingCriterion } from "@/lib/domain/rehearsal";
import type { DraftRatings } from "./rating-form";

/** True when the key belongs to the element (typing text, choosing in a list, pressing a focused button). */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (target as HTMLInputElement).type;
    // Radio choices (story, ratings) leave Space and the digits to the drill; a checkbox keeps Space to toggle.
    if (type === "radio") return false;
    if (type === "checkbox") return key === " ";
    return true;
  }
  // A focused button or link already acts on Space and Enter.
  if ((tag === "BUTTON" || tag === "A" || tag === "SUMMARY") && (key === " " || key === "Enter")) return true;
  return false;
}

/** The criterion keys 1–5 rate: the one whose buttons have focus, else the first not yet rated, else the last. */
export function criterionToRate(active: Element | null, ratings: DraftRatings): RatingCriterion {
  const focused = active?.closest("[data-criterion]")?.getAttribute("data-criterion");
  if (focused && (RATING_CRITERIA as readonly string[]).includes(focused)) return focused as RatingCriterion;
  return RATING_CRITERIA.find((c) => ratings[c] === undefined) ?? RATING_CRITERIA[RATING_CRITERIA.length - 1];
}
