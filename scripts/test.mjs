#!/usr/bin/env node
// `npm test`: type-check, unit + integration tests (Vitest), production build, end-to-end (Playwright
// driving Debian's Chromium). Fails early, with instructions, when Chromium is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install Debian's browser first:\n  sudo apt-get update && sudo apt-get install -y chromium poppler-utils\n(or set CHROMIUM_PATH). Downloaded browsers (npx playwright install) do not work on these machines.`);
  process.exit(1);
}
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
