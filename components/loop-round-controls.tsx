"use client";
// A round's keyboard-friendly controls: Move up / Move down (no drag-only reordering) and Remove behind a confirmation.
import { useState, useTransition } from "react";
import { ConfirmButton } from "./confirm-button";
import { Button } from "./ui";
import { moveRoundAction, removeRoundAction } from "@/lib/actions/loops";

export function RoundControls({
  roundTitle,
  isFirst,
  isLast,
  plannedCount,
  loopId,
  roundId,
}: {
  roundTitle: string;
  isFirst: boolean;
  isLast: boolean;
  plannedCount: number;
  loopId: string;
  roundId: string;
}) {
  const [pending, startTransition] = useTransition();
  const [moving, setMoving] = useState<"up" | "down" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onMove = (direction: "up" | "down") => {
    setError(null);
    setMoving(direction);
    startTransition(async () => {
      const result = await moveRoundAction(loopId, roundId, direction);
      if (!result.ok) setError(result.message);
      setMoving(null);
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <Button type="button" variant="secondary" className="px-2.5 py-1" disabled={isFirst || pending} onClick={() => onMove("up")}>
        {pending && moving === "up" ? "Moving…" : "Move up"}
        <span className="sr-only"> {roundTitle}</span>
      </Button>
      <Button type="button" variant="secondary" className="px-2.5 py-1" disabled={isLast || pending} onClick={() => onMove("down")}>
        {pending && moving === "down" ? "Moving…" : "Move down"}
        <span className="sr-only"> {roundTitle}</span>
      </Button>
      <ConfirmButton
        className="px-2.5 py-1"
        label={
          <>
            Remove round<span className="sr-only"> {roundTitle}</span>
          </>
        }
        title="Remove this round?"
        body={
          <>
            “{roundTitle}” will be removed from the loop
            {plannedCount > 0 ? `, with the ${plannedCount} ${plannedCount === 1 ? "story" : "stories"} planned in it` : ""}. Your stories stay in
            your bank.
          </>
        }
        confirmLabel="Remove round"
        onConfirm={() => removeRoundAction(loopId, roundId)}
      />
      {error ? (
        <p role="alert" className="w-full text-sm text-bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}
