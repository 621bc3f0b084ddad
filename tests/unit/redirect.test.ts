// Where sign-in goes afterwards: back to the page that sent the person there, and only ever a path on
// this site (no open redirect through ?next=), percent-encoded so it always fits a Location header.
import { describe, expect, it } from "vitest";
import { safeNext, signInPath } from "@/lib/validation/redirect";

/** What a browser does with a Location header: resolve it against the page it came from. */
function followed(location: string): URL {
  return new URL(location, "https://starloop.example/sign-in");
}

/** A Location value Node's HTTP server accepts (it answers 500 with ERR_INVALID_CHAR otherwise). */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

describe("signInPath", () => {
  it("carries the page to come back to, and reads back as that same path", () => {
    const href = signInPath("/stories/abc123");
    expect(href).toBe("/sign-in?next=%2Fstories%2Fabc123");
    const next = new URL(href, "http://localhost").searchParams.get("next");
    expect(safeNext(next)).toBe("/stories/abc123");
  });
});

describe("safeNext", () => {
  it("keeps same-site paths, with their query and fragment", () => {
    expect(safeNext("/stories")).toBe("/stories");
    expect(safeNext("/loops/1?tab=plan")).toBe("/loops/1?tab=plan");
    expect(safeNext("/stories/1#comments")).toBe("/stories/1#comments");
  });

  it("percent-encodes what a header cannot carry", () => {
    expect(safeNext("/stories?q=中")).toBe("/stories?q=%E4%B8%AD");
    expect(safeNext("/\u200b")).toBe("/%E2%80%8B");
    expect(safeNext("/stories?q=a b")).toBe("/stories?q=a%20b");
  });

  // [what was in ?next= after decoding, what comes out: a same-site path or null for the default]
  const hostile: [string, string | null][] = [
    ["/\t/evil.example", null], // browsers drop the tab: //evil.example
    ["/\n/evil.example", null],
    ["/\r\n/evil.example", null],
    ["\t/stories", null],
    ["//evil.example", null],
    ["///evil.example", null],
    ["/\\evil.example", null],
    ["\\\\evil.example", null],
    ["/\\/evil.example", null],
    ["/.//evil.example", null], // the parser's own "//evil.example"
    ["/..//evil.example", null],
    ["/%2e%2e//evil.example", null],
    ["https://evil.example", null],
    ["https://evil.example/stories", null],
    ["http:/evil.example", null],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["evil.example", null],
    ["stories", null],
    ["", null],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // stays a path on this site
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%09/evil.example", "/%09/evil.example"], // still encoded (it came double-encoded)
    ["/\u0000", "/"],
    ["/a\u0000b", "/a%00b"],
  ];

  it.each(hostile)("%j → %j", (value, expected) => {
    expect(safeNext(value)).toBe(expected);
  });

  it("never lets a header break out: control characters are dropped or encoded", () => {
    const out = safeNext("/stories\nSet-Cookie: x=1");
    expect(out === null || HEADER_SAFE.test(out)).toBe(true);
    expect(out ?? "").not.toMatch(/[\r\n]/);
  });

  it("whatever it answers is a same-origin path that fits a Location header", () => {
    const values = [...hostile.map(([v]) => v), "/stories?q=中", "/\u200b", "/%0a", "/\u2028", "/\ud800", "/stories\nSet-Cookie: x=1", "/" + "é".repeat(400)];
    for (const value of values) {
      const out = safeNext(value);
      if (out === null) continue;
      expect(out, JSON.stringify(value)).toMatch(HEADER_SAFE);
      expect(followed(out).origin, JSON.stringify(value)).toBe("https://starloop.example");
    }
  });

  it("refuses anything that is not a short string", () => {
    for (const value of [null, undefined, 42, ["/stories"], `/${"a".repeat(600)}`]) expect(safeNext(value)).toBeNull();
  });
});
