// Where sign-in goes afterwards: back to the page that sent the person there, and only ever a path on
// this site (no open redirect through ?next=).
import { describe, expect, it } from "vitest";
import { safeNext, signInPath } from "@/lib/validation/redirect";

describe("signInPath", () => {
  it("carries the page to come back to, and reads back as that same path", () => {
    const href = signInPath("/stories/abc123");
    expect(href).toBe("/sign-in?next=%2Fstories%2Fabc123");
    const next = new URL(href, "http://localhost").searchParams.get("next");
    expect(safeNext(next)).toBe("/stories/abc123");
  });
});

describe("safeNext", () => {
  it("keeps same-site paths, with their query", () => {
    expect(safeNext("/stories")).toBe("/stories");
    expect(safeNext("/loops/1?tab=plan")).toBe("/loops/1?tab=plan");
  });
  it("refuses other sites, protocol-relative and backslash tricks, and anything that is not a short string", () => {
    for (const value of ["https://evil.example/x", "//evil.example", "/\\evil.example", "stories", "", null, 42, `/${"a".repeat(600)}`]) {
      expect(safeNext(value)).toBeNull();
    }
  });
});
