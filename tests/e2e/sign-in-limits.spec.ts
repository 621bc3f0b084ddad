// Sign-in limits that shut nobody out: wrong passwords slow the client that sends them, not the account,
// so the owner still signs in from elsewhere; X-Forwarded-For counts only behind a trusted proxy. And
// the auth API holds sign-ups and sign-ins to the same rules as the forms.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "./helpers";
import { startServer, type ExtraServer } from "./extra-server";

const apiSignIn = (request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) =>
  request.post("/api/auth/sign-in/email", { data: { email, password }, headers });

test("the auth API refuses what the sign-up form refuses, with the form's messages", async ({ page }) => {
  const signUpApi = (data: Record<string, unknown>) => page.request.post("/api/auth/sign-up/email", { data });
  const weak = await signUpApi({ name: "Weak", email: uniqueEmail("weak"), password: "no-digits-in-here" });
  expect(weak.status()).toBe(400);
  expect(await weak.json()).toMatchObject({ code: "VALIDATION_ERROR", message: "Include at least one digit." });

  const long = await signUpApi({ name: "n".repeat(10_000), email: uniqueEmail("long"), password: "correct-horse-42" });
  expect(long.status()).toBe(400);
  expect(await long.json()).toMatchObject({ message: "Keep your name under 100 characters.", errors: { name: ["Keep your name under 100 characters."] } });

  const blank = await signUpApi({ name: "   ", email: "not-an-email", password: "correct-horse-42" });
  expect(blank.status()).toBe(400);
  expect((await blank.json()).errors).toMatchObject({ name: ["Enter your name."], email: ["Enter a valid email address, like name@example.com."] });

  const noPassword = await apiSignIn(page.request, "someone@example.com", "");
  expect(noPassword.status()).toBe(400);
  expect(await noPassword.json()).toMatchObject({ message: "Enter your password." });

  const email = uniqueEmail("api");
  const ok = await signUpApi({ name: "  Api Person  ", email: email.toUpperCase(), password: "correct-horse-42" });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).user).toMatchObject({ name: "Api Person", email });
});

test("wrong passwords slow the client that sends them; a forged X-Forwarded-For does not get round it", async ({ page }) => {
  const { email, password } = await signUp(page);
  await signOut(page);
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many attempts\. Try again in \d+ seconds\./ })).toBeVisible();

  // No trusted proxy here (TRUSTED_PROXY_HOPS=0): the header is the client's own word, and ignored.
  const forged = await apiSignIn(page.request, email, password, { "X-Forwarded-For": "198.51.100.7" });
  expect(forged.status()).toBe(429);
  expect(Number(forged.headers()["retry-after"])).toBeGreaterThan(0);
});

test.describe("behind one trusted proxy", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startServer(3401, { TRUSTED_PROXY_HOPS: "1" });
  });
  test.afterAll(async () => server?.stop());

  test("an attacker failing on purpose is blocked; the owner signs in from another client, in the browser", async ({ browser }) => {
    const base = "http://127.0.0.1:3401";
    const ownerContext = await browser.newContext({ baseURL: base, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.7" } });
    const owner = await ownerContext.newPage();
    const { email, password } = await signUp(owner);
    await signOut(owner);

    const attacker = await browser.newContext({ baseURL: base, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" } });
    for (let i = 0; i < 5; i++) expect((await apiSignIn(attacker.request, email, `guess-${i}-0000`)).status()).toBe(401);
    for (let i = 0; i < 6; i++) {
      const refused = await apiSignIn(attacker.request, email, `guess-more-${i}`);
      expect(refused.status()).toBe(429);
      expect((await refused.json()).message).toMatch(/^Too many attempts/);
    }
    // Even the right password waits, from the attacker's client: the guesses bought it nothing.
    expect((await apiSignIn(attacker.request, email, password)).status()).toBe(429);

    await owner.goto("/sign-in");
    await owner.getByLabel("Email").fill(email);
    await owner.getByLabel("Password").fill(password);
    await owner.getByRole("button", { name: "Sign in" }).click();
    await expect(owner).toHaveURL(/\/stories/);
    // A third client (say the owner's phone) through the API.
    expect((await apiSignIn(attacker.request, email, password, { "X-Forwarded-For": "192.0.2.44" })).status()).toBe(200);
    await ownerContext.close();
    await attacker.close();
  });
});
