// One slot's card on paper (and the deep-dive worksheet's rows): a labelled grid that never splits across pages.
// Same words as the PDF (lib/export/sheet-rows.ts).
import type { SheetCard as Card } from "@/lib/export/loop-sheet";
import { cardRows, cardTitle, cardWhere, type SheetRow, type Tone } from "@/lib/export/sheet-rows";

const TONE: Record<Tone, string> = { strong: "font-bold", plain: "", soft: "text-neutral-600 text-[0.95em]" };

export function SheetRows({ rows, wide = false }: { rows: readonly SheetRow[]; wide?: boolean }) {
  const cols = wide ? "grid-cols-[9rem_1fr] print:grid-cols-[32mm_1fr]" : "grid-cols-[4.2rem_1fr] print:grid-cols-[11mm_1fr] print:gap-x-[1.5mm] print:gap-y-0";
  return (
    <dl className={`mt-0.5 grid gap-x-2 gap-y-0.5 ${cols}`}>
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="pt-px text-[0.85em] font-bold text-neutral-600">{row.label}</dt>
          <dd>
            {row.lines.map((line, i) => (
              <p key={i} className={TONE[line.tone]}>
                {line.text}
              </p>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SheetCard({ card }: { card: Card }) {
  return (
    <article
      aria-label={`${card.principleName}, round ${card.roundNumber}`}
      className="break-inside-avoid border border-neutral-400 border-l-4 border-l-black px-2 py-1 text-xs leading-snug print:mb-[2mm] print:px-[1.5mm] print:py-[1mm] print:text-[7pt] print:leading-[1.22]"
    >
      <p className="text-[0.9em] font-bold text-neutral-600">{cardWhere(card)}</p>
      <h3 className={card.story ? "text-sm font-bold print:text-[8pt]" : "text-sm italic"}>{cardTitle(card)}</h3>
      <SheetRows rows={cardRows(card)} />
    </article>
  );
}
