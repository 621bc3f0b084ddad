"use client";
// The worksheet's state: the draft and what the server has, the unsaved copy kept in the browser (offered back
// after a reload), the warning on leaving, Ctrl/Cmd+S, and a save that refuses to overwrite a newer version and
// keeps the typed text on screen beside the newer one.
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { saveDeepDiveAction } from "@/lib/actions/deep-dives";
import { checkDeepDive } from "@/lib/domain/deep-dive";
import type { DeepDiveRecord } from "@/lib/server/deep-dives";
import { useLeaveWarning } from "../story-editor/use-leave-warning";
import { goToField } from "../story-editor/draft";
import { deepDiveDraftKey, toDeepDiveDraft, toDeepDivePayload, type DeepDiveDraft, type StoredDeepDiveDraft } from "./draft";
import { useSaveShortcut } from "../use-save-shortcut";

export function useDeepDiveEditor(initial: DeepDiveRecord, level?: string) {
  const router = useRouter();
  const key = deepDiveDraftKey(initial.projectId);
  const [draft, setDraft] = useState<DeepDiveDraft>(() => toDeepDiveDraft(initial));
  const [saved, setSaved] = useState<DeepDiveDraft>(() => toDeepDiveDraft(initial));
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<DeepDiveRecord | null>(null);
  const [offered, setOffered] = useState<StoredDeepDiveDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const { deepDive: payload, errors: clientErrors, problems } = useMemo(() => toDeepDivePayload(draft), [draft]);
  const deferred = useDeferredValue(payload);
  const findings = useMemo(() => checkDeepDive(deferred, { level }), [deferred, level]);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      if (!raw) return;
      const stored = JSON.parse(raw) as StoredDeepDiveDraft;
      if (JSON.stringify(stored.draft) !== JSON.stringify(toDeepDiveDraft(initial))) setOffered(stored);
      else window.localStorage.removeItem(key);
    } catch {
      window.localStorage.removeItem(key);
    }
    // Only on first load of this worksheet.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (offered) return;
    const handle = window.setTimeout(() => {
      if (dirty) window.localStorage.setItem(key, JSON.stringify({ draft, baseVersion } satisfies StoredDeepDiveDraft));
      else window.localStorage.removeItem(key);
    }, 300);
    return () => window.clearTimeout(handle);
  }, [draft, dirty, baseVersion, key, offered]);

  useLeaveWarning(dirty);

  const update = <K extends keyof DeepDiveDraft>(field: K, value: DeepDiveDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setMessage(null);
  };

  const save = useCallback(
    async (versionOverride?: number) => {
      setShowErrors(true);
      if (problems.length > 0) {
        setMessage({ tone: "bad", text: problems.length === 1 ? `Fix one field before saving: ${problems[0].field}.` : `Fix ${problems.length} fields before saving.` });
        window.setTimeout(() => goToField(problems[0].inputId), 0);
        return;
      }
      setSaving(true);
      setMessage(null);
      try {
        const result = await saveDeepDiveAction({ projectId: initial.projectId, version: versionOverride ?? baseVersion, deepDive: payload });
        if (result.ok) {
          setBaseVersion(result.data.version);
          setSaved(draft);
          setConflict(null);
          setServerErrors({});
          window.localStorage.removeItem(key);
          setMessage({ tone: "ok", text: `Saved at ${new Date(result.data.updatedAt).toLocaleTimeString()}.` });
          router.refresh();
        } else {
          setServerErrors(result.fieldErrors ?? {});
          if (result.conflict?.current) setConflict(result.conflict.current);
          setMessage({ tone: "bad", text: result.message });
        }
      } catch {
        setMessage({ tone: "bad", text: "Could not reach the server. Your text is kept here (and in this browser); try again." });
      } finally {
        setSaving(false);
      }
    },
    [baseVersion, draft, initial.projectId, key, payload, problems, router],
  );

  useSaveShortcut(save, saving);

  const fieldError = (field: string): string[] | undefined => {
    const mine = showErrors && clientErrors[field] ? [clientErrors[field]] : [];
    const all = [...mine, ...(serverErrors[field] ?? serverErrors[`deepDive.${field}`] ?? [])];
    return all.length ? all : undefined;
  };

  return {
    draft,
    update,
    dirty,
    saving,
    save,
    message,
    conflict,
    offered,
    restoreOffered: () => {
      if (offered) {
        setDraft(offered.draft);
        setBaseVersion(offered.baseVersion);
      }
      setOffered(null);
    },
    discardOffered: () => {
      window.localStorage.removeItem(key);
      setOffered(null);
    },
    loadTheirs: () => {
      if (!conflict) return;
      const theirs = toDeepDiveDraft(conflict);
      setDraft(theirs);
      setSaved(theirs);
      setBaseVersion(conflict.version);
      setConflict(null);
      setMessage({ tone: "ok", text: "Loaded the newer version; your changes were discarded." });
    },
    keepMine: () => conflict && void save(conflict.version),
    fieldError,
    clientErrors,
    payloadStory: payload,
    findings,
  };
}

export type DeepDiveEditorState = ReturnType<typeof useDeepDiveEditor>;
