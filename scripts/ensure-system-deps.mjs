#!/usr/bin/env node
// The system packages the tests need (Debian's Chromium, poppler's pdftotext/pdftoppm, and PostgreSQL's server
// for the PostgreSQL half): finds what is missing and installs it from Debian when this user may (root, or
// password-less sudo), else names the one command to run. Downloaded browsers do not work on these machines,
// so apt is the only source. PostgreSQL is optional outside CI (its half of the tests is then skipped) and not
// needed when TEST_DATABASE_URL names a server.
// `node scripts/ensure-system-deps.mjs --dry-run` prints what it would run and runs nothing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findPgBin } from "./pg-cluster.mjs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** What each Debian package must provide, in the order apt is asked for them. */
const PACKAGES = [
  { name: "chromium", provides: "Chromium" },
  { name: "poppler-utils", provides: "pdftotext and pdftoppm" },
  { name: "postgresql", provides: "PostgreSQL's server (initdb, pg_ctl)" },
];

/**
 * The Debian packages whose binaries are absent: Chromium at its path, poppler's tools on the search path, and
 * (when `postgres` is wanted) PostgreSQL's server binaries, `pgBin` being where they were found or null.
 */
export function findMissing({ chromiumPath, searchPath, exists = existsSync, postgres = false, pgBin = null }) {
  const onPath = (bin) => searchPath.split(path.delimiter).some((dir) => dir && exists(path.join(dir, bin)));
  const missing = [];
  if (!exists(chromiumPath)) missing.push("chromium");
  if (!onPath("pdftotext") || !onPath("pdftoppm")) missing.push("poppler-utils");
  if (postgres && !pgBin) missing.push("postgresql");
  return missing;
}

/**
 * Pure decision: nothing to do, install (as root directly, else through `sudo -n`), or tell the user the
 * single command. Each command sets DEBIAN_FRONTEND through `env`, which also carries it past sudo's
 * environment reset.
 */
export function planSystemDeps({ missing, isRoot, hasSudo }) {
  if (missing.length === 0) return { action: "none" };
  const packages = PACKAGES.map((p) => p.name).filter((name) => missing.includes(name));
  const what = PACKAGES.filter((p) => packages.includes(p.name)).map((p) => p.provides).join(", ");
  const apt = [["apt-get", "update"], ["apt-get", "install", "-y", ...packages]];
  if (isRoot || hasSudo) {
    const asRoot = isRoot ? [] : ["sudo", "-n"];
    const commands = apt.map((argv) => [...asRoot, "env", "DEBIAN_FRONTEND=noninteractive", ...argv]);
    return {
      action: "install",
      commands,
      message: `› ${what} missing: installing ${packages.join(" ")} from Debian (apt-get${isRoot ? "" : " through sudo"})…`,
    };
  }
  return {
    action: "instruct",
    command: `sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`,
    message: `${what} missing, and this user cannot install packages (not root, no password-less sudo).`,
  };
}

function canSudoWithoutPassword() {
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

/**
 * Checks, then installs or explains. Returns true when everything the tests need is present (PostgreSQL counts
 * as needed only with CI=true; otherwise its absence is left to the caller, which skips that half).
 */
export function ensureSystemDeps({ dryRun = false, env = process.env } = {}) {
  const chromiumPath = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const postgres = !env.TEST_DATABASE_URL?.startsWith("postgres");
  const ci = env.CI === "true" || env.CI === "1";
  const check = () => findMissing({ chromiumPath, searchPath: env.PATH ?? "", postgres, pgBin: postgres ? findPgBin(env) : null });
  const missing = check();
  if (missing.length === 0) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const plan = planSystemDeps({ missing, isRoot, hasSudo: !isRoot && canSudoWithoutPassword() });

  if (plan.action === "instruct") {
    if (!ci && missing.every((name) => name === "postgresql")) return true; // optional here: scripts/test.mjs says how to enable it
    console.error(`${plan.message} Run this, then the tests again:\n  ${plan.command}`);
    console.error("(Browsers downloaded by `npx playwright install` do not work on these machines. For a Chromium elsewhere, set CHROMIUM_PATH.)");
    return false;
  }
  console.log(plan.message);
  for (const [cmd, ...args] of plan.commands) {
    if (dryRun) {
      console.log(`  would run: ${[cmd, ...args].join(" ")}`);
      continue;
    }
    const run = spawnSync(cmd, args, { stdio: "inherit", env });
    if (run.status !== 0) {
      console.error(`✗ \`${[cmd, ...args].join(" ")}\` failed (${run.error?.message ?? `exit ${run.status}`}).`);
      return false;
    }
  }
  if (dryRun) return true;
  const still = check();
  if (still.length > 0) {
    const why = still.map((name) =>
      name === "chromium"
        ? `Chromium is not at ${chromiumPath}${env.CHROMIUM_PATH ? " (CHROMIUM_PATH)" : ""}`
        : name === "postgresql"
          ? "PostgreSQL's initdb is not in /usr/lib/postgresql/<version>/bin (or PG_BIN)"
          : "pdftotext or pdftoppm is not on PATH",
    );
    console.error(`✗ apt-get finished, but ${why.join("; ")}.`);
    return false;
  }
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(ensureSystemDeps({ dryRun: process.argv.includes("--dry-run") }) ? 0 : 1);
}
