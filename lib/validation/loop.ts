// Loop input: the loop and round forms, their actions, the slot picker and the data-access layer parse with these.
import { z } from "zod";
import { LOOP_TEMPLATE_IDS } from "@/lib/domain/templates";
import { ROUND_KINDS } from "@/lib/domain/types";
import { id, requiredText, text } from "./common";
import { principleCodeSchema } from "./story";

export const MAX_FOCUS = 3;
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 480;
export const MAX_ROUNDS = 20;

export const loopDetailsSchema = z.object({
  company: requiredText("Company", 120),
  role: text("Role", 120).default(""),
  level: text("Level", 20).default(""),
  date: text("Date", 40).default(""),
});
export type LoopDetailsInput = z.infer<typeof loopDetailsSchema>;

export const createLoopSchema = loopDetailsSchema.extend({
  templateId: z.enum(LOOP_TEMPLATE_IDS, { error: "Choose a template (or Blank)." }),
});
export type CreateLoopInput = z.input<typeof createLoopSchema>;

export const focusSchema = z
  .array(principleCodeSchema)
  .max(MAX_FOCUS, `A round can focus on at most ${MAX_FOCUS} principles (interviewers are each given one to three).`)
  .meta({ uniqueItems: true })
  .refine((f) => new Set(f).size === f.length, "Each principle can be in a round's focus only once.");

export const roundInputSchema = z.object({
  title: requiredText("Round title", 120),
  kind: z.enum(ROUND_KINDS, { error: "Choose the kind of round." }),
  minutes: z.coerce
    .number({ error: "Minutes must be a number." })
    .int("Minutes must be a whole number.")
    .min(MIN_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`)
    .max(MAX_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`),
  focus: focusSchema.default([]),
  /** A deep-dive round's project (null until picked); only a deep-dive round has one. */
  projectId: id.nullable().default(null),
}).superRefine((round, ctx) => {
  if (round.kind === "deep-dive" && round.focus.length > 0) {
    ctx.addIssue({ code: "custom", path: ["focus"], message: DEEP_DIVE_NO_SLOTS });
  }
  if (round.kind !== "deep-dive" && round.projectId !== null) {
    ctx.addIssue({ code: "custom", path: ["projectId"], message: "Only a deep-dive round is planned with a project." });
  }
});
export type RoundInput = z.input<typeof roundInputSchema>;

export const DEEP_DIVE_NO_SLOTS =
  "A deep-dive round is planned with one project, not principle slots: remove its focus principles, or choose another kind.";

/** The project picker of a deep-dive round (null: none). */
export const roundProjectSchema = z.object({ roundId: id, projectId: id.nullable() });

export const slotSchema = z.object({ roundId: id, principle: principleCodeSchema });
export type SlotInput = z.infer<typeof slotSchema>;

export const assignSlotSchema = slotSchema.extend({
  storyId: id,
  backupStoryId: id.nullable().default(null),
});
export type AssignSlotInput = z.input<typeof assignSlotSchema>;

export const moveRoundSchema = z.object({ roundId: id, direction: z.enum(["up", "down"]) });

/** Undo the loop's last "Plan for me" (what it added is kept with the loop, see lastPlanSchema). */
export const undoPlanSchema = z.object({ loopId: id });
export type UndoPlanInput = z.infer<typeof undoPlanSchema>;

const plannedSlot = slotSchema.extend({ storyId: id, backupStoryId: id.nullable() });
/** Loop.lastPlan: the slots the last "Plan for me" filled, and the backups it gave to slots already planned. */
export const lastPlanSchema = z.object({
  added: z.array(plannedSlot).max(MAX_ROUNDS * MAX_FOCUS),
  backups: z.array(plannedSlot.extend({ backupStoryId: id })).max(MAX_ROUNDS * MAX_FOCUS),
});
export type LastPlan = z.infer<typeof lastPlanSchema>;

/** Reads a round form: title, kind, minutes and up to MAX_FOCUS "focus" fields (empty ones dropped). */
export function roundFormValues(formData: FormData): Record<string, unknown> {
  return {
    title: formData.get("title") ?? "",
    kind: formData.get("kind") ?? "",
    minutes: formData.get("minutes") ?? "",
    projectId: formData.get("projectId") || null,
    focus: formData
      .getAll("focus")
      .map((v) => String(v))
      .filter((v) => v !== ""),
  };
}

export function loopFormValues(formData: FormData): Record<string, unknown> {
  return {
    company: formData.get("company") ?? "",
    role: formData.get("role") ?? "",
    level: formData.get("level") ?? "",
    date: formData.get("date") ?? "",
    templateId: formData.get("templateId") ?? undefined,
  };
}
