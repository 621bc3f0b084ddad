// End-to-end tests on PostgreSQL: a chosen subset of the user flows against the app on PostgreSQL
// (E2E_DATABASE_URL: an existing, empty database; `npm test` creates one on its throwaway cluster), plus
// tests/e2e-postgresql/ (two instances on one database, which owns its own cluster). Same browser and
// build as playwright.config.ts.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = Number(process.env.E2E_PORT ?? 3100);
if (!process.env.E2E_DATABASE_URL?.startsWith("postgres")) {
  throw new Error("playwright.postgresql.config.ts needs E2E_DATABASE_URL=postgresql://…/<empty database> (npm test sets it)");
}

export default defineConfig({
  ...base,
  testDir: "tests",
  // The flows that write the most (accounts, stories, sharing, loops), not the whole suite: CI's budget.
  testMatch: ["e2e/sign-up.spec.ts", "e2e/write-a-story.spec.ts", "e2e/mentor.spec.ts", "e2e/plan-a-loop.spec.ts", "e2e-postgresql/**/*.spec.ts"],
  outputDir: `test-results/postgresql-port-${port}`,
  webServer: { ...base.webServer!, command: `node scripts/e2e-server.mjs ${port}` } as NonNullable<typeof base.webServer>,
});
