// Pages turn "missing" and "not yours" into Next's not-found page through one helper.
import { describe, expect, it } from "vitest";
import { ForbiddenError, InputError, NotFoundError } from "@/lib/server/errors";
import { orNotFound } from "@/lib/server/not-found";

describe("pages: orNotFound", () => {
  const isNotFoundPage = (e: unknown) => String((e as { digest?: string }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404");

  it("answers what the read resolves to", async () => {
    expect(await orNotFound(Promise.resolve({ id: "s1" }))).toEqual({ id: "s1" });
  });

  it.each([
    ["NotFoundError", new NotFoundError()],
    ["ForbiddenError", new ForbiddenError()],
  ])("%s becomes Next's not-found page", async (_name, error) => {
    const thrown = await orNotFound(Promise.reject(error)).catch((e: unknown) => e);
    expect(isNotFoundPage(thrown), String(thrown)).toBe(true);
  });

  it("anything else is rethrown untouched (the error page, not a 404)", async () => {
    const boom = new Error("database is locked");
    await expect(orNotFound(Promise.reject(boom))).rejects.toBe(boom);
    const input = new InputError("bad");
    await expect(orNotFound(Promise.reject(input))).rejects.toBe(input);
  });
});
