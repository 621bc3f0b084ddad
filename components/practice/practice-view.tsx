// The practice page's body, shared by the candidate's /practice and a mentor's mock interview: scope picker,
// then the drill, or the empty states (no stories yet, no dated loop, no weak spots).
import Link from "next/link";
import type { PracticeData } from "@/lib/server/practice";
import { EmptyState } from "@/components/ui";
import { DrillSession } from "./drill-session";
import { RecordingsOnDevice } from "./recordings-on-device";
import { ScopePicker } from "./scope-picker";

export function PracticeView({ data, base, candidate }: { data: PracticeData; base: string; candidate?: { id: string; name: string } }) {
  const owner = candidate === undefined;
  return (
    <div className="space-y-5">
      <ScopePicker base={base} scope={data.scope} next={data.next} owner={owner} />
      {data.stories.length === 0 ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {owner ? (
            <>No stories yet, so there is nothing to suggest: every answer can only be “No story fits”. <Link href="/stories/new" className="underline">Write your first story</Link>.</>
          ) : (
            <>{candidate.name} has no stories yet; answers can only be recorded as “No story fits”.</>
          )}
        </p>
      ) : null}
      {data.queue === null ? (
        <p className="text-sm text-muted">Choose what to drill above. Each question: pick the story you would tell, time yourself telling it aloud, then rate the telling.</p>
      ) : !data.queue.ok ? (
        <EmptyState title={data.queue.problem === "no-dated-loop" ? "No upcoming loop" : data.queue.problem === "no-weak-spots" ? "No weak spots yet" : "Nothing to drill"}>
          <p>{data.queue.message}</p>
          {data.queue.problem === "no-dated-loop" && owner ? (
            <p className="mt-2">Give a loop its date on <Link href="/loops" className="underline">Loops</Link>, or drill one principle, weak spots or everything above.</p>
          ) : (
            <p className="mt-2">Pick another scope above.</p>
          )}
        </EmptyState>
      ) : (
        <DrillSession key={JSON.stringify(data.scope)} items={data.queue.items} stories={data.stories} candidateId={candidate?.id} candidateName={candidate?.name} />
      )}
      {owner ? <RecordingsOnDevice /> : null}
    </div>
  );
}
