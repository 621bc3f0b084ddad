// Mentoring, one browser context per person: a candidate invites, a mentor accepts from the link and
// comments on the Action, the candidate replies, resolves and revokes; the mentor is then shut out.
// User text full of markup is shown as text everywhere (failOnDialog proves no script ran).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { failOnDialog, signUp, uniqueEmail } from "./helpers";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const PASSWORD = "correct-horse-42";

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  failOnDialog(page);
  return page;
}

/** The candidate writes a project and a story through the app's own forms; returns the story's URL. */
async function writeStory(page: Page, title: string): Promise<string> {
  await page.goto("/projects/new");
  await page.getByLabel("Title", { exact: true }).fill(`Checkout ${SCRIPT}`);
  await page.getByLabel("Organisation").fill(`Shop ${IMG}`);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/(?!new$)[^/]+$/);

  await page.goto("/stories/new");
  await page.getByLabel("Story title").fill(title);
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page).toHaveURL(/\/stories\/[^/]+$/);
  await page.getByLabel("Situation", { exact: true }).fill(`Checkout was slow at peak. ${SCRIPT}`);
  await page.getByLabel("Task", { exact: true }).fill("I owned the checkout service and its latency budget.");
  await page.getByLabel("Action", { exact: true }).fill(`I profiled the service and rewrote the cart lookup. ${IMG}\nThen I added a cache.`);
  await page.getByLabel("Result", { exact: true }).fill("p95 latency fell from 420 ms to 260 ms.");
  await page.getByLabel("Dive Deep", { exact: true }).selectOption("primary");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  return new URL(page.url()).pathname;
}

/** User text never became elements: no <img src=x> and no inline script carrying the payload. */
async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.locator("script").evaluateAll((nodes) => nodes.filter((n) => n.textContent === "alert(1)").length)).toBe(0);
}

async function createInviteLink(page: Page): Promise<string> {
  await page.goto("/mentors");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const input = page.getByRole("textbox", { name: "Invite link" });
  await expect(input).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return input.inputValue();
}

test("a mentor comments on the Action; the candidate replies, resolves and revokes", async ({ browser }) => {
  test.slow(); // three people, two dozen pages
  const candidate = await newPerson(browser);
  await candidate.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(candidate, { name: "Cara Candidate" });
  const storyTitle = `Latency ${IMG} ${SCRIPT}`;
  const storyPath = await writeStory(candidate, storyTitle);
  const storyId = storyPath.split("/").pop() ?? "";

  // The candidate creates a link, copies it, and sees it pending.
  const link = await createInviteLink(candidate);
  await candidate.getByRole("button", { name: "Copy link" }).click();
  await expect(candidate.getByRole("status").filter({ hasText: /copied/i })).toBeVisible();
  expect(await candidate.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await candidate.reload();
  await expect(candidate.getByRole("list", { name: "Pending invite links" }).getByRole("listitem")).toHaveCount(1);

  // The mentor, signed out, opens the link, signs up and lands back on the acceptance.
  const mentor = await newPerson(browser);
  await mentor.goto(link);
  await expect(mentor.getByText("Cara Candidate")).toBeVisible();
  await mentor.getByRole("link", { name: "Create an account" }).click();
  await mentor.getByLabel("Name").fill("Max Mentor");
  await mentor.getByLabel("Email").fill(uniqueEmail("mentor"));
  await mentor.getByLabel("Password").fill(PASSWORD);
  await mentor.getByRole("button", { name: "Create account" }).click();
  await expect(mentor).toHaveURL(/\/invite\//);
  await expect(mentor.getByText("Cara Candidate").first()).toBeVisible();
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentors\/candidates\/[^/]+$/);
  const menteeBase = new URL(mentor.url()).pathname;

  // The link is spent: opening it again says so.
  const third = await newPerson(browser);
  await signUp(third, { name: "Someone Else" });
  await third.goto(link);
  await expect(third.getByText(/already been used/)).toBeVisible();
  await expect(third.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);

  // The mentor's read-only bank: markup shows as text; no edit controls.
  await mentor.goto("/mentors");
  await expect(mentor.getByRole("list", { name: "People you mentor" }).getByRole("link", { name: "Cara Candidate", exact: true })).toBeVisible();
  await mentor.goto(menteeBase);
  await expect(mentor.getByRole("link", { name: storyTitle })).toBeVisible();
  await expect(mentor.getByRole("heading", { name: "Projects" })).toBeVisible();
  await expect(mentor.getByText(`Checkout ${SCRIPT}`).first()).toBeVisible();
  await expectNoInjectedMarkup(mentor);
  await mentor.goto(`${menteeBase}/matrix`);
  await expect(mentor.getByRole("link", { name: storyTitle })).toBeVisible();
  await expectNoInjectedMarkup(mentor);
  await mentor.goto(`${menteeBase}/loops`);
  await expect(mentor.getByText(/has not planned a loop yet/)).toBeVisible();

  const mentorStory = `${menteeBase}/stories/${storyId}`;
  await mentor.goto(mentorStory);
  await expect(mentor.getByText(`I profiled the service and rewrote the cart lookup. ${IMG}`)).toBeVisible();
  await expect(mentor.getByRole("button", { name: "Save story" })).toHaveCount(0);
  await expect(mentor.getByRole("textbox")).toHaveCount(0);
  await mentor.getByRole("button", { name: "Comment on Action" }).click();
  const commentText = `Say what *you* did, not the team.\nAlso: ${SCRIPT} ${IMG}`;
  await mentor.getByLabel("Your comment on Action").fill(commentText);
  await mentor.getByRole("button", { name: "Post comment" }).click();
  const mentorThread = mentor.locator("#section-action").getByRole("article");
  await expect(mentorThread).toContainText("Say what *you* did, not the team.");
  await expect(mentorThread).toContainText(`Also: ${SCRIPT} ${IMG}`);
  await expectNoInjectedMarkup(mentor);

  // The candidate sees it beside the Action, with the open count in the list; replies and resolves.
  await candidate.goto("/stories");
  await expect(candidate.getByText("1 open comment")).toBeVisible();
  await expect(candidate.getByRole("link", { name: storyTitle })).toBeVisible();
  await expectNoInjectedMarkup(candidate);
  await candidate.goto("/matrix");
  await expect(candidate.getByRole("link", { name: storyTitle })).toBeVisible();
  await expectNoInjectedMarkup(candidate);
  // Unread: a badge on Mentors in the navigation and the story listed on the Mentors page.
  const mainNav = candidate.getByRole("navigation", { name: "Main" });
  await expect(mainNav.getByRole("link", { name: "Mentors 1 new comment" })).toBeVisible();
  await candidate.goto("/mentors");
  const unread = candidate.getByRole("region", { name: "1 new comment from your mentors" });
  await expect(unread.getByRole("link", { name: storyTitle })).toBeVisible();
  await unread.getByRole("link", { name: storyTitle }).click();
  await expect(candidate).toHaveURL(new RegExp(`${storyPath}$`));
  await expect(mainNav.getByRole("link", { name: "Mentors", exact: true })).toBeVisible(); // opened: read
  const thread = candidate.locator("#section-action").getByRole("article", { name: /Max Mentor/ });
  await expect(thread).toContainText("Say what *you* did, not the team.");
  await expect(thread).toContainText(`Also: ${SCRIPT} ${IMG}`);
  await expect(thread.getByText("Mentor", { exact: true })).toBeVisible();
  await thread.getByRole("button", { name: "Reply" }).click();
  await candidate.getByLabel("Your reply to Max Mentor").fill("Done: the Action now says what I did.");
  await candidate.getByRole("button", { name: "Post reply" }).click();
  await expect(thread.getByRole("list", { name: "Replies" })).toContainText("Done: the Action now says what I did.");
  await expectNoInjectedMarkup(candidate);
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(candidate.locator("#section-action").getByText("1 resolved thread")).toBeVisible();

  // The mentor sees the reply and the resolution.
  await mentor.reload();
  await mentor.locator("#section-action").getByText("1 resolved thread").click();
  await expect(mentor.locator("#section-action")).toContainText("Done: the Action now says what I did.");

  // The candidate revokes; the mentor's next load is a 404.
  await candidate.goto("/mentors");
  const mentors = candidate.getByRole("list", { name: "Active mentors" });
  await expect(mentors).toContainText("Max Mentor");
  await mentors.getByRole("button", { name: /Revoke access/ }).click();
  await candidate.getByRole("dialog").getByRole("button", { name: "Revoke access" }).click();
  await expect(candidate.getByText(/No mentor has access yet/)).toBeVisible();

  // The mentor's stale pages say the access ended (with none of the candidate's text); the candidate's own URL is a 404.
  for (const path of [mentorStory, menteeBase, `${menteeBase}/matrix`, `${menteeBase}/loops`]) {
    await mentor.goto(path);
    await expect(mentor.getByRole("heading", { name: /Your access to Cara Candidate.s bank has ended/ }), path).toBeVisible();
    await expect(mentor.getByText("I profiled the service"), path).toHaveCount(0);
    await expect(mentor.getByText("Say what *you* did"), path).toHaveCount(0);
  }
  const response = await mentor.goto(storyPath);
  expect(response?.status()).toBe(404);
  await expect(mentor.getByRole("heading", { name: /not found/i })).toBeVisible();
  await expect(mentor.getByText("I profiled the service")).toHaveCount(0);
  await mentor.goto("/mentors");
  await expect(mentor.getByText("Nobody shares a bank with you yet")).toBeVisible();
  await expect(mentor.getByRole("list", { name: "Access ended" })).toContainText("Cara Candidate");
  await expect(mentor.getByRole("list", { name: "Access ended" })).toContainText(/Stopped sharing their bank with you on \d+ \w+ \d{4}/);

  // The mentor's comment stays for the candidate, marked as from a former mentor.
  await candidate.goto(storyPath);
  await candidate.locator("#section-action").getByText("1 resolved thread").click();
  const kept = candidate.locator("#section-action").getByRole("article", { name: /Max Mentor/ });
  await expect(kept).toContainText("Say what *you* did, not the team.");
  await expect(kept.getByText("Former mentor")).toBeVisible();

  for (const page of [candidate, mentor, third]) await page.context().close();
});

test("invite links that cannot be used say so and share nothing", async ({ browser }) => {
  test.slow();
  const candidate = await newPerson(browser);
  await signUp(candidate, { name: "Owen Owner" });
  const link = await createInviteLink(candidate);

  // The candidate's own link.
  await candidate.goto(link);
  await expect(candidate.getByText(/your own invitation link/)).toBeVisible();
  await expect(candidate.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);

  // A malformed token and an unknown one.
  const other = await newPerson(browser);
  await signUp(other, { name: "Olga Other" });
  await other.goto("/invite/not-a-token");
  await expect(other.getByText(/not valid/)).toBeVisible();
  await other.goto(`/invite/${"A".repeat(43)}`);
  await expect(other.getByText(/not valid/)).toBeVisible();

  // A revoked link.
  await candidate.goto("/mentors");
  await candidate.getByRole("list", { name: "Pending invite links" }).getByRole("button", { name: /Revoke/ }).click();
  await candidate.getByRole("dialog").getByRole("button", { name: "Revoke link" }).click();
  await expect(candidate.getByText("No unused links.")).toBeVisible();
  await other.goto(link);
  await expect(other.getByText(/withdrawn/)).toBeVisible();
  await expect(other.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
  await other.goto("/mentors");
  await expect(other.getByText("Nobody shares a bank with you yet")).toBeVisible();

  for (const page of [candidate, other]) await page.context().close();
});

test("signed-out visitors are sent to sign in, and the report API answers 404", async ({ page, request }) => {
  for (const path of ["/stories", "/stories/some-id", "/matrix", "/loops", "/loops/some-id", "/mentors", "/mentors/candidates/some-id", "/projects"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in(\?|$)/);
  }
  const report = await request.get("/api/loops/x/report");
  expect(report.status()).toBe(404);
  // The invite page explains itself instead of redirecting.
  await page.goto(`/invite/${"B".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
});
