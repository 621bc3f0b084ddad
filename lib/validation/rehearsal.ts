// Rehearsal input: the drill card's save (self or a mentor's mock interview) parses with this schema.
import { z } from "zod";
import { CRITERION_LABELS, REHEARSAL_LIMITS } from "@/lib/domain/rehearsal";
import { id, text } from "./common";
import { principleCodeSchema } from "./story";

const { minSeconds, maxSeconds, ratingMin, ratingMax, noteMax } = REHEARSAL_LIMITS;

const rating = (label: string) =>
  z
    .number({ error: `Rate "${label}" from ${ratingMin} to ${ratingMax}.` })
    .int(`Rate "${label}" with a whole number from ${ratingMin} to ${ratingMax}.`)
    .min(ratingMin, `Rate "${label}" from ${ratingMin} to ${ratingMax}.`)
    .max(ratingMax, `Rate "${label}" from ${ratingMin} to ${ratingMax}.`);

const durationMessage = `The duration must be between ${minSeconds} second and ${maxSeconds / 3600} hours.`;

export const rehearsalInput = z.object({
  /** Set by a mentor recording a mock interview for this candidate; absent when the candidate rates themself. */
  candidateId: id.nullish(),
  /** null = "no story fits" (recorded as a gap). */
  storyId: id.nullable(),
  questionId: id,
  principle: principleCodeSchema,
  roundId: id.nullish(),
  durationSeconds: z
    .number({ error: durationMessage })
    .int("The duration must be a whole number of seconds.")
    .min(minSeconds, durationMessage)
    .max(maxSeconds, durationMessage),
  ratings: z.object({
    situation: rating(CRITERION_LABELS.situation),
    action: rating(CRITERION_LABELS.action),
    result: rating(CRITERION_LABELS.result),
    learnings: rating(CRITERION_LABELS.learnings),
  }),
  note: text("Note", noteMax).default(""),
});
export type RehearsalInput = z.input<typeof rehearsalInput>;

/** Filters of a rehearsal listing. */
export const rehearsalFilter = z.object({
  storyId: id.optional(),
  questionId: id.optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});
export type RehearsalFilter = z.input<typeof rehearsalFilter>;
