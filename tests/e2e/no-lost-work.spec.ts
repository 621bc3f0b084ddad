// No lost work: a save that lost a race keeps the user's text; an unsaved draft survives a reload; a
// save refused because the session ended keeps the text and brings it back after signing in again.
import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

async function newStory(page: import("@playwright/test").Page) {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill("Fraud model");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "New story in this project" }).click();
  await page.getByLabel("Story title").fill("Label leak");
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  return page.url();
}

test("the same story saved in two pages: the second is told and keeps its text", async ({ page, context }) => {
  await signUp(page);
  const url = await newStory(page);
  const other = await context.newPage();
  await other.goto(url);

  await page.getByLabel("Situation", { exact: true }).fill("Tab one wrote this situation about the fraud model and its label leak.");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();

  const mine = "Tab two wrote a different situation, and it must not be lost when the save is refused.";
  await other.getByLabel("Situation", { exact: true }).fill(mine);
  await other.getByRole("button", { name: "Save story" }).click();
  await expect(other.getByText("This story was changed elsewhere.")).toBeVisible();
  await expect(other.getByText(/Someone saved this story after you opened it/)).toBeVisible();
  await expect(other.getByLabel("Situation", { exact: true })).toHaveValue(mine);

  await other.getByRole("button", { name: "Compare versions" }).click();
  await expect(other.getByRole("table").getByText("Tab one wrote this situation", { exact: false })).toBeVisible();
  await other.getByRole("button", { name: "Keep mine (overwrite theirs)" }).click();
  await expect(other.getByText(/Saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(mine);
});

test("reload with unsaved text: the draft is offered back", async ({ page }) => {
  await signUp(page);
  await newStory(page);
  const typed = "I typed this and then the browser reloaded before I saved anything at all.";
  await page.getByLabel("Task", { exact: true }).fill(typed);
  await expect(page.getByText("Unsaved changes (kept in this browser)")).toBeVisible();
  await page.waitForTimeout(500); // the draft is written 300 ms after the last keystroke
  await page.reload();
  await expect(page.getByText(/You have unsaved changes to this story/)).toBeVisible();
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue(typed);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/You have unsaved changes/)).toHaveCount(0);
  await expect(page.getByLabel("Task", { exact: true })).toHaveValue(typed);
});

test("a save after the session ended is refused, and the text stays on screen", async ({ page, context }) => {
  await signUp(page);
  const url = await newStory(page);
  await context.clearCookies();
  const typed = "Typed after the session cookie was gone; the server must refuse it and keep nothing.";
  await page.getByLabel("Situation", { exact: true }).fill(typed);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Your session has ended/)).toBeVisible();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(typed);
  await page.goto(url);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test("the session ends mid-edit: sign in again and the editor is back with the typed text", async ({ page, context }) => {
  const { email, password } = await signUp(page);
  const url = await newStory(page);
  const storyPath = new URL(url).pathname;
  const typed = "Typed while the session quietly ran out; signing in again must bring every word of it back.";
  await page.getByLabel("Situation", { exact: true }).fill(typed);
  await context.clearCookies(); // the session expires
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Your session has ended/)).toBeVisible();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(typed);

  await page.getByRole("link", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  expect(new URL(page.url()).searchParams.get("next")).toBe(storyPath);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(url);
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(typed);
  await expect(page.getByText(/Restored the text you typed before your session ended/)).toBeVisible();
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Situation", { exact: true })).toHaveValue(typed);
  await expect(page.getByText(/You have unsaved changes/)).toHaveCount(0);
});
