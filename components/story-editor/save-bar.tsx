"use client";
// The sticky bar under the form: save (focus stays on the button through a save), the saved
// state, and delete behind a confirmation.
import { useRouter } from "next/navigation";
import { deleteStoryAction } from "@/lib/actions/stories";
import { ConfirmButton } from "../confirm-button";
import { Button } from "../ui";
import type { StoryEditorState } from "./use-story-editor";

export function SaveBar({ editor, storyId }: { editor: StoryEditorState; storyId: string }) {
  const router = useRouter();
  const { saving, dirty, draft } = editor;
  return (
    <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-white/95 px-4 py-3 backdrop-blur">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page body. */}
      <Button type="submit" aria-disabled={saving} className={saving ? "cursor-wait opacity-80" : ""}>
        {saving ? "Saving…" : "Save story"}
      </Button>
      <span className="text-xs text-muted">{dirty ? "Unsaved changes (kept in this browser)" : "All changes saved"} · Ctrl/⌘+S</span>
      <div className="ml-auto">
        <ConfirmButton
          label="Delete story"
          title={`Delete “${draft.title || "this story"}”?`}
          body={<p>The story, its metrics and its comments are deleted, and it is removed from any loop plan. This cannot be undone.</p>}
          confirmLabel="Delete story"
          variant="ghost"
          onConfirm={async () => {
            const result = await deleteStoryAction(storyId);
            if (!result.ok) return result.message;
            editor.forgetDraft();
            router.push("/stories");
          }}
        />
      </div>
    </div>
  );
}
