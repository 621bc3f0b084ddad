// Story input: the editor, the save action and import all parse with these schemas.
import { z } from "zod";
import { DIRECTIONS, FOLLOW_UP_SOURCES, PRINCIPLE_CODES, STORY_STATUSES, WEIGHTS } from "@/lib/domain/types";
import {
  ANGLE_MAX,
  FOLLOW_UP_ANSWER_MAX,
  FOLLOW_UP_QUESTION_MAX,
  HEADLINE_MAX_CHARS,
  HEADLINE_MAX_WORDS,
  MAX_ANGLES,
  MAX_FOLLOW_UPS,
  MAX_METRICS,
  MAX_PRIMARY,
  SHORT_VERSION_MAX_CHARS,
  SHORT_VERSION_MAX_WORDS,
  TITLE_MAX,
} from "@/lib/domain/story-limits";
import { countWords } from "@/lib/domain/text";
import { id, requiredText, SECTION_MAX, str, text } from "./common";

export { MAX_ANGLES, MAX_METRICS, MAX_PRIMARY };

export const principleCodeSchema = z.enum(PRINCIPLE_CODES, {
  error: (issue) => `Unknown principle "${String(issue.input)}".`,
});

const finiteNumber = (label: string) =>
  z.number({ error: `${label} must be a number.` }).finite(`${label} must be a finite number.`).refine(
    (n) => Math.abs(n) < 1e15,
    `${label} is too large.`,
  );

export const metricInputSchema = z.object({
  label: requiredText("Metric label", 120),
  unit: text("Unit", 20).default(""),
  before: finiteNumber("Before").nullable().default(null),
  after: finiteNumber("After"),
  direction: z.enum(DIRECTIONS).default("higher-is-better"),
});

export const angleSchema = str("An angle")
  .trim()
  .min(1, "An angle cannot be empty.")
  .max(ANGLE_MAX, `An angle must be at most ${ANGLE_MAX} characters.`)
  .transform((s) => s.replace(/\s+/g, " ").toLowerCase());

/** Text limited in words as well as characters (the headline, the 30-second version). */
export function wordLimitedText(label: string, maxWords: number, maxChars: number) {
  return text(label, maxChars).superRefine((s, ctx) => {
    const n = countWords(s);
    if (n > maxWords) ctx.addIssue({ code: "custom", message: `${label} must be at most ${maxWords} words (it has ${n}); shorten it.` });
  });
}

export const headlineSchema = wordLimitedText("The headline", HEADLINE_MAX_WORDS, HEADLINE_MAX_CHARS).refine(
  (s) => !/[\r\n]/.test(s),
  "The headline is one line: remove the line breaks.",
);
export const shortVersionSchema = wordLimitedText("The 30-second version", SHORT_VERSION_MAX_WORDS, SHORT_VERSION_MAX_CHARS);

export const followUpInputSchema = z.object({
  question: requiredText("A follow-up question", FOLLOW_UP_QUESTION_MAX),
  answer: text("An answer", FOLLOW_UP_ANSWER_MAX).default(""),
  source: z.enum(FOLLOW_UP_SOURCES).default("own"),
  suggestionKey: str("A suggestion key").trim().max(120).nullable().default(null),
});

export const followUpsSchema = z
  .array(followUpInputSchema)
  .max(MAX_FOLLOW_UPS, `At most ${MAX_FOLLOW_UPS} follow-ups per story; remove one first.`)
  .default([]);

export const storyInputSchema = z.object({
  projectId: id,
  title: requiredText("Title", TITLE_MAX),
  situation: text("Situation", SECTION_MAX).default(""),
  task: text("Task", SECTION_MAX).default(""),
  action: text("Action", SECTION_MAX).default(""),
  result: text("Result", SECTION_MAX).default(""),
  learnings: text("Learnings", SECTION_MAX).default(""),
  status: z.enum(STORY_STATUSES).default("draft"),
  angles: z
    .array(angleSchema)
    .max(MAX_ANGLES, `At most ${MAX_ANGLES} angles.`)
    .default([])
    .transform((a) => [...new Set(a)]),
  principles: z
    .array(z.object({ code: principleCodeSchema, weight: z.enum(WEIGHTS) }))
    .max(PRINCIPLE_CODES.length)
    .default([])
    .refine((p) => new Set(p.map((x) => x.code)).size === p.length, "Each principle can be tagged once.")
    .refine(
      (p) => p.filter((x) => x.weight === "primary").length <= MAX_PRIMARY,
      `At most ${MAX_PRIMARY} principles can be primary; mark the others secondary.`,
    ),
  metrics: z.array(metricInputSchema).max(MAX_METRICS, `At most ${MAX_METRICS} metrics.`).default([]),
  headline: headlineSchema.default(""),
  shortVersion: shortVersionSchema.default(""),
  followUps: followUpsSchema,
});
export type StoryInput = z.infer<typeof storyInputSchema>;
export type StoryFormInput = z.input<typeof storyInputSchema>;

export const saveStorySchema = z.object({
  id,
  version: z.number().int().positive(),
  story: storyInputSchema,
});

/** The stories list's query string; anything unknown is dropped rather than refused. */
export const storyFilterSchema = z.object({
  q: str().trim().max(200).optional().catch(undefined),
  principle: principleCodeSchema.optional().catch(undefined),
  project: str().max(64).optional().catch(undefined),
  status: z.enum(STORY_STATUSES).optional().catch(undefined),
  angle: str().trim().max(40).optional().catch(undefined),
  sort: z.enum(["updated", "readiness"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
