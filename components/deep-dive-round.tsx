"use client";
// A deep-dive round on the loop page: which project it walks through (a picker for the owner), how far that
// project's worksheet is, its checks for the loop's level, and the way to the worksheet.
import Link from "next/link";
import { useState, useTransition } from "react";
import { setRoundProjectAction } from "@/lib/actions/loops";
import type { ActionResult } from "@/lib/server/action-result";
import { DEEP_DIVE_SECTIONS } from "@/lib/domain/deep-dive";
import { DeepDiveFindingList } from "./deep-dive/checks";
import { Button, Field, FormMessage, inputClass } from "./ui";

export interface DeepDiveRoundProps {
  roundId: string;
  roundTitle: string;
  projectId: string | null;
  projects: { id: string; title: string; writtenSections: number }[];
  findings: { code: string; message: string }[];
  /** Absent for a mentor: read only. */
  /** The loop, when the viewer may pick the project (its owner); absent: read only. */
  loopId?: string;
}

export function DeepDiveRound({ roundId, roundTitle, projectId, projects, findings, loopId }: DeepDiveRoundProps) {
  const [choice, setChoice] = useState(projectId ?? "");
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [pending, start] = useTransition();
  const project = projects.find((p) => p.id === projectId);
  const selectId = `deep-dive-project-${roundId}`;
  return (
    <div className="space-y-3 rounded-lg border border-line p-3" data-deep-dive-round={roundId}>
      <p className="text-sm text-muted">One project, end to end: no principle slots here. The panel hears this project for the whole round.</p>
      {loopId ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => setResult(await setRoundProjectAction(loopId, roundId, choice === "" ? null : choice)));
          }}
        >
          <div className="min-w-60 flex-1">
            <Field label={`Project for ${roundTitle}`} htmlFor={selectId} errors={result && !result.ok ? [result.message] : undefined}>
              <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass}>
                <option value="">— No project yet —</option>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} ({p.writtenSections} of {DEEP_DIVE_SECTIONS.length} sections written)
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Button type="submit" variant="secondary" aria-disabled={pending}>{pending ? "Saving…" : "Save project"}</Button>
        </form>
      ) : null}
      {result?.ok ? <FormMessage tone="ok" message={result.message} /> : null}
      {project ? (
        <div className="space-y-2">
          <p className="text-sm">
            <span className="font-medium">{project.title}</span>: {project.writtenSections} of {DEEP_DIVE_SECTIONS.length} sections written ·{" "}
            <Link href={`/projects/${project.id}/deep-dive`} className="text-brand-700 underline">
              Open the deep-dive worksheet<span className="sr-only"> for {project.title}</span>
            </Link>
          </p>
          <DeepDiveFindingList findings={findings} />
        </div>
      ) : (
        <p className="text-sm text-muted">No project chosen yet{loopId ? ": pick the one you can tell end to end." : "."}</p>
      )}
    </div>
  );
}
