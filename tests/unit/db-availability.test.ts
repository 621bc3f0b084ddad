// Which errors mean "the database is away" (answered 503, with a probe until it is back), and the one home of
// the JSON-in-text columns.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, unavailableResponse } from "@/lib/server/db-availability";
import { decodePrinciples, encodePrinciples } from "@/lib/server/json-text";

describe("database unavailable", () => {
  it.each([
    ["Prisma cannot reach the server", { code: "P1001", message: "Can't reach database server at `db:5432`" }],
    ["the server closed the connection", { code: "P1017", message: "Server has closed the connection." }],
    ["the pool timed out", { code: "P2024", message: "Timed out fetching a new connection from the connection pool." }],
    ["pg's own error, nested as a cause", { message: "Invalid `db.story.findMany()` invocation", cause: { kind: "DatabaseNotReachable" } }],
    ["pg: terminated by the administrator", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["pg: the socket went away", new Error("Connection terminated unexpectedly")],
    ["SQLite: still locked after busy_timeout", { code: "SQLITE_BUSY", message: "database is locked" }],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002", message: "Unique constraint failed on the fields: (`email`)" }],
    ["a record not found", { code: "P2025", message: "No record was found for an update." }],
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["nothing", undefined],
  ])("not %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("answers 503 with Retry-After: a page that reloads itself, or JSON", async () => {
    const page = unavailableResponse("page");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toMatch(/<meta http-equiv="refresh" content="5">/);
    const api = unavailableResponse("api");
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: expect.stringMatching(/cannot reach its database/) });
  });
});

describe("JSON-in-text columns", () => {
  it("round-trip a list of principle codes", () => {
    expect(decodePrinciples(encodePrinciples(["ownership", "dive-deep"]))).toEqual(["ownership", "dive-deep"]);
  });

  it("read defensively: unreadable text, non-arrays, unknown codes and repeats count as absent", () => {
    expect(decodePrinciples("not json")).toEqual([]);
    expect(decodePrinciples('{"a":1}')).toEqual([]);
    expect(decodePrinciples('["ownership","nope","ownership","think-big"]')).toEqual(["ownership", "think-big"]);
    expect(decodePrinciples('["ownership","think-big","dive-deep","frugality"]', 3)).toHaveLength(3);
  });
});
