// The loop page's packed bank: unpacking gives back what the ranking reads, and the pickers' ranking from the
// packed bank is the server's ranking from the full stories (same order, same strengths and concerns).
import { describe, expect, it } from "vitest";
import { packBank, unpackBank, type BankStory } from "@/components/slot-bank-data";
import { rankCandidates } from "@/lib/domain/rank-candidates";
import { PRINCIPLE_CODES } from "@/lib/domain/types";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

const r1 = makeRound({ title: "Phone screen", focus: ["ownership", "dive-deep"] });
const r2 = makeRound({ title: "Onsite", focus: ["ownership"] });
const stories = [
  makeStory({ title: "B story", projectId: "proj-a", principles: [primary("ownership"), secondary("dive-deep")] }),
  makeStory({ title: "A story", projectId: "proj-b", status: "draft", principles: [secondary("ownership")] }),
  makeStory({ title: "C story", projectId: "proj-a", principles: [primary(PRINCIPLE_CODES[15]), primary("dive-deep")] }),
  makeStory({ title: "D story", projectId: "proj-c", principles: [] }),
];
const loop = makeLoop({ rounds: [r1, r2], assignments: [makeAssignment(r1.id, "dive-deep", stories[2].id)] });
const readiness = new Map(stories.map((s, i) => [s.id, 40 + i * 20]));
const errors = new Set([stories[0].id]);
const bankStories: BankStory[] = stories.map((s) => ({
  ...s,
  projectTitle: `Title of ${s.projectId}`,
  readiness: readiness.get(s.id)!,
  hasErrors: errors.has(s.id),
}));

describe("packBank / unpackBank", () => {
  it("gives back every story's title, project title, status, readiness, error flag and principles in order", () => {
    const unpacked = unpackBank(packBank(bankStories, loop));
    expect(unpacked.map(({ projectId: _p, ...s }) => s)).toEqual(
      bankStories.map((s) => ({ id: s.id, title: s.title, projectTitle: s.projectTitle, status: s.status, readiness: s.readiness, hasErrors: s.hasErrors, principles: s.principles })),
    );
    // Stories of one project share one project key, stories of different projects do not.
    expect(unpacked[0].projectId).toBe(unpacked[2].projectId);
    expect(unpacked[0].projectId).not.toBe(unpacked[1].projectId);
  });

  it("ranks every slot as the server does from the full stories", () => {
    const packed = packBank(bankStories, loop);
    const unpacked = unpackBank(packed);
    for (const [roundId, principle] of [[r1.id, "ownership"], [r1.id, "dive-deep"], [r2.id, "ownership"]] as const) {
      const server = rankCandidates(loop, stories, roundId, principle, readiness, errors);
      const client = rankCandidates(packed.loop, unpacked, roundId, principle, readiness, errors);
      expect(server.length).toBeGreaterThan(0);
      expect(client).toEqual(server);
    }
  });
});
