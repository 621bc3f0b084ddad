// Small zod pieces shared by every input schema.
import { z } from "zod";

export const id = z.string().trim().min(1, "Missing id.").max(64, "That id is not valid.");
export const SECTION_MAX = 5000;

export function text(label: string, max: number) {
  return z.string().trim().max(max, `${label} must be at most ${max.toLocaleString("en-US")} characters.`);
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
