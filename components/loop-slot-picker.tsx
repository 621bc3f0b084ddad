"use client";
// One (round, principle) slot: choose a story and an optional backup from candidates ranked by fit, each with what
// speaks for it and against it. A choice is saved at once (nothing to lose by navigating away), with an Undo.
// The candidates are ranked in the browser from the page's one copy of the bank (slot-bank.tsx).
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Button, inputClass } from "./ui";
import type { PrincipleCode } from "@/lib/domain/types";
import { assignSlotAction, clearSlotAction } from "@/lib/actions/loops";
import { useHydrated, useSlotOptions, type SlotOption } from "./slot-bank";

export type { SlotOption } from "./slot-bank";

interface Choice {
  storyId: string;
  backupId: string;
}

const label = (o: SlotOption) => [o.strengths.length ? `✓ ${o.strengths.join(", ")}` : "", o.concerns.length ? `⚠ ${o.concerns.join(", ")}` : ""].filter(Boolean).join(" · ");

function whyText(o: SlotOption): string {
  const parts = [o.project ? `From ${o.project}.` : ""];
  if (o.strengths.length) parts.push(`Strengths: ${o.strengths.join(", ")}.`);
  if (o.concerns.length) parts.push(`Concerns: ${o.concerns.join(", ")}.`);
  return parts.filter(Boolean).join(" ");
}

export function SlotPicker({
  idPrefix,
  roundId,
  principle,
  roundTitle,
  principleLabel,
  current,
  loopId,
}: {
  idPrefix: string;
  roundId: string;
  principle: PrincipleCode;
  roundTitle: string;
  principleLabel: string;
  current: { storyId: string; backupStoryId: string | null } | null;
  loopId: string;
}) {
  const [choice, setChoice] = useState<Choice>({ storyId: current?.storyId ?? "", backupId: current?.backupStoryId ?? "" });
  const [undo, setUndo] = useState<Choice | null>(null);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const saving = useRef(false);
  // `all`: every story of the bank (shared by all pickers); those not in `ranked` are offered on request.
  const { ranked, all } = useSlotOptions(roundId, principle);
  // The server's HTML carries only the chosen options; the whole menus come once the page runs (14 slots × 2 menus
  // × every tagged story would be most of the page).
  const hydrated = useHydrated();

  // The page re-renders with the saved plan (also after "Plan for me"): follow it unless a save is under way.
  useEffect(() => {
    if (!saving.current) setChoice({ storyId: current?.storyId ?? "", backupId: current?.backupStoryId ?? "" });
  }, [current?.storyId, current?.backupStoryId]);

  const [showOthers, setShowOthers] = useState(false);
  const allOthers = useMemo(() => {
    const rankedIds = new Set(ranked.map((o) => o.id));
    return all.filter((o) => !rankedIds.has(o.id));
  }, [all, ranked]);
  // Stories off this principle are listed only on request (a 200-story bank would otherwise put every
  // story into every slot's two menus); one already chosen is always there.
  const isChosen = (o: SlotOption) => o.id === choice.storyId || o.id === choice.backupId;
  const others = showOthers && hydrated ? allOthers : allOthers.filter(isChosen);
  const chosen = ranked.find((o) => o.id === choice.storyId);
  const where = `${principleLabel} in ${roundTitle}`;

  /** Saves `next` (or clears the slot when it has no story); on failure the previous choice comes back. */
  const save = (next: Choice, previous: Choice, undoable: boolean) => {
    setChoice(next);
    setStatus(null);
    saving.current = true;
    startTransition(async () => {
      const result =
        next.storyId === ""
          ? await clearSlotAction(loopId, { roundId, principle })
          : await assignSlotAction(loopId, { roundId, principle, storyId: next.storyId, backupStoryId: next.backupId === "" ? null : next.backupId });
      saving.current = false;
      if (result.ok) {
        setUndo(undoable ? previous : null);
        setStatus({ ok: true, text: next.storyId === "" ? `Cleared ${where}.` : `Saved ${where}.` });
      } else {
        setChoice(previous);
        setStatus({ ok: false, text: result.message });
      }
    });
  };

  const options = (exclude: string) => (
    <>
      {ranked.length > 0 ? (
        <optgroup label={`Tagged ${principleLabel}, best fit first`}>
          {ranked.map((o, i) =>
            o.id === exclude || !(hydrated || isChosen(o)) ? null : (
              <option key={o.id} value={o.id}>
                {i === 0 ? "★ " : ""}
                {o.title} — {label(o)}
              </option>
            ),
          )}
        </optgroup>
      ) : null}
      {others.length > 0 ? (
        <optgroup label="Other stories (not tagged with this principle)">
          {others.map((o) =>
            o.id === exclude ? null : (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ),
          )}
        </optgroup>
      ) : null}
    </>
  );

  return (
    <fieldset className="rounded-lg border border-line p-3" aria-busy={pending}>
      <legend className="px-1 text-sm font-medium">{principleLabel}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-story`} className="text-xs font-medium text-muted">
            Story<span className="sr-only"> for {where}</span>
          </label>
          <select
            id={`${idPrefix}-story`}
            value={choice.storyId}
            onChange={(e) => {
              const storyId = e.target.value;
              save({ storyId, backupId: choice.backupId === storyId ? "" : choice.backupId }, choice, true);
            }}
            className={inputClass}
            aria-describedby={`${idPrefix}-why`}
          >
            <option value="">— No story yet —</option>
            {options("")}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-backup`} className="text-xs font-medium text-muted">
            Backup (optional)<span className="sr-only"> for {where}</span>
          </label>
          <select
            id={`${idPrefix}-backup`}
            value={choice.backupId}
            onChange={(e) => save({ ...choice, backupId: e.target.value }, choice, true)}
            className={inputClass}
            disabled={choice.storyId === ""}
          >
            <option value="">— No backup —</option>
            {options(choice.storyId)}
          </select>
        </div>
      </div>
      <p id={`${idPrefix}-why`} className="mt-2 text-xs text-muted">
        {choice.storyId === ""
          ? ranked.length > 0
            ? `Best fit: ${ranked[0].title}. ${whyText(ranked[0])}`
            : `No story in your bank is tagged ${principleLabel} yet.`
          : chosen
            ? whyText(chosen)
            : `This story is not tagged ${principleLabel}.`}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {choice.storyId !== "" ? (
          <Button type="button" variant="secondary" className="px-2.5 py-1" disabled={pending} onClick={() => save({ storyId: "", backupId: "" }, choice, true)}>
            Clear
            <span className="sr-only"> {where}</span>
          </Button>
        ) : null}
        {allOthers.length > 0 ? (
          <button
            type="button"
            className="text-xs text-brand-700 underline underline-offset-2 hover:text-ink"
            aria-pressed={showOthers}
            onClick={() => setShowOthers((v) => !v)}
          >
            {showOthers ? "Only stories tagged with this principle" : `Also list ${allOthers.length} untagged ${allOthers.length === 1 ? "story" : "stories"}`}
            <span className="sr-only"> for {where}</span>
          </button>
        ) : null}
        <p role="status" className={status ? `text-xs ${status.ok ? "text-ok" : "text-bad"}` : "sr-only"}>
          {pending ? "Saving…" : (status?.text ?? "")}
        </p>
        {undo && !pending && status?.ok ? (
          <button
            type="button"
            className="text-xs text-brand-700 underline underline-offset-2 hover:text-ink"
            onClick={() => save(undo, choice, false)}
          >
            Undo<span className="sr-only"> the change to {where}</span>
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
