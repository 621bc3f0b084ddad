"use client";
// Deleting a whole loop, after a confirmation that says what goes and what stays.
import { ConfirmButton } from "./confirm-button";

export function LoopDeleteButton({ title, remove }: { title: string; remove: () => Promise<string | undefined> }) {
  return (
    <ConfirmButton
      label="Delete loop"
      title="Delete this loop?"
      body={<>“{title}”, its rounds and its plan will be deleted. Your stories and projects stay in your bank.</>}
      confirmLabel="Delete loop"
      onConfirm={remove}
    />
  );
}
