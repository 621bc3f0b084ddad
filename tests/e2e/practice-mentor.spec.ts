// A mentor's mock interview: with an active share the mentor asks a question, picks the candidate's story, times and
// rates it; the candidate sees it as rated by the mentor. After the candidate revokes, the mentor can neither record
// (a save from the page still open is refused, nothing written) nor read (the practice page says the access ended).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { practiceBank } from "./practice-bank";

async function newPerson(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function tellAndRate(page: Page, storyName: RegExp) {
  await page.getByRole("radio", { name: storyName }).first().check();
  await page.getByRole("button", { name: "Start" }).click();
  await page.waitForTimeout(1_200);
  await page.getByRole("button", { name: "Stop" }).click();
  for (const [criterion, value] of [["Situation brief and clear", 5], ["Action told in the first person", 4], ["Result with numbers", 3], ["Learnings or a mechanism", 4]] as const) {
    await page.getByRole("radio", { name: `${criterion}: ${value}` }).locator("..").click(); // the visible button is its label
  }
}

test("a mentor records a mock rehearsal; the candidate sees it; after revoke the mentor can neither record nor read", async ({ browser }) => {
  test.slow();
  const candidate = await newPerson(browser);
  await signUp(candidate, { name: "Cara Candidate" });
  expect((await candidate.request.post("/api/import", { data: practiceBank() })).status()).toBe(200);
  await candidate.goto("/mentors");
  await candidate.getByRole("button", { name: "Create invite link" }).click();
  const link = await candidate.getByRole("textbox", { name: "Invite link" }).inputValue();

  const mentor = await newPerson(browser);
  await signUp(mentor, { name: "Max Mentor", email: uniqueEmail("mentor") });
  await mentor.goto(link);
  await mentor.getByRole("button", { name: "Accept invitation" }).click();
  await expect(mentor).toHaveURL(/\/mentors\/candidates\/[^/]+$/);
  const base = new URL(mentor.url()).pathname;

  await mentor.getByRole("navigation", { name: "Candidate's bank" }).getByRole("link", { name: "Mock interview" }).click();
  await expect(mentor).toHaveURL(`${base}/practice`);
  await mentor.getByRole("link", { name: "Drill their next loop" }).click();
  // The mentor picks the question: the deep-dive round's first.
  const select = mentor.getByLabel(/Question 1 of 4/);
  await select.selectOption({ index: 2 });
  await expect(mentor.getByText("Onsite deep dive · Dive Deep", { exact: true })).toBeVisible();
  await expect(mentor.getByText("Ask Cara Candidate this question on your call")).toBeVisible();
  await expect(mentor.getByRole("heading", { name: "Hear yourself" })).toHaveCount(0); // the mentor records no audio
  await tellAndRate(mentor, /Ledger mismatch hunt/);
  await mentor.getByRole("button", { name: "Save rehearsal" }).click();
  await expect(mentor.getByText("Rehearsal saved. Next question:")).toBeVisible();

  // The candidate sees it, rated by the mentor.
  await candidate.goto("/questions");
  await expect(candidate.getByText(/with “Ledger mismatch hunt” · rated 5 \/ 4 \/ 3 \/ 4 \(situation \/ action \/ result \/ learnings, by a mentor\)/)).toBeVisible();
  await candidate.goto("/stories");
  await candidate.getByRole("link", { name: "Ledger mismatch hunt" }).first().click();
  await expect(candidate.getByRole("region", { name: "Rehearsals" }).getByText("Mock interview by Max Mentor")).toBeVisible();

  // The mentor prepares the next one; meanwhile the candidate revokes.
  await tellAndRate(mentor, /Orphaned payout job|Ledger mismatch hunt/);
  await candidate.goto("/mentors");
  await candidate.getByRole("list", { name: "Active mentors" }).getByRole("button", { name: /Revoke access/ }).click();
  await candidate.getByRole("dialog").getByRole("button", { name: "Revoke access" }).click();
  await expect(candidate.getByText(/No mentor has access yet/)).toBeVisible();

  await mentor.getByRole("button", { name: "Save rehearsal" }).click();
  await expect(mentor.getByRole("alert").filter({ hasText: /not (found|share)|does not share/i })).toBeVisible();
  await candidate.goto("/questions");
  await expect(candidate.getByText(/· 1 time\b/)).toHaveCount(1); // only the first mock interview was written

  await mentor.goto(`${base}/practice?scope=next-loop`);
  await expect(mentor.getByRole("heading", { name: /Your access to Cara Candidate.s bank has ended/ })).toBeVisible();
  await expect(mentor.getByText("Ledger mismatch hunt")).toHaveCount(0);
});
