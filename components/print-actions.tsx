"use client";
// The print views' toolbar (back, print, PDF): on screen only, never on paper.
import Link from "next/link";
import { buttonClass } from "./ui";

export function PrintActions({ backHref, backLabel, pdfHref }: { backHref: string; backLabel: string; pdfHref?: string }) {
  return (
    <div className="no-print mb-6 flex flex-wrap items-center gap-2">
      <Link href={backHref} className={buttonClass("ghost")}>
        ← {backLabel}
      </Link>
      <span className="flex-1" />
      <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
        Print
      </button>
      {pdfHref ? (
        <a href={pdfHref} download className={buttonClass("primary")}>
          Download PDF
        </a>
      ) : null}
    </div>
  );
}

/** Print-only page rules: a margin that suits A4 and Letter, and no screen padding around the sheet. */
export function PrintStyles() {
  return <style>{"@page { margin: 14mm 14mm 16mm; } @media print { main { padding: 0 !important; max-width: none !important; } }"}</style>;
}
