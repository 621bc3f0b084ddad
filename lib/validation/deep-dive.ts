// Deep-dive input: the worksheet's save action, its tests and import parse with these schemas.
import { z } from "zod";
import {
  DEEP_DIVE_COMMENT_SECTIONS,
  DEEP_DIVE_SECTION_LABELS,
  MAX_DEEP_DIVE_METRICS,
  MAX_DEEP_DIVE_OPTIONS,
  OPTION_TITLE_MAX,
} from "@/lib/domain/deep-dive";
import { id, requiredText, SECTION_MAX, text } from "./common";
import { metricInputSchema } from "./story";
import { commentBodySchema } from "./comment";

const L = DEEP_DIVE_SECTION_LABELS;

export const deepDiveOptionSchema = z.object({
  title: requiredText("Option title", OPTION_TITLE_MAX),
  tradeoffs: text("Option trade-offs", SECTION_MAX).default(""),
  chosen: z.boolean().default(false),
});

export const deepDiveInputSchema = z.object({
  scope: text(L.scope, SECTION_MAX).default(""),
  role: text(L.role, SECTION_MAX).default(""),
  timeline: text(L.timeline, SECTION_MAX).default(""),
  tradeoffs: text(L.tradeoffs, SECTION_MAX).default(""),
  communication: text(L.communication, SECTION_MAX).default(""),
  impact: text(L.impact, SECTION_MAX).default(""),
  mechanisms: text(L.mechanisms, SECTION_MAX).default(""),
  nextSteps: text(L.nextSteps, SECTION_MAX).default(""),
  options: z
    .array(deepDiveOptionSchema)
    .max(MAX_DEEP_DIVE_OPTIONS, `At most ${MAX_DEEP_DIVE_OPTIONS} options.`)
    .default([]),
  metrics: z.array(metricInputSchema).max(MAX_DEEP_DIVE_METRICS, `At most ${MAX_DEEP_DIVE_METRICS} metrics.`).default([]),
});
export type DeepDiveInput = z.infer<typeof deepDiveInputSchema>;

/** The worksheet's save: the project, the version the editor loaded (0 when none exists yet) and the sheet. */
export const saveDeepDiveSchema = z.object({
  projectId: id,
  version: z.number().int().min(0),
  deepDive: deepDiveInputSchema,
});

export const addDeepDiveCommentSchema = z.object({
  projectId: id,
  section: z.enum(DEEP_DIVE_COMMENT_SECTIONS, { error: "Choose a part of the deep-dive to comment on." }),
  body: commentBodySchema,
  parentId: id.nullish().transform((v) => v ?? null),
});
