"use client";
// Deleting a project says how many stories go with it, and asks first.
import { useRouter } from "next/navigation";
import { deleteProjectAction } from "@/lib/actions/projects";
import { ConfirmButton } from "./confirm-button";

export function DeleteProjectButton({ id, title, storyCount }: { id: string; title: string; storyCount: number }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete project"
      title={`Delete “${title}”?`}
      body={
        storyCount > 0
          ? <p>Its <strong>{storyCount} {storyCount === 1 ? "story" : "stories"}</strong> will be deleted with it, and removed from any loop plan. This cannot be undone.</p>
          : <p>This project has no stories. This cannot be undone.</p>
      }
      confirmLabel={storyCount > 0 ? `Delete project and ${storyCount} ${storyCount === 1 ? "story" : "stories"}` : "Delete project"}
      onConfirm={async () => {
        const result = await deleteProjectAction(id);
        if (!result.ok) return result.message;
        router.push("/projects");
      }}
    />
  );
}
