// After sign-in (or for someone already signed in) ?next= leads back to a page of this site and nowhere
// else: every hostile value answers a page or a same-site redirect, never a server error, never off-site.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signOut, signUp } from "./helpers";

// As they appear in the address bar after ?next=
const HOSTILE = [
  "/%09/evil.example",
  "%09/evil.example",
  "/%5Cevil.example",
  "%5C%5Cevil.example",
  "//evil.example",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/\\evil.example",
  "/.//evil.example",
  "https://evil.example",
  "https%3A%2F%2Fevil.example",
  "javascript:alert(1)",
  "%0a",
  "/%0a",
  "/%0d%0a/evil.example",
  "/stories%0d%0aSet-Cookie:%20x=1",
  "/%00",
  "%00",
  "/%E2%80%8B",
  "/stories?q=中",
  "/stories?q=%E4%B8%AD",
  "/%E0%A4%A",
];

async function expectStaysOnSite(request: APIRequestContext, baseURL: string, path: string) {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBeLessThan(500);
  const location = res.headers()["location"];
  if (location !== undefined) {
    expect([303, 307, 308], path).toContain(res.status());
    expect(new URL(location, baseURL).origin, `${path} → ${location}`).toBe(new URL(baseURL).origin);
  } else {
    expect(res.status(), path).toBe(200);
  }
}

test("signed out: the sign-in and sign-up pages answer every hostile next, none of it 500", async ({ request, baseURL }) => {
  for (const page of ["/sign-in", "/sign-up"]) {
    for (const next of HOSTILE) await expectStaysOnSite(request, baseURL!, `${page}?next=${next}`);
  }
});

test("signed in: every hostile next redirects to a page of this site", async ({ page, baseURL }) => {
  await signUp(page);
  for (const path of ["/sign-in", "/sign-up"]) {
    for (const next of HOSTILE) await expectStaysOnSite(page.request, baseURL!, `${path}?next=${next}`);
  }
  const res = await page.request.get("/sign-in?next=/stories?q=中", { maxRedirects: 0 });
  expect(res.headers()["location"]).toBe("/stories?q=%E4%B8%AD");
});

test("through the form, a hostile next lands on the stories page; a good one comes back", async ({ page, baseURL }) => {
  const { email, password } = await signUp(page);
  await signOut(page);
  for (const [next, expected] of [["/%09/evil.example", "/stories"], ["/%0d%0a/evil.example", "/stories"], ["/projects?x=中", "/projects?x=%E4%B8%AD"]]) {
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new URL(expected, baseURL).href);
    await signOut(page);
  }
});
