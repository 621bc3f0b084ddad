// The candidate's loops, newest activity first, with how much of each is planned.
import Link from "next/link";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { loopTitle, relativeDay } from "@/lib/domain/loop-names";
import { listLoops } from "@/lib/server/loops";
import { requireViewer } from "@/lib/server/viewer";

export const metadata = { title: "Loops · StarLoop" };

export default async function LoopsPage() {
  const viewer = await requireViewer("/loops");
  const loops = await listLoops(viewer);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title="Loops"
        description="Plan which story you tell in which round, and see where the plan has holes or repeats itself."
        actions={loops.length > 0 ? <ButtonLink href="/loops/new">New loop</ButtonLink> : null}
      />
      {loops.length === 0 ? (
        <EmptyState title="No loops yet" action={<ButtonLink href="/loops/new">Plan your first loop</ButtonLink>}>
          Start from an Amazon template (Data Scientist, Data Engineer or a generic onsite) or a blank loop, then put a story in
          each round. StarLoop tells you where a round has no story and where the same project would be told twice.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {loops.map((loop) => (
            <li key={loop.id}>
              <Card className="h-full">
                <h2 className="text-base font-semibold">
                  <Link href={`/loops/${loop.id}`} className="text-brand-700 hover:underline">
                    {loopTitle(loop)}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {[datedAs(loop.date, today), `${loop.roundCount} round${loop.roundCount === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}
                </p>
                <p className="mt-2 text-sm">
                  {loop.slotCount === 0
                    ? "No focus principles yet."
                    : `${loop.plannedCount} of ${loop.slotCount} slots planned`}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "2026-12-08 (in 7 days)", or the date as the user wrote it. */
function datedAs(date: string, today: string): string {
  const relative = relativeDay(date, today);
  return relative ? `${date} (${relative})` : date;
}
