// Read your writes (issue 16): nothing a page shows is served stale. A story saved in the editor is, on the very
// next request, what the stories list, the story page and the loop it is planned in show — each time it changes.
// (tests/e2e-postgresql/two-instances.spec.ts checks the same across two app processes on one database.)
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

async function renameStory(page: Page, storyUrl: string, title: string) {
  await page.goto(storyUrl);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
}

test("a saved story shows at once on the list, its page and the loop it is planned in", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill("Search relevance");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();

  await page.goto("/stories/new");
  await page.getByLabel("Story title").fill("Tuned ranking for rare queries");
  await page.getByLabel("Project").selectOption({ label: "Search relevance" });
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  await page.getByLabel("Customer Obsession").selectOption("primary");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  const storyUrl = new URL(page.url()).pathname;

  await page.goto("/loops/new");
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await page.getByLabel("Company").fill("Amazon");
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const loopUrl = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Plan for me" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Filled \d+ slots?/ })).toBeVisible();
  const slot = page.getByLabel("Story for Customer Obsession in Recruiter screen");

  for (const title of ["Tuned ranking for rare queries (v2)", "Rare-query ranking, told shorter (v3)"]) {
    await renameStory(page, storyUrl, title);

    // The list, at once.
    await page.goto("/stories");
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    // The story's own page.
    await page.goto(storyUrl);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
    // The loop: the slot's chosen story and the loop report (its findings name the story).
    await page.goto(loopUrl);
    await expect(slot.locator("option:checked")).toContainText(title);
    const report = page.getByRole("complementary", { name: "Loop report" });
    await expect(report.getByRole("link", { name: `Story: ${title}` }).first()).toBeVisible();
    // The report as the API serves it, planned with this story.
    const api = await page.request.get(`/api${loopUrl}/report`);
    expect(api.status()).toBe(200);
    const json = (await api.json()) as { coverage: { slots: { storyId: string | null }[] }; storyFindings: { storyId: string }[] };
    const storyId = storyUrl.split("/").pop();
    expect(json.coverage.slots.some((s) => s.storyId === storyId)).toBe(true);
  }
});
