"use client";
// "Plan for me": fills the empty slots, says exactly what it filled, and offers a one-step undo of just that.
import { useState, useTransition } from "react";
import { Button } from "./ui";
import { principleName } from "@/lib/domain/principles";
import type { ActionResult } from "@/lib/server/action-result";
import type { PlanResult } from "@/lib/server/loops";
import type { UndoPlanInput } from "@/lib/validation/loop";

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(plan: PlanResult): string {
  const left = plan.stillEmpty > 0 ? ` ${plural(plan.stillEmpty, "slot is", "slots are")} still empty: no unused story in your bank carries ${plan.stillEmpty === 1 ? "its principle" : "their principles"}.` : "";
  if (plan.added.length === 0) {
    return plan.stillEmpty > 0 ? `Nothing filled.${left} Tag more stories with those principles, or write new ones.` : "Nothing to fill: every slot already has a story.";
  }
  const list = plan.added.map((a) => `${a.roundTitle} · ${principleName(a.principle)} → “${a.storyTitle}”`).join("; ");
  return `Filled ${plural(plan.added.length, "slot", "slots")}: ${list}.${left}`;
}

export function PlanForMeButton({
  loopId,
  emptySlots,
  plan,
  undo,
}: {
  loopId: string;
  emptySlots: number;
  plan: (loopId: string) => Promise<ActionResult<PlanResult>>;
  undo: (input: UndoPlanInput) => Promise<ActionResult<{ removed: number }>>;
}) {
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"plan" | "undo" | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [added, setAdded] = useState<UndoPlanInput["added"]>([]);

  const onPlan = () => {
    setBusy("plan");
    setMessage(null);
    startTransition(async () => {
      const result = await plan(loopId);
      if (result.ok) {
        setMessage({ text: describe(result.data), ok: true });
        setAdded(result.data.added.map(({ roundId, principle, storyId }) => ({ roundId, principle, storyId })));
      } else {
        setMessage({ text: result.message, ok: false });
      }
      setBusy(null);
    });
  };
  const onUndo = () => {
    setBusy("undo");
    startTransition(async () => {
      const result = await undo({ loopId, added });
      if (result.ok) {
        const kept = added.length - result.data.removed;
        setMessage({
          text: `Undone: removed ${plural(result.data.removed, "planned story", "planned stories")}${kept > 0 ? ` (${kept} you changed since were kept)` : ""}.`,
          ok: true,
        });
        setAdded([]);
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
        {added.length > 0 ? (
          <Button type="button" variant="secondary" onClick={onUndo} disabled={pending}>
            {pending && busy === "undo" ? "Undoing…" : "Undo plan"}
          </Button>
        ) : null}
        <span id="plan-for-me-hint" className="text-xs text-muted">
          {emptySlots > 0
            ? `Fills the ${plural(emptySlots, "empty slot", "empty slots")} with your best-fitting stories; keeps what you planned.`
            : "Every slot has a story."}
        </span>
      </div>
      <p role="status" className={message ? `rounded-lg px-3 py-2 text-sm ${message.ok ? "bg-emerald-50 text-ok" : "bg-red-50 text-bad"}` : "sr-only"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
