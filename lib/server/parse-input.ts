// The one way user input is validated on the server: every data-access function and action parses with parseInput.
import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/common";
import { InputError } from "./errors";

/** The schema's output for valid input; otherwise an InputError carrying every problem keyed by its field path. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new InputError(result.error.issues[0]?.message ?? "Some fields need attention.", fieldErrors(result.error), true);
}
