// Practice, as a candidate does it: import a bank with a loop next week, drill "my next loop", tell the planned story
// against the timer, rate it by keyboard and save; the story, the loop, the question ledger and a backup all keep it.
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { signUp } from "./helpers";
import { practiceBank } from "./practice-bank";

test("drill my next loop: pick the suggested story, time it, rate by keyboard, save; history and backup keep it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Pat Practice" });
  const imported = await page.request.post("/api/import", { data: practiceBank() });
  expect(imported.status()).toBe(200);
  const { loops } = (await imported.json()) as { loops: { id: string }[] };

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByText(/Northwind Traders — Payments Engineer \(L5\), \d{4}-\d\d-\d\d: round by round/)).toBeVisible();
  await expectNoViolations(page, "/practice (scope picker)");
  await page.getByRole("link", { name: "Drill my next loop" }).click();
  await expect(page).toHaveURL(/scope=next-loop/);

  // Round 1 asks about Ownership; the planned story is suggested first, and says why.
  await expect(page.getByText("Phone screen · Ownership", { exact: true })).toBeVisible();
  await expect(page.getByLabel(/Question 1 of 4/)).toBeVisible();
  const planned = page.getByRole("radio", { name: /Orphaned payout job/ });
  await expect(page.getByText("Planned for Phone screen · Ownership")).toBeVisible();
  await expect(page.getByRole("radio").first()).toHaveAccessibleName(/Orphaned payout job/);
  await planned.check();
  await expectNoViolations(page, "/practice (drill card)");

  // Space starts and stops the timer (focus is on the radio, not in a text field).
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByText("Before the band (under 1 min 30 s)")).toBeVisible();
  await page.waitForTimeout(2_300);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Time again" })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Time told" })).toHaveText(/0:0[2-4]/);

  // 1–5 rate the next unrated criterion; Enter saves.
  for (const key of ["4", "3", "5", "2"]) await page.keyboard.press(key);
  await expect(page.getByRole("radio", { name: "Situation brief and clear: 4" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Learnings or a mechanism: 2" })).toBeChecked();
  await page.getByLabel("Note").fill("Open with the number.");
  await page.getByLabel("Note").press("Tab"); // leave the note: Enter there is a new line
  await page.keyboard.press("Enter");
  await expect(page.getByText("Rehearsal saved. Next question:")).toBeVisible();
  await expect(page.getByLabel(/Question 2 of 4/)).toBeVisible();
  await expect(page.getByText("1 saved in this drill")).toBeVisible();

  // The question ledger shows the drill.
  await page.goto("/questions");
  await expect(page.getByText(/Last drilled \d{4}-\d\d-\d\d with “Orphaned payout job” · rated 4 \/ 3 \/ 5 \/ 2/)).toBeVisible();
  await page.getByLabel("Search questions").fill("zzzz nothing");
  await expect(page.getByText("0 questions match “zzzz nothing”")).toBeVisible();

  // The story page and the loop report show the rehearsal.
  const storyId = await storyIdByTitle(page, "Orphaned payout job");
  await page.goto(`/stories/${storyId}`);
  const history = page.getByRole("region", { name: "Rehearsals" });
  await expect(history).toContainText("Times rehearsed1");
  await expect(history).toContainText("self-rated");
  await expect(history).toContainText("Open with the number.");
  await page.goto(`/loops/${loops[0].id}`);
  await expect(page.getByText(/planned stories rehearsed at least twice in the last 14 days \(0%\)/)).toBeVisible();
  const report = (await (await page.request.get(`/api/loops/${loops[0].id}/report`)).json()) as { rehearsal?: { planned: number; rehearsedTwice: number } };
  expect(report.rehearsal).toMatchObject({ planned: 2, rehearsedTwice: 0 });

  // Export, then import into a fresh account: the rehearsal comes along.
  const exported = await (await page.request.get("/api/export")).json();
  expect(exported.rehearsals).toHaveLength(1);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await signUp(other, { name: "Fresh Account" });
  expect((await other.request.post("/api/import", { data: exported })).status()).toBe(200);
  await other.goto("/questions");
  await expect(other.getByText(/Last drilled \d{4}-\d\d-\d\d with “Orphaned payout job” · rated 4 \/ 3 \/ 5 \/ 2/)).toBeVisible();
  await fresh.close();
});

test("without a dated loop, next loop says so and offers the other scopes; a phone-wide card still fits", async ({ page }) => {
  await signUp(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/practice?scope=next-loop");
  await expect(page.getByRole("heading", { name: "No upcoming loop" })).toBeVisible();
  await expect(page.getByText(/No stories yet/)).toBeVisible();
  await page.getByRole("button", { name: "Drill this principle" }).click();
  await expect(page.getByLabel(/Question 1 of \d+/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: "customer" }).first()).toBeVisible();
  await page.getByRole("radio", { name: /No story fits/ }).check();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

async function storyIdByTitle(page: import("@playwright/test").Page, title: string): Promise<string> {
  await page.goto("/stories");
  const href = await page.getByRole("link", { name: title }).first().getAttribute("href");
  return href!.split("/").pop()!;
}
