// The depth round: a new user writes a project's deep-dive worksheet (live checks clear as it fills), plans it in the
// depth round of a Data Scientist loop, plans a story of the same project in another round and sees
// `deep-dive-overlap`, then moves that slot to another project's story and sees it gone.
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { signUp } from "./helpers";

const PROJECT = "Demand forecasting";
const OTHER_PROJECT = "Churn model";
const DEPTH = "DS depth — one past project end to end";

async function addProject(page: Page, title: string): Promise<string> {
  await page.goto("/projects/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Project created.")).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2];
}

async function addStory(page: Page, project: string, title: string) {
  await page.goto("/stories/new");
  await page.getByLabel("Story title").fill(title);
  await page.getByLabel("Project").selectOption({ label: project });
  await page.getByRole("button", { name: "Create and start writing" }).click();
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();
  await page.getByLabel("Ownership").selectOption("primary");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
}

async function chooseStory(page: Page, principle: string, round: string, titlePart: string) {
  const select = page.getByLabel(`Story for ${principle} in ${round}`);
  const value = await select.locator("option", { hasText: titlePart }).first().getAttribute("value");
  await select.selectOption(value ?? "");
  await expect(page.getByText(`Saved ${principle} in ${round}.`)).toBeVisible();
}

test("write a deep-dive, plan it in the depth round, see deep-dive-overlap and clear it", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const projectId = await addProject(page, PROJECT);
  await addProject(page, OTHER_PROJECT);

  // The worksheet, from the project's page.
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Deep-dive worksheet" }).click();
  await expect(page.getByRole("heading", { name: `Deep-dive: ${PROJECT}`, level: 1 })).toBeVisible();
  const checks = page.getByRole("complementary", { name: "Deep-dive checks" });
  for (const code of ["impact-unquantified", "few-options", "no-mechanism"]) await expect(checks.locator(`[data-code="${code}"]`)).toBeVisible();

  await page.getByLabel("Scope & ambiguity").fill("140 stores ordered fresh food from spreadsheets and nobody owned a forecast.");
  await page.getByLabel("My role & leadership").fill("I was the data scientist on it.");
  // At L6 the depth round looks for leadership: a role without it is flagged, a leadership verb clears it.
  await page.getByLabel("Check for level").selectOption("L6");
  await expect(checks.locator('[data-code="no-leadership"]')).toBeVisible();
  await page.getByLabel("My role & leadership").fill("I led a team of four and convinced the director to wait three weeks.");
  await expect(checks.locator('[data-code="no-leadership"]')).toHaveCount(0);
  await page.getByLabel("Timeline").fill("Four months, pilot then four waves.");

  await page.getByRole("button", { name: "Add option" }).click();
  await page.getByLabel("Option 1 title").fill("Buy a forecasting suite");
  await page.getByLabel("Option 1 trade-offs").fill("Fast but a black box.");
  await expect(checks.getByText("Only one option weighed (at least 2).")).toBeVisible();
  await page.getByRole("button", { name: "Add option" }).click();
  await expect(page.getByLabel("Option 2 title")).toBeFocused();
  await page.keyboard.type("One global model");
  await page.getByLabel("Option 2 is the one chosen").check();
  await expect(checks.locator('[data-code="few-options"]')).toHaveCount(0);

  await page.getByLabel("Options & trade-offs").fill("Speed to the deadline against a model the stores would trust.");
  await page.getByLabel("Communication & earning trust").fill("A one-page note every Friday.");
  await page.getByLabel("Impact", { exact: true }).fill("Waste fell from 4.1% to 3.2% of fresh sales.");
  await expect(checks.locator('[data-code="impact-unquantified"]')).toHaveCount(0);
  await page.getByLabel("Mechanisms").fill("A weekly accuracy alarm per store.");
  await page.getByLabel("Next steps / what I would improve").fill("Bring store managers in at the pilot.");
  await expect(checks.getByText(/No findings/)).toBeVisible();
  await expectNoViolations(page, "deep-dive worksheet");

  // Ctrl+S saves; the sheet is there after a reload.
  await page.keyboard.press("Control+s");
  await expect(page.getByText(/Saved at/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Option 2 title")).toHaveValue("One global model");
  await expect(page.getByLabel("Mechanisms")).toHaveValue("A weekly accuracy alarm per store.");

  // Two stories: one from the deep-dive project, one from another.
  await addStory(page, PROJECT, "Forecast rollout to 140 stores");
  await addStory(page, OTHER_PROJECT, "Churn win with finance");

  // A Data Scientist loop: its depth round is a deep-dive round, planned with the project.
  await page.goto("/loops/new");
  await page.getByRole("radio", { name: /Amazon Data Scientist/ }).check();
  await page.getByLabel("Company").fill("Amazon");
  await page.getByLabel("Level").fill("L6");
  await page.getByRole("button", { name: "Create loop" }).click();
  await expect(page).toHaveURL(/\/loops\/(?!new$)[^/]+$/, { timeout: 30_000 });
  const depth = page.getByRole("region", { name: new RegExp(DEPTH) });
  await expect(depth.getByText("One project, end to end")).toBeVisible();
  await depth.getByLabel(`Project for ${DEPTH}`).selectOption({ label: `${PROJECT} (8 of 8 sections written)` });
  await depth.getByRole("button", { name: "Save project" }).click();
  await expect(depth.getByText("Project saved.")).toBeVisible();
  await expect(depth.getByRole("link", { name: `Open the deep-dive worksheet for ${PROJECT}` })).toHaveAttribute("href", `/projects/${projectId}/deep-dive`);
  await expect(depth.getByText(/No findings/)).toBeVisible();

  // A story of the same project in another round: the panel has heard that project already.
  const report = page.getByRole("complementary", { name: "Loop report" });
  await chooseStory(page, "Ownership", "Hiring manager", "Forecast rollout");
  await expect(report).toContainText("deep-dive-overlap");
  await expect(report).toContainText(`comes from "${PROJECT}"`);

  // Move it: another project's story in that slot, and the warning is gone.
  await chooseStory(page, "Ownership", "Hiring manager", "Churn win");
  await expect(report).not.toContainText("deep-dive-overlap");
});
