// Route handlers answer through lib/server/http.ts: every domain error mapped to one status, unknown errors logged.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  TooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from "@/lib/server/errors";
import { errorResponse, HTTP_MESSAGES, refusal, respond } from "@/lib/server/http";
import { parseInput } from "@/lib/server/parse-input";
import { storyInputSchema } from "@/lib/validation/story";

afterEach(() => vi.restoreAllMocks());

async function answer(error: unknown) {
  const res = errorResponse(error);
  return { status: res.status, body: await res.json(), cache: res.headers.get("cache-control") };
}

describe("route handlers: errorResponse", () => {
  it.each([
    ["input", new InputError("Minutes must be a whole number.", { minutes: ["Minutes must be a whole number."] }), 400, { error: "Minutes must be a whole number.", errors: [{ path: "minutes", message: "Minutes must be a whole number." }] }],
    ["unauthorized", new UnauthorizedError(), 401, { error: "Please sign in first." }],
    ["forbidden", new ForbiddenError("Mentors can read and comment, but only the candidate can change their bank."), 403, { error: "Mentors can read and comment, but only the candidate can change their bank." }],
    ["not-found (whatever its message)", new NotFoundError("That mentor no longer has access."), 404, { error: "Not found" }],
    ["conflict", new ConflictError("Someone saved this story after you opened it."), 409, { error: "Someone saved this story after you opened it." }],
    ["too-large", new TooLargeError("The file is 6.0 MB; a backup can be at most 5 MB."), 413, { error: "The file is 6.0 MB; a backup can be at most 5 MB.", errors: [{ path: "$", message: "The file is 6.0 MB; a backup can be at most 5 MB." }] }],
    ["unsupported-media-type", new UnsupportedMediaTypeError("Send JSON."), 415, { error: "Send JSON.", errors: [{ path: "$", message: "Send JSON." }] }],
  ])("%s → its status and body, never cached", async (_kind, error, status, body) => {
    expect(await answer(error)).toEqual({ status, body, cache: "no-store" });
  });

  it("an unknown error → 500 with a generic message; the error is logged, nothing of it reaches the client", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("SQLITE_CORRUPT at /srv/data/starloop.db");
    const res = await answer(secret);
    expect(res).toEqual({ status: 500, body: { error: HTTP_MESSAGES.unexpected }, cache: "no-store" });
    expect(JSON.stringify(res.body)).not.toMatch(/SQLITE|srv|at /);
    expect(log).toHaveBeenCalledWith(secret);
  });

  it("a zod problem found by parseInput answers 400 with every field path", async () => {
    let thrown: unknown;
    try {
      parseInput(storyInputSchema, { projectId: "p1", title: "" });
    } catch (e) {
      thrown = e;
    }
    expect(await answer(thrown)).toMatchObject({ status: 400, body: { errors: [{ path: "title", message: "Title is required." }] } });
  });

  it("refusal() turns import's issues into the same errors (400 grouped by path, 413 as too large)", async () => {
    const issues = [
      { path: "stories[0].projectKey", message: 'No project has the key "missing".' },
      { path: "$", message: "Unknown field." },
    ];
    expect(await answer(refusal(400, issues))).toMatchObject({ status: 400, body: { errors: issues } });
    expect(await answer(refusal(413, [{ path: "$", message: "Too big." }]))).toMatchObject({ status: 413, body: { errors: [{ path: "$", message: "Too big." }] } });
  });

  it("respond() passes a handler's answer through and maps what it throws", async () => {
    expect((await respond(async () => new Response("ok"))).status).toBe(200);
    expect((await respond(async () => Promise.reject(new NotFoundError()))).status).toBe(404);
  });
});
