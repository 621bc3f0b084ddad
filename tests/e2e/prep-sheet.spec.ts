// The prep sheet, as the demo candidate opens it: the planned Data Scientist loop's print view (the glance, a card per
// slot, the deep-dive worksheet), the PDF downloaded from it and read back with pdfinfo/pdftotext (at most 5 A4 pages,
// every planned title, a result's number, the worksheet), and a per-story print that still works.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("the demo Data Scientist loop prints as a prep sheet of at most 5 A4 pages and downloads as a PDF of at most 5", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto("/loops");
  await page.getByRole("link", { name: /Amazon — Data Scientist/ }).first().click();
  await expect(page).toHaveURL(/\/loops\/[^/]+$/);
  const loopId = new URL(page.url()).pathname.split("/").pop() ?? "";

  await page.goto(`/loops/${loopId}/print`);
  await expect(page.getByRole("heading", { level: 1, name: "Amazon — Data Scientist (L6)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The loop at a glance" })).toBeVisible();
  await expect(page.getByText(/Coverage 100% \(16 of 16 slots planned\)/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Story cards" })).toBeVisible();
  const cards = page.getByRole("article", { name: /, round \d+$/ });
  await expect(cards).toHaveCount(16);
  await expect(page.getByRole("heading", { name: "Deep-dive worksheet: Store demand forecasting and replenishment" })).toBeVisible();
  // The label-leak card keeps its result's number, which comes in the second sentence.
  await expect(page.getByRole("article", { name: "Dive Deep, round 2" })).toContainText("38% more fraud dollars");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
  await page.screenshot({ path: "test-results/prep-sheet-print.png", fullPage: true });
  // The browser's own print (the page's @page rule: A4; two columns of cards that never split) fits 5 pages too.
  const printed = "test-results/prep-sheet-print-A4.pdf";
  await page.pdf({ path: printed, format: "A4", preferCSSPageSize: true });
  const printedPages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [printed], { encoding: "utf8" }))?.[1] ?? 0);
  // Text lines per printed page in reading order (both columns; -layout would merge them): no page less than a third full except the last (the PDF's rule too).
  const printedLines = Array.from({ length: printedPages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), printed, "-"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.trim()).length,
  );
  console.log(`print view on A4: ${printedPages} pages, lines per page ${printedLines.join(", ")}`);
  expect(printedPages).toBeGreaterThanOrEqual(2);
  expect(printedPages).toBeLessThanOrEqual(5);
  const fullest = Math.max(...printedLines);
  for (const [i, n] of printedLines.slice(0, -1).entries())
    expect(n, `printed page ${i + 1}: ${n} of ${fullest} lines (${printedLines.join(", ")})`).toBeGreaterThanOrEqual(fullest / 3);
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^starloop-amazon-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "starloop-sheet-e2e-")), download.suggestedFilename());
  await download.saveAs(file);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(5);
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("The loop at a glance");
  for (const title of await cards.getByRole("heading", { level: 3 }).allTextContents()) expect(text).toContain(title.replace(/\s+/g, " ").trim());
  expect(text).toContain("38% more fraud dollars");
  expect(text).toContain("Deep-dive worksheet: Store demand forecasting and replenishment");

  // A per-story print still works and leads with the story.
  await page.goto("/stories");
  await page.getByRole("link", { name: "Catching a label leak six weeks before launch" }).first().click();
  await page.getByRole("link", { name: "Print" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catching a label leak six weeks before launch" })).toBeVisible();
});
