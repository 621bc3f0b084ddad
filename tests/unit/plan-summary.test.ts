import { describe, expect, it } from "vitest";
import { planLoop } from "../../lib/domain/autoplan";
import { summarizePlan } from "../../lib/domain/plan-summary";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

describe("summarizePlan", () => {
  const phone = makeRound({ title: "Phone", focus: ["ownership"] });
  const onsite = makeRound({ title: "Onsite", focus: ["dive-deep", "earn-trust", "frugality"] });
  const bar = makeRound({ title: "Bar Raiser", focus: ["think-big"] });
  const told = makeStory({ title: "Kafka migration", projectId: "kafka", principles: [primary("ownership"), primary("think-big")] });
  const deep = makeStory({
    title: "Pricing bug",
    projectId: "kafka",
    status: "draft",
    principles: [primary("dive-deep"), secondary("earn-trust")],
  });
  const spare = makeStory({ title: "On-call rota", projectId: "oncall", principles: [secondary("ownership")] });
  const loop = makeLoop({ rounds: [phone, onsite, bar], assignments: [makeAssignment(phone.id, "ownership", told.id)] });
  const bank = [told, deep, spare];
  const readiness = new Map([[told.id, 90], [deep.id, 64], [spare.id, 50]]);
  const plan = planLoop(loop, bank, readiness);
  const summary = summarizePlan(loop, plan, bank, readiness);

  it("groups picks by round in focus order, with the backup, and lists a kept slot that only got a backup", () => {
    expect(summary.rounds.map((r) => r.roundTitle)).toEqual(["Phone", "Onsite"]);
    expect(summary.rounds[0].picks).toEqual([
      expect.objectContaining({ storyTitle: "Kafka migration", backupTitle: "On-call rota", kept: true, strengths: [], concerns: [] }),
    ]);
    expect(summary.rounds[1].picks.map((p) => [p.principleName, p.storyTitle, p.kept])).toEqual([
      ["Dive Deep", "Pricing bug", false],
      ["Earn Trust", "Pricing bug", false],
    ]);
  });

  it("splits each pick's reasons into strengths and concerns", () => {
    const [diveDeep, earnTrust] = summary.rounds[1].picks;
    expect(diveDeep.strengths).toEqual(["primary", "readiness 64"]);
    expect(diveDeep.concerns).toEqual(["draft", "project already in the loop", "also in this round"]);
    expect(earnTrust.concerns).toEqual(["secondary", "draft", "project already in the loop", "also in this round"]);
  });

  it("says why each empty slot stays empty", () => {
    expect(summary.unfilled).toEqual([
      { roundId: onsite.id, roundTitle: "Onsite", principle: "frugality", reason: "no-tagged-story", message: "No story is tagged with Frugality." },
      {
        roundId: bar.id,
        roundTitle: "Bar Raiser",
        principle: "think-big",
        reason: "taken-elsewhere",
        message: "Every story for Think Big is already planned in another round.",
      },
    ]);
  });

  it("names a new project, readiness and errors", () => {
    const round = makeRound({ title: "Solo", focus: ["ownership"] });
    const broken = makeStory({ title: "Broken", situation: "", principles: [primary("ownership")] });
    const solo = makeLoop({ rounds: [round] });
    const soloPlan = planLoop(solo, [broken], new Map([[broken.id, 80]]));
    const [pick] = summarizePlan(solo, soloPlan, [broken], new Map([[broken.id, 80]])).rounds[0].picks;
    expect(pick.strengths).toEqual(["primary", "new project in the loop", "readiness 80"]);
    expect(pick.concerns).toEqual(["draft", "has errors"]);
  });
});
