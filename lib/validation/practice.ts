// The practice page's query string: which drill to start (an unknown scope or principle shows the scope picker).
import { z } from "zod";
import { DRILL_SCOPES } from "@/lib/domain/drill";
import { principleCodeSchema } from "./story";

export const practiceQuerySchema = z.object({
  scope: z.enum(DRILL_SCOPES).optional().catch(undefined),
  principle: principleCodeSchema.optional().catch(undefined),
});
export type PracticeQuery = z.infer<typeof practiceQuerySchema>;
