// Planning a loop: a new user writes three stories, creates a loop from the Data Scientist template, catches a story
// told twice, fixes it, then lets "Plan for me" fill the rest and undoes it.
import { expect, request, test, type Locator, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const LATENCY_STORY = "Cut checkout latency before the sale";
const MIGRATION_STORY = "Moved the order pipeline to streaming";
const MENTORING_STORY = "Grew a junior engineer into the pipeline owner";

async function addProject(page: Page, title: string) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();
}

async function addStory(page: Page, project: string, title: string, principles: [string, "primary" | "secondary"][]) {
  await page.goto("/stories/new");
  await page.getByLabel("Story title").fill(title);
  await page.getByLabel("Project").selectOption({ label: project });
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  for (const [principle, weight] of principles) await page.getByLabel(principle).selectOption(weight);
  // An empty story cannot be ready: the editor says so before saving, and the server refuses it if saved anyway.
  const status = page.getByRole("combobox", { name: "Status", exact: true });
  await status.selectOption("ready");
  await expect(page.getByText("Not ready yet: fix the 4 errors in the checks first.")).toBeVisible();
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/cannot be marked ready while 4 errors stand: Situation is empty/)).toBeVisible();
  await status.selectOption("draft");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
}

async function chooseStory(page: Page, principle: string, round: string, titlePart: string) {
  const select = page.getByLabel(`Story for ${principle} in ${round}`);
  const value = await select.locator("option", { hasText: titlePart }).first().getAttribute("value");
  expect(value).toBeTruthy();
  await select.selectOption(value ?? "");
  // A choice is saved at once.
  await expect(page.getByText(`Saved ${principle} in ${round}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Clear ${principle} in ${round}` })).toBeVisible();
  await expect(select).toHaveValue(value ?? "");
}

async function coverageScore(report: Locator): Promise<number> {
  const text = (await report.getByText(/Coverage score/).textContent()) ?? "";
  const match = /(\d+)%/.exec(text);
  expect(match, `coverage score in "${text}"`).not.toBeNull();
  return Number(match?.[1]);
}

test("plan a loop: same-story error, fix it, plan for me and undo", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await addProject(page, "Checkout performance");
  await addProject(page, "Data platform");
  await addStory(page, "Checkout performance", LATENCY_STORY, [["Customer Obsession", "primary"], ["Dive Deep", "primary"]]);
  await addStory(page, "Data platform", MIGRATION_STORY, [["Ownership", "primary"], ["Customer Obsession", "secondary"]]);
  await addStory(page, "Data platform", MENTORING_STORY, [["Earn Trust", "primary"], ["Hire and Develop the Best", "primary"]]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Loops" }).click();
  await expect(page.getByRole("heading", { name: "Loops", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No loops yet" })).toBeVisible();
  await page.getByRole("link", { name: "Plan your first loop" }).click();

  const role = "Data Scientist";
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await page.getByLabel("Company").fill("Amazon");
  // The template names its role; switching templates follows it until the user types their own.
  await expect(page.getByLabel("Role")).toHaveValue(role);
  await page.getByRole("radio", { name: /Amazon Data Engineer/ }).check();
  await expect(page.getByLabel("Role")).toHaveValue("Data Engineer");
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await expect(page.getByLabel("Role")).toHaveValue(role);
  await page.getByLabel("Level").fill("L5");
  await page.getByLabel("Interview date").fill("2026-03-02");
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: `Amazon — ${role} (L5)`, level: 1 })).toBeVisible();
  for (const title of ["Recruiter screen", "Technical phone screen", "Hiring manager", "Bar Raiser"]) {
    await expect(page.getByRole("heading", { name: title, level: 2 })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Print" })).toHaveAttribute("href", /\/loops\/[^/]+\/print$/);

  const report = page.getByRole("complementary", { name: "Loop report" });
  await expect(report).toContainText("Coverage score 0%");

  // A slot's menu lists the stories tagged with its principle; the others come on request.
  const coMenu = page.getByLabel("Story for Customer Obsession in Recruiter screen");
  await expect(coMenu.locator("option", { hasText: MENTORING_STORY })).toHaveCount(0);
  const alsoList = page.getByRole("button", { name: "Also list 1 untagged story for Customer Obsession in Recruiter screen" });
  await alsoList.click();
  const onlyTagged = page.getByRole("button", { name: "Only stories tagged with this principle for Customer Obsession in Recruiter screen" });
  await expect(onlyTagged).toHaveAttribute("aria-pressed", "true");
  await expect(coMenu.locator("option", { hasText: MENTORING_STORY })).toHaveCount(1);
  await onlyTagged.click();
  await expect(coMenu.locator("option", { hasText: MENTORING_STORY })).toHaveCount(0);

  // The same story in two rounds is an error the report names.
  await chooseStory(page, "Customer Obsession", "Recruiter screen", LATENCY_STORY);
  await chooseStory(page, "Customer Obsession", "Hiring manager", LATENCY_STORY);
  const findings = report.getByRole("list", { name: "Findings, errors first" });
  await expect(findings).toContainText("same-story");
  const sameStory = findings.getByRole("listitem").filter({ hasText: "same-story" });
  await expect(sameStory).toContainText("error");
  await expect(sameStory.getByRole("link", { name: "Round: Hiring manager" })).toHaveAttribute("href", /^#round-/);
  await expect(sameStory.getByRole("link", { name: `Story: ${LATENCY_STORY}` })).toHaveAttribute("href", /^\/stories\//);
  // Errors come first.
  await expect(findings.getByRole("listitem").first()).toContainText("same-story");

  // Fix it: another story in the Hiring manager round.
  await chooseStory(page, "Customer Obsession", "Hiring manager", MIGRATION_STORY);
  await expect(report).not.toContainText("same-story");
  await expect(report).toContainText("2 of 16 slots planned");

  // "Plan for me" fills the empty slots and keeps the two planned ones; the coverage score rises.
  const before = await coverageScore(report);
  await page.getByRole("button", { name: "Plan for me" }).click();
  const status = page.getByRole("status").filter({ hasText: /Filled \d+ slots?/ });
  await expect(status).toBeVisible();
  await expect.poll(() => coverageScore(report)).toBeGreaterThan(before);
  await expect(page.getByLabel("Story for Customer Obsession in Hiring manager")).toHaveValue(
    (await page.getByLabel("Story for Customer Obsession in Hiring manager").locator("option", { hasText: MIGRATION_STORY }).first().getAttribute("value")) ?? "",
  );
  await expect(report).not.toContainText("same-story");

  // One step back: exactly what the plan added goes away.
  await page.getByRole("button", { name: "Undo plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Undone: removed \d+ planned stor/ })).toBeVisible();
  await expect.poll(() => coverageScore(report)).toBe(before);
  await expect(report).toContainText("2 of 16 slots planned");

  // The same report as JSON for the owner; a signed-out caller is told it does not exist.
  const loopId = new URL(page.url()).pathname.split("/").pop() ?? "";
  const api = await page.request.get(`/api/loops/${loopId}/report`);
  expect(api.status()).toBe(200);
  const json = (await api.json()) as { loopId: string; coverage: { slots: unknown[]; score: number } };
  expect(json.loopId).toBe(loopId);
  expect(json.coverage.slots).toHaveLength(16);
  expect(json.coverage.score).toBeCloseTo(2 / 16);
  const anonymous = await request.newContext({ baseURL: new URL(page.url()).origin });
  const denied = await anonymous.get(`/api/loops/${loopId}/report`);
  expect(denied.status()).toBe(404);
  expect(await denied.json()).toEqual({ error: "Not found" });
  await anonymous.dispose();

  // Taking a principle out of a round's focus deletes its planned story, and the page says so.
  const hiringManager = page.getByRole("region", { name: "Hiring manager" });
  await hiringManager.getByText("Edit round").click();
  await hiringManager.getByLabel("Focus principle 2").selectOption("");
  await hiringManager.getByRole("button", { name: "Save round" }).click();
  await expect(hiringManager.getByText("Removed the planned story for Customer Obsession, no longer in focus.")).toBeVisible();
  await expect(report).toContainText("1 of 15 slots planned");

  // Delete the loop, behind a confirmation; the list shows its empty state again.
  await page.getByRole("button", { name: "Delete loop" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Delete this loop?");
  await expect(page.getByRole("dialog", { name: "Delete this loop?" })).toBeVisible();
  await dialog.getByRole("button", { name: "Delete loop" }).click();
  await expect(page).toHaveURL(/\/loops$/);
  await expect(page.getByRole("heading", { name: "No loops yet" })).toBeVisible();
});
