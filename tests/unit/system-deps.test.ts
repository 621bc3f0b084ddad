// `npm test` on a fresh machine: which Debian packages are missing, and whether it installs them
// (root, or password-less sudo) or stops with the one command a person has to run.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script run by `npm test` (no type declarations)
import { findMissing, planSystemDeps } from "../../scripts/ensure-system-deps.mjs";

const both = ["chromium", "poppler-utils"];

describe("which packages are missing", () => {
  const files = (...present: string[]) => (file: string) => present.includes(file);

  it("none when Chromium is at its path and both poppler tools are on the search path", () => {
    const exists = files("/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdftoppm");
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "/usr/local/bin:/usr/bin", exists })).toEqual([]);
  });

  it("Chromium when its path holds nothing (e.g. a CHROMIUM_PATH that does not exist)", () => {
    const exists = files("/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdftoppm");
    expect(findMissing({ chromiumPath: "/opt/none/chromium", searchPath: "/usr/bin", exists })).toEqual(["chromium"]);
  });

  it("poppler-utils when either of its tools is absent from every search directory", () => {
    const exists = files("/usr/bin/chromium", "/usr/bin/pdftotext");
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "/usr/bin:/bin", exists })).toEqual(["poppler-utils"]);
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "", exists: files() })).toEqual(both);
  });
});

describe("install or instruct", () => {
  it("does nothing when nothing is missing, whoever runs it", () => {
    expect(planSystemDeps({ missing: [], isRoot: false, hasSudo: false })).toEqual({ action: "none" });
  });

  it("as root: apt-get update, then install only the missing packages, non-interactively", () => {
    const plan = planSystemDeps({ missing: both, isRoot: true, hasSudo: false });
    expect(plan.action).toBe("install");
    expect(plan.commands).toEqual([
      ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"],
      ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "chromium", "poppler-utils"],
    ]);
    expect(plan.message).toMatch(/installing chromium poppler-utils from Debian/);
    expect(planSystemDeps({ missing: ["poppler-utils"], isRoot: true, hasSudo: false }).commands[1]).toEqual([
      "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "poppler-utils",
    ]);
  });

  it("with password-less sudo: the same commands through sudo -n (never a password prompt)", () => {
    const plan = planSystemDeps({ missing: ["chromium"], isRoot: false, hasSudo: true });
    expect(plan.action).toBe("install");
    expect(plan.commands).toEqual([
      ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "update"],
      ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "chromium"],
    ]);
    expect(plan.message).toMatch(/through sudo/);
  });

  it("neither root nor sudo: no install, the single command to run instead", () => {
    const plan = planSystemDeps({ missing: both, isRoot: false, hasSudo: false });
    expect(plan).toMatchObject({ action: "instruct", command: "sudo apt-get update && sudo apt-get install -y chromium poppler-utils" });
    expect(plan.commands).toBeUndefined();
  });
});

describe("PostgreSQL's server, for the PostgreSQL half of the tests", () => {
  const exists = (file: string) => ["/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdftoppm"].includes(file);

  it("is missing only when wanted and its binaries were not found", () => {
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "/usr/bin", exists, postgres: true, pgBin: null })).toEqual(["postgresql"]);
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "/usr/bin", exists, postgres: true, pgBin: "/usr/lib/postgresql/15/bin" })).toEqual([]);
    expect(findMissing({ chromiumPath: "/usr/bin/chromium", searchPath: "/usr/bin", exists, postgres: false, pgBin: null })).toEqual([]);
  });

  it("is installed with the others, after them", () => {
    const plan = planSystemDeps({ missing: ["postgresql", "chromium"], isRoot: true, hasSudo: false });
    expect(plan.commands[1]).toEqual(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "chromium", "postgresql"]);
    expect(plan.message).toMatch(/PostgreSQL's server/);
  });
});
