// The objects of a star-bank backup (projects, stories, questions, loops, rounds, assignments) as zod, with the
// app's own field limits. Version 1 and version 2 documents are both made of these (lib/validation/backup*.ts).
import { z } from "zod";
import { BANK_LIMITS } from "@/lib/domain/limits";
import { LOOP_TEMPLATE_IDS } from "@/lib/domain/templates";
import { PRINCIPLE_CODES, ROUND_KINDS, STORY_STATUSES, WEIGHTS } from "@/lib/domain/types";
import { requiredText, SECTION_MAX, str, text } from "./common";
import { focusSchema, loopDetailsSchema, MAX_FOCUS, MAX_MINUTES, MAX_ROUNDS, MIN_MINUTES } from "./loop";
import { projectInputSchema } from "./project";
import { questionInputSchema } from "./question";
import { followUpInputSchema, headlineSchema, MAX_ANGLES, MAX_METRICS, MAX_PRIMARY, metricInputSchema, principleCodeSchema, shortVersionSchema } from "./story";
import { MAX_FOLLOW_UPS } from "@/lib/domain/story-limits";
import { rehearsalInput } from "./rehearsal";
import { deepDiveInputSchema, deepDiveOptionSchema } from "./deep-dive";
import { MAX_DEEP_DIVE_METRICS, MAX_DEEP_DIVE_OPTIONS } from "@/lib/domain/deep-dive";

export const BACKUP_FORMAT = "star-bank";
export const MAX_BACKUP_PROJECTS = BANK_LIMITS.projects;
export const MAX_BACKUP_STORIES = BANK_LIMITS.stories;
export const MAX_BACKUP_LOOPS = BANK_LIMITS.loops;
export const MAX_BACKUP_QUESTIONS = BANK_LIMITS.questions;
/** A round has one slot per focus principle, so at most that many assignments. */
export const MAX_ROUND_ASSIGNMENTS = MAX_FOCUS;
export const DEFAULT_ROUND_MINUTES = 60;

export const KEY_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const keySchema = z
  .string({ error: "A key must be a string." })
  .regex(KEY_PATTERN, "A key is 1–64 letters, digits, '.', '_' or '-'.");

const uniqueBy = <T>(items: readonly T[], by: (t: T) => string) => new Set(items.map(by)).size === items.length;

export const backupProjectSchema = z.strictObject({ key: keySchema, ...projectInputSchema.shape });

const backupPrincipleSchema = z.strictObject({ code: principleCodeSchema, weight: z.enum(WEIGHTS) });
const backupMetricSchema = z.strictObject(metricInputSchema.shape);
// suggestionKey is written only for a suggested follow-up; older v2 files have no follow-ups at all.
const backupFollowUpSchema = z.strictObject({ ...followUpInputSchema.shape, suggestionKey: followUpInputSchema.shape.suggestionKey.optional() });

const rawAngle = str("An angle").trim().min(1, "An angle cannot be empty.").max(40, "An angle must be at most 40 characters.");

export const backupStorySchema = z.strictObject({
  key: keySchema,
  projectKey: keySchema,
  title: requiredText("Title", 200),
  situation: text("Situation", SECTION_MAX),
  task: text("Task", SECTION_MAX),
  action: text("Action", SECTION_MAX),
  result: text("Result", SECTION_MAX),
  learnings: text("Learnings", SECTION_MAX).default(""),
  status: z.enum(STORY_STATUSES).default("draft"),
  angles: z
    .array(rawAngle)
    .max(MAX_ANGLES, `At most ${MAX_ANGLES} angles.`)
    .meta({ uniqueItems: true })
    .refine((a) => uniqueBy(a, (x) => x), "Each angle can appear once.")
    .transform((a) => [...new Set(a.map((s) => s.replace(/\s+/g, " ").toLowerCase()))])
    .default([]),
  principles: z
    .array(backupPrincipleSchema)
    .max(PRINCIPLE_CODES.length, `At most ${PRINCIPLE_CODES.length} principles.`)
    .refine((p) => uniqueBy(p, (x) => x.code), "Each principle can be tagged once.")
    .refine(
      (p) => p.filter((x) => x.weight === "primary").length <= MAX_PRIMARY,
      `At most ${MAX_PRIMARY} principles can be primary; mark the others secondary.`,
    )
    .default([]),
  metrics: z.array(backupMetricSchema).max(MAX_METRICS, `At most ${MAX_METRICS} metrics.`).default([]),
  // Added in v2 with the follow-ups (DESIGN §7): optional, so older v2 files still import.
  headline: headlineSchema.default(""),
  shortVersion: shortVersionSchema.default(""),
  followUps: z.array(backupFollowUpSchema).max(MAX_FOLLOW_UPS, `At most ${MAX_FOLLOW_UPS} follow-ups per story.`).default([]),
});

/** One of the user's own behavioral questions (the shipped bank is part of the app, not of a backup). */
export const backupQuestionSchema = z.strictObject({ key: keySchema, ...questionInputSchema.shape });

const backupAssignmentSchema = z.strictObject({
  principle: principleCodeSchema,
  storyKey: keySchema,
  backupStoryKey: keySchema.optional(),
});

/** Version 1 knew no deep-dive rounds (its published schema lists these kinds). */
const ROUND_KINDS_V1 = ROUND_KINDS.filter((k) => k !== "deep-dive");

const backupRoundSchema = z.strictObject({
  key: keySchema,
  title: requiredText("Round title", 120),
  kind: z.enum(ROUND_KINDS_V1),
  minutes: z
    .number({ error: "Minutes must be a number." })
    .int("Minutes must be a whole number.")
    .min(MIN_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`)
    .max(MAX_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`)
    .default(DEFAULT_ROUND_MINUTES),
  focus: focusSchema.default([]),
  assignments: z
    .array(backupAssignmentSchema)
    .max(MAX_ROUND_ASSIGNMENTS, `A round has at most ${MAX_ROUND_ASSIGNMENTS} assignments.`)
    .default([]),
});

/** A loop as version 1 wrote it (no template). */
export const backupLoopV1Schema = z.strictObject({
  key: keySchema,
  ...loopDetailsSchema.shape,
  rounds: z.array(backupRoundSchema).max(MAX_ROUNDS, `A loop has at most ${MAX_ROUNDS} rounds.`),
});

/** Since the deep-dive rounds (still version 2, optional): a round may be a deep-dive round with the project it walks through. */
const backupRoundV2Schema = backupRoundSchema.extend({
  kind: z.enum(ROUND_KINDS),
  projectKey: keySchema.optional(),
});

/** Since version 2 a loop keeps the template it was made from. */
export const backupLoopSchema = backupLoopV1Schema.extend({
  rounds: z.array(backupRoundV2Schema).max(MAX_ROUNDS, `A loop has at most ${MAX_ROUNDS} rounds.`),
  templateId: z.enum(LOOP_TEMPLATE_IDS, { error: `templateId must be one of: ${LOOP_TEMPLATE_IDS.join(", ")}.` }).default("blank"),
});

export const exportedAtSchema = z.iso
  .datetime({ offset: true, error: "exportedAt must be a date-time such as 2026-12-01T09:30:00Z." })
  .optional();

export const backupProjectsSchema = z.array(backupProjectSchema).max(MAX_BACKUP_PROJECTS, `At most ${MAX_BACKUP_PROJECTS} projects.`);
export const backupStoriesSchema = z.array(backupStorySchema).max(MAX_BACKUP_STORIES, `At most ${MAX_BACKUP_STORIES} stories.`);

export const MAX_BACKUP_REHEARSALS = BANK_LIMITS.rehearsals;
/** The longest rater name a rehearsal keeps (an account's name is at most 100 characters). */
export const MAX_MENTOR_NAME = 100;

/**
 * One rehearsal (since version 2, optional). References are keys in the file: its story (absent = "no story
 * fits"), its own question (`questionKey`) or a shipped question's id (`questionId`, also the id of an own question
 * deleted since: kept as it was, with the text), its round. Who rated: "self", or "mentor" with the mentor's name as
 * it was — the mentor's account is not part of the candidate's backup, so an import keeps the name, not the link.
 */
export const backupRehearsalSchema = z
  .strictObject({
    storyKey: keySchema.optional(),
    questionKey: keySchema.optional(),
    questionId: rehearsalInput.shape.questionId.optional(),
    questionText: requiredText("Question", 500),
    principle: principleCodeSchema,
    roundKey: keySchema.optional(),
    durationSeconds: rehearsalInput.shape.durationSeconds,
    ratings: z.strictObject(rehearsalInput.shape.ratings.shape),
    note: rehearsalInput.shape.note,
    ratedBy: z.enum(["self", "mentor"]).default("self"),
    mentorName: text("Mentor name", MAX_MENTOR_NAME).default(""),
    createdAt: z.iso.datetime({ offset: true, error: "createdAt must be a date-time such as 2026-12-01T09:30:00Z." }),
  })
  .meta({ description: "One rehearsal: exactly one of questionKey (an own question in this file) and questionId (a shipped question)." });

export const backupRehearsalsSchema = z
  .array(backupRehearsalSchema)
  .max(MAX_BACKUP_REHEARSALS, `At most ${MAX_BACKUP_REHEARSALS} rehearsals.`)
  .default([]);

/** A project's deep-dive worksheet (version 2, optional): the project by key, its sections, options and metrics. */
export const backupDeepDiveSchema = z.strictObject({
  projectKey: keySchema,
  ...deepDiveInputSchema.shape,
  options: z.array(z.strictObject(deepDiveOptionSchema.shape)).max(MAX_DEEP_DIVE_OPTIONS, `At most ${MAX_DEEP_DIVE_OPTIONS} options.`).default([]),
  metrics: z.array(backupMetricSchema).max(MAX_DEEP_DIVE_METRICS, `At most ${MAX_DEEP_DIVE_METRICS} metrics.`).default([]),
});
export const MAX_BACKUP_DEEP_DIVES = BANK_LIMITS.deepDives;
export const backupDeepDivesSchema = z.array(backupDeepDiveSchema).max(MAX_BACKUP_DEEP_DIVES, `At most ${MAX_BACKUP_DEEP_DIVES} deep-dives.`);

/** Version 1 knew no headline, 30-second version or follow-ups (its JSON Schema refuses them). */
export const backupStoriesV1Schema = z
  .array(backupStorySchema.omit({ headline: true, shortVersion: true, followUps: true }))
  .max(MAX_BACKUP_STORIES, `At most ${MAX_BACKUP_STORIES} stories.`);
