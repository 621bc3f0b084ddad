// The prep sheet (plain data) and its PDF: the glance, what each card says, the time budget, and a PDF that pdftotext
// can read back (every round title and planned story title) with no page per round.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLoopSheet, loopSheetFileName, oneLine, principleAbbr, slotMinutes, slugify } from "@/lib/export/loop-sheet";
import { renderLoopSheetPdf, toWinAnsi } from "@/lib/export/pdf";
import { buildLoopReport } from "@/lib/domain/report";
import { PRINCIPLE_CODES, type Loop, type Story } from "@/lib/domain/types";
import { makeStory } from "../fixtures/domain-factories";

function sheetFixture() {
  const leak = makeStory({
    id: "leak",
    projectId: "p1",
    title: "Label leak caught before launch",
    situation: "Two weeks before launch the model looked too good. Nobody had checked why.",
    result: "False positives fell from 4.1% to 1.2%, and the launch held.",
    metrics: [
      { label: "p95 latency", unit: "ms", before: 120, after: 74, direction: "lower-is-better" },
      { label: "throughput", unit: "", before: 100, after: 320, direction: "higher-is-better" },
    ],
    principles: [{ code: "dive-deep", weight: "primary" }, { code: "ownership", weight: "secondary" }],
  });
  const kafka = makeStory({ id: "kafka", projectId: "p2", title: "Kafka bill cut in half", principles: [{ code: "frugality", weight: "primary" }] });
  const intl = makeStory({ id: "intl", projectId: "p2", title: "Überarbeitung – 数据 pipeline ✓", principles: [{ code: "ownership", weight: "primary" }] });
  const loop: Loop & { company: string; role: string; level: string; date: string } = {
    id: "loop1",
    company: "Acme Corp.",
    role: "Data Engineer",
    level: "L6",
    date: "2026-12-01",
    rounds: [
      { id: "r1", title: "Phone screen", kind: "phone", minutes: 45, focus: ["dive-deep", "frugality"] },
      { id: "r2", title: "Bar Raiser", kind: "bar-raiser", minutes: 60, focus: ["ownership"] },
      { id: "r3", title: "Hiring manager", kind: "hiring-manager", minutes: 60, focus: ["customer-obsession"] },
    ],
    assignments: [
      { roundId: "r1", principle: "dive-deep", storyId: "leak", backupStoryId: "kafka" },
      { roundId: "r1", principle: "frugality", storyId: "kafka", backupStoryId: null },
      { roundId: "r2", principle: "ownership", storyId: "intl", backupStoryId: "leak" },
    ],
  };
  const stories: Story[] = [leak, kafka, intl];
  const projects = [
    { id: "p1", title: "Card fraud model" },
    { id: "p2", title: "Streaming migration" },
  ];
  return { loop, stories, projects, report: buildLoopReport(loop, stories) };
}

function pdfText(bytes: Buffer): { text: string; pages: number } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "starloop-pdf-")), "sheet.pdf");
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
}

describe("loop sheet", () => {
  it("has one card per slot with the cues, metrics before → after, backup, two questions and the time budget", () => {
    const sheet = buildLoopSheet({ ...sheetFixture(), today: "2026-11-20" });
    expect(sheet.heading).toBe("Acme Corp. — Data Engineer (L6)");
    expect(sheet.summary).toBe("Interview date: 2026-12-01 · 3 rounds · 3 of 4 slots planned");
    expect(sheet.rounds.map((r) => r.title)).toEqual(["Phone screen", "Bar Raiser", "Hiring manager"]);
    expect(sheet.cards).toHaveLength(4);
    const card = sheet.cards[0];
    expect(card.principleName).toBe("Dive Deep");
    expect(card.story?.projectTitle).toBe("Card fraud model");
    expect(card.story?.cues.results).toEqual(["False positives fell from 4.1% to 1.2%, and the launch held."]);
    expect(card.story?.cues.context).toBe("Two weeks before launch the model looked too good.");
    expect(card.story?.metrics).toEqual(["p95 latency: 120 ms → 74 ms (\u221238%)", "throughput: 100 → 320 (3.2×)"]);
    expect(card.backup?.title).toBe("Kafka bill cut in half");
    expect(card.questions).toHaveLength(2);
    expect(card.timeBudget).toBe("about 17 of 45 min");
    expect(sheet.cards[3].story).toBeNull();
  });

  it("at a glance: coverage, distinct projects, findings counted by severity and listed worst first", () => {
    const sheet = buildLoopSheet({ ...sheetFixture(), today: "2026-11-20" });
    expect(sheet.glance).toMatchObject({ slotCount: 4, plannedCount: 3, coveragePercent: 75, distinctProjects: 2 });
    expect(sheet.glance.findings.some((f) => f.text.includes("Round 3 (Hiring manager): no story planned for Customer Obsession"))).toBe(true);
    expect(sheet.glance.findings.every((f) => f.severity !== "tip")).toBe(true);
    const c = sheet.glance.findingCounts;
    expect(c.error + c.warning).toBe(sheet.glance.findings.length + sheet.glance.moreFindings);
    const ranks = sheet.glance.findings.map((f) => ["error", "warning", "tip"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("splits a round's minutes among its principles after introductions and your questions", () => {
    expect(slotMinutes(60, 3)).toBe(16);
    expect(slotMinutes(45, 1)).toBe(35);
    expect(slotMinutes(30, 1)).toBe(25);
    expect(slotMinutes(15, 2)).toBe(7);
  });

  it("cuts long sections to one line and names files after company and date", () => {
    expect(oneLine("  First sentence here.  Second one.")).toBe("First sentence here.");
    const long = oneLine("word ".repeat(60));
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long.endsWith("…")).toBe(true);
    expect(oneLine("")).toBe("");
    expect(slugify("Ächme Corp. (EU)")).toBe("achme-corp-eu");
    expect(loopSheetFileName("Acme", "2026-12-01", "2026-01-01")).toBe("starloop-acme-2026-12-01.pdf");
    expect(loopSheetFileName("数据", "", "2026-01-01")).toBe("starloop-loop-2026-01-01.pdf");
    expect(new Set(PRINCIPLE_CODES.map(principleAbbr)).size).toBe(PRINCIPLE_CODES.length);
  });
});

describe("loop sheet PDF", () => {
  it("contains the glance, every round title and planned story title, the cues and metrics", async () => {
    const sheet = buildLoopSheet({ ...sheetFixture(), today: "2026-11-20" });
    const bytes = await renderLoopSheetPdf(sheet);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = pdfText(bytes);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("The loop at a glance");
    for (const r of sheet.rounds) expect(flat).toContain(`Round ${r.number}: ${r.title}`);
    expect(flat).toContain("Label leak caught before launch");
    expect(flat).toContain("Kafka bill cut in half");
    expect(flat).toContain("Überarbeitung – ?? pipeline ?"); // outside Windows-1252: replaced, never corrupted
    expect(flat).toContain("120 ms -> 74 ms (-38%)");
    expect(flat).toContain("False positives fell from 4.1% to 1.2%");
    expect(pages).toBe(1); // three rounds, four small cards: no page per round any more
  });

  it("keeps Windows-1252 text and replaces the rest", () => {
    expect(toWinAnsi("“Café” — 3.2× €5 … −4%")).toBe("“Café” — 3.2× €5 … -4%");
    expect(toWinAnsi("日本 🙂")).toBe("?? ?");
  });
});
