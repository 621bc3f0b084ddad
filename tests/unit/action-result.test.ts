// Server actions answer through lib/server/action-result.ts: one ActionResult, one message per kind of failure.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACTION_MESSAGES, attempt, failure } from "@/lib/server/action-result";
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnauthorizedError } from "@/lib/server/errors";

afterEach(() => vi.restoreAllMocks());

describe("server actions: failure and attempt", () => {
  it("schema problems: one message for the form, the details on their fields", () => {
    const error = new InputError("Title is required.", { title: ["Title is required."] }, true);
    expect(failure(error)).toEqual({ ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: { title: ["Title is required."] } });
  });

  it("a product rule keeps its own message", () => {
    const error = new InputError("Choose one of your projects.", { projectId: ["Choose one of your projects."] });
    expect(failure(error)).toMatchObject({ message: "Choose one of your projects.", fieldErrors: { projectId: ["Choose one of your projects."] } });
  });

  it("not found, signed out, forbidden, conflict (with what the other side saved)", () => {
    expect(failure(new NotFoundError("secret detail"))).toEqual({ ok: false, message: ACTION_MESSAGES.notFound, notFound: true });
    expect(failure(new UnauthorizedError())).toEqual({ ok: false, message: ACTION_MESSAGES.unauthorized, sessionEnded: true });
    expect(failure(new ForbiddenError("You can only edit your own comments."))).toEqual({ ok: false, message: "You can only edit your own comments." });
    expect(failure(new ConflictError("Someone saved this story.", { version: 3 }))).toEqual({
      ok: false,
      message: "Someone saved this story.",
      conflict: { current: { version: 3 } },
    });
  });

  it("an unknown error is logged and answered with a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const boom = new Error("disk full");
    expect(await attempt(async () => Promise.reject(boom))).toEqual({ ok: false, message: ACTION_MESSAGES.unexpected });
    expect(log).toHaveBeenCalledWith(boom);
  });

  it("attempt answers data on success and lets redirect()/notFound() through", async () => {
    expect(await attempt(async () => 42, "Saved.")).toEqual({ ok: true, data: 42, message: "Saved." });
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/loops;307;" });
    await expect(attempt(async () => Promise.reject(redirect))).rejects.toBe(redirect);
  });
});
