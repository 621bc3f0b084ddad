// Comment threading (lib/domain/comments.ts): replies join their first comment, in order; a section sees only its
// own threads, split into open and resolved by the first comment.
import { describe, expect, it } from "vitest";
import { COMMENT_SECTIONS, splitThreads, toThreads, type ThreadableComment } from "@/lib/domain/comments";

const c = (id: string, over: Partial<ThreadableComment> = {}): ThreadableComment => ({ id, parentId: null, section: "action", resolvedAt: null, ...over });

describe("toThreads", () => {
  it("groups replies under their first comment, keeping the given order", () => {
    const threads = toThreads([c("a"), c("b"), c("r1", { parentId: "a" }), c("r2", { parentId: "b" }), c("r3", { parentId: "a" })]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r3"]],
      ["b", ["r2"]],
    ]);
  });
  it("drops a reply whose first comment is missing, and gives an empty list for none", () => {
    expect(toThreads([c("r", { parentId: "gone" })])).toEqual([]);
    expect(toThreads([])).toEqual([]);
  });
});

describe("splitThreads", () => {
  it("keeps one section's threads and splits them by the first comment's resolution", () => {
    const comments = [
      c("open"),
      c("done", { resolvedAt: "2026-12-01T10:00:00.000Z" }),
      c("reply-resolved", { parentId: "open", resolvedAt: "2026-12-01T10:00:00.000Z" }),
      c("elsewhere", { section: "followUps" }),
    ];
    const { threads, open, resolved } = splitThreads(comments, "action");
    expect(threads.map((t) => t.root.id)).toEqual(["open", "done"]);
    expect(open.map((t) => t.root.id)).toEqual(["open"]);
    expect(resolved.map((t) => t.root.id)).toEqual(["done"]);
    expect(splitThreads(comments, "followUps").threads.map((t) => t.root.id)).toEqual(["elsewhere"]);
  });
  it("knows the sections added with the follow-ups", () => {
    expect(COMMENT_SECTIONS).toEqual(expect.arrayContaining(["headline", "shortVersion", "followUps"]));
  });
});
