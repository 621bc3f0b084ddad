// A week before a Data Scientist onsite, as the demo candidate: Plan for me covers every slot with a different
// story and proposes backups, the countdown says what is left, a changed backup survives leaving the page,
// Undo plan survives a reload, and on a 390 px phone the coverage summary is on the first screen with nothing
// scrolling sideways.
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

interface Report {
  coverage: { slots: { roundId: string; principle: string; storyId: string | null; backupStoryId: string | null }[]; score: number };
  reuse: { findings: { code: string }[] };
}

async function report(page: Page, loopId: string): Promise<Report> {
  const res = await page.request.get(`/api/loops/${loopId}/report`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Report;
}

async function noSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(viewport);
}

test("a week out: plan for me, backups, the countdown, nothing lost, and the loop on a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.email, DEMO.password);
  await page.goto("/loops/new");
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await page.getByLabel("Level").fill("L5");
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Interview date").fill(inAWeek);
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const loopId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByRole("heading", { level: 1, name: "Amazon — Data Scientist (L5)" })).toBeVisible();
  await expect(page.getByText(`${inAWeek} (in 7 days)`)).toBeVisible();

  // The countdown and what is left, each a link.
  await expect(page.getByRole("heading", { name: "7 days to your loop" })).toBeVisible();
  await expect(page.getByRole("link", { name: "16 slots without a story" })).toHaveAttribute("href", /^#round-/);

  await page.getByRole("button", { name: "Plan for me" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Filled 16 slots and proposed \d+ backups/ })).toBeVisible({ timeout: 30_000 });
  // The summary is grouped by round, each pick with its strengths.
  await expect(page.getByRole("list", { name: "Recruiter screen" })).toContainText("Customer Obsession →");
  await expect(page.getByText(/✓ primary/).first()).toBeVisible();

  const planned = await report(page, loopId);
  const stories = planned.coverage.slots.map((s) => s.storyId);
  expect(stories.every(Boolean)).toBe(true);
  expect(new Set(stories).size).toBe(stories.length);
  const backups = planned.coverage.slots.filter((s) => s.backupStoryId);
  expect(backups.length).toBeGreaterThanOrEqual(planned.coverage.slots.length / 2);
  expect(planned.coverage.score).toBe(1);
  expect(planned.reuse.findings.map((f) => f.code)).not.toContain("same-story");

  // Undo plan survives a reload, and takes the plan back.
  await page.reload();
  await page.getByRole("button", { name: "Undo plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Undone: removed 16 planned stories/ })).toBeVisible();
  expect((await report(page, loopId)).coverage.slots.every((s) => s.storyId === null)).toBe(true);
  await page.getByRole("button", { name: "Plan for me" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Filled 16 slots/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: "16 slots without a story" })).toBeHidden();

  // Another backup, chosen and then left by the navigation: it was saved at once.
  const backup = page.getByLabel("Backup (optional) for Dive Deep in Technical phone screen");
  const options = await backup.locator("option").evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value).filter(Boolean));
  const current = await backup.inputValue();
  const another = options.find((v) => v !== current) ?? "";
  expect(another).not.toBe("");
  await backup.selectOption(another);
  await expect(page.getByText("Saved Dive Deep in Technical phone screen.")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stories" }).click();
  await expect(page).toHaveURL(/\/stories/);
  await page.goBack();
  await expect(page.getByLabel("Backup (optional) for Dive Deep in Technical phone screen")).toHaveValue(another);
  await page.reload();
  await expect(page.getByLabel("Backup (optional) for Dive Deep in Technical phone screen")).toHaveValue(another);

  // On a phone: the coverage summary is on the first screen, and no page scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/loops/${loopId}`);
  const summary = page.getByRole("heading", { name: /^Coverage score \d+%$/ }).first();
  await expect(summary).toBeVisible();
  const box = await summary.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  await page.screenshot({ path: "test-results/loop-phone.png" });
  // Rounds fold away, and come back.
  await page.getByRole("button", { name: "Fold away for Recruiter screen" }).click();
  await expect(page.getByLabel("Story for Customer Obsession in Recruiter screen")).toBeHidden();
  await page.getByRole("button", { name: "Show slots for Recruiter screen" }).click();
  await expect(page.getByLabel("Story for Customer Obsession in Recruiter screen")).toBeVisible();
  for (const path of [`/loops/${loopId}`, `/loops/${loopId}/print`, "/loops", "/stories", "/matrix"]) await noSidewaysScroll(page, path);

  // Leave the demo account as it was.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/loops/${loopId}`);
  await page.getByRole("button", { name: "Delete loop" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete loop" }).click();
  await expect(page).toHaveURL(/\/loops$/);
});
