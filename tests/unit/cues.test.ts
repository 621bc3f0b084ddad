// The STAR as cues (lib/export/cues.ts): result sentences with numbers are kept wherever they stand, the Action gives
// up to four first-person steps ("I" before "we"), the Learnings line, and trimming at a clause.
import { describe, expect, it } from "vitest";
import { STEP_MAX_CHARS, actionSteps, carriesNumber, resultCues, splitSentences, storyCues, trimCue } from "@/lib/export/cues";

describe("result cues", () => {
  it("keeps the 38% sentence, not just the first one", () => {
    expect(resultCues("The model launched one week late. It raised conversion by 38%.")).toEqual(["It raised conversion by 38%."]);
  });

  it("keeps the sentences with a number, in order, up to two", () => {
    const result = "Buyers were happy. Fill rate rose from 61% to 84%. Nobody complained. Waste fell by $1.2M. Churn halved.";
    expect(resultCues(result)).toEqual(["Fill rate rose from 61% to 84%.", "Waste fell by $1.2M."]);
    expect(resultCues("Fill rate rose to 84%. Waste fell by $1.2M.")).toEqual(["Fill rate rose to 84%.", "Waste fell by $1.2M."]);
  });

  it("falls back to the first sentence when no sentence carries a number", () => {
    expect(resultCues("The launch held. Everyone was relieved.")).toEqual(["The launch held."]);
    expect(resultCues("")).toEqual([]);
  });

  it("knows what a number is", () => {
    expect(carriesNumber("Cut costs by half")).toBe(true);
    expect(carriesNumber("a 2–3× speed-up")).toBe(true);
    expect(carriesNumber("The launch held")).toBe(false);
  });
});

describe("action steps", () => {
  it("returns all steps when there are four or fewer, in order", () => {
    const action = "I profiled the job. We reviewed it together. I rewrote the join. I added an alert.";
    expect(actionSteps(action)).toEqual(["I profiled the job", "We reviewed it together", "I rewrote the join", "I added an alert"]);
  });

  it("keeps four of five, dropping the 'we' step for the first-person ones", () => {
    const action = "I profiled the job. We reviewed it together. I rewrote the join. I added an alert. I wrote the runbook.";
    expect(actionSteps(action)).toEqual(["I profiled the job", "I rewrote the join", "I added an alert", "I wrote the runbook"]);
  });

  it("prefers 'I' over 'we' over neither, and keeps story order among the picked", () => {
    const action = "The team was new. We met daily. I set the plan. Nobody objected. We shipped. I reported it. Things settled.";
    expect(actionSteps(action)).toEqual(["We met daily", "I set the plan", "We shipped", "I reported it"]);
  });

  it("splits clauses that start with I and drops a short lead-in before I", () => {
    expect(actionSteps("He wanted to revert it; I suggested he split the error by store. Back at the office I changed the output.")).toEqual([
      "He wanted to revert it",
      "I suggested he split the error by store",
      "I changed the output",
    ]);
  });

  it("trims a long step at a clause", () => {
    const long = `I rewrote the feature step to process stores in chunks, moved the nightly job to spot instances launched by a scheduler, and added an alert to my phone when the run was late.`;
    const [step] = actionSteps(long);
    expect(step.length).toBeLessThanOrEqual(STEP_MAX_CHARS + 1);
    expect(step.endsWith("…")).toBe(true);
    expect(step.startsWith("I rewrote the feature step")).toBe(true);
  });
});

describe("story cues", () => {
  it("gives context, steps, numbered results and the learnings line", () => {
    const cues = storyCues({
      situation: "Two weeks before launch the model looked too good. Nobody had checked why.",
      action: "I checked the labels. I found the leak.",
      result: "The model launched one week late. It raised conversion by 38%.",
      learnings: "I now check labels first. Always.",
    });
    expect(cues).toEqual({
      context: "Two weeks before launch the model looked too good.",
      actions: ["I checked the labels", "I found the leak"],
      results: ["It raised conversion by 38%."],
      learning: "I now check labels first.",
    });
  });

  it("splits sentences without breaking numbers", () => {
    expect(splitSentences("It cost $6.5M a year. The run ended by 2:10 a.m. Then it stopped.")).toEqual(["It cost $6.5M a year.", "The run ended by 2:10 a.m.", "Then it stopped."]);
    expect(trimCue("short", 10)).toBe("short");
  });
});
