// By keyboard alone (Tab, Shift+Tab, Enter, Space, Escape, arrows): sign up, write and save a story
// with a principle and a metric, open and close every menu and dialog on the way. After every key
// the focused element shows a visible focus indicator, and after every action focus lands
// somewhere that makes sense.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { uniqueEmail } from "./helpers";

/** The focused element, and whether it draws a focus indicator (outline or ring) right now. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", visible: false, name: "" };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    return { tag: el.tagName.toLowerCase(), visible: el.matches(":focus-visible") && (outline || ring), name: el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "" };
  });
}

async function expectFocusVisible(page: Page) {
  const state = await focusState(page);
  expect(state.visible, `focus indicator on <${state.tag}> "${state.name}"`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus indicator at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    await expectFocusVisible(page);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target} by ${back ? "Shift+Tab" : "Tab"} in ${max} presses`);
}

test("sign up, write and save a story, and use every menu and dialog, by keyboard alone", async ({ page }) => {
  test.setTimeout(180_000);
  // Sign up: the skip link comes first, then the form.
  await page.goto("/sign-up");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expectFocusVisible(page);
  await tabTo(page, page.getByLabel("Name"));
  await page.keyboard.type("Kim Keyboard");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(uniqueEmail("keys"));
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type("keyboard-only-7");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/stories$/);

  // The account menu: Enter opens it on its first item; arrows move; Tab stays inside; Escape closes onto the button.
  const menuButton = page.getByRole("button", { name: /account menu/i });
  await tabTo(page, menuButton);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Account" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "Backup & export" })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("menuitem", { name: "Backup & export" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(menu.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  // Space opens it too, and Escape again gives focus back.
  await page.keyboard.press("Space");
  await expect(menu.getByRole("menuitem", { name: "Backup & export" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menuButton).toBeFocused();

  // A project, from the empty bank's call to action.
  await tabTo(page, page.getByRole("link", { name: "Add your first project" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/projects\/new$/);
  await expect(page.locator("main#main")).toBeFocused(); // after a page change focus starts at the content
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type("Checkout performance");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Project created.")).toBeVisible();

  // The project's delete dialog: opens on Cancel, Tab cycles inside, Escape closes onto its button.
  const deleteProject = page.getByRole("button", { name: "Delete project" });
  await tabTo(page, deleteProject);
  await page.keyboard.press("Space");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Delete project" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Delete project" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(deleteProject).toBeFocused();

  // A story in it.
  await tabTo(page, page.getByRole("link", { name: "New story in this project" }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/stories\/new/);
  await expect(page.getByLabel("Story title")).toBeFocused(); // the form's one field takes focus
  await page.keyboard.type("Cut checkout latency before the sale");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Story editor" })).toBeVisible();

  await tabTo(page, page.getByLabel("Situation", { exact: true }));
  await page.keyboard.type("Checkout slowed down every evening at peak and customers abandoned their carts.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Task", { exact: true })).toBeFocused();
  await page.keyboard.type("I had to bring p95 latency back under budget before the holiday sale.");
  await tabTo(page, page.getByLabel("Action", { exact: true }));
  await page.keyboard.type("I profiled the service, batched the cart lookup into one query and added a cache.");
  await tabTo(page, page.getByLabel("Result", { exact: true }));
  await page.keyboard.type("p95 latency fell from 420 ms to 260 ms.");

  // A principle, with the arrow keys on its menu.
  const diveDeep = page.getByLabel("Dive Deep");
  await tabTo(page, diveDeep);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(diveDeep).toHaveValue("primary");

  // A metric: Add metric puts focus in its first field.
  await tabTo(page, page.getByRole("button", { name: "Add metric" }));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Metric 1 label")).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type("p95 latency");
  await page.keyboard.press("Tab");
  await page.keyboard.type("ms");
  await page.keyboard.press("Tab");
  await page.keyboard.type("420");
  await page.keyboard.press("Tab");
  await page.keyboard.type("260");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Metric 1 direction")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Metric 1 direction")).toHaveValue("lower-is-better");
  await expect(page.getByText("−38% p95 latency")).toBeVisible();

  // Save: the status says so and focus stays on the button.
  const save = page.getByRole("button", { name: "Save story" });
  await tabTo(page, save);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
  await expect(save).toBeFocused();
  await expectFocusVisible(page);
  await expect(page.getByText("All changes saved")).toBeVisible();

  // The story's delete dialog.
  const deleteStory = page.getByRole("button", { name: "Delete story" });
  await tabTo(page, deleteStory);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter"); // Cancel
  await expect(dialog).toBeHidden();
  await expect(deleteStory).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(deleteStory).toBeFocused();

  // It was saved: after a reload everything is there, and no leave warning was needed.
  await page.reload();
  await expect(page.getByLabel("Metric 1 label")).toHaveValue("p95 latency");
  await expect(page.getByLabel("Dive Deep")).toHaveValue("primary");

  // Sign out from the menu.
  await tabTo(page, menuButton);
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Backup & export" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
});
