// Project input: one schema for the form, the server action and import.
import { z } from "zod";
import { requiredText, text } from "./common";

export const projectInputSchema = z.object({
  title: requiredText("Title", 200),
  organization: text("Organisation", 200).default(""),
  period: text("Period", 100).default(""),
  context: text("Context", 5000).default(""),
  role: text("Role", 200).default(""),
  scope: text("Scope", 1000).default(""),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
