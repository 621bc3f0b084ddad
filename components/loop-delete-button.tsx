"use client";
// Deleting a whole loop, after a confirmation that says what goes and what stays.
import { deleteLoopAction } from "@/lib/actions/loops";
import { ConfirmButton } from "./confirm-button";

export function LoopDeleteButton({ title, loopId }: { title: string; loopId: string }) {
  return (
    <ConfirmButton
      label="Delete loop"
      title="Delete this loop?"
      body={<>“{title}”, its rounds and its plan will be deleted. Your stories and projects stay in your bank.</>}
      confirmLabel="Delete loop"
      onConfirm={() => deleteLoopAction(loopId)}
    />
  );
}
