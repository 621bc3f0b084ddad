// The demo bank (prisma/demo-bank.ts) can fill every shipped Amazon template: checked with the app's own rules
// (quality, similarity, the loop report) and an independent bipartite matching written here.
import { describe, it, expect } from "vitest";
import { DEMO_BANK, DEMO_DEEP_DIVES, DEMO_LOOP, DEMO_REHEARSALS, planDemoLoop } from "@/prisma/demo-bank";
import { SHIPPED_QUESTIONS } from "@/lib/domain/questions";
import { REHEARSAL_LIMITS } from "@/lib/domain/rehearsal";
import { checkDeepDive, countWrittenSections } from "@/lib/domain/deep-dive";
import { planLoop } from "@/lib/domain/autoplan";
import { listSlots, type Slot } from "@/lib/domain/coverage";
import { assessStory } from "@/lib/domain/quality";
import { buildLoopReport } from "@/lib/domain/report";
import { ANGLE_JACCARD_THRESHOLD, TEXT_COSINE_THRESHOLD } from "@/lib/domain/reuse";
import { buildStoryIndex, cosine, jaccard } from "@/lib/domain/similarity";
import { LOOP_TEMPLATES } from "@/lib/domain/templates";
import type { Assignment, Loop, PrincipleCode, Story } from "@/lib/domain/types";
import { checkStory, countAnsweredFollowUps } from "@/lib/domain/quality";
import { storyInputSchema } from "@/lib/validation/story";

/** The demo stories as the rules see them: the key is the id, the project key the project id. */
const STORIES: Story[] = DEMO_BANK.stories.map(({ key, projectKey, ...rest }) => ({
  ...rest,
  id: key,
  projectId: projectKey,
  angles: [...rest.angles],
  principles: rest.principles.map((p) => ({ ...p })),
  metrics: rest.metrics.map((m) => ({ ...m })),
}));
const READY = STORIES.filter((s) => s.status === "ready");

const AMAZON_TEMPLATES = LOOP_TEMPLATES.filter((t) => t.id !== "blank");

/** Every principle a Bar Raiser round of a shipped template asks about: the strictest context for Q6. */
const BAR_RAISER_PRINCIPLES: PrincipleCode[] = [
  ...new Set(AMAZON_TEMPLATES.flatMap((t) => t.rounds.filter((r) => r.kind === "bar-raiser").flatMap((r) => r.focus))),
];

/** The eight stories the demo shipped with; tests and screenshots refer to them by title. */
const ORIGINAL_STORIES: Record<string, { title: string; status: "ready" | "draft" }> = {
  "label-leak": { title: "Catching a label leak six weeks before launch", status: "ready" },
  "graduated-thresholds": { title: "Auto-decline or review: settling a threshold dispute with a test", status: "ready" },
  "threshold-outage": { title: "A threshold change that declined 6,400 good orders", status: "ready" },
  "mentoring-priya": { title: "Getting a stuck junior engineer to own the biggest pipeline", status: "ready" },
  "kafka-bill": { title: "Halving the streaming bill without slowing the migration", status: "ready" },
  "one-depot-pilot": { title: "Starting with one depot instead of a month of planning", status: "draft" },
  "experimentation-platform": { title: "Turning one-off pricing tests into a self-serve platform", status: "ready" },
  "seller-fee-test": { title: "Holding back a fee increase that looked like a win", status: "draft" },
};

const primaries = (s: Story) => s.principles.filter((p) => p.weight === "primary").map((p) => p.code);

/**
 * Maximum bipartite matching by augmenting paths (Kuhn): left vertex i may take any right vertex in adj[i].
 * Returns, for each left vertex, the right vertex it got or -1.
 */
function maxMatching(adj: readonly (readonly number[])[], rightCount: number): number[] {
  const leftOf = new Array<number>(rightCount).fill(-1);
  const rightOf = new Array<number>(adj.length).fill(-1);
  const tryAugment = (i: number, seen: boolean[]): boolean => {
    for (const j of adj[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (leftOf[j] === -1 || tryAugment(leftOf[j], seen)) {
        leftOf[j] = i;
        rightOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < adj.length; i++) tryAugment(i, new Array<boolean>(rightCount).fill(false));
  return rightOf;
}

/** For each slot, the ready stories (indexes into `pool`) tagged with its principle. */
function candidates(slots: readonly Slot[], pool: readonly Story[]): number[][] {
  return slots.map((slot) =>
    pool.flatMap((s, j) => (s.principles.some((p) => p.code === slot.principle) ? [j] : [])),
  );
}

interface TemplatePlan {
  slots: Slot[];
  main: (Story | null)[];
  backup: (Story | null)[];
  loop: Loop;
}

function planTemplate(templateId: string): TemplatePlan {
  const template = AMAZON_TEMPLATES.find((t) => t.id === templateId)!;
  const rounds = template.rounds.map((r, i) => ({ ...r, focus: [...r.focus], id: `round-${i + 1}` }));
  const slots = listSlots({ rounds });

  const mainMatch = maxMatching(candidates(slots, READY), READY.length);
  const main = mainMatch.map((j) => (j === -1 ? null : READY[j]));
  const used = new Set(main.flatMap((s) => (s === null ? [] : [s.id])));
  const rest = READY.filter((s) => !used.has(s.id));
  const backupMatch = maxMatching(candidates(slots, rest), rest.length);
  const backup = backupMatch.map((j) => (j === -1 ? null : rest[j]));

  const assignments: Assignment[] = slots.flatMap((slot, k) => {
    const story = main[k];
    return story === null
      ? []
      : [{ roundId: slot.roundId, principle: slot.principle, storyId: story.id, backupStoryId: backup[k]?.id ?? null }];
  });
  return { slots, main, backup, loop: { id: `loop-${templateId}`, level: "L5", rounds, assignments } };
}

describe("demo bank contents", () => {
  it("has at least five projects, unique keys and titles, and every story in a known project", () => {
    expect(DEMO_BANK.projects.length).toBeGreaterThanOrEqual(5);
    const projectKeys = new Set(DEMO_BANK.projects.map((p) => p.key));
    expect(projectKeys.size).toBe(DEMO_BANK.projects.length);
    expect(new Set(DEMO_BANK.stories.map((s) => s.key)).size).toBe(DEMO_BANK.stories.length);
    expect(new Set(DEMO_BANK.stories.map((s) => s.title)).size).toBe(DEMO_BANK.stories.length);
    for (const s of DEMO_BANK.stories) expect(projectKeys.has(s.projectKey), s.key).toBe(true);
  });

  it("keeps the eight original stories with their titles and statuses, first in the file (the seed lists them on top)", () => {
    expect(DEMO_BANK.stories.slice(0, 8).map((s) => s.key)).toEqual(Object.keys(ORIGINAL_STORIES));
    for (const [key, { title, status }] of Object.entries(ORIGINAL_STORIES)) {
      const story = DEMO_BANK.stories.find((s) => s.key === key);
      expect(story, key).toBeDefined();
      expect(story?.title).toBe(title);
      expect(story?.status).toBe(status);
    }
  });

  it("ready stories have no finding at all, even where a Bar Raiser asks their principles", () => {
    for (const story of READY) {
      const { findings } = assessStory(story, { barRaiserPrinciples: BAR_RAISER_PRINCIPLES });
      expect(findings.map((f) => `${f.code}: ${f.message}`), story.id).toEqual([]);
    }
  });

  it("ready stories lead with a headline and a 30-second version inside their limits, and carry 2+ answered follow-ups", () => {
    for (const story of READY) {
      const parsed = storyInputSchema.safeParse({ projectId: "p", title: story.title, headline: story.headline, shortVersion: story.shortVersion, followUps: story.followUps });
      expect(parsed.success, `${story.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(story.headline?.trim(), story.id).toBeTruthy();
      expect(story.shortVersion?.trim(), story.id).toBeTruthy();
      expect(countAnsweredFollowUps(story), story.id).toBeGreaterThanOrEqual(2);
      // Planned in a Bar Raiser round, still no finding.
      expect(checkStory(story, { barRaiserPrinciples: BAR_RAISER_PRINCIPLES, plannedInBarRaiser: true }), story.id).toEqual([]);
    }
  });

  it("drafts keep at least one error or warning for a new user to see", () => {
    const drafts = STORIES.filter((s) => s.status === "draft");
    expect(drafts.map((s) => s.id).sort()).toEqual(["one-depot-pilot", "seller-fee-test"]);
    for (const story of drafts) {
      const { findings } = assessStory(story);
      expect(findings.some((f) => f.severity !== "tip"), story.id).toBe(true);
    }
  });

  it("ready stories are tagged like a careful candidate would: 1–4 principles, at most 2 primary, metrics with a before", () => {
    for (const story of READY) {
      expect(story.principles.length, story.id).toBeGreaterThanOrEqual(1);
      expect(story.principles.length, story.id).toBeLessThanOrEqual(4);
      expect(primaries(story).length, story.id).toBeGreaterThanOrEqual(1);
      expect(primaries(story).length, story.id).toBeLessThanOrEqual(2);
      expect(story.angles.length, story.id).toBeGreaterThanOrEqual(1);
      expect(story.metrics.length, story.id).toBeGreaterThanOrEqual(1);
      expect(story.metrics.length, story.id).toBeLessThanOrEqual(3);
      for (const m of story.metrics) expect(m.before, `${story.id}: ${m.label}`).not.toBeNull();
    }
  });

  it("carries the L6 level signals: ready stories with the angles mentoring and ambiguity", () => {
    const withAngle = (angle: string) => READY.filter((s) => s.angles.includes(angle)).length;
    expect(withAngle("mentoring")).toBeGreaterThanOrEqual(2);
    expect(withAngle("ambiguity")).toBeGreaterThanOrEqual(2);
  });

  it("no two stories of one project share a primary principle or overlap in angles (R2 can be avoided)", () => {
    for (const a of STORIES) {
      for (const b of STORIES) {
        if (a.id >= b.id || a.projectId !== b.projectId) continue;
        const pair = `${a.id} / ${b.id}`;
        const shared = primaries(a).filter((code) => primaries(b).includes(code));
        const overlap = jaccard(a.angles, b.angles);
        // The rule asked for: never both at once.
        expect(shared.length > 0 && overlap >= ANGLE_JACCARD_THRESHOLD, pair).toBe(false);
        // What the bank actually holds: neither, so any pair of one project can be told in two rounds.
        expect(shared, pair).toEqual([]);
        expect(overlap, pair).toBeLessThan(ANGLE_JACCARD_THRESHOLD);
      }
    }
  });

  it("no two stories anywhere read alike (TF-IDF cosine below the R2 threshold)", () => {
    const index = buildStoryIndex(STORIES);
    for (let i = 0; i < STORIES.length; i++) {
      for (let j = i + 1; j < STORIES.length; j++) {
        const c = cosine(index, STORIES[i].id, STORIES[j].id);
        expect(c, `${STORIES[i].id} / ${STORIES[j].id}`).toBeLessThan(TEXT_COSINE_THRESHOLD);
      }
    }
  });
});

describe("demo deep-dive", () => {
  it("one project has a full worksheet that passes every deep-dive check at L6 and L7", () => {
    expect(DEMO_DEEP_DIVES).toHaveLength(1);
    const [dd] = DEMO_DEEP_DIVES;
    expect(DEMO_BANK.projects.some((p) => p.key === dd.projectKey)).toBe(true);
    expect(countWrittenSections(dd)).toBe(8);
    expect(dd.options.length).toBeGreaterThanOrEqual(2);
    expect(dd.options.filter((o) => o.chosen)).toHaveLength(1);
    for (const level of ["L6", "L7"]) expect(checkDeepDive(dd, { level })).toEqual([]);
    for (const section of ["scope", "role", "timeline", "tradeoffs", "communication", "impact", "mechanisms", "nextSteps"] as const) {
      expect(dd[section].length).toBeLessThanOrEqual(5000);
    }
  });
});

describe.each(AMAZON_TEMPLATES.map((t) => [t.name, t.id] as const))("the demo bank fills the %s template", (_name, id) => {
  const plan = planTemplate(id);
  const half = Math.floor(plan.slots.length / 2);

  it("covers every slot with a different ready story", () => {
    expect(plan.slots.length).toBeGreaterThan(0);
    const uncovered = plan.slots.filter((_, k) => plan.main[k] === null).map((s) => `${s.roundId} × ${s.principle}`);
    expect(uncovered).toEqual([]);
    expect(new Set(plan.main.map((s) => s?.id)).size).toBe(plan.slots.length);
  });

  it("leaves a distinct tagged backup for at least half of the slots", () => {
    const backups = plan.backup.filter((s): s is Story => s !== null);
    expect(backups.length).toBeGreaterThanOrEqual(Math.ceil(plan.slots.length / 2));
    expect(new Set(backups.map((s) => s.id)).size).toBe(backups.length);
    const mains = new Set(plan.main.map((s) => s?.id));
    for (const [k, b] of plan.backup.entries()) {
      if (b === null) continue;
      expect(mains.has(b.id), b.id).toBe(false);
      expect(b.principles.some((p) => p.code === plan.slots[k].principle), b.id).toBe(true);
    }
  });

  it("no project can hold more than half the slots, whatever distinct stories are picked", () => {
    const focus = new Set(plan.slots.map((s) => s.principle));
    for (const project of DEMO_BANK.projects) {
      const usable = READY.filter((s) => s.projectId === project.key && s.principles.some((p) => focus.has(p.code)));
      expect(usable.length, project.key).toBeLessThanOrEqual(half);
    }
  });

  it("the app's loop report on that plan: full coverage, no reuse finding, no story finding", () => {
    const report = buildLoopReport(plan.loop, STORIES);
    expect(report.coverage.score).toBe(1);
    expect(report.coverage.uncovered).toEqual([]);
    expect(report.coverage.depth.every((d) => d.readyStories >= d.target)).toBe(true);
    expect(report.reuse.findings).toEqual([]);
    expect(report.reuse.distinctProjects).toBeGreaterThanOrEqual(3);
    expect(report.storyFindings).toEqual([]);
  });

  it("Plan for me (the app's planner) also fills every slot with distinct stories, and the L6 report is clean", () => {
    const readiness = new Map(STORIES.map((s) => [s.id, assessStory(s).readiness]));
    const loop: Loop = { ...plan.loop, level: "L6", assignments: [] };
    const planned = planLoop(loop, STORIES, readiness);
    expect(planned.added.length).toBe(plan.slots.length);
    expect(new Set(planned.added.map((a) => a.storyId)).size).toBe(plan.slots.length);
    const report = buildLoopReport({ ...loop, assignments: planned.assignments }, STORIES);
    expect(report.coverage.score).toBe(1);
    expect(report.reuse.findings.map((f) => f.message)).toEqual([]);
    expect(report.storyFindings).toEqual([]);
  });
});

describe("the demo's practice history", () => {
  const byKey = new Map(STORIES.map((s) => [s.id, s]));
  const shipped = new Map(SHIPPED_QUESTIONS.map((q) => [q.id, q]));

  it("has 15–25 rehearsals over the last three weeks, one gap, some by a mentor, each valid", () => {
    expect(DEMO_REHEARSALS.length).toBeGreaterThanOrEqual(15);
    expect(DEMO_REHEARSALS.length).toBeLessThanOrEqual(25);
    expect(DEMO_REHEARSALS.filter((r) => r.storyKey === null)).toHaveLength(1);
    expect(DEMO_REHEARSALS.some((r) => r.mentor)).toBe(true);
    for (const r of DEMO_REHEARSALS) {
      expect(r.daysAgo, r.questionId).toBeGreaterThanOrEqual(0);
      expect(r.daysAgo, r.questionId).toBeLessThanOrEqual(21);
      expect(shipped.get(r.questionId)?.principles, r.questionId).toContain(r.principle);
      expect(r.durationSeconds).toBeGreaterThanOrEqual(REHEARSAL_LIMITS.minSeconds);
      expect(r.durationSeconds).toBeLessThanOrEqual(REHEARSAL_LIMITS.maxSeconds);
      for (const n of r.ratings) expect(n >= 1 && n <= 5 && Number.isInteger(n)).toBe(true);
      if (r.storyKey !== null) expect(byKey.get(r.storyKey)?.principles.map((p) => p.code), r.storyKey).toContain(r.principle);
    }
  });

  it("the demo loop, planned as seeding plans it, shows rehearsal coverage and not-rehearsed tips 10 days out", () => {
    const now = new Date("2026-12-01T20:00:00Z");
    const plan = planDemoLoop("2026-12-01");
    const rounds = plan.rounds.map(({ projectKey, ...r }, i) => ({ ...r, id: `r${i}`, projectId: projectKey }));
    const assignments = plan.assignments.map((a) => ({ roundId: `r${a.round}`, principle: a.principle, storyId: a.storyKey, backupStoryId: a.backupStoryKey }));
    const day = 86_400_000;
    const date = new Date(now.getTime() + DEMO_LOOP.daysAhead * day).toISOString().slice(0, 10);
    const rows = DEMO_REHEARSALS.map((r) => ({ storyId: r.storyKey, createdAt: new Date(now.getTime() - r.daysAgo * day - 3 * 3600_000) }));
    const report = buildLoopReport({ id: "demo", level: DEMO_LOOP.level, rounds, assignments }, STORIES, { rehearsals: { date, now, rows } });
    expect(report.coverage.uncovered).toEqual([]);
    expect(report.rehearsal!.rehearsedTwice).toBeGreaterThanOrEqual(3);
    expect(report.rehearsal!.rehearsedTwice).toBeLessThan(report.rehearsal!.planned);
    expect(report.rehearsalFindings!.length).toBeGreaterThan(0);
    expect(report.rehearsalFindings!.every((f) => f.severity === "tip")).toBe(true);
  });
});

describe("the demo's planned Data Scientist loop (prisma/demo-bank.ts)", () => {
  const plan = planDemoLoop("2026-12-01");
  const template = LOOP_TEMPLATES.find((t) => t.id === DEMO_LOOP.templateId)!;
  const rounds = plan.rounds.map(({ projectKey, ...r }, i) => ({ ...r, id: `r${i}`, projectId: projectKey }));
  const loop: Loop = {
    id: "demo-loop",
    level: DEMO_LOOP.level,
    rounds,
    assignments: plan.assignments.map((a) => ({ roundId: `r${a.round}`, principle: a.principle, storyId: a.storyKey, backupStoryId: a.backupStoryKey })),
  };

  it("uses the Data Scientist template, dated after the seed day", () => {
    expect(template.id).toBe("amazon-data-scientist");
    expect(plan.rounds.map((r) => r.title)).toEqual(template.rounds.map((r) => r.title));
    expect(plan.date > "2026-12-01").toBe(true);
  });

  it("plans all 16 principle slots of the template with a different story", () => {
    const slots = listSlots(loop);
    expect(slots.length).toBe(template.rounds.reduce((n, r) => n + r.focus.length, 0));
    expect(slots.length).toBe(16);
    expect(plan.assignments.length).toBe(slots.length);
    expect(new Set(plan.assignments.map((a) => a.storyKey)).size).toBe(slots.length);
  });

  it("plans the depth round with the demo's deep-dive project, whose worksheet passes the L6 checks", () => {
    const depth = plan.rounds.filter((r) => r.kind === "deep-dive");
    expect(depth).toHaveLength(1);
    expect(depth[0].projectKey).toBe(DEMO_LOOP.deepDiveProjectKey);
    expect(depth[0].focus).toEqual([]);
    const worksheet = DEMO_DEEP_DIVES.find((d) => d.projectKey === DEMO_LOOP.deepDiveProjectKey);
    expect(worksheet).toBeDefined();
    expect(checkDeepDive(worksheet!, { level: DEMO_LOOP.level })).toEqual([]);
  });

  it("the app's loop report on it: full coverage, no reuse finding (no deep-dive overlap), no story finding", () => {
    const report = buildLoopReport(loop, STORIES);
    expect(report.coverage.score).toBe(1);
    expect(report.reuse.findings.map((f) => f.message)).toEqual([]);
    expect(report.reuse.distinctProjects).toBeGreaterThanOrEqual(4);
    expect(report.storyFindings.map((f) => `${f.storyId}: ${f.code}`)).toEqual([]);
  });
});
