// Export and import, as a candidate does it: a loop arrives through the JSON API, its print view and PDF carry every
// round and planned story, and a backup file goes in through the "Backup & export" page with a preview.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const ROUNDS = [
  { key: "r1", title: "Recruiter screen", kind: "recruiter", minutes: 30, focus: ["customer-obsession"], assignments: [{ principle: "customer-obsession", storyKey: "s1" }] },
  {
    key: "r2",
    title: "Data system design",
    kind: "onsite",
    minutes: 60,
    focus: ["dive-deep", "frugality"],
    assignments: [
      { principle: "dive-deep", storyKey: "s2", backupStoryKey: "s1" },
      { principle: "frugality", storyKey: "s3" },
    ],
  },
  { key: "r3", title: "Bar Raiser", kind: "bar-raiser", minutes: 60, focus: ["earn-trust", "ownership"], assignments: [{ principle: "earn-trust", storyKey: "s1" }] },
];

const story = (key: string, title: string, code: string) => ({
  key,
  projectKey: "p1",
  title,
  situation: `Our checkout team saw ${title.toLowerCase()} coming. It had been building for two quarters.`,
  task: "I had to find the cause and fix it before the holiday peak without adding headcount.",
  action: "I pulled three months of traces, found the slow query, rewrote it and added a regression test to the pipeline.",
  result: "p95 latency fell from 120 ms to 74 ms and stayed there through the peak.",
  learnings: "I now add a latency budget to every design review.",
  status: "ready",
  angles: ["technical depth"],
  principles: [{ code, weight: "primary" }],
  metrics: [{ label: "p95 latency", unit: "ms", before: 120, after: 74, direction: "lower-is-better" }],
});

const LOOP_BACKUP = {
  format: "star-bank",
  version: 1,
  projects: [{ key: "p1", title: "Checkout latency program", organization: "Northwind" }],
  stories: [
    story("s1", "Holiday checkout slowdown", "customer-obsession"),
    story("s2", "Trace-driven query rewrite", "dive-deep"),
    story("s3", "Cache tier cost cut", "frugality"),
  ],
  loops: [{ key: "northwind-loop", company: "Northwind Traders", role: "Data Engineer", level: "L5", date: "2026-12-01", rounds: ROUNDS }],
};

const UI_BACKUP = {
  format: "star-bank",
  version: 1,
  projects: [{ key: "garden", title: "Community garden sensors" }],
  stories: [
    { key: "g1", projectKey: "garden", title: "Soil sensor battery fix", situation: "S", task: "T", action: "A", result: "R" },
    { key: "g2", projectKey: "garden", title: "Volunteer onboarding guide", situation: "S", task: "T", action: "A", result: "R" },
  ],
};

const file = (name: string, value: unknown) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(value)) });

// `next dev` compiles each route on first request; warm them so the flow's 10 s expectations measure the app.
test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  const warm = await playwrightRequest.newContext({ baseURL });
  await warm.get("/sign-in", { timeout: 240_000 });
  await warm.post("/api/auth/sign-in/email", { data: { email: DEMO.email, password: DEMO.password }, timeout: 240_000 });
  for (const route of ["/stories", "/stories/x/print", "/loops/x/print", "/backup", "/api/export", "/api/loops/x/pdf"]) {
    await warm.get(route, { timeout: 240_000, maxRedirects: 0 });
  }
  await warm.dispose();
});

test("a loop from the JSON API prints, downloads as a PDF with every round and story, and backups import through the UI", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.email, DEMO.password);

  // The JSON API, with the browser's session cookie.
  const dry = await page.request.post("/api/import?dryRun=1", { data: LOOP_BACKUP });
  expect(dry.status()).toBe(200);
  expect(await dry.json()).toMatchObject({ dryRun: true, created: { projects: 1, stories: 3, loops: 1 } });
  const imported = await page.request.post("/api/import", { data: LOOP_BACKUP });
  expect(imported.status()).toBe(200);
  const answer = (await imported.json()) as { created: unknown; loops: { key: string; id: string }[] };
  expect(answer.created).toEqual({ projects: 1, stories: 3, questions: 0, loops: 1 });
  expect(answer.loops[0].key).toBe("northwind-loop");
  const loopId = answer.loops[0].id;

  const bad = await page.request.post("/api/import", { data: { ...LOOP_BACKUP, stories: [{ ...LOOP_BACKUP.stories[0], projectKey: "missing" }] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors).toContainEqual({ path: "stories[0].projectKey", message: 'No project has the key "missing".' });
  // Bodies over the limit: tests/e2e/backup-limits.spec.ts.

  const exported = await page.request.get("/api/export");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="starloop-backup-\d{4}-\d{2}-\d{2}\.json"$/);
  expect(await exported.json()).toMatchObject({ format: "star-bank", version: 2 });

  const markdown = await page.request.get("/api/export/markdown");
  expect(markdown.headers()["content-disposition"]).toMatch(/^attachment; filename="starloop-bank-\d{4}-\d{2}-\d{2}\.md"$/);
  const md = await markdown.text();
  expect(md).toContain("# StarLoop bank — Dana Reyes");
  expect(md).toContain("### Trace-driven query rewrite");

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect((await anonymous.get("/api/export")).status()).toBe(401);
  expect((await anonymous.post("/api/import", { data: LOOP_BACKUP })).status()).toBe(401);
  expect((await anonymous.get(`/api/loops/${loopId}/pdf`)).status()).toBe(401);
  await anonymous.dispose();

  // The print view (the prep sheet): the glance, a card per slot; no navigation or buttons on paper.
  await page.goto(`/loops/${loopId}/print`);
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Traders — Data Engineer (L5)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The loop at a glance" })).toBeVisible();
  for (const [i, r] of ROUNDS.entries()) await expect(page.getByRole("cell", { name: `${i + 1}. ${r.title} · ${r.minutes} min` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Story cards" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();

  // The PDF, downloaded from the print view and read back with pdftotext.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("starloop-northwind-traders-2026-12-01.pdf");
  const pdfFile = path.join(mkdtempSync(path.join(tmpdir(), "starloop-e2e-")), download.suggestedFilename());
  await download.saveAs(pdfFile);
  const text = execFileSync("pdftotext", [pdfFile, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const r of ROUNDS) expect(text).toContain(r.title);
  for (const s of LOOP_BACKUP.stories) expect(text).toContain(s.title);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
  await page.screenshot({ path: "test-results/print-view.png", fullPage: true });
  // On paper (A4 and Letter): the glance and the cards flow on, with no page per round (three small rounds fit one page).
  for (const format of ["A4", "Letter"] as const) {
    const printed = `test-results/print-view-${format}.pdf`;
    await page.pdf({ path: printed, format });
    const pageText = (n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), printed, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(pageText(1)).toContain("The loop at a glance");
    expect(pageText(1)).toContain("Round 1: Recruiter screen");
    expect(pageText(1)).toContain("Round 2: Data system design");
    expect(pageText(1)).not.toMatch(/Download PDF|Stories Projects Loops/);
  }
  await page.emulateMedia({ media: "screen" });

  // The story print view.
  await page.goto("/stories");
  await page.getByRole("link", { name: "Trace-driven query rewrite" }).first().click();
  await page.getByRole("link", { name: "Print" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Trace-driven query rewrite" })).toBeVisible();
  await expect(page.getByText("−38% p95 latency")).toBeVisible();

  // Import through the UI: preview, import, then the same file again is flagged as copies.
  await page.goto("/backup");
  await expect(page.getByRole("heading", { name: "Backup & export" })).toBeVisible();
  await page.getByLabel("Backup file").setInputFiles(file("garden.json", UI_BACKUP));
  await expect(page.getByText("Will create 1 project, 2 stories, 0 loops.")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 project, 2 stories, 0 loops.")).toBeVisible();

  await page.getByLabel("Backup file").setInputFiles(file("garden.json", UI_BACKUP));
  await expect(page.getByText("Will create 1 project, 2 stories, 0 loops — 1 project and 2 stories look like ones you already have.")).toBeVisible();
  await page.screenshot({ path: "test-results/backup-preview.png" });
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Add as copies" })).toBeHidden();

  await page.getByLabel("Backup file").setInputFiles(file("broken.json", { ...UI_BACKUP, version: 7 }));
  await expect(page.getByText("This file cannot be imported")).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems in the file" })).toContainText("version");

  await page.getByLabel("Backup file").setInputFiles(file("garden.json", UI_BACKUP));
  await page.getByRole("button", { name: "Add as copies" }).click();
  await expect(page.getByText("Imported 1 project, 2 stories, 0 loops.")).toBeVisible();
});
