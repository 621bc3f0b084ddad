"use client";
// "Plan for me": fills the empty slots and proposes backups, then says what it did round by round (each pick's
// strengths and concerns, and why a slot stays empty), and offers Undo plan until the loop's next change. The
// summary's rounds are plain headings and lists, not regions: the rounds below already are regions of those names.
import { useState, useTransition } from "react";
import { Button } from "./ui";
import { planForMeAction, undoPlanAction } from "@/lib/actions/loops";
import type { PlanSummary } from "@/lib/domain/plan-summary";
import type { PlanResult } from "@/lib/server/loops";

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function headline(plan: PlanResult): string {
  const backups = plan.added.filter((a) => a.backupStoryId).length + plan.backupsAdded.length;
  if (plan.added.length === 0 && plan.backupsAdded.length === 0) {
    return plan.stillEmpty > 0 ? "Nothing filled: no story in your bank can take the empty slots." : "Nothing to do: every slot already has a story and a backup where one exists.";
  }
  const parts = [plan.added.length ? `Filled ${plural(plan.added.length, "slot", "slots")}` : "", backups ? `proposed ${plural(backups, "backup", "backups")}` : ""];
  return `${parts.filter(Boolean).join(" and ")}.${plan.stillEmpty ? ` ${plural(plan.stillEmpty, "slot stays", "slots stay")} empty.` : ""}`;
}

function Summary({ summary }: { summary: PlanSummary }) {
  return (
    <div className="space-y-3 text-sm">
      {summary.rounds.map((round) => (
        <div key={round.roundId}>
          <h3 id={`plan-${round.roundId}`} className="font-medium">
            {round.roundTitle}
          </h3>
          <ul className="mt-1 space-y-1.5" aria-labelledby={`plan-${round.roundId}`}>
            {round.picks.map((p) => (
              <li key={p.principle}>
                {p.principleName} → <span className="font-medium">{p.storyTitle}</span>
                {p.backupTitle ? <span className="text-muted"> (backup: {p.backupTitle})</span> : null}
                {p.kept ? <span className="text-muted"> · kept your story, added a backup</span> : null}
                {p.strengths.length ? <span className="block text-xs text-ok">✓ {p.strengths.join(" · ")}</span> : null}
                {p.concerns.length ? <span className="block text-xs text-warn">⚠ {p.concerns.join(" · ")}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {summary.unfilled.length ? (
        <div>
          <h3 id="plan-unfilled" className="font-medium">
            Could not fill
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5" aria-labelledby="plan-unfilled">
            {summary.unfilled.map((u) => (
              <li key={`${u.roundId}-${u.principle}`}>
                {u.roundTitle}: {u.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function PlanForMeButton({
  loopId,
  emptySlots,
  undoable,
}: {
  loopId: string;
  emptySlots: number;
  /** What the loop's last plan added, kept with the loop so Undo plan survives a reload; null when nothing. */
  undoable: { added: number; backups: number } | null;
}) {
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"plan" | "undo" | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [summary, setSummary] = useState<PlanSummary | null>(null);

  const onPlan = () => {
    setBusy("plan");
    setMessage(null);
    setSummary(null);
    startTransition(async () => {
      const result = await planForMeAction(loopId);
      if (result.ok) {
        setMessage({ text: headline(result.data), ok: true });
        setSummary(result.data.summary);
      } else {
        setMessage({ text: result.message, ok: false });
      }
      setBusy(null);
    });
  };
  const onUndo = () => {
    setBusy("undo");
    setSummary(null);
    startTransition(async () => {
      const result = await undoPlanAction({ loopId });
      if (result.ok) {
        const { removed, backupsCleared } = result.data;
        const cleared = backupsCleared ? ` and ${plural(backupsCleared, "backup", "backups")} it added` : "";
        setMessage({ text: `Undone: removed ${plural(removed, "planned story", "planned stories")}${cleared}.`, ok: true });
      } else {
        setMessage({ text: result.message, ok: false });
      }
      setBusy(null);
    });
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" onClick={onPlan} disabled={pending} aria-describedby="plan-for-me-hint">
          {pending && busy === "plan" ? "Planning…" : "Plan for me"}
        </Button>
        {undoable ? (
          <Button type="button" variant="secondary" onClick={onUndo} disabled={pending}>
            {pending && busy === "undo" ? "Undoing…" : "Undo plan"}
          </Button>
        ) : null}
        <span id="plan-for-me-hint" className="text-xs text-muted">
          {emptySlots > 0
            ? `Fills the ${plural(emptySlots, "empty slot", "empty slots")} with your best-fitting stories and proposes backups; keeps what you planned.`
            : "Every slot has a story; proposes backups where one is missing."}
        </span>
      </div>
      <p role="status" className={message ? `rounded-lg px-3 py-2 text-sm ${message.ok ? "bg-emerald-50 text-ok" : "bg-red-50 text-bad"}` : "sr-only"}>
        {message?.text ?? ""}
      </p>
      {summary && (summary.rounds.length || summary.unfilled.length) ? <Summary summary={summary} /> : null}
    </div>
  );
}
