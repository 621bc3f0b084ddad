// Accounts end to end: landing, sign-up, empty bank, sign-out, sign-in, the demo bank, and every bad input.
import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a visitor sees what StarLoop does, signs up, finds an empty bank, signs out and back in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Prepare the behavioral half of your interview loop/ })).toBeVisible();
  const { email, password } = await signUp(page, { name: "Ada Candidate" });
  await expect(page.getByRole("heading", { name: "Your story bank is empty" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add your first project" })).toBeVisible();
  await signOut(page);
  await page.goto("/stories");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstories/);
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Your story bank is empty" })).toBeVisible();
});

test("the demo account signs in and shows its stories", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByRole("heading", { name: "Stories" })).toBeVisible();
  // Other flows may import into the demo account, so look for its own stories rather than a count.
  for (const title of ["Halving the streaming bill without slowing the migration", "A threshold change that declined 6,400 good orders", "Turning one-off pricing tests into a self-serve platform"]) {
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  }
});

test("bad sign-up and sign-in input gets a clear message on the form, never a server error", async ({ page }) => {
  const serverErrors: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
  });
  const { email } = await signUp(page);
  await signOut(page);

  // duplicate email
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another-password-9");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "An account with this email already exists" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  // malformed email
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("another-password-9");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();

  // short password, with the rules stated on the form
  await expect(page.getByText("At least 10 characters, with a letter and a digit.")).toBeVisible();
  await page.getByLabel("Email").fill(uniqueEmail("short"));
  await page.getByLabel("Password").fill("short1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  // wrong password
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(serverErrors).toEqual([]);
});

test("wrong passwords slow the client that sends them (the owner elsewhere is not: sign-in-limits.spec.ts)", async ({ page }) => {
  const { email, password } = await signUp(page);
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many attempts/ })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signed-out visitors are sent to sign-in from every private page", async ({ page, request }) => {
  for (const path of ["/stories", "/projects", "/loops", "/matrix", "/questions", "/mentors", "/stories/new"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in/);
  }
  const res = await request.get("/api/export", { maxRedirects: 0 });
  expect([401, 404]).toContain(res.status());
});

test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  await signUp(page);
  const cookie = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(cookie).toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("sign-up states every password rule up front and a refused password stays in the field", async ({ page }) => {
  await page.goto("/sign-up");
  for (const rule of ["At least 10 characters", "At least one letter", "At least one digit"]) {
    await expect(page.getByText(rule, { exact: false }).first()).toBeVisible();
  }
  await page.getByLabel("Name").fill("Rita Rules");
  await page.getByLabel("Email").fill(uniqueEmail("rules"));
  await page.getByLabel("Password").fill("abcdefghij");
  await expect(page.locator("#password-hint")).toContainText("At least 10 characters (met)");
  await expect(page.locator("#password-hint")).toContainText("At least one digit (not yet)");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Include at least one digit." })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveValue("abcdefghij");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.getByLabel("Password").press("End");
  await page.keyboard.type("7");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/stories/);
});
