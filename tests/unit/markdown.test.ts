// The Markdown export: projects → stories with every section, principles, angles and metrics, then the loops;
// user text never breaks the document's structure.
import { describe, expect, it } from "vitest";
import { bankToMarkdown, escapeInline } from "@/lib/export/markdown";
import type { Backup } from "@/lib/validation/backup";

const bank: Backup = {
  format: "star-bank",
  version: 2,
  projects: [
    { key: "p1", title: "Card fraud model", organization: "Kestrel Pay", period: "2021 – 2022", context: "Rules were failing.\n\nChargebacks rose.", role: "Senior data scientist", scope: "5 people" },
    { key: "p2", title: "Empty project", organization: "", period: "", context: "", role: "", scope: "" },
  ],
  stories: [
    {
      key: "s1",
      projectKey: "p1",
      title: "Label *leak* [caught]",
      situation: "Two weeks before launch.\n# not a heading",
      task: "Find out why.",
      action: "I rebuilt the features.",
      result: "False positives fell.",
      learnings: "",
      status: "ready",
      angles: ["failure", "technical depth"],
      principles: [
        { code: "dive-deep", weight: "primary" },
        { code: "ownership", weight: "secondary" },
      ],
      metrics: [
        { label: "p95 latency", unit: "ms", before: 120, after: 74, direction: "lower-is-better" },
        { label: "savings", unit: "$", before: null, after: 1_200_000, direction: "higher-is-better" },
      ],
      headline: "Cut false positives by 40% before launch",
      shortVersion: "A label leak inflated the model; I rebuilt the features and launched on time.",
      followUps: [
        { question: "How did you measure that?", answer: "Against a held-out month of chargebacks.", source: "suggested", suggestionKey: "finding:result-unquantified" },
        { question: "Who *else* helped?", answer: "", source: "own", suggestionKey: null },
      ],
    },
  ],
  questions: [{ key: "q1", text: "Tell me about a *time* you cut cost.", principles: ["frugality"] }],
  rehearsals: [],
  deepDives: [],
  loops: [
    {
      key: "l1",
      company: "Acme",
      role: "Data Engineer",
      templateId: "blank",
      level: "L5",
      date: "2026-12-01",
      rounds: [
        { key: "r1", title: "Phone screen", kind: "phone", minutes: 45, focus: ["dive-deep", "frugality"], assignments: [{ principle: "dive-deep", storyKey: "s1" }] },
      ],
    },
  ],
};

describe("bankToMarkdown", () => {
  const md = bankToMarkdown(bank, { ownerName: "Dana Reyes", date: "2026-11-20" });

  it("has a title and counts", () => {
    expect(md.startsWith("# StarLoop bank — Dana Reyes\n\nExported 2026-11-20 · 2 projects · 1 story · 1 loop\n")).toBe(true);
  });

  it("writes each project with its details, then its stories with every section", () => {
    expect(md).toContain("## Card fraud model\n\n_Kestrel Pay · 2021 – 2022_\n\n**Role:** Senior data scientist\n\n**Scope:** 5 people\n\nRules were failing.\n\nChargebacks rose.");
    expect(md).toContain("### Label \\*leak\\* \\[caught\\]");
    for (const section of ["Situation", "Task", "Action", "Result", "Learnings"]) expect(md).toContain(`#### ${section}\n`);
    expect(md).toContain("#### Learnings\n\n_(empty)_");
    expect(md).toContain("\\# not a heading");
    expect(md).toContain("## Empty project\n\n_No stories from this project yet._");
  });

  it("lists principles with weights, angles and metrics with derived changes", () => {
    expect(md).toContain("- **Status:** ready");
    expect(md).toContain("- **Principles:** Dive Deep (primary), Ownership (secondary)");
    expect(md).toContain("- **Angles:** failure, technical depth");
    expect(md).toContain("  - \u221238% p95 latency (120 ms → 74 ms, lower is better)");
    expect(md).toContain("  - $1.2M savings ($1.2M, higher is better)");
  });

  it("leads a story with its headline and carries the 30-second version and the follow-ups", () => {
    const md = bankToMarkdown(bank);
    expect(md).toContain("> **Cut false positives by 40% before launch**");
    expect(md).toContain("#### 30-second version\n\nA label leak inflated the model; I rebuilt the features and launched on time.");
    expect(md).toContain("1. **How did you measure that?**\n   Against a held-out month of chargebacks.");
    expect(md).toContain("2. **Who \\*else\\* helped?**\n   _(no answer yet)_");
  });

  it("ends with the loops' plans", () => {
    expect(md).toContain("### Acme — Data Engineer (L5), 2026-12-01");
    expect(md).toContain("1. **Phone screen** (45 min) — Dive Deep, Frugality");
    expect(md).toContain("   - Dive Deep: _Label \\*leak\\* \\[caught\\]_");
    expect(md).toContain("   - Frugality: no story planned");
  });

  it("lists the user's own questions with their principles, escaped", () => {
    expect(md).toContain("## My questions\n\n- Tell me about a \\*time\\* you cut cost. — Frugality");
    expect(bankToMarkdown({ ...bank, questions: [] })).not.toContain("## My questions");
  });

  it("says so when the bank is empty", () => {
    expect(bankToMarkdown({ ...bank, projects: [], stories: [], loops: [] })).toContain("_No projects yet._");
  });

  it("writes a project's deep-dive under the project, and a deep-dive round with its project", () => {
    const md = bankToMarkdown({
      ...bank,
      deepDives: [
        {
          projectKey: "p1",
          scope: "Chargebacks had doubled.",
          role: "I led the rebuild.",
          timeline: "Six weeks.",
          tradeoffs: "Speed against recall.",
          communication: "Weekly notes.",
          impact: "",
          mechanisms: "A drift alarm.",
          nextSteps: "",
          options: [
            { title: "Tune the rules", tradeoffs: "Fast, capped", chosen: false },
            { title: "A *new* model", tradeoffs: "", chosen: true },
          ],
          metrics: [{ label: "chargebacks", unit: "%", before: 2, after: 0.5, direction: "lower-is-better" }],
        },
      ],
      loops: [{ ...bank.loops[0], rounds: [...bank.loops[0].rounds, { key: "dd", title: "Depth", kind: "deep-dive", minutes: 60, focus: [], assignments: [], projectKey: "p1" }] }],
    });
    const section = md.slice(md.indexOf("### Deep-dive"), md.indexOf("## Empty project"));
    expect(section).toContain("#### Scope & ambiguity\n\nChargebacks had doubled.");
    expect(section).toContain("#### Options weighed\n\n1. **Tune the rules** — Fast, capped\n2. **A \\*new\\* model** (chosen)");
    expect(section).toContain("#### Next steps / what I would improve\n\n_(empty)_");
    expect(section).toMatch(/chargebacks/);
    expect(md).toContain("**Depth** (60 min) — deep-dive: _Card fraud model_ end to end");
  });

  it("escapes inline Markdown", () => {
    expect(escapeInline("a_b <script> | #1")).toBe("a\\_b \\<script\\> \\| \\#1");
    expect(escapeInline("- item")).toBe("\\- item");
  });
});
