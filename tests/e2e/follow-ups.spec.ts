// Follow-ups, the headline and the 30-second version: a story planned in the Bar Raiser round is flagged until two
// follow-ups are answered; the headline and short-version tips clear as the candidate writes them; all of it is kept.
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const TITLE = "Took over the failing nightly payment job";
const SITUATION = "Our nightly claim payment file came from sixty inherited jobs that nobody owned, and one Monday it silently failed for the whole region.";
const TASK = "I was the data engineer closest to the chain, so I had to get the payments out that day and make sure it never failed silently again.";
const ACTION = "We found the failed job together, and we patched the renamed table, then we reran our chain while we told the payments team, and we kept our heads down until the file was out the same afternoon for every customer.";
const RESULT = "The payments went out the same afternoon, and in the following fourteen months three more source failures were caught by the morning check before any payment run.";

async function createStory(page: Page) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill("Claims warehouse");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();
  await page.getByRole("link", { name: "New story in this project" }).click();
  await page.getByLabel("Story title").fill(TITLE);
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  await page.getByLabel("Situation", { exact: true }).fill(SITUATION);
  await page.getByLabel("Task", { exact: true }).fill(TASK);
  await page.getByLabel("Action", { exact: true }).fill(ACTION);
  await page.getByLabel("Result", { exact: true }).fill(RESULT);
  await page.getByLabel("Ownership").selectOption("primary");
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("ready");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  return page.url();
}

test("answer two follow-ups for the Bar Raiser round, and write the headline and the 30-second version", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const storyUrl = await createStory(page);

  // Plan the story in the Bar Raiser round of a Data Scientist loop.
  await page.goto("/loops/new");
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await page.getByLabel("Company").fill("Amazon");
  await page.getByLabel("Level").fill("L5");
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const loopUrl = page.url();
  const select = page.getByLabel("Story for Ownership in Bar Raiser");
  const value = await select.locator("option", { hasText: TITLE }).first().getAttribute("value");
  await select.selectOption(value ?? "");
  await expect(page.getByText("Saved Ownership in Bar Raiser.")).toBeVisible();
  const report = page.getByRole("complementary", { name: "Loop report" });
  const missing = report.getByRole("list", { name: "Findings, errors first" }).getByRole("listitem").filter({ hasText: "follow-ups-missing" });
  await expect(missing).toHaveCount(1);
  await expect(missing).toContainText("warning");
  await expect(missing).toContainText("Planned in a Bar Raiser round with no answered follow-ups");

  // The editor says so too, and suggests from the story's own weak points first, saying why.
  await page.goto(storyUrl);
  const checks = page.getByRole("list", { name: "Findings" });
  await expect(checks.locator('[data-code="follow-ups-missing"]')).toContainText("Planned in a Bar Raiser round");
  const suggestions = page.getByRole("region", { name: "Suggested follow-ups" });
  await expect(suggestions.getByRole("listitem").first()).toContainText("What exactly did you do yourself?");
  await expect(suggestions.getByRole("listitem").first()).toContainText(/Your action section says "we" \d+ times/);
  await page.getByRole("button", { name: "Add follow-up: What exactly did you do yourself?" }).click();
  // Focus lands on the new answer.
  await expect(page.getByLabel("Follow-up 1 answer")).toBeFocused();
  await page.keyboard.type("I traced the failure to job 23 myself and patched the renamed table before noon.");
  await expect(suggestions.getByText("What exactly did you do yourself?")).toHaveCount(0);
  await page.getByLabel("Your own follow-up question").fill("Why had nobody owned the chain?");
  await page.getByLabel("Your own follow-up question").press("Enter");
  await expect(page.getByLabel("Follow-up 2 question")).toHaveValue("Why had nobody owned the chain?");
  await page.getByLabel("Follow-up 2 answer").fill("It came from a contractor; I now name an owner for every job I depend on.");
  await expect(checks.locator('[data-code="follow-ups-missing"]')).toHaveCount(0);

  // A third one, removed after a confirmation.
  await page.getByLabel("Your own follow-up question").fill("A question to remove");
  await page.getByRole("button", { name: "Add question" }).click();
  await page.getByRole("button", { name: "Remove follow-up 3" }).click();
  await page.getByRole("dialog", { name: "Remove this follow-up?" }).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByLabel("Follow-up 3 question")).toHaveCount(0);

  // Headline and 30-second version: the tips clear as they are written.
  await expect(checks.locator('[data-code="no-headline"]')).toContainText("No headline yet.");
  await expect(checks.locator('[data-code="no-short-version"]')).toBeVisible();
  await page.getByLabel("Headline").fill("Got 1,900 delayed claim payments out the same day");
  await expect(checks.locator('[data-code="no-headline"]')).toHaveCount(0);
  await page.getByLabel("Headline").fill("Got the delayed claim payments out the same day");
  await expect(checks.locator('[data-code="no-headline"]')).toContainText("The headline names no number.");
  await page.getByLabel("Headline").fill("Got 1,900 delayed claim payments out the same day");
  const short = "A nightly job nobody owned failed and delayed 1,900 claim payments. I found the broken step, reran the chain and had the file out that afternoon. Then I cut the chain from 60 jobs to 9 and added a morning check that has caught three failures since.";
  await page.getByLabel("30-second version").fill(short);
  await expect(page.getByText(/\d+\/90 words · about \d+ s spoken/)).toBeVisible();
  await expect(checks.locator('[data-code="no-short-version"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();

  // Kept: after a reload, and in the loop report the warning is gone.
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue("Got 1,900 delayed claim payments out the same day");
  await expect(page.getByLabel("30-second version")).toHaveValue(short);
  await expect(page.getByLabel("Follow-up 2 answer")).toHaveValue(/name an owner/);
  await page.goto(loopUrl);
  await expect(page.getByRole("complementary", { name: "Loop report" })).toContainText("Coverage score");
  await expect(page.getByRole("complementary", { name: "Loop report" }).getByText("follow-ups-missing")).toHaveCount(0);

  // The stories list leads with the headline.
  await page.goto("/stories");
  await expect(page.getByText("Got 1,900 delayed claim payments out the same day")).toBeVisible();
});

test("a headline over 20 words is refused and the typed text stays", async ({ page }) => {
  await signUp(page);
  await createStory(page);
  const long = Array.from({ length: 21 }, (_, i) => `word${i}`).join(" ");
  await page.getByLabel("Headline").fill(long);
  await expect(page.getByText("21/20 words")).toBeVisible();
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText("The headline must be at most 20 words (it has 21); shorten it.").first()).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue(long);
  await expect(page.getByLabel("Headline")).toBeFocused();
});
