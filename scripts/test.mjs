#!/usr/bin/env node
// `npm test`: type-check, unit + integration tests (Vitest), production build, end-to-end (Playwright
// driving Debian's Chromium). First makes sure Chromium and poppler are installed (installing them from
// Debian when this user may; see ensure-system-deps.mjs), so a fresh machine needs no other step.
import { execFileSync } from "node:child_process";
import { ensureSystemDeps } from "./ensure-system-deps.mjs";

if (!ensureSystemDeps()) process.exit(1);
const steps = [
  ["Type-check", "npx", ["tsc", "--noEmit"]],
  ["Unit and integration tests", "npx", ["vitest", "run"]],
  ["Production build", "npx", ["next", "build"]],
  ["End-to-end tests (Chromium)", "npx", ["playwright", "test"]],
];
for (const [title, cmd, args] of steps) {
  console.log(`\n=== ${title} ===`);
  try {
    execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_SKIP_TYPECHECK: "1" } });
  } catch {
    console.error(`\n✗ ${title} failed.`);
    process.exit(1);
  }
}
console.log("\n✓ All tests passed.");
