// A user's own behavioral question.
import { z } from "zod";
import { requiredText } from "./common";
import { principleCodeSchema } from "./story";

export const questionInputSchema = z.object({
  text: requiredText("Question", 500),
  principles: z
    .array(principleCodeSchema)
    .min(1, "Pick at least one principle the question asks about.")
    .max(3, "Pick at most three principles.")
    .transform((a) => [...new Set(a)]),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** The question bank's query string; an unknown principle shows every principle rather than an error. */
export const questionFilterSchema = z.object({ principle: principleCodeSchema.optional().catch(undefined) });
