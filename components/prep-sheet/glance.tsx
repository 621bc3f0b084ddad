// Page 1 of the prep sheet on paper: the loop at a glance (facts, rounds × principles with the planned titles, the
// open errors and warnings). Same words as the PDF (lib/export/sheet-rows.ts).
import type { LoopSheet } from "@/lib/export/loop-sheet";
import { GLANCE_HEADING, SEVERITY_LABEL, glanceFacts, glanceRows } from "@/lib/export/sheet-rows";

export function SheetGlance({ sheet }: { sheet: LoopSheet }) {
  const g = sheet.glance;
  return (
    <section aria-labelledby="glance" className="mt-4 print:mt-2">
      <h2 id="glance" className="border-b-2 border-black pb-0.5 text-lg font-bold print:text-[11pt]">
        {GLANCE_HEADING}
      </h2>
      <p className="mt-1 text-xs font-bold print:text-[7.5pt]">{glanceFacts(sheet).join("  ·  ")}</p>
      {sheet.rounds.length ? (
        <table className="mt-2 w-full border-collapse text-xs print:mt-1 print:text-[7pt] print:leading-[1.2]">
          <thead>
            <tr className="border-y border-black text-left">
              <th scope="col" className="w-[24%] px-1 py-0.5 print:py-0">Round</th>
              <th scope="col" className="w-[20%] px-1 py-0.5 print:py-0">Principle</th>
              <th scope="col" className="px-1 py-0.5 print:py-0">Planned story</th>
            </tr>
          </thead>
          <tbody>
            {glanceRows(sheet).map((row, i) => (
              <tr key={i} className={`break-inside-avoid border-t ${row.firstOfRound ? "border-black" : "border-neutral-300"}`}>
                <td className="px-1 py-0.5 print:py-0 align-top">{row.round}</td>
                <td className="px-1 py-0.5 print:py-0 align-top">{row.principle}</td>
                <td className={`px-1 py-0.5 print:py-0 align-top ${row.planned ? "font-bold" : ""}`}>{row.story}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm italic">This loop has no rounds yet.</p>
      )}
      {g.findings.length ? (
        <ul className="mt-2 space-y-0.5 text-xs print:mt-1 print:space-y-0 print:text-[7pt]">
          {g.findings.map((f, i) => (
            <li key={i} className="break-inside-avoid">
              <strong>{SEVERITY_LABEL[f.severity]}:</strong> {f.text}
            </li>
          ))}
          {g.moreFindings ? <li className="italic">…and {g.moreFindings} more in the loop&apos;s report.</li> : null}
        </ul>
      ) : (
        <p className="mt-2 text-xs">No open errors or warnings.</p>
      )}
    </section>
  );
}
