// A big bank: the stories list shows 25 stories a page, pages keep the filters, and a filter starts again at page 1.
import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

const BANK = {
  format: "star-bank",
  version: 1,
  projects: [{ key: "p", title: "Warehouse robotics" }],
  stories: Array.from({ length: 30 }, (_, i) => ({
    key: `s${i}`,
    projectKey: "p",
    title: `Robot fleet story ${String(i + 1).padStart(2, "0")}`,
    situation: "Our picking robots stalled at shift change.",
    task: "I had to find why.",
    action: "I read the controller logs.",
    result: "Stalls fell from 40 to 3 a week.",
    status: i < 4 ? "ready" : "draft",
  })),
};

test("a bank of 30 stories is listed 25 to a page, and filters start again at page 1", async ({ page }) => {
  await signUp(page);
  const imported = await page.request.post("/api/import", { data: BANK });
  expect(imported.status()).toBe(200);

  await page.goto("/stories");
  await expect(page.getByText("30 stories, 4 ready.")).toBeVisible();
  await expect(page.getByText("Showing 1–25 of 30.")).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Stories pages" });
  await expect(pages.getByText("Page 1 of 2")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Robot fleet story/ })).toHaveCount(25);

  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages.getByText("Page 2 of 2")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Robot fleet story/ })).toHaveCount(5);
  await expect(pages.getByRole("link", { name: "Next →" })).toHaveCount(0);

  // Sorted by readiness, page 2 keeps the sort.
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("readiness");
  await expect(page).toHaveURL(/sort=readiness/);
  await expect(page).not.toHaveURL(/page=2/);
  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/sort=readiness.*page=2|page=2.*sort=readiness/);
  await pages.getByRole("link", { name: "← Previous" }).click();
  await expect(pages.getByText("Page 1 of 2")).toBeVisible();

  // A filter that leaves fewer than a page shows no pager.
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption("ready");
  await expect(page.getByText("4 of 30 stories match.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Robot fleet story/ })).toHaveCount(4);
  await expect(pages).toHaveCount(0);
});
