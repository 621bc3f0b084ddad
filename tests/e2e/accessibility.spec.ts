// axe on every page, signed out and in, empty and full, as a mentor, with dialogs and menus open.
// Each scan collects its violations and the test fails at the end, so one run lists them all.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { DEMO, signIn, signUp } from "./helpers";

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function scan(page: Page, path: string, label = path) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await test.step(label, async () => expect.soft(expectNoViolations(page, label)).resolves.toBeUndefined());
}

async function scanHere(page: Page, label: string) {
  await test.step(label, async () => expect.soft(expectNoViolations(page, label)).resolves.toBeUndefined());
}

test("signed-out pages have no axe violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) await scan(page, path);
  // A sign-up refused for a short password (the form with its errors).
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill("short@example.com");
  await page.getByLabel("Password").fill("short1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await scanHere(page, "/sign-up with errors");
});

test("an empty bank's pages have no axe violations", async ({ page }) => {
  await signUp(page);
  for (const path of ["/stories", "/projects", "/projects/new", "/loops", "/matrix", "/questions", "/mentors", "/backup"]) await scan(page, path, `${path} (empty)`);
  await scan(page, "/stories/new", "/stories/new (no project yet)");
});

test("a full bank's pages, its dialogs and menus have no axe violations", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await newPage(browser);
  await signIn(page, DEMO.email, DEMO.password);
  await scan(page, "/stories", "/stories (full)");

  // The account menu, open.
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByRole("menu", { name: /Account/ })).toBeVisible();
  await scanHere(page, "/stories with the account menu open");
  await page.keyboard.press("Escape");

  await scan(page, "/stories/new", "/stories/new");
  await scan(page, "/projects", "/projects (full)");
  const projectHref = await page.locator('main a[href^="/projects/"]:not([href="/projects/new"])').first().getAttribute("href");
  await scan(page, projectHref ?? "/projects", "project detail");

  await page.goto("/stories");
  const storyHref = await page.locator('main a[href^="/stories/"]:not([href="/stories/new"])').first().getAttribute("href");
  expect(storyHref).toBeTruthy();
  await scan(page, storyHref ?? "", "story editor");
  await page.getByRole("button", { name: "Delete story" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await scanHere(page, "story editor with the delete dialog open");
  await page.keyboard.press("Escape");
  await scan(page, `${storyHref}/print`, "story print view");

  await scan(page, "/matrix", "/matrix (full)");
  await scan(page, "/questions", "/questions");
  await scan(page, "/backup", "/backup");

  // A loop, planned from a template.
  await scan(page, "/loops/new", "/loops/new");
  await page.getByRole("radio").first().check();
  await page.getByLabel("Company").fill("Amazon");
  await page.getByLabel("Role").fill("Engineer");
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const loopPath = new URL(page.url()).pathname;
  await scanHere(page, "loop detail");
  await scan(page, `${loopPath}/print`, "loop print view");
  await scan(page, "/loops", "/loops (full)");

  // Mentor views of the demo bank: invite, accept, read, comment.
  await page.goto("/mentors");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByRole("textbox", { name: "Invite link" }).inputValue();
  await scanHere(page, "/mentors with a pending invite");

  const mentor = await newPage(browser);
  await mentor.goto(link);
  await scanHere(mentor, "invite page (signed out)");
  await signUp(mentor, { name: "Axe Mentor" });
  await scan(mentor, new URL(link).pathname, "invite page (signed in)");
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentors\/candidates\/[^/]+$/);
  const base = new URL(mentor.url()).pathname;
  await scanHere(mentor, "mentor: bank");
  await scan(mentor, `${base}/matrix`, "mentor: matrix");
  await scan(mentor, `${base}/loops`, "mentor: loops");
  const mentorLoop = await mentor.locator(`main a[href^="${base}/loops/"]`).first().getAttribute("href");
  await scan(mentor, mentorLoop ?? `${base}/loops`, "mentor: loop");
  const storyId = storyHref?.split("/").pop();
  await scan(mentor, `${base}/stories/${storyId}`, "mentor: story");
  await mentor.getByRole("button", { name: /Comment on Action/ }).click();
  await mentor.getByLabel("Your comment on Action").fill("Say what you did, not the team.");
  await scanHere(mentor, "mentor: story with the comment composer open");
  await mentor.getByRole("button", { name: "Post comment" }).click();
  await expect(mentor.locator("#section-action").getByRole("article")).toContainText("Say what you did");
  await scanHere(mentor, "mentor: story with a comment");
  await scan(mentor, "/mentors", "/mentors (mentor)");

  // Back to the candidate: the story with the comment, the Mentors page with an active mentor.
  await scan(page, "/mentors", "/mentors with an active mentor");
  await scan(page, storyHref ?? "", "story editor with a mentor comment");
  await page.goto("/mentors");
  await page.getByRole("list", { name: "Active mentors" }).getByRole("button", { name: /Revoke access/ }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await scanHere(page, "/mentors with the revoke dialog open");
  await page.getByRole("dialog").getByRole("button", { name: "Revoke access" }).click();
  await expect(page.getByText(/No mentor has access yet/)).toBeVisible();

  // The mentor after revocation.
  await scan(mentor, base, "mentor: bank after the access ended");
  await scan(mentor, "/mentors", "/mentors (mentor, access ended)");
  await mentor.context().close();
  await page.context().close();
});
