// Must show (issue 17): the demo's Data Scientist loop, every principle slot planned from the demo bank and the depth
// round on the forecasting project, prints as a PDF of at most 5 A4 pages, none less than a third full except the
// last, with the glance, every planned title, a result number and the deep-dive worksheet. Read back with poppler.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderLoopSheetPdf } from "@/lib/export/pdf";
import { buildDemoLoopSheet, demoDeepDive } from "../fixtures/demo-sheet";

const hasPoppler = (() => {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPoppler) console.warn("prep-sheet-pdf: skipped, pdfinfo (poppler-utils) is not installed");

const A4 = { width: 595.28, height: 841.89 };

async function printDemo() {
  const sheet = buildDemoLoopSheet("2026-12-01", { deepDive: demoDeepDive() });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "starloop-sheet-")), "sheet.pdf");
  writeFileSync(file, await renderLoopSheetPdf(sheet));
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  // Text lines per page, without the running footer ("… page N of M"): how full each page is.
  const perPage = Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", file, "-"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.trim() && !/page \d+ of \d+\s*$/.test(line)),
  );
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  return { sheet, pages, size: { w, h }, perPage, text };
}

describe.skipIf(!hasPoppler)("the demo Data Scientist prep sheet as a PDF", () => {
  it("plans every slot of the loop and the depth round", async () => {
    const { sheet } = await printDemo();
    expect(sheet.glance.slotCount).toBe(16);
    expect(sheet.glance.plannedCount).toBe(sheet.glance.slotCount);
    expect(sheet.deepDive?.projectTitle).toBe("Store demand forecasting and replenishment");
    expect(sheet.rounds.some((r) => r.kind === "deep-dive" && r.deepDiveProject === "Store demand forecasting and replenishment")).toBe(true);
  });

  it("fits at most 5 A4 pages, none less than a third full except the last", async () => {
    const { pages, size, perPage } = await printDemo();
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    expect(size.w).toBeCloseTo(A4.width, 0);
    expect(size.h).toBeCloseTo(A4.height, 0);
    const lines = perPage.map((p) => p.length);
    const fullest = Math.max(...lines);
    for (const [i, n] of lines.slice(0, -1).entries()) expect(n, `page ${i + 1}: ${n} of ${fullest} lines (${lines.join(", ")})`).toBeGreaterThanOrEqual(fullest / 3);
  });

  it("says what matters: the glance, every planned title, a result's number, the deep-dive worksheet", async () => {
    const { sheet, text } = await printDemo();
    expect(text).toContain("The loop at a glance");
    expect(text).toContain("Coverage 100%");
    for (const card of sheet.cards) expect(text, card.story?.title).toContain(card.story?.title.replace(/\s+/g, " ") ?? "missing");
    // A number that comes in the result's second sentence is kept (the old sheet printed only the first sentence).
    expect(text).toContain("38% more fraud dollars");
    expect(text).toContain("Deep-dive worksheet: Store demand forecasting and replenishment");
    expect(text).toContain("Options & trade-offs");
    expect(text).toContain("Follow-ups");
    expect(text).toContain("Likely Qs");
  });
});
