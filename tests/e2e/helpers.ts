// Shared steps for end-to-end flows: new users, sign-in, the demo account.
import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@starloop.test", password: "demo-password-1" };

/** Everything the test server printed (scripts/e2e-server.mjs writes it there; same port as playwright.config.ts). */
export const SERVER_LOG = `data/e2e-${process.env.E2E_PORT ?? 3100}.log`;

let counter = 0;
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

export async function signUp(page: Page, opts: { name?: string; email?: string; password?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? "correct-horse-42";
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(opts.name ?? "Test Candidate");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/stories/);
  return { email, password };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/stories/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Fails the test if any JavaScript dialog opens (used to prove user text never runs as script). */
export function failOnDialog(page: Page) {
  page.on("dialog", async (dialog) => {
    await dialog.dismiss();
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
}
