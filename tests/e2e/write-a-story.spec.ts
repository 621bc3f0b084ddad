// The story bank as a new user meets it: project → story → live checks → principles → metric → ready → list → matrix.
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const SITUATION = "Our checkout service slowed down every evening during peak traffic, and customers were abandoning carts before paying for their orders.";
const TASK = "As the engineer on call for checkout I had to find the cause and bring the latency back under budget before the holiday sale.";
const ACTION_WE = "We looked at the dashboards together and we agreed that our cache was the problem, so we rewrote our cart lookup and we shipped it to us first for a week of testing before the sale started.";
const ACTION_I = "I profiled the service over three evenings and I traced the slow path to a cart lookup that ran one query per item. I rewrote it as a single batched query, I added a small cache in front of it, and I load-tested the change myself against a copy of peak traffic before I rolled it out behind a flag.";
const RESULT_VAGUE = "Checkout became much faster, customers stopped complaining about it, and the holiday sale went smoothly for the whole team.";
const RESULT_NUMBERS = "p95 latency fell from 420 ms to 260 ms within a week, and abandoned carts dropped by 12% during the holiday sale.";

async function findings(page: Page) {
  return page.getByRole("list", { name: "Findings" });
}

test("a new user writes a story, fixes what the checks flag, tags it, and finds it everywhere", async ({ page }) => {
  await signUp(page);
  await page.getByRole("link", { name: "Add your first project" }).click();
  await page.getByLabel("Title").fill("Checkout performance");
  await page.getByLabel("Organisation").fill("Shopfront");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();

  await page.getByRole("link", { name: "New story in this project" }).click();
  await page.getByLabel("Story title").fill("Cut checkout latency before the sale");
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();

  await page.getByLabel("Situation", { exact: true }).fill(SITUATION);
  await page.getByLabel("Task", { exact: true }).fill(TASK);
  await page.getByLabel("Action", { exact: true }).fill(ACTION_WE);
  await page.getByLabel("Result", { exact: true }).fill(RESULT_VAGUE);

  const list = await findings(page);
  // Plain messages only; the finding codes stay out of sight, in data-code.
  await expect(list.locator('[data-code="result-unquantified"]')).toBeVisible();
  await expect(list.locator('[data-code="we-not-i"]')).toBeVisible();
  await expect(list.getByText("we-not-i")).toHaveCount(0);
  await expect(list.getByText("result-unquantified")).toHaveCount(0);

  // Fix the action: both disappear without a save (the checks run in the browser).
  await page.getByLabel("Action", { exact: true }).fill(ACTION_I);
  await expect(list.locator('[data-code="we-not-i"]')).toHaveCount(0);
  await page.getByLabel("Result", { exact: true }).fill(RESULT_NUMBERS);
  await expect(list.locator('[data-code="result-unquantified"]')).toHaveCount(0);

  // Principles: at most two primary.
  await page.getByLabel("Dive Deep").selectOption("primary");
  await page.getByLabel("Customer Obsession").selectOption("primary");
  await page.getByLabel("Deliver Results").selectOption("secondary");
  await expect(page.getByLabel("Deliver Results").locator("option[value=primary]")).toBeDisabled();

  // Angle and metric.
  await page.getByLabel("Add an angle").fill("speed");
  await page.getByLabel("Add an angle").press("Enter");
  await expect(page.getByRole("list", { name: "Angles on this story" }).getByText("speed")).toBeVisible();
  await page.getByRole("button", { name: "Add metric" }).click();
  await page.getByLabel("Metric 1 label").fill("p95 latency");
  await page.getByLabel("Metric 1 unit").fill("ms");
  await page.getByLabel("Metric 1 before").fill("420");
  await page.getByLabel("Metric 1 after").fill("260");
  await page.getByLabel("Metric 1 direction").selectOption("lower-is-better");
  await expect(page.getByText("−38% p95 latency")).toBeVisible();

  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("ready");
  await page.keyboard.press("Control+s");
  await expect(page.getByText(/Saved at/)).toBeVisible();

  // The list: by filter and by search.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stories" }).click();
  await expect(page.getByRole("link", { name: "Cut checkout latency before the sale" })).toBeVisible();
  await page.getByRole("combobox", { name: "Principle", exact: true }).selectOption("dive-deep");
  await expect(page).toHaveURL(/principle=dive-deep/);
  await expect(page.getByRole("link", { name: "Cut checkout latency before the sale" })).toBeVisible();
  await page.getByRole("combobox", { name: "Principle", exact: true }).selectOption("frugality");
  await expect(page.getByText("No stories match these filters")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/stories$/);
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("ready");
  await expect(page.getByRole("link", { name: "Cut checkout latency before the sale" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search stories" }).fill("batched query");
  await page.getByRole("searchbox", { name: "Search stories" }).press("Enter");
  await expect(page.getByRole("link", { name: "Cut checkout latency before the sale" })).toBeVisible();
  await expect(page.getByText("−38% p95 latency")).toBeVisible();

  // The matrix counts it as a ready story for its principles.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matrix" }).click();
  const row = page.getByRole("row", { name: /Dive Deep/ });
  await expect(row.getByRole("link", { name: /Cut checkout latency before the sale/ })).toBeVisible();
  await expect(row.getByText("1 / 2")).toBeVisible();
  await row.getByRole("link", { name: /Cut checkout latency before the sale/ }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
});

test("non-numeric metric values are caught on the form and nothing is lost", async ({ page }) => {
  await signUp(page);
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill("Data platform");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "New story in this project" }).click();
  await page.getByLabel("Story title").fill("Streaming migration");
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await page.getByLabel("Situation", { exact: true }).fill(SITUATION);
  await page.getByRole("button", { name: "Add metric" }).click();
  await page.getByLabel("Metric 1 label").fill("Cost");
  await page.getByLabel("Metric 1 before").fill("a lot");
  await page.getByLabel("Metric 1 after").fill("12");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.locator("#m-0-before-error")).toHaveText("Before must be a number, like 420 or 1.5.");
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(SITUATION);
  await page.getByLabel("Action", { exact: true }).fill("x".repeat(5001));
  await expect(page.getByText(/Action must be at most 5,000 characters/)).toBeVisible();
});
