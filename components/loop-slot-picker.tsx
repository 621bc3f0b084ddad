"use client";
// One (round, principle) slot: choose a story and an optional backup from candidates ranked by fit, see why, save or clear.
import { useMemo, useState, useTransition } from "react";
import { Button, inputClass } from "./ui";
import type { PrincipleCode } from "@/lib/domain/types";
import type { ActionResult } from "@/lib/server/action-result";
import type { AssignSlotInput, SlotInput } from "@/lib/validation/loop";

export interface SlotOption {
  id: string;
  title: string;
  /** Why it ranks where it does ("primary · ready · new project · readiness 84"); empty for stories off this principle. */
  why: string;
}

export function SlotPicker({
  idPrefix,
  roundId,
  principle,
  roundTitle,
  principleLabel,
  current,
  ranked,
  all,
  assign,
  clear,
}: {
  idPrefix: string;
  roundId: string;
  principle: PrincipleCode;
  roundTitle: string;
  principleLabel: string;
  current: { storyId: string; backupStoryId: string | null } | null;
  ranked: SlotOption[];
  /** Every story of the bank (shared by all pickers); those not in `ranked` are offered on request. */
  all: SlotOption[];
  assign: (input: AssignSlotInput) => Promise<ActionResult<unknown>>;
  clear: (input: SlotInput) => Promise<ActionResult<unknown>>;
}) {
  const [storyId, setStoryId] = useState(current?.storyId ?? "");
  const [backupId, setBackupId] = useState(current?.backupStoryId ?? "");
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"save" | "clear" | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  const [showOthers, setShowOthers] = useState(false);
  const allOthers = useMemo(() => {
    const rankedIds = new Set(ranked.map((o) => o.id));
    return all.filter((o) => !rankedIds.has(o.id));
  }, [all, ranked]);
  // Stories off this principle are listed only on request (a 200-story bank would otherwise put every
  // story into every slot's two menus); one already chosen is always there.
  const others = showOthers ? allOthers : allOthers.filter((o) => o.id === storyId || o.id === backupId);

  const changed = storyId !== (current?.storyId ?? "") || backupId !== (current?.backupStoryId ?? "");
  const chosen = ranked.find((o) => o.id === storyId);
  const where = `${principleLabel} in ${roundTitle}`;
  const run = (kind: "save" | "clear", fn: () => Promise<ActionResult<unknown>>) => {
    setResult(null);
    setBusy(kind);
    startTransition(async () => {
      const r = await fn();
      setResult(r);
      setBusy(null);
    });
  };

  const options = (exclude: string) => (
    <>
      {ranked.length > 0 ? (
        <optgroup label={`Tagged ${principleLabel}, best fit first`}>
          {ranked.map((o, i) =>
            o.id === exclude ? null : (
              <option key={o.id} value={o.id}>
                {i === 0 ? "★ " : ""}
                {o.title} — {o.why}
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
    <fieldset className="rounded-lg border border-line p-3">
      <legend className="px-1 text-sm font-medium">{principleLabel}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-story`} className="text-xs font-medium text-muted">
            Story<span className="sr-only"> for {where}</span>
          </label>
          <select
            id={`${idPrefix}-story`}
            value={storyId}
            onChange={(e) => {
              setStoryId(e.target.value);
              if (e.target.value === backupId) setBackupId("");
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
          <select id={`${idPrefix}-backup`} value={backupId} onChange={(e) => setBackupId(e.target.value)} className={inputClass} disabled={storyId === ""}>
            <option value="">— No backup —</option>
            {options(storyId)}
          </select>
        </div>
      </div>
      <p id={`${idPrefix}-why`} className="mt-2 text-xs text-muted">
        {storyId === ""
          ? ranked.length > 0
            ? `Best fit: ${ranked[0].title} (${ranked[0].why}).`
            : `No story in your bank is tagged ${principleLabel} yet.`
          : chosen
            ? `Why: ${chosen.why}.`
            : `This story is not tagged ${principleLabel}.`}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button
          type="button"
          className="px-2.5 py-1"
          disabled={pending || storyId === "" || !changed}
          onClick={() => run("save", () => assign({ roundId, principle, storyId, backupStoryId: backupId === "" ? null : backupId }))}
        >
          {pending && busy === "save" ? "Saving…" : "Save"}
          <span className="sr-only"> {where}</span>
        </Button>
        {current ? (
          <Button type="button" variant="secondary" className="px-2.5 py-1" disabled={pending} onClick={() => run("clear", () => clear({ roundId, principle }))}>
            {pending && busy === "clear" ? "Clearing…" : "Clear"}
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
        {result && !result.ok ? (
          <p role="alert" className="text-sm text-bad">
            {result.message}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
