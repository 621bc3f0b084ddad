// The principle × bank matrix: ready and draft stories per principle, against a target of 2 ready.
import Link from "next/link";
import type { MatrixRow } from "@/lib/domain/bank";
import { PRINCIPLES } from "@/lib/domain/principles";
import { Badge } from "./ui";

export function StoryMatrix({ rows, hrefFor }: { rows: MatrixRow[]; hrefFor: (storyId: string) => string }) {
  const info = new Map(PRINCIPLES.map((p) => [p.code, p]));
  return (
    <div className="relative overflow-x-auto rounded-card border border-line bg-white shadow-sm">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">Leadership Principles against your stories; target 2 ready stories each</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="p-3">Principle</th>
            <th scope="col" className="p-3">Ready stories</th>
            <th scope="col" className="p-3">Drafts</th>
            <th scope="col" className="p-3 text-right">Ready / target</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.principle} className={`border-t border-line align-top ${row.gap ? "bg-amber-50/60" : ""}`} data-gap={row.gap || undefined}>
              <th scope="row" className="p-3 font-medium">
                {info.get(row.principle)?.name}
                <p className="text-xs font-normal text-muted">{info.get(row.principle)?.description}</p>
              </th>
              <td className="p-3">
                <StoryLinks entries={row.ready} hrefFor={hrefFor} />
              </td>
              <td className="p-3">
                <StoryLinks entries={row.draft} hrefFor={hrefFor} />
              </td>
              <td className="p-3 text-right">
                <Badge tone={row.gap ? (row.readyCount === 0 ? "bad" : "warn") : "ok"} title={row.gap ? "Below the target of 2 ready stories" : "Target met"}>
                  {row.readyCount} / {row.target}
                </Badge>
                {row.gap ? <span className="sr-only"> (gap)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StoryLinks({ entries, hrefFor }: { entries: MatrixRow["ready"]; hrefFor: (id: string) => string }) {
  if (entries.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="space-y-1">
      {entries.map((e) => (
        <li key={e.storyId}>
          <Link href={hrefFor(e.storyId)} className="text-brand-700 hover:underline">
            {e.weight === "primary" ? <span title="Primary" aria-label="Primary">★ </span> : null}
            {e.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
