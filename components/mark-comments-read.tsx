"use client";
// Rendered on the owner's story page while it has unread comments: opening the story reads them.
import { useEffect } from "react";
import { markCommentsReadAction } from "@/lib/actions/comments";

export function MarkCommentsRead({ storyId }: { storyId: string }) {
  useEffect(() => {
    void markCommentsReadAction(storyId);
  }, [storyId]);
  return null;
}
