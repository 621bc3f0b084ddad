// parseInput: the one way lib/server and the actions validate what a user sent.
import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/parse-input";
import { saveStorySchema, storyInputSchema } from "@/lib/validation/story";

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("parseInput", () => {
  it("answers the schema's typed output for valid input (defaults and transforms applied)", () => {
    const story = parseInput(storyInputSchema, { projectId: "p1", title: "  Cut latency  ", angles: ["Cost", "cost"] });
    expect(story).toMatchObject({ projectId: "p1", title: "Cut latency", situation: "", status: "draft", angles: ["cost"], metrics: [] });
  });

  it("throws one InputError whose field errors are keyed by the full path of each problem", () => {
    const error = refusal(() =>
      parseInput(saveStorySchema, {
        id: "s1",
        version: 1,
        story: { projectId: "p1", title: "", action: "x".repeat(5001), metrics: [{ label: "p95", before: "fast", after: 1 }] },
      }),
    );
    expect(error.fromSchema).toBe(true);
    expect(error.message).toBe("Title is required.");
    expect(error.fieldErrors).toEqual({
      "story.title": ["Title is required."],
      "story.action": ["Action must be at most 5,000 characters."],
      "story.metrics.0.before": ["Before must be a number."],
    });
  });

  it("keys a problem with the whole input as _form", () => {
    const error = refusal(() => parseInput(storyInputSchema, "DROP TABLE story"));
    expect(Object.keys(error.fieldErrors)).toEqual(["_form"]);
  });
});
