// A project's deep-dive worksheet: the owner writes it; a mentor with an active share reads it.
import type { Metadata } from "next";
import Link from "next/link";
import { DeepDiveEditor } from "@/components/deep-dive/deep-dive-editor";
import { DeepDiveReadView } from "@/components/deep-dive/read-view";
import { PageHeader } from "@/components/ui";
import { getDeepDive, listDeepDiveLoops } from "@/lib/server/deep-dives";
import { listDeepDiveComments } from "@/lib/server/deep-dive-comments";
import { orNotFound } from "@/lib/server/not-found";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "Deep-dive · StarLoop" };

export default async function DeepDivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/projects/${id}/deep-dive`);
  const [deepDive, loops, comments] = await orNotFound(Promise.all([getDeepDive(viewer, id), listDeepDiveLoops(viewer, id), listDeepDiveComments(viewer, id)]));
  const owner = deepDive.access === "owner";
  const level = loops.find((l) => l.level !== "")?.level ?? "";
  return (
    <>
      <p className="mb-2 text-sm">
        {owner ? (
          <Link href={`/projects/${id}`} className="text-brand-700 hover:underline">← {deepDive.projectTitle}</Link>
        ) : (
          <Link href={`/mentors/candidates/${deepDive.ownerId}`} className="text-brand-700 hover:underline">← Candidate</Link>
        )}
      </p>
      <PageHeader
        title={`Deep-dive: ${deepDive.projectTitle}`}
        description={
          <>
            The project end to end, as a depth round walks through it.
            {loops.length > 0 ? (
              <> Planned in {loops.map((l, i) => (
                <span key={l.loopId}>
                  {i > 0 ? ", " : ""}
                  <Link href={owner ? `/loops/${l.loopId}` : `/mentors/candidates/${deepDive.ownerId}/loops/${l.loopId}`} className="text-brand-700 underline">
                    {l.company} ({l.roundTitle})
                  </Link>
                </span>
              ))}.</>
            ) : null}
            {owner ? null : " Shared with you (read only)."}
          </>
        }
      />
      {owner ? (
        <DeepDiveEditor initial={deepDive} level={level} comments={comments} />
      ) : (
        <DeepDiveReadView deepDive={deepDive} level={level} projectId={id} comments={comments} canComment={deepDive.id !== null} />
      )}
    </>
  );
}
