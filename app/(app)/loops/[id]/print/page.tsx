// The loop sheet for paper: one block per round (page break between rounds), the principle × story matrix, the
// report's open findings. Black on white, no navigation; the PDF route renders the same LoopSheet.
import type { Metadata } from "next";
import { MATRIX_LEGEND, type SheetRound, type SheetSlot } from "@/lib/export/loop-sheet";
import { getLoopSheet } from "@/lib/server/backup";
import { orNotFound } from "@/lib/server/not-found";
import { requireViewer } from "@/lib/server/viewer";
import { PrintActions, PrintStyles } from "@/components/print-actions";

export const metadata: Metadata = { title: "Loop sheet" };

const SEVERITY = { error: "Error", warning: "Warning", tip: "Tip" } as const;

function Slot({ slot }: { slot: SheetSlot }) {
  return (
    <div className="break-inside-avoid border-l-4 border-black pl-3">
      <h3 className="text-xs font-bold tracking-wide uppercase">{slot.principleName}</h3>
      {slot.story ? (
        <>
          <p className="mt-0.5 text-base font-semibold">
            {slot.story.title}
            {slot.story.projectTitle ? <span className="font-normal text-neutral-700"> ({slot.story.projectTitle})</span> : null}
          </p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-sm">
            {slot.story.lines.map((line) => (
              <div key={line.label} className="contents">
                <dt className="font-bold" title={line.section}>
                  {line.label}:
                </dt>
                <dd>{line.text || "—"}</dd>
              </div>
            ))}
            {slot.story.metrics.length ? (
              <div className="contents">
                <dt className="font-bold">Metrics:</dt>
                <dd>{slot.story.metrics.join(" · ")}</dd>
              </div>
            ) : null}
            <div className="contents">
              <dt className="font-bold">Backup:</dt>
              <dd>{slot.backup ? slot.backup.title : "none"}</dd>
            </div>
          </dl>
        </>
      ) : (
        <p className="mt-0.5 text-sm italic">No story planned yet.</p>
      )}
    </div>
  );
}

function RoundBlock({ round, first }: { round: SheetRound; first: boolean }) {
  return (
    <section aria-labelledby={`round-${round.number}`} className={`mt-8 ${first ? "" : "print:break-before-page"}`}>
      <h2 id={`round-${round.number}`} className="border-b-2 border-black pb-1 text-xl font-bold">
        Round {round.number} · {round.title}
      </h2>
      <p className="mt-1 text-sm">
        {round.minutes} minutes · Focus: {round.focus.length ? round.focus.map((f) => f.name).join(", ") : "no focus principles"}
      </p>
      <div className="mt-4 space-y-5">
        {round.slots.length ? round.slots.map((slot) => <Slot key={slot.principle} slot={slot} />) : <p className="text-sm italic">No behavioral focus in this round.</p>}
      </div>
    </section>
  );
}

export default async function LoopPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/loops/${id}/print`);
  const sheet = await orNotFound(getLoopSheet(viewer, id));
  const { matrix } = sheet;
  return (
    <article className="mx-auto max-w-4xl bg-white p-6 text-black shadow-sm print:max-w-none print:p-0 print:shadow-none">
      <PrintStyles />
      <PrintActions backHref={`/loops/${id}`} backLabel="Back to the loop" pdfHref={`/api/loops/${id}/pdf`} />
      <header>
        <p className="text-xs tracking-wide uppercase">StarLoop loop sheet</p>
        <h1 className="text-2xl font-bold">{sheet.heading}</h1>
        <p className="text-sm">{sheet.summary}</p>
      </header>

      {sheet.rounds.length ? (
        sheet.rounds.map((round, i) => <RoundBlock key={round.number} round={round} first={i === 0} />)
      ) : (
        <p className="mt-6 italic">This loop has no rounds yet.</p>
      )}

      <section aria-labelledby="matrix" className="mt-10 print:break-before-page">
        <h2 id="matrix" className="border-b-2 border-black pb-1 text-xl font-bold">
          Principle × story matrix
        </h2>
        {matrix.rows.length && matrix.principles.length ? (
          <>
            {/* Narrow screens scroll the matrix inside its own region; on paper its columns shrink to fit the page. */}
            <div role="region" aria-label="Principle × story matrix, scrolls sideways" tabIndex={0} className="relative mt-3 max-w-full overflow-x-auto print:overflow-visible">
            <table className="w-full border-collapse text-sm print:text-[8pt]">
              <thead>
                <tr>
                  <th scope="col" className="border border-black px-2 py-1 text-left">
                    Story
                  </th>
                  {matrix.principles.map((p) => (
                    <th key={p.code} scope="col" className="w-9 border border-black px-0.5 py-1 text-center print:w-auto">
                      <abbr title={p.name}>{p.abbr}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.storyId} className="break-inside-avoid">
                    <th scope="row" className="border border-neutral-500 px-2 py-1 text-left font-normal">
                      {row.title}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={matrix.principles[i].code} className={`border border-neutral-500 px-0.5 py-1 text-center ${cell.startsWith("R") ? "font-bold" : ""}`}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
            <p className="mt-2 text-xs">{matrix.principles.map((p) => `${p.abbr} = ${p.name}`).join(" · ")}</p>
            <p className="text-xs">{MATRIX_LEGEND}</p>
          </>
        ) : (
          <p className="mt-2 text-sm italic">No stories planned yet.</p>
        )}
      </section>

      <section aria-labelledby="findings" className="mt-8">
        <h2 id="findings" className="border-b-2 border-black pb-1 text-xl font-bold">
          Open findings
        </h2>
        {sheet.findings.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {sheet.findings.map((f, i) => (
              <li key={i} className="break-inside-avoid">
                <strong>{SEVERITY[f.severity]}:</strong> {f.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm">None: every slot is planned and no story is told twice.</p>
        )}
      </section>
    </article>
  );
}
