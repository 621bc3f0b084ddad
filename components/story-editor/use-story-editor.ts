"use client";
// The story editor's state: the draft and what the server has, the unsaved copy kept in the
// browser, the warning on leaving, Ctrl/Cmd+S, and a save that refuses to overwrite someone
// else's newer version. Focus stays on the save button through a save, or goes to the first
// field to fix when the save is refused here.
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { saveStoryAction } from "@/lib/actions/stories";
import { assessStory } from "@/lib/domain/quality";
import type { PrincipleCode } from "@/lib/domain/types";
import type { EditableStory } from "@/lib/server/stories";
import { completeDraft, draftKey, goToField, toDraft, toPayload, type Draft, type StoredDraft } from "./draft";
import { useLeaveWarning } from "./use-leave-warning";
import { useSaveShortcut } from "../use-save-shortcut";

export type EditorMessage = { tone: "ok" | "bad"; text: string };

export function useStoryEditor(initial: EditableStory, barRaiserPrinciples: PrincipleCode[], plannedInBarRaiser = false) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [saved, setSaved] = useState<Draft>(() => toDraft(initial));
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<EditorMessage | null>(null);
  const [sessionEnded, setSessionEnded] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<EditableStory | null>(null);
  const [comparing, setComparing] = useState(false);
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  const [showErrors, setShowErrors] = useState(false);

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const { story: payloadStory, errors: clientErrors, problems } = useMemo(() => toPayload(draft), [draft]);

  // Live checks on a deferred copy so typing never waits for them.
  const deferred = useDeferredValue(payloadStory);
  const assessment = useMemo(() => assessStory(deferred, { barRaiserPrinciples, plannedInBarRaiser }), [deferred, barRaiserPrinciples, plannedInBarRaiser]);

  // Offer back an unsaved draft from an earlier visit (kept until saved or discarded).
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(draftKey(initial.id));
      if (!raw) return;
      const parsed = JSON.parse(raw) as StoredDraft;
      const stored: StoredDraft = { ...parsed, draft: completeDraft(parsed.draft, initial) };
      if (stored.restoreOnReturn) {
        // Its own version, so a save conflicts (and compares) if someone saved the story meanwhile.
        setDraft(stored.draft);
        setBaseVersion(stored.baseVersion);
        setMessage({ tone: "ok", text: "Restored the text you typed before your session ended. Save to keep it." });
      } else if (JSON.stringify(stored.draft) !== JSON.stringify(toDraft(initial))) setOffered(stored);
      else window.localStorage.removeItem(draftKey(initial.id));
    } catch {
      window.localStorage.removeItem(draftKey(initial.id));
    }
    // Only on first load of this story.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial.id]);

  // Keep the unsaved draft in the browser while it differs from what the server has.
  useEffect(() => {
    if (offered) return; // do not overwrite the draft we are offering back
    const handle = window.setTimeout(() => {
      if (dirty) {
        const stored: StoredDraft = { draft, baseVersion, savedAt: new Date().toISOString(), ...(sessionEnded ? { restoreOnReturn: true } : {}) };
        window.localStorage.setItem(draftKey(initial.id), JSON.stringify(stored));
      } else {
        window.localStorage.removeItem(draftKey(initial.id));
      }
    }, 300);
    return () => window.clearTimeout(handle);
  }, [draft, dirty, baseVersion, initial.id, offered, sessionEnded]);

  // Once the session ended the draft is kept to be put back after signing in: leaving is safe.
  useLeaveWarning(dirty && !sessionEnded);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };

  const save = useCallback(
    async (versionOverride?: number) => {
      setShowErrors(true);
      if (problems.length > 0) {
        setMessage({ tone: "bad", text: problems.length === 1 ? "One field needs fixing before this can be saved:" : `${problems.length} fields need fixing before this can be saved:` });
        // The banner is at the top and the field may be far below: take the user to the first one.
        const first = problems[0];
        if (first) window.setTimeout(() => goToField(first.inputId), 0);
        return;
      }
      setSaving(true);
      setMessage(null);
      try {
        const version = versionOverride ?? baseVersion;
        const result = await saveStoryAction({ id: initial.id, version, story: payloadStory });
        if (result.ok) {
          setSessionEnded(null);
          setBaseVersion(result.data.version);
          setSaved(draft);
          setConflict(null);
          setComparing(false);
          setServerErrors({});
          window.localStorage.removeItem(draftKey(initial.id));
          setMessage({ tone: "ok", text: `Saved at ${new Date(result.data.updatedAt).toLocaleTimeString()}.` });
          router.refresh();
        } else if (result.sessionEnded) {
          // Kept at once, not 300 ms later: the next click is likely "Sign in again", which leaves the page.
          const stored: StoredDraft = { draft, baseVersion: version, savedAt: new Date().toISOString(), restoreOnReturn: true };
          window.localStorage.setItem(draftKey(initial.id), JSON.stringify(stored));
          setSessionEnded(result.message);
        } else {
          setServerErrors(result.fieldErrors ?? {});
          if (result.conflict) setConflict(result.conflict.current);
          setMessage({ tone: "bad", text: result.message });
        }
      } catch {
        setMessage({ tone: "bad", text: "Could not reach the server. Your text is kept here (and in this browser); try again." });
      } finally {
        setSaving(false);
      }
    },
    [baseVersion, draft, initial.id, payloadStory, problems.length, router],
  );

  useSaveShortcut(save, saving);

  const fieldError = (key: string): string[] | undefined => {
    const mine = showErrors && clientErrors[key] ? [clientErrors[key]] : [];
    const theirs = serverErrors[key] ?? serverErrors[`story.${key}`] ?? [];
    const all = [...mine, ...theirs];
    return all.length ? all : undefined;
  };

  const restoreOffered = () => {
    if (offered) setDraft(offered.draft);
    setOffered(null);
  };
  const discardOffered = () => {
    window.localStorage.removeItem(draftKey(initial.id));
    setOffered(null);
  };
  const loadTheirs = () => {
    if (!conflict) return;
    const theirs = toDraft(conflict);
    setDraft(theirs);
    setSaved(theirs);
    setBaseVersion(conflict.version);
    setConflict(null);
    setComparing(false);
    setMessage({ tone: "ok", text: "Loaded the newer version; your changes were discarded." });
  };
  const forgetDraft = () => window.localStorage.removeItem(draftKey(initial.id));

  return {
    draft,
    update,
    dirty,
    saving,
    save,
    message,
    setMessage,
    sessionEnded,
    conflict,
    comparing,
    setComparing,
    offered,
    restoreOffered,
    discardOffered,
    loadTheirs,
    forgetDraft,
    payloadStory,
    clientErrors,
    /** Shown in the banner only after a save was tried, like the inline errors. */
    problems: showErrors ? problems : [],
    fieldError,
    assessment,
  };
}

export type StoryEditorState = ReturnType<typeof useStoryEditor>;
