"use client";
// A round's slots and settings, which the candidate can fold away (on a phone, seven open rounds are a long scroll).
import { useState, type ReactNode } from "react";

export function RoundBody({ id, roundTitle, children }: { id: string; roundTitle: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
        className="text-xs font-medium text-brand-700 underline underline-offset-2 hover:text-ink"
      >
        {open ? "Fold away" : "Show slots"}
        <span className="sr-only"> for {roundTitle}</span>
      </button>
      <div id={id} hidden={!open} className="space-y-3">
        {children}
      </div>
    </>
  );
}
