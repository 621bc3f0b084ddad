// Comments on a story: where they anchor, how long they may be, and the inputs of each action.
import { z } from "zod";
import { COMMENT_MAX, COMMENT_SECTIONS } from "@/lib/domain/comments";
import { id, text } from "./common";

export const commentSectionSchema = z.enum(COMMENT_SECTIONS, { error: "Choose a part of the story to comment on." });

/** Plain text; line breaks are kept (only the ends are trimmed). */
export const commentBodySchema = text("A comment", COMMENT_MAX).min(1, "Write something first.");

export const addCommentSchema = z.object({
  storyId: id,
  section: commentSectionSchema,
  body: commentBodySchema,
  parentId: id.nullish().transform((v) => v ?? null),
});
export type AddCommentInput = z.input<typeof addCommentSchema>;

export const editCommentSchema = z.object({ id, body: commentBodySchema });
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const commentIdSchema = z.object({ id });
