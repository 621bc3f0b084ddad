"use client";
// How many "Hear yourself" takes this browser keeps, and a way to delete them all (they never leave the device).
import { useEffect, useState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { clearRecordings, countRecordings } from "./recording-store";

export function RecordingsOnDevice() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (typeof indexedDB === "undefined") return;
    countRecordings().then(setCount, () => setCount(null));
  }, []);
  if (!count) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
      {count} {count === 1 ? "recording is" : "recordings are"} kept in this browser from earlier drills.
      <ConfirmButton
        label="Delete all recordings"
        title="Delete every recording on this device?"
        body="Your recorded answers are removed from this browser; there is no other copy. Saved rehearsals stay."
        onConfirm={async () => { await clearRecordings(); setCount(0); }}
      />
    </p>
  );
}
