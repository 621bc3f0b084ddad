// One app under every loopback name: npm start prints http://localhost:3000, and a person who opens
// http://127.0.0.1:3000 or http://[::1]:3000 instead signs up and in just the same, in the browser and
// through the auth API; other origins are still refused. HOST=0.0.0.0 listens on every interface
// (tried here through the loopback addresses only).
import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers";
import { startServer, type ExtraServer } from "./extra-server";

/** Signs up and back in through the forms at `base`, then calls the auth API from that page (cookies and Origin as the browser sends them). */
async function accountsWorkAt(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const { email, password } = await signUp(page);
  await signOut(page);
  await signIn(page, email, password);
  const status = await page.evaluate(async ([e, p]) => {
    const res = await fetch("/api/auth/sign-in/email", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email: e, password: p }) });
    return res.status;
  }, [email, password]);
  expect(status, base).toBe(200);
  await context.close();
}

/** The API with a given Origin; a cookie makes better-auth check the origin (it skips the check without one). */
async function apiSignUpFrom(browser: Browser, base: string, origin: string) {
  const context = await browser.newContext({ baseURL: base });
  const res = await context.request.post("/api/auth/sign-up/email", {
    data: { name: "Origin Check", email: uniqueEmail("origin"), password: "correct-horse-42" },
    headers: { Origin: origin, Cookie: "starloop-probe=1" },
  });
  await context.close();
  return res.status();
}

test("served for 127.0.0.1, the app also works as localhost", async ({ browser, baseURL }) => {
  const port = new URL(baseURL!).port;
  for (const base of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
    await accountsWorkAt(browser, base);
    expect(await apiSignUpFrom(browser, base, base)).toBe(200);
  }
  expect(await apiSignUpFrom(browser, baseURL!, `http://[::1]:${port}`)).toBe(200);
  expect(await apiSignUpFrom(browser, baseURL!, "http://evil.example")).toBe(403);
  expect(await apiSignUpFrom(browser, baseURL!, `http://localhost:${Number(port) + 1}`)).toBe(403);
});

test.describe("HOST=0.0.0.0, the URL as npm start sets it (http://localhost:<port>)", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startServer(3402, { E2E_HOST: "0.0.0.0", E2E_AUTH_URL: "http://localhost:3402" });
  });
  test.afterAll(async () => server?.stop());

  test("listens on IPv4 and IPv6, prints the addresses, and signs people in at 127.0.0.1 and [::1]", async ({ browser }) => {
    for (const base of ["http://127.0.0.1:3402", "http://[::1]:3402", "http://localhost:3402"]) {
      await accountsWorkAt(browser, base);
      expect(await apiSignUpFrom(browser, base, base), base).toBe(200);
    }
    const printed = readFileSync("data/e2e-3402.log", "utf8");
    for (const address of ["http://localhost:3402", "http://127.0.0.1:3402", "http://[::1]:3402"]) expect(printed).toContain(address);
  });
});

test.describe("HOST=localhost and two server processes (npm start's defaults on a 2-core machine)", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startServer(3403, { E2E_HOST: "localhost", E2E_AUTH_URL: "http://localhost:3403", WEB_CONCURRENCY: "2" });
  });
  test.afterAll(async () => server?.stop());

  test("listens on both loopback addresses", async ({ request }) => {
    for (const base of ["http://127.0.0.1:3403", "http://[::1]:3403"]) {
      expect((await request.get(`${base}/api/health`)).status(), base).toBe(200);
    }
    const printed = readFileSync("data/e2e-3403.log", "utf8");
    expect(printed).toMatch(/StarLoop is running at http:\/\/localhost:3403\s+http:\/\/127\.0\.0\.1:3403\s+http:\/\/\[::1\]:3403/);
    expect(printed.match(/StarLoop is running/g), "announced once, when both processes listen").toHaveLength(1);
  });

  test("both processes see each save at once (what a process remembers is keyed by the bank version)", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: "http://localhost:3403" });
    const page = await context.newPage();
    await signUp(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const title of ["Checkout rebuild", "Claims warehouse"]) {
      await page.goto("/projects/new");
      await page.getByLabel("Title").fill(title);
      await page.getByRole("button", { name: "Create project" }).click();
      await expect(page.getByText("Project created.")).toBeVisible();
      // A new connection per request: the primary hands connections to its two processes in turn.
      for (let i = 0; i < 4; i++) {
        const res = await fetch("http://127.0.0.1:3403/projects", { headers: { cookie, connection: "close" } });
        expect(res.status).toBe(200);
        expect(await res.text(), `request ${i + 1} after creating ${title}`).toContain(title);
      }
    }
    await context.close();
  });
});
