import type { Metadata } from "next";
import Link from "next/link";
import { loopTitle } from "@/lib/domain/loop-names";
import { Card, EmptyState } from "@/components/ui";
import { listLoops } from "@/lib/server/loops";
import { requireViewer } from "@/lib/server/viewer";
import { orNotFound } from "@/lib/server/not-found";
import { menteeOr404 } from "../mentee";

export const metadata: Metadata = { title: "Mentee's loops" };

export default async function MenteeLoopsPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}/loops`);
  const mentee = await menteeOr404(viewer, candidateId);
  const loops = await orNotFound(listLoops(viewer, candidateId));
  return (
    <section aria-labelledby="loops-heading" className="space-y-3">
      <h2 id="loops-heading" className="text-lg font-semibold">Loops</h2>
      {loops.length === 0 ? (
        <EmptyState title={`${mentee.name} has not planned a loop yet`}>
          <p>Planned interview loops, with which story goes to which round and the loop report, appear here.</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {loops.map((loop) => (
            <li key={loop.id}>
              <Card className="h-full">
                <h3 className="text-base font-semibold">
                  <Link href={`/mentors/candidates/${candidateId}/loops/${loop.id}`} className="text-brand-700 hover:underline">
                    {loopTitle(loop)}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-muted">
                  {[loop.level, loop.date, `${loop.roundCount} round${loop.roundCount === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}
                </p>
                <p className="mt-2 text-sm">{loop.slotCount === 0 ? "No focus principles yet." : `${loop.plannedCount} of ${loop.slotCount} slots planned`}</p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
