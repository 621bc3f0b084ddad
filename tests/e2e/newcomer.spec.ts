// The edges a newcomer hits in the story editor and around it: plain messages, a malformed metric
// named and reachable from the banner, a warning before unsaved work is left behind, focus kept
// through a save, the skip link, Backup in the navigation, comments explained.
import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./helpers";

async function newStory(page: Page, title = "Moved billing to streaming"): Promise<string> {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill("Billing");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();
  await page.goto("/stories/new");
  await page.getByLabel("Story title").fill(title);
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a malformed metric is named in the banner, which takes you to the field, its error in full view", async ({ page }) => {
  await signUp(page);
  await newStory(page);
  await page.getByLabel("Situation", { exact: true }).fill("Our billing batch took all night.");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByLabel("Metric 1 label")).toBeFocused();
  await page.getByLabel("Metric 1 label").fill("Events per second");
  await page.getByLabel("Metric 1 before").fill("2.4k");
  await page.getByLabel("Metric 1 after").fill("9000");
  await page.getByLabel("Situation", { exact: true }).focus(); // far from the metric, as a user would be
  await page.getByRole("button", { name: "Save story" }).click();

  // Focus goes to the field, its inline error on screen and not under the sticky save bar.
  const error = page.locator("#m-0-before-error");
  await expect(page.getByLabel("Metric 1 before")).toBeFocused();
  await expect(error).toBeInViewport({ ratio: 1 });

  // The banner at the top names the field and takes you back to it.
  const banner = page.getByRole("alert").filter({ hasText: "needs fixing before this can be saved" });
  await expect(banner).toContainText("Metric 1 before: Before must be a number, like 420 or 1.5.");
  await page.getByLabel("Title", { exact: true }).focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await banner.getByRole("link", { name: "Metric 1 before" }).click();
  await expect(page.getByLabel("Metric 1 before")).toBeFocused();
  await expect(error).toBeInViewport({ ratio: 1 });
  const errorBox = await error.boundingBox();
  const barBox = await page.getByRole("button", { name: "Save story" }).locator("xpath=..").boundingBox();
  expect(errorBox && barBox && errorBox.y + errorBox.height <= barBox.y).toBe(true);
  await page.screenshot({ path: "test-results/newcomer-metric-error.png" });

  await page.getByLabel("Metric 1 before").fill("2400");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
});

test("after Save story the focus stays on the button; the findings show plain words, no codes", async ({ page }) => {
  await signUp(page);
  await newStory(page);
  await page.getByLabel("Action", { exact: true }).fill("We looked at it together and we fixed our pipeline.");
  const findings = page.getByRole("list", { name: "Findings" });
  await expect(findings.locator('[data-code="we-not-i"]')).toBeVisible();
  await expect(findings).not.toContainText("we-not-i");
  await expect(findings).not.toContainText("star-missing");

  await page.getByRole("button", { name: "Save story" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save story" })).toBeFocused();
});

test("leaving a story with unsaved changes asks first, by link and by closing the page", async ({ page }) => {
  await signUp(page);
  const path = await newStory(page);
  await page.getByLabel("Task", { exact: true }).fill("Halve the nightly run before the audit.");

  // An in-app link: dismissing stays on the story with the text; accepting leaves.
  const messages: string[] = [];
  page.once("dialog", async (d) => {
    messages.push(d.message());
    await d.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain("unsaved changes");
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue("Halve the nightly run before the audit.");

  page.once("dialog", (d) => d.accept());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page).toHaveURL(/\/projects$/);

  // Saved work leaves without a word.
  await page.goto(path);
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  const unexpected: string[] = [];
  page.once("dialog", async (d) => {
    unexpected.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  await expect(page.getByText("All changes saved")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Loops" }).click();
  await expect(page).toHaveURL(/\/loops$/);
  expect(unexpected).toEqual([]);

  // Closing the page (or reloading) with unsaved text: the browser's own prompt.
  await page.goto(path);
  await page.getByLabel("Learnings", { exact: true }).click(); // a real gesture: browsers only prompt after one
  await page.keyboard.type("Batch jobs get a latency budget too.");
  await page.waitForTimeout(400); // the draft is kept after 300 ms
  const kinds: string[] = [];
  page.once("dialog", async (d) => {
    kinds.push(d.type());
    await d.accept().catch(() => undefined); // Playwright may already have answered it while closing
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => kinds).toEqual(["beforeunload"]);
});

test("a skip link comes first; Backup is in the navigation; comments say what they are for", async ({ page }) => {
  await signUp(page);
  await page.goto(await newStory(page)); // a fresh load: Tab starts from the top of the page
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

  // Without a mentor or a comment the editor offers no "Comment on …" buttons, but says how comments come.
  await expect(page.getByRole("button", { name: /^Comment on/ })).toHaveCount(0);
  await expect(page.getByText("Mentors you invite can comment beside each section")).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Backup" }).click();
  await expect(page).toHaveURL(/\/backup$/);
  await expect(nav.getByRole("link", { name: "Backup" })).toHaveAttribute("aria-current", "page");
});
