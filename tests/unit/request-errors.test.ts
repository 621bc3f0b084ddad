// A server error's reference: the error screen shows Next's digest, and the server log's one line
// carries the same digest with the route and the error, never the concrete path or a stack trace.
import { describe, expect, it } from "vitest";
import { errorReference } from "@/lib/domain/error-reference";
import { describeRequestError } from "@/lib/server/request-errors";

const request = { path: "/invite/secret-token?x=1", method: "GET", headers: {} };
const context = { routerKind: "App Router", routePath: "/invite/[token]", routeType: "render", revalidateReason: undefined } as const;

function withDigest(message: string, digest: unknown) {
  return Object.assign(new Error(message), { digest });
}

describe("errorReference", () => {
  it("is the digest of a server error", () => {
    expect(errorReference(withDigest("boom", "2841796023"))).toBe("2841796023");
  });
  it("is null for an error without one (thrown in the browser) or a non-error value", () => {
    expect(errorReference(new Error("boom"))).toBeNull();
    expect(errorReference(withDigest("boom", ""))).toBeNull();
    expect(errorReference(withDigest("boom", 42))).toBeNull();
    expect(errorReference("boom")).toBeNull();
    expect(errorReference(null)).toBeNull();
  });
});

describe("describeRequestError", () => {
  it("is one line with the reference, the file route, the kind of request and the error", () => {
    const line = describeRequestError(withDigest("database\nis locked", "123"), request, context);
    expect(line).toBe("[request-error] reference=123 route=/invite/[token] type=render GET: Error: database is locked");
  });
  it("never writes the concrete path (it can carry an invite token) or the stack", () => {
    const error = withDigest("boom", "123");
    const line = describeRequestError(error, request, context);
    expect(line).not.toContain("secret-token");
    expect(line).not.toContain(" at ");
    expect(line.split("\n")).toHaveLength(1);
  });
  it("says none when there is no digest, and keeps a long message short", () => {
    const line = describeRequestError("x".repeat(2000), { ...request, method: "POST" }, { ...context, routeType: "action" });
    expect(line).toMatch(/^\[request-error\] reference=none route=\/invite\/\[token\] type=action POST: x+$/);
    expect(line.length).toBeLessThan(600);
  });
});
