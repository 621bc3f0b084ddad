// Comments against a real SQLite file: who may comment, threads, edit/delete/resolve rules,
// open-thread counts, and a revoked mentor's comments kept as a former mentor's.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ForbiddenError, InputError, NotFoundError } from "@/lib/server/errors";
import {
  addComment,
  deleteComment,
  editComment,
  listComments,
  listUnreadComments,
  unreadCommentCounts,
  markCommentsRead,
  reopenComment,
  resolveComment,
  unresolvedCounts,
} from "@/lib/server/comments";
import { COMMENT_MAX, COMMENT_RATE_MAX, COMMENT_RATE_WINDOW_SECONDS } from "@/lib/domain/comments";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import { getEndedMentorship, listEndedMentorships, revokeShare, listMentors } from "@/lib/server/shares";

let candidate: TestViewer;
let mentor: TestViewer;
let stranger: TestViewer;
let storyId: string;
let otherStoryId: string;

beforeEach(async () => {
  candidate = await createUser("candidate");
  mentor = await createUser("mentor");
  stranger = await createUser("stranger");
  await shareWith(candidate, mentor);
  const { id: projectId } = await createProject(candidate, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
  storyId = (await createStory(candidate, { projectId, title: "Latency" })).id;
  otherStoryId = (await createStory(candidate, { projectId, title: "Second" })).id;
});

describe("adding and reading comments", () => {
  it("lets the owner and an active mentor comment on a section; keeps line breaks and markup as text", async () => {
    const body = "Say what *you* did.\nNot the team.\n<script>alert(1)</script>";
    await addComment(mentor, { storyId, section: "action", body });
    await addComment(candidate, { storyId, section: "general", body: "Thanks!" });
    const comments = await listComments(candidate, storyId);
    expect(comments.map((c) => [c.section, c.authorRole, c.body])).toEqual([
      ["action", "mentor", body],
      ["general", "candidate", "Thanks!"],
    ]);
    expect(await listComments(mentor, storyId)).toHaveLength(2);
  });

  it("refuses strangers (NotFound), empty or over-long text, and unknown sections", async () => {
    await expect(addComment(stranger, { storyId, section: "action", body: "hi" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listComments(stranger, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(mentor, { storyId, section: "action", body: "   " })).rejects.toBeInstanceOf(InputError);
    await expect(addComment(mentor, { storyId, section: "action", body: "x".repeat(5001) })).rejects.toThrow(/at most 5,000/);
    await expect(addComment(mentor, { storyId, section: "intro", body: "hi" })).rejects.toBeInstanceOf(InputError);
    await addComment(mentor, { storyId, section: "action", body: "x".repeat(5000) });
    expect(await db.comment.count({ where: { storyId } })).toBe(1);
  });

  it("threads replies under the first comment, in its section, and refuses a parent from another story", async () => {
    const root = await addComment(mentor, { storyId, section: "action", body: "Which part was yours?" });
    const reply = await addComment(candidate, { storyId, section: "general", body: "The cache.", parentId: root.id });
    const nested = await addComment(mentor, { storyId, section: "result", body: "Say so.", parentId: reply.id });
    const comments = await listComments(candidate, storyId);
    expect(comments.find((c) => c.id === reply.id)).toMatchObject({ parentId: root.id, section: "action" });
    expect(comments.find((c) => c.id === nested.id)).toMatchObject({ parentId: root.id, section: "action" });
    await expect(addComment(candidate, { storyId: otherStoryId, section: "action", body: "x", parentId: root.id })).rejects.toBeInstanceOf(InputError);
  });
});

describe("edit, delete, resolve", () => {
  it("edits and deletes only one's own comments", async () => {
    const c = await addComment(mentor, { storyId, section: "task", body: "First" });
    await expect(editComment(candidate, { id: c.id, body: "Hijack" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteComment(candidate, c.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(editComment(stranger, { id: c.id, body: "Hijack" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteComment(stranger, c.id)).rejects.toBeInstanceOf(NotFoundError);
    await new Promise((r) => setTimeout(r, 1100));
    await editComment(mentor, { id: c.id, body: "Second" });
    const [edited] = await listComments(candidate, storyId);
    expect(edited).toMatchObject({ body: "Second", edited: true });
    await deleteComment(mentor, c.id);
    expect(await listComments(candidate, storyId)).toEqual([]);
  });

  it("deleting a thread's first comment takes its replies", async () => {
    const root = await addComment(mentor, { storyId, section: "task", body: "Root" });
    await addComment(candidate, { storyId, section: "task", body: "Reply", parentId: root.id });
    await deleteComment(mentor, { id: root.id });
    expect(await db.comment.count({ where: { storyId } })).toBe(0);
  });

  it("resolves and reopens: the story owner or the thread starter, nobody else", async () => {
    const other = await createUser("other-mentor");
    await shareWith(candidate, other);
    const root = await addComment(mentor, { storyId, section: "result", body: "Add a number" });
    const reply = await addComment(candidate, { storyId, section: "result", body: "Done", parentId: root.id });
    await expect(resolveComment(other, root.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveComment(stranger, root.id)).rejects.toBeInstanceOf(NotFoundError);
    await resolveComment(candidate, reply.id); // resolving a reply resolves its thread
    let [first] = await listComments(mentor, storyId);
    expect(first.resolvedAt).not.toBeNull();
    expect(first.edited).toBe(false);
    await reopenComment(mentor, root.id);
    [first] = await listComments(mentor, storyId);
    expect(first.resolvedAt).toBeNull();
    await resolveComment(mentor, { id: root.id });
    expect((await listComments(candidate, storyId))[0].resolvedAt).not.toBeNull();
  });

  it("counts open threads per story (replies and resolved threads do not count)", async () => {
    const a = await addComment(mentor, { storyId, section: "action", body: "1" });
    await addComment(candidate, { storyId, section: "action", body: "reply", parentId: a.id });
    await addComment(mentor, { storyId, section: "task", body: "2" });
    const resolved = await addComment(mentor, { storyId: otherStoryId, section: "task", body: "3" });
    await resolveComment(candidate, resolved.id);
    const counts = await unresolvedCounts(candidate, candidate.id);
    expect(counts.get(storyId)).toBe(2);
    expect(counts.has(otherStoryId)).toBe(false);
    expect(await unresolvedCounts(mentor, candidate.id)).toEqual(counts);
    await expect(unresolvedCounts(stranger, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a revoked mentor", () => {
  it("loses access at once; their comments stay, marked as a former mentor's", async () => {
    const c = await addComment(mentor, { storyId, section: "action", body: "Use I, not we" });
    const [share] = await listMentors(candidate);
    await revokeShare(candidate, share.shareId);
    await expect(listComments(mentor, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment(mentor, { storyId, section: "action", body: "again" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(editComment(mentor, { id: c.id, body: "changed" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteComment(mentor, c.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveComment(mentor, c.id)).rejects.toBeInstanceOf(NotFoundError);
    const [kept] = await listComments(candidate, storyId);
    expect(kept).toMatchObject({ body: "Use I, not we", authorRole: "former-mentor", authorName: "mentor" });
    // the candidate can still resolve it
    await resolveComment(candidate, c.id);
  });
});

describe("posting is limited per person and time", () => {
  it(`takes ${COMMENT_RATE_MAX} comments in ${COMMENT_RATE_WINDOW_SECONDS / 60} minutes, then says how long to wait; others still post`, async () => {
    const t0 = new Date();
    const long = "x".repeat(COMMENT_MAX);
    for (let i = 0; i < COMMENT_RATE_MAX; i++) {
      await addComment(mentor, { storyId: i % 2 ? storyId : otherStoryId, section: "general", body: long }, new Date(t0.getTime() + i));
    }
    const refused = addComment(mentor, { storyId, section: "general", body: "one more" }, new Date(t0.getTime() + 2000));
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow(`You can post at most ${COMMENT_RATE_MAX} comments in 10 minutes. Try again in 10 minutes`);
    expect(await db.comment.count({ where: { authorId: mentor.id } })).toBe(COMMENT_RATE_MAX);
    // The candidate has their own allowance; the mentor's comes back when the window ends.
    await addComment(candidate, { storyId, section: "general", body: "mine" }, new Date(t0.getTime() + 2000));
    await addComment(mentor, { storyId, section: "general", body: "later" }, new Date(t0.getTime() + COMMENT_RATE_WINDOW_SECONDS * 1000 + 1));
  });
});

describe("unread comments", () => {
  it("counts others' comments on the owner's stories until the owner opens the story, then only newer ones", async () => {
    await addComment(mentor, { storyId, section: "action", body: "One" });
    await addComment(mentor, { storyId, section: "result", body: "Two" });
    await addComment(candidate, { storyId, section: "general", body: "My own note" });
    await addComment(mentor, { storyId: otherStoryId, section: "task", body: "Three" });
    const unread = await listUnreadComments(candidate);
    expect(unread.map((u) => [u.storyTitle, u.count]).sort()).toEqual([["Latency", 2], ["Second", 1]]);

    await markCommentsRead(candidate, storyId, new Date(Date.now() + 1000));
    expect((await listUnreadComments(candidate)).map((u) => [u.storyTitle, u.count])).toEqual([["Second", 1]]);

    const later = await addComment(mentor, { storyId, section: "action", body: "Four" });
    await db.comment.update({ where: { id: later.id }, data: { createdAt: new Date(Date.now() + 2000) } });
    expect((await listUnreadComments(candidate)).find((u) => u.storyId === storyId)?.count).toBe(1);
    // The layout's and story page's lighter read agrees, story by story.
    const counts = await unreadCommentCounts(candidate);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries((await listUnreadComments(candidate)).map((u) => [u.storyId, u.count])));
  });

  it("gives a second user nothing: a mentor has no unread for the mentee's stories and cannot mark them read", async () => {
    await addComment(candidate, { storyId, section: "action", body: "Note to self" });
    await addComment(mentor, { storyId, section: "action", body: "From the mentor" });
    expect(await listUnreadComments(mentor)).toEqual([]);
    expect(await listUnreadComments(stranger)).toEqual([]);
    expect((await unreadCommentCounts(mentor)).size).toBe(0);
    expect((await unreadCommentCounts(stranger)).size).toBe(0);
    await expect(markCommentsRead(mentor, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markCommentsRead(stranger, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markCommentsRead(stranger, "no-such-story")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.commentRead.count({ where: { storyId } })).toBe(0);
    expect((await listUnreadComments(candidate))[0]?.count).toBe(1);
  });
});

describe("ended mentorships", () => {
  it("tells a revoked mentor whose access ended, and nobody else", async () => {
    expect(await listEndedMentorships(mentor)).toEqual([]);
    const [share] = await listMentors(candidate);
    await revokeShare(candidate, share?.shareId ?? "");
    const ended = await listEndedMentorships(mentor);
    expect(ended.map((e) => [e.candidateId, e.name])).toEqual([[candidate.id, "candidate"]]);
    expect(ended[0]?.endedAt).toBeInstanceOf(Date);
    expect(await getEndedMentorship(stranger, candidate.id)).toBeNull();
    expect(await listEndedMentorships(candidate)).toEqual([]);
  });
});
