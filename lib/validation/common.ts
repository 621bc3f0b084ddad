// Small zod pieces shared by every input schema. Every string that comes in starts from `str()`, so text that
// cannot be stored (an unpaired surrogate, a control character) is refused at the boundary with its path.
import { z } from "zod";
import { unstorableCharacter } from "@/lib/domain/text";

export { SECTION_MAX } from "@/lib/domain/story-limits";

/** A string whose every character can be stored and exported; the message names the character. */
export function str(label = "This text") {
  return z.string().superRefine((value, ctx) => {
    const bad = unstorableCharacter(value);
    if (bad) ctx.addIssue({ code: "custom", message: `${label} contains a character that cannot be stored (${bad}). Remove it and try again.` });
  });
}

export const id = str("An id").trim().min(1, "Missing id.").max(64, "That id is not valid.");

export function text(label: string, max: number) {
  return str(label).trim().max(max, `${label} must be at most ${max.toLocaleString("en-US")} characters.`);
}
export function requiredText(label: string, max: number) {
  return text(label, max).min(1, `${label} is required.`);
}

/** Flattens zod issues into { "field.path": [messages] } for forms and APIs. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
