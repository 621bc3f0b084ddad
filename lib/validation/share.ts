// Invite links and shares: the token's shape and the ids the Mentors page sends back.
import { z } from "zod";
import { id } from "./common";

/** 32 random bytes in base64url: 43 characters, no padding. */
export const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const inviteTokenSchema = z
  .string({ error: "This invitation link is not valid." })
  .regex(INVITE_TOKEN_PATTERN, "This invitation link is not valid. Check that you copied the whole link.");

export const inviteIdSchema = z.object({ inviteId: id });
export const shareIdSchema = z.object({ shareId: id });
