// The four ways to start a drill (links, so the chosen scope lives in the URL and survives a reload).
import Link from "next/link";
import { PRINCIPLES } from "@/lib/domain/principles";
import type { DrillScope } from "@/lib/domain/drill";
import { buttonClass, Card } from "@/components/ui";

export function ScopePicker({
  base,
  scope,
  next,
  owner,
}: {
  /** "/practice" or the mentor's "/mentors/candidates/<id>/practice". */
  base: string;
  scope: DrillScope | null;
  next: { title: string; date: string } | null;
  owner: boolean;
}) {
  const current = (kind: DrillScope["kind"]) => (scope?.kind === kind ? "page" : undefined);
  const whose = owner ? "my" : "their";
  return (
    <Card className="space-y-3">
      <h2 className="font-semibold">What to drill</h2>
      <ul className="grid gap-2 sm:grid-cols-3">
        <li>
          <Link href={`${base}?scope=next-loop`} aria-current={current("next-loop")} className={buttonClass(scope?.kind === "next-loop" ? "primary" : "secondary", "w-full")}>
            Drill {whose} next loop
          </Link>
          <p className="mt-1 text-xs text-muted">{next ? `${next.title}, ${next.date}: round by round.` : "No loop with a date today or later yet."}</p>
        </li>
        <li>
          <Link href={`${base}?scope=weak-spots`} aria-current={current("weak-spots")} className={buttonClass(scope?.kind === "weak-spots" ? "primary" : "secondary", "w-full")}>
            Weak spots
          </Link>
          <p className="mt-1 text-xs text-muted">Story and principle pairs due again, worst told first.</p>
        </li>
        <li>
          <Link href={`${base}?scope=everything`} aria-current={current("everything")} className={buttonClass(scope?.kind === "everything" ? "primary" : "secondary", "w-full")}>
            Everything
          </Link>
          <p className="mt-1 text-xs text-muted">Every question, least recently drilled first.</p>
        </li>
      </ul>
      <form method="get" action={base} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="scope" value="principle" />
        <div className="min-w-0 max-w-full">
          <label htmlFor="drill-principle" className="block text-sm font-medium">One principle</label>
          <select
            id="drill-principle"
            name="principle"
            defaultValue={scope?.kind === "principle" ? scope.principle : PRINCIPLES[0].code}
            className="mt-1 w-full rounded-lg border border-line bg-white px-3 py-2 text-sm"
          >
            {PRINCIPLES.map((p) => (
              <option key={p.code} value={p.code}>{p.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass(scope?.kind === "principle" ? "primary" : "secondary")}>Drill this principle</button>
      </form>
    </Card>
  );
}
