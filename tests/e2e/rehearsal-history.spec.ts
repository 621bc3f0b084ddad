// The demo's practice history feeds the plan: a story page shows its rehearsals (times, median against the
// target, self and mentor apart, a mentor's mock interview by name), the stories list sorts by "least
// rehearsed", and the demo loop's report (page and JSON) carries rehearsal coverage and `not-rehearsed`.
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test("the demo account's rehearsals show on the story page, the stories list and the loop report", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);

  await page.getByRole("link", { name: "Catching a label leak six weeks before launch" }).first().click();
  const history = page.getByRole("region", { name: "Rehearsals" });
  await expect(history).toBeVisible();
  await expect(history.getByText("Times rehearsed")).toBeVisible();
  await expect(history.getByRole("list", { name: "Rehearsals, newest first" }).getByRole("listitem")).toHaveCount(3);
  await expect(history.getByRole("table", { name: /Mean rating per criterion/ })).toBeVisible();

  // A mock interview by the demo's mentor, shown with the mentor's name.
  await page.goto("/stories?sort=least-rehearsed");
  await expect(page.getByLabel("Sort by")).toHaveValue("least-rehearsed");
  await page.goto("/stories?q=unowned+nightly+job");
  await page.getByRole("link", { name: "The unowned nightly job that delayed 1,900 claim payments" }).first().click();
  await expect(page.getByText("Mock interview by Sam Okafor")).toBeVisible();

  // The demo loop (the Data Scientist one: other flows add loops to the demo account): rehearsal coverage and not-rehearsed findings, on the page and in the report's JSON.
  await page.goto("/loops");
  await page.getByRole("main").getByRole("link", { name: /Data Scientist \(L6\)/ }).first().click();
  await expect(page).toHaveURL(/\/loops\/[^/]+$/);
  const loopId = new URL(page.url()).pathname.split("/").pop()!;
  const rehearsal = page.getByRole("region", { name: "Rehearsal" });
  await expect(rehearsal).toContainText(/\d+ of \d+ planned stories rehearsed at least twice in the last 14 days/);
  await expect(page.getByText("not-rehearsed").first()).toBeVisible();

  const res = await page.request.get(`/api/loops/${loopId}/report`);
  expect(res.status()).toBe(200);
  const report = await res.json();
  expect(Object.keys(report)).toEqual(expect.arrayContaining(["loopId", "coverage", "reuse", "storyFindings", "rehearsal", "rehearsalFindings"]));
  expect(report.rehearsal.planned).toBeGreaterThan(0);
  expect(report.rehearsal.rehearsedTwice).toBeGreaterThan(0);
  expect(report.rehearsalFindings.length).toBeGreaterThan(0);
  expect(report.rehearsalFindings[0]).toMatchObject({ code: "not-rehearsed", severity: "tip" });
});
