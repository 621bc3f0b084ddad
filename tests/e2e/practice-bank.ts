// A small bank for the practice flows: three stories and a loop dated a week from today (computed, so it stays
// "next"), whose first round plans the Ownership story.
export function futureDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const story = (key: string, title: string, code: string, action: string) => ({
  key,
  projectKey: "p1",
  title,
  situation: `Our payments team at Northwind had a problem: ${title.toLowerCase()}.`,
  task: "I had to fix it before the quarter closed, without extra people.",
  action,
  result: "Failed payouts fell from 3.1% to 0.4% within six weeks and stayed there.",
  learnings: "I now write the rollback plan before the rollout plan.",
  status: "ready",
  angles: [],
  principles: [{ code, weight: "primary" }],
  metrics: [],
});

export function practiceBank(date = futureDay(7)) {
  return {
    format: "star-bank",
    version: 1,
    projects: [{ key: "p1", title: "Payouts reliability", organization: "Northwind" }],
    stories: [
      story("s1", "Orphaned payout job", "ownership", "I took over the abandoned job nobody owned, wrote its runbook and fixed its retries myself."),
      story("s2", "Ledger mismatch hunt", "dive-deep", "I read the raw ledger rows and traced the mismatch to a rounding rule."),
      story("s3", "Cheaper reconciliation", "frugality", "I replaced a paid reconciliation service with a nightly query."),
    ],
    loops: [
      {
        key: "loop",
        company: "Northwind Traders",
        role: "Payments Engineer",
        level: "L5",
        date,
        rounds: [
          { key: "r1", title: "Phone screen", kind: "phone", minutes: 45, focus: ["ownership"], assignments: [{ principle: "ownership", storyKey: "s1" }] },
          { key: "r2", title: "Onsite deep dive", kind: "onsite", minutes: 60, focus: ["dive-deep"], assignments: [{ principle: "dive-deep", storyKey: "s2" }] },
        ],
      },
    ],
  };
}
