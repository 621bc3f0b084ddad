// Story input: the editor, the save action and import all parse with these schemas.
import { z } from "zod";
import { DIRECTIONS, PRINCIPLE_CODES, STORY_STATUSES, WEIGHTS } from "@/lib/domain/types";
import { id, requiredText, SECTION_MAX, str, text } from "./common";

export const MAX_METRICS = 20;
export const MAX_ANGLES = 20;
export const MAX_PRIMARY = 2;

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
  .max(40, "An angle must be at most 40 characters.")
  .transform((s) => s.replace(/\s+/g, " ").toLowerCase());

export const storyInputSchema = z.object({
  projectId: id,
  title: requiredText("Title", 200),
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
  sort: z.enum(["updated", "readiness", "least-rehearsed"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
