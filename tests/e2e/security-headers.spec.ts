// Security headers on every kind of response (pages, redirects, API, build assets), a CSP whose only inline
// scripts are the ones carrying this response's nonce (an injected script without it does not run), the
// session cookie's attributes over plain HTTP, and /api/health.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signUp } from "./helpers";

const dev = Boolean(process.env.E2E_DEV);

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectCommonHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Served over http: no HSTS (it is sent only when BETTER_AUTH_URL is https).
  expect(h["strict-transport-security"]).toBeUndefined();
}

/** Checks a page's CSP and returns its nonce. */
function expectPagePolicy(res: APIResponse): string {
  expectCommonHeaders(res);
  const policy = directives(res.headers()["content-security-policy"]);
  const script = policy.get("script-src") ?? [];
  const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, "script-src carries a nonce").toBeTruthy();
  expect(nonce!.length).toBeGreaterThanOrEqual(22); // 128 bits, base64
  expect(script).not.toContain("'unsafe-inline'");
  if (dev) expect(script).toContain("'unsafe-eval'");
  else expect(script).not.toContain("'unsafe-eval'");
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  return nonce!;
}

/** Every <script> in the HTML carries the response's nonce. */
async function expectScriptsCarry(res: APIResponse, nonce: string) {
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test("pages get a fresh nonce, every script carries it, and the policy forbids other inline script", async ({ request }) => {
  const first = await request.get("/");
  expect(first.status()).toBe(200);
  const nonce = expectPagePolicy(first);
  await expectScriptsCarry(first, nonce);

  const second = await request.get("/");
  expect(expectPagePolicy(second)).not.toBe(nonce);

  const signIn = await request.get("/sign-in");
  await expectScriptsCarry(signIn, expectPagePolicy(signIn));
});

test("redirects, API answers and build assets carry the headers too", async ({ request }) => {
  const redirect = await request.get("/stories", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toContain("/sign-in?next=%2Fstories");
  expectPagePolicy(redirect);

  const api = await request.get("/api/health");
  expectCommonHeaders(api);

  const landing = await (await request.get("/")).text();
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(landing)?.[0];
  expect(chunk).toBeTruthy();
  const asset = await request.get(chunk!);
  expect(asset.status()).toBe(200);
  expectCommonHeaders(asset);
});

test("/api/health: database reachable and every migration applied", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toContain("no-store");
  const body = await res.json();
  expect(body).toMatchObject({ ok: true, database: "up", migrations: { pending: [] } });
  expect(body.migrations.applied).toBeGreaterThanOrEqual(body.migrations.onDisk);
  expect(body.migrations.onDisk).toBeGreaterThan(0);
});

test("an inline script without the nonce does not run; the app's own scripts do", async ({ page }) => {
  const violations = collectCspViolations(page);
  // Simulate an injection: the server's HTML with an extra inline script, headers (and CSP) unchanged.
  await page.route("**/sign-in", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const original = await response.text();
    const at = original.lastIndexOf("</body>");
    const html = `${original.slice(0, at)}<script>window.__injected = true;</script>${original.slice(at)}`;
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sign-in");
  // React hydrated the form (Next.js's nonce'd scripts ran), and its server action answers in place.
  // (Not under `next dev`: for an intercepted document Chromium blocks the dev server's HMR websocket,
  // a local-network-access rule, and the dev client then never hydrates. Production has no websocket.)
  if (!dev) {
    await page.waitForFunction(() => {
      const form = document.querySelector("form");
      return !!form && Object.keys(form).some((k) => k.startsWith("__reactFiber"));
    });
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  }
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((v) => /inline script/i.test(v))).toBe(true);
});

test("signed in: pages render and hydrate with no CSP violations; the session cookie is httpOnly, SameSite=Lax, not Secure over http", async ({ page, context }) => {
  const violations = collectCspViolations(page);
  await signUp(page);
  const cookie = (await context.cookies()).find((c) => /session_token$/.test(c.name));
  expect(cookie).toBeTruthy();
  expect(cookie!.name).toBe("better-auth.session_token"); // the __Secure- name is used over https only
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  expect(cookie!.secure).toBe(false);

  for (const path of ["/stories", "/stories/new", "/projects", "/loops", "/matrix"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    expectPagePolicy(res as unknown as APIResponse);
  }
  // Client-side navigation still works (scripts loaded under the policy).
  await page.goto("/stories");
  await page.getByRole("link", { name: "Projects" }).first().click();
  await expect(page).toHaveURL(/\/projects/);
  expect(violations).toEqual([]);
});

test("every page, the 404 page included, runs its scripts with no CSP violation, signed out and signed in", async ({ page }) => {
  const violations = collectCspViolations(page);
  const visit = async (path: string, status: number) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(status);
    const nonce = expectPagePolicy(res as unknown as APIResponse);
    const html = await res!.text();
    for (const tag of [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag, path).toContain(`nonce="${nonce}"`);
    await page.waitForLoadState("networkidle");
  };
  for (const path of ["/", "/sign-in", "/sign-up", "/invite/nope"]) await visit(path, 200);
  await visit("/no-such-page", 404);
  // The 404 page hydrated: its links navigate on the client.
  await page.goto("/no-such-page");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);

  await signUp(page);
  for (const path of ["/questions", "/mentors", "/backup", "/loops/new", "/projects/new"]) await visit(path, 200);
  for (const path of ["/no-such-page", "/stories/nope", "/loops/nope"]) await visit(path, 404);
  expect(violations).toEqual([]);
});

test("hostile addresses get a clear 400 or 404, never a server error", async ({ page }) => {
  // Broken percent-encoding cannot become route params: 400 with the headers, signed out and signed in.
  for (const path of ["/stories/%E0%A4%A", "/invite/%E0%A4%A", "/projects/%ZZ"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain("this address is not valid");
    expectCommonHeaders(res);
  }
  await signUp(page);
  for (const path of ["/stories/%E0%A4%A", "/loops/%E0%A4%A/print", "/mentors/candidates/%E0%A4%A"]) {
    expect((await page.request.get(path)).status(), path).toBe(400);
  }
  // Ids nobody has: the not-found page.
  for (const path of ["/stories/nope", "/projects/nope", "/loops/nope", "/loops/nope/print", "/api/loops/nope/report", "/mentors/candidates/nope"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  // Nonsense in the query string is ignored: the page renders with defaults.
  for (const path of ["/stories?page=abc", "/stories?page=-5&sort=zzz", "/stories?principle=nope&status=x", `/stories?angle=${"a".repeat(3000)}`, "/stories?q=%00"]) {
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
});
