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

/** Print-only page rules: a margin that suits A4 and Letter (or an A4 page for the prep sheet), no screen padding. */
export function PrintStyles({ size }: { size?: "A4" } = {}) {
  const page = size === "A4" ? "@page { size: A4; margin: 10mm 10mm 11mm; }" : "@page { margin: 14mm 14mm 16mm; }";
  return <style>{`${page} @media print { main { padding: 0 !important; max-width: none !important; } }`}</style>;
}
