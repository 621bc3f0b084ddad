// The prep sheet for paper (A4): page 1 the loop at a glance, then one card per slot flowing across pages (a card
// never splits; no forced break per round), then the depth round's deep-dive worksheet. The PDF route renders the same
// LoopSheet with the same words (lib/export/sheet-rows.ts).
import type { Metadata } from "next";
import { getLoopSheet } from "@/lib/server/backup";
import { orNotFound } from "@/lib/server/not-found";
import { requireViewer } from "@/lib/server/viewer";
import { CARDS_HEADING, deepDiveIntro, deepDiveRows, deepDiveTitle } from "@/lib/export/sheet-rows";
import { PrintActions, PrintStyles } from "@/components/print-actions";
import { SheetGlance } from "@/components/prep-sheet/glance";
import { SheetCard, SheetRows } from "@/components/prep-sheet/card";

export const metadata: Metadata = { title: "Prep sheet" };

export default async function LoopPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/loops/${id}/print`);
  const sheet = await orNotFound(getLoopSheet(viewer, id));
  return (
    <article className="mx-auto max-w-4xl bg-white p-6 text-black shadow-sm print:max-w-none print:p-0 print:shadow-none">
      <PrintStyles size="A4" />
      <PrintActions backHref={`/loops/${id}`} backLabel="Back to the loop" pdfHref={`/api/loops/${id}/pdf`} />
      <header>
        <p className="text-xs tracking-wide uppercase">StarLoop prep sheet</p>
        <h1 className="text-2xl font-bold print:text-[14pt]">{sheet.heading}</h1>
        <p className="text-sm print:text-[9pt]">{sheet.summary}</p>
      </header>

      <SheetGlance sheet={sheet} />

      {sheet.cards.length ? (
        <section aria-labelledby="cards" className="mt-4 print:mt-2">
          <h2 id="cards" className="border-b-2 border-black pb-0.5 text-lg font-bold break-after-avoid print:text-[11pt]">
            {CARDS_HEADING}
          </h2>
          <div className="mt-2 space-y-1.5 print:mt-1 print:columns-2 print:gap-x-[4mm] print:space-y-0">
            {sheet.cards.map((card) => (
              <SheetCard key={`${card.roundNumber}-${card.principle}`} card={card} />
            ))}
          </div>
        </section>
      ) : null}

      {sheet.deepDive ? (
        <section aria-labelledby="deep-dive" className="mt-4 text-xs print:mt-2 print:text-[7pt] print:leading-[1.3]">
          <h2 id="deep-dive" className="border-b-2 border-black pb-0.5 text-lg font-bold break-after-avoid print:text-[11pt]">
            {deepDiveTitle(sheet.deepDive)}
          </h2>
          <p className="mt-1 text-neutral-600">{deepDiveIntro(sheet.deepDive)}</p>
          <SheetRows rows={deepDiveRows(sheet.deepDive)} wide />
        </section>
      ) : null}
    </article>
  );
}
