"use client";
// The STAR editor: sections with word counts and spoken time, principles, angles, metrics,
// live quality checks (no round trip), Ctrl/Cmd+S, an unsaved draft kept in the browser across
// reloads, and a save that refuses to overwrite someone else's newer version.
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { deleteStoryAction, saveStoryAction } from "@/lib/actions/stories";
import { describeMetricChange } from "@/lib/domain/metrics";
import { ANGLE_SUGGESTIONS, normalizeAngle, PRINCIPLES, principleName } from "@/lib/domain/principles";
import { assessStory, readyBlockedShort } from "@/lib/domain/quality";
import { questionsFor } from "@/lib/domain/questions";
import { countWords, formatSpokenTime } from "@/lib/domain/text";
import type { Direction, Metric, PrincipleCode, Section, StoryFinding, StoryPrinciple, StoryStatus } from "@/lib/domain/types";
import type { EditableStory } from "@/lib/server/stories";
import { ConfirmButton } from "./confirm-button";
import { signInPath } from "@/lib/validation/redirect";
import { Badge, Button, ButtonLink, Field, FormMessage, inputClass } from "./ui";

const SECTION_FIELDS: { key: Section; label: string; hint: string; rows: number }[] = [
  { key: "situation", label: "Situation", hint: "Where and when; what was at stake. Two or three sentences.", rows: 4 },
  { key: "task", label: "Task", hint: "What you in particular had to achieve, and why it was hard.", rows: 3 },
  { key: "action", label: "Action", hint: "What you did, step by step, in the first person. The longest part.", rows: 8 },
  { key: "result", label: "Result", hint: "What changed, with numbers: before → after.", rows: 4 },
  { key: "learnings", label: "Learnings", hint: "What you changed afterwards so it keeps working (or never happens again).", rows: 3 },
];
const MAX_PRIMARY = 2;
const SECTION_MAX = 5000;

interface MetricDraft {
  label: string;
  unit: string;
  before: string;
  after: string;
  direction: Direction;
}
interface Draft {
  projectId: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  status: StoryStatus;
  angles: string[];
  principles: StoryPrinciple[];
  metrics: MetricDraft[];
}

function toDraft(s: EditableStory): Draft {
  return {
    projectId: s.projectId,
    title: s.title,
    situation: s.situation,
    task: s.task,
    action: s.action,
    result: s.result,
    learnings: s.learnings,
    status: s.status,
    angles: s.angles,
    principles: s.principles,
    metrics: s.metrics.map((m) => ({
      label: m.label,
      unit: m.unit,
      before: m.before === null ? "" : String(m.before),
      after: String(m.after),
      direction: m.direction,
    })),
  };
}

function parseNumber(raw: string): number | null | "invalid" {
  const t = raw.trim().replace(/,/g, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : "invalid";
}

/** Turns the editor's strings into the save payload; collects per-field problems on the way. */
function toPayload(d: Draft): { story: Omit<Draft, "metrics"> & { metrics: Metric[] }; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const metrics: Metric[] = [];
  d.metrics.forEach((m, i) => {
    const before = parseNumber(m.before);
    const after = parseNumber(m.after);
    if (!m.label.trim()) errors[`metrics.${i}.label`] = "Give the metric a label.";
    if (before === "invalid") errors[`metrics.${i}.before`] = "Before must be a number, like 420 or 1.5.";
    if (after === "invalid") errors[`metrics.${i}.after`] = "After must be a number, like 260 or 3.2.";
    else if (after === null) errors[`metrics.${i}.after`] = "Enter the value after your change.";
    if (before !== "invalid" && typeof after === "number") {
      metrics.push({ label: m.label.trim(), unit: m.unit.trim(), before, after, direction: m.direction });
    }
  });
  return { story: { ...d, metrics }, errors };
}

const draftKey = (id: string) => `starloop:story-draft:${id}`;
interface StoredDraft {
  draft: Draft;
  baseVersion: number;
  savedAt: string;
  /** Refused only because the session ended: put straight back when the editor opens after signing in again. */
  restoreOnReturn?: true;
}

export function StoryEditor({
  initial,
  projects,
  barRaiserPrinciples,
  ownQuestions,
  sectionAside,
}: {
  initial: EditableStory;
  projects: { id: string; title: string }[];
  barRaiserPrinciples: PrincipleCode[];
  ownQuestions: { id: string; text: string; principles: PrincipleCode[] }[];
  sectionAside?: Partial<Record<Section | "metrics" | "general", ReactNode>>;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [saved, setSaved] = useState<Draft>(() => toDraft(initial));
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);
  const [sessionEnded, setSessionEnded] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<EditableStory | null>(null);
  const [comparing, setComparing] = useState(false);
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  const [angleInput, setAngleInput] = useState("");
  const [showErrors, setShowErrors] = useState(false);

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const { story: payloadStory, errors: clientErrors } = useMemo(() => toPayload(draft), [draft]);

  // Live checks on a deferred copy so typing never waits for them.
  const deferred = useDeferredValue(payloadStory);
  const assessment = useMemo(() => assessStory(deferred, { barRaiserPrinciples }), [deferred, barRaiserPrinciples]);
  const readyBlocked = readyBlockedShort(assessment.findings);

  // Offer back an unsaved draft from an earlier visit (kept until saved or discarded).
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(draftKey(initial.id));
      if (!raw) return;
      const stored = JSON.parse(raw) as StoredDraft;
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

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setMessage(null);
  };

  const save = useCallback(
    async (versionOverride?: number) => {
      setShowErrors(true);
      if (Object.keys(clientErrors).length > 0) {
        setMessage({ tone: "bad", text: "Some metric values need fixing before this can be saved." });
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
    [baseVersion, clientErrors, draft, initial.id, payloadStory, router],
  );

  // Ctrl/Cmd+S saves from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (!saving) void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save, saving]);

  const primaryCount = draft.principles.filter((p) => p.weight === "primary").length;
  const setPrinciple = (code: PrincipleCode, value: "" | "primary" | "secondary") => {
    const rest = draft.principles.filter((p) => p.code !== code);
    update("principles", value ? [...rest, { code, weight: value }] : rest);
  };
  const addAngle = (raw: string) => {
    const angle = normalizeAngle(raw);
    if (!angle) return;
    if (angle.length > 40) {
      setMessage({ tone: "bad", text: "An angle must be at most 40 characters." });
      return;
    }
    if (draft.angles.includes(angle)) return setAngleInput("");
    if (draft.angles.length >= 20) {
      setMessage({ tone: "bad", text: "At most 20 angles per story." });
      return;
    }
    update("angles", [...draft.angles, angle]);
    setAngleInput("");
  };
  const setMetric = (i: number, patch: Partial<MetricDraft>) =>
    update("metrics", draft.metrics.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const fieldError = (key: string): string[] | undefined => {
    const mine = showErrors && clientErrors[key] ? [clientErrors[key]] : [];
    const theirs = serverErrors[key] ?? serverErrors[`story.${key}`] ?? [];
    const all = [...mine, ...theirs];
    return all.length ? all : undefined;
  };

  const questions = useMemo(() => {
    const codes = draft.principles.map((p) => p.code);
    if (codes.length === 0) return [];
    const own = ownQuestions.filter((q) => q.principles.some((c) => codes.includes(c)));
    return [...own.map((q) => ({ ...q, own: true })), ...questionsFor(codes).map((q) => ({ ...q, own: false }))];
  }, [draft.principles, ownQuestions]);

  const findingsBySection = new Map<string, StoryFinding[]>();
  for (const f of assessment.findings) {
    const key = f.section ?? "general";
    findingsBySection.set(key, [...(findingsBySection.get(key) ?? []), f]);
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        aria-label="Story editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        className="space-y-5"
      >
        {offered ? (
          <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
            <p>You have unsaved changes to this story from {new Date(offered.savedAt).toLocaleString()}.</p>
            <div className="mt-2 flex gap-2">
              <Button
                type="button"
                onClick={() => {
                  setDraft(offered.draft);
                  setOffered(null);
                }}
              >
                Restore unsaved changes
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  window.localStorage.removeItem(draftKey(initial.id));
                  setOffered(null);
                }}
              >
                Discard them
              </Button>
            </div>
          </div>
        ) : null}

        {sessionEnded ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm">
            <p className="text-bad">{sessionEnded}</p>
            <ButtonLink href={signInPath(`/stories/${initial.id}`)} className="mt-2">Sign in again</ButtonLink>
          </div>
        ) : null}

        {conflict ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm">
            <p className="font-medium text-bad">This story was changed elsewhere.</p>
            <p className="mt-1">{message?.text}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button type="button" variant="secondary" onClick={() => setComparing((c) => !c)} aria-expanded={comparing}>
                {comparing ? "Hide comparison" : "Compare versions"}
              </Button>
              <Button type="button" onClick={() => void save(conflict.version)} disabled={saving}>
                Keep mine (overwrite theirs)
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  const theirs = toDraft(conflict);
                  setDraft(theirs);
                  setSaved(theirs);
                  setBaseVersion(conflict.version);
                  setConflict(null);
                  setComparing(false);
                  setMessage({ tone: "ok", text: "Loaded the newer version; your changes were discarded." });
                }}
              >
                Load theirs (discard mine)
              </Button>
            </div>
            {comparing ? <Comparison mine={draft} theirs={toDraft(conflict)} /> : null}
          </div>
        ) : message ? (
          <FormMessage tone={message.tone} message={message.text} />
        ) : null}

        <div className="grid gap-4 sm:grid-cols-[1fr_14rem_9rem]">
          <Field label="Title" htmlFor="story-title" errors={fieldError("title")}>
            <input id="story-title" value={draft.title} maxLength={200} onChange={(e) => update("title", e.target.value)} className={inputClass} />
          </Field>
          <Field label="Project" htmlFor="story-project" errors={fieldError("projectId")}>
            <select id="story-project" value={draft.projectId} onChange={(e) => update("projectId", e.target.value)} className={inputClass}>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>{p.title}</option>
              ))}
            </select>
          </Field>
          <Field label="Status" htmlFor="story-status" errors={fieldError("status") ?? (draft.status === "ready" && readyBlocked ? [readyBlocked] : undefined)}>
            <select id="story-status" value={draft.status} onChange={(e) => update("status", e.target.value as StoryStatus)} className={inputClass}>
              <option value="draft">Draft</option>
              <option value="ready">Ready</option>
            </select>
          </Field>
        </div>

        {SECTION_FIELDS.map(({ key, label, hint, rows }) => {
          const words = countWords(draft[key]);
          const over = draft[key].length > SECTION_MAX;
          return (
            <div key={key} id={`section-${key}`} className={sectionAside?.[key] ? "grid gap-3 xl:grid-cols-[minmax(0,1fr)_16rem]" : ""}>
              <Field
                label={label}
                htmlFor={`story-${key}`}
                hint={hint}
                errors={over ? [`${label} must be at most 5,000 characters (now ${draft[key].length.toLocaleString("en-US")}).`, ...(fieldError(key) ?? [])] : fieldError(key)}
                aside={`${words} ${words === 1 ? "word" : "words"}`}
              >
                <textarea
                  id={`story-${key}`}
                  rows={rows}
                  value={draft[key]}
                  onChange={(e) => update(key, e.target.value)}
                  className={`${inputClass} field-sizing-content max-h-[32rem]`}
                  aria-invalid={over}
                  aria-describedby={`story-${key}-hint`}
                />
              </Field>
              {sectionAside?.[key] ? <div>{sectionAside[key]}</div> : null}
            </div>
          );
        })}

        <fieldset className="rounded-card border border-line bg-white p-4">
          <legend className="px-1 text-sm font-medium">Leadership Principles</legend>
          <p className="mb-3 text-xs text-muted">
            Mark the one or two principles this story proves best as primary ({primaryCount}/{MAX_PRIMARY} used); others it also shows as secondary.
          </p>
          {fieldError("principles") ? <p role="alert" className="mb-2 text-sm text-bad">{fieldError("principles")?.join(" ")}</p> : null}
          <ul className="grid gap-2 md:grid-cols-2">
            {PRINCIPLES.map((p) => {
              const current = draft.principles.find((x) => x.code === p.code)?.weight ?? "";
              return (
                <li key={p.code} className={`flex items-start justify-between gap-2 rounded-lg p-2 ${current ? "bg-brand-50" : ""}`}>
                  <div className="min-w-0">
                    <label htmlFor={`principle-${p.code}`} className="text-sm font-medium">{p.name}</label>
                    <p className="text-xs text-muted">{p.description}</p>
                  </div>
                  <select
                    id={`principle-${p.code}`}
                    value={current}
                    onChange={(e) => setPrinciple(p.code, e.target.value as "" | "primary" | "secondary")}
                    className="rounded-md border border-line bg-white px-1.5 py-1 text-xs"
                  >
                    <option value="">—</option>
                    <option value="secondary">Secondary</option>
                    <option value="primary" disabled={current !== "primary" && primaryCount >= MAX_PRIMARY}>
                      Primary{current !== "primary" && primaryCount >= MAX_PRIMARY ? " (2 already)" : ""}
                    </option>
                  </select>
                </li>
              );
            })}
          </ul>
        </fieldset>

        <fieldset className="rounded-card border border-line bg-white p-4">
          <legend className="px-1 text-sm font-medium">Angles</legend>
          <ul className="mb-2 flex flex-wrap gap-1.5" aria-label="Angles on this story">
            {draft.angles.map((a) => (
              <li key={a} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-xs">
                {a}
                <button type="button" onClick={() => update("angles", draft.angles.filter((x) => x !== a))} aria-label={`Remove angle ${a}`} className="rounded-full px-1 hover:bg-slate-200">
                  ×
                </button>
              </li>
            ))}
            {draft.angles.length === 0 ? <li className="text-xs text-muted">No angles yet.</li> : null}
          </ul>
          <div className="flex gap-2">
            <label htmlFor="angle-input" className="sr-only">Add an angle</label>
            <input
              id="angle-input"
              list="angle-suggestions"
              value={angleInput}
              maxLength={60}
              placeholder="Add an angle (Enter)"
              onChange={(e) => setAngleInput(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addAngle(angleInput);
                }
              }}
              className={inputClass}
            />
            <Button type="button" variant="secondary" onClick={() => addAngle(angleInput)}>Add angle</Button>
            <datalist id="angle-suggestions">
              {ANGLE_SUGGESTIONS.filter((a) => !draft.angles.includes(a)).map((a) => <option key={a} value={a} />)}
            </datalist>
          </div>
          <p className="mt-2 text-xs text-muted">
            Suggestions:{" "}
            {ANGLE_SUGGESTIONS.filter((a) => !draft.angles.includes(a)).map((a, i) => (
              <span key={a}>
                {i > 0 ? ", " : ""}
                <button type="button" className="text-brand-700 hover:underline" onClick={() => addAngle(a)}>{a}</button>
              </span>
            ))}
          </p>
        </fieldset>

        <fieldset id="section-metrics" className="rounded-card border border-line bg-white p-4">
          <legend className="px-1 text-sm font-medium">Metrics</legend>
          {draft.metrics.length === 0 ? <p className="mb-2 text-xs text-muted">No metrics yet. A before → after number makes the result land.</p> : null}
          <ol className="space-y-3">
            {draft.metrics.map((m, i) => {
              const parsed = payloadStory.metrics[i] && !clientErrors[`metrics.${i}.before`] && !clientErrors[`metrics.${i}.after`] ? describeMetricChange({ label: m.label, unit: m.unit, before: parseNumber(m.before) as number | null, after: parseNumber(m.after) as number, direction: m.direction }) : null;
              const n = i + 1;
              return (
                <li key={i} className="rounded-lg border border-line p-3">
                  <div className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr_1fr_1.5fr_auto]">
                    <Field label={`Metric ${n} label`} htmlFor={`m-${i}-label`} errors={fieldError(`metrics.${i}.label`)}>
                      <input id={`m-${i}-label`} value={m.label} maxLength={120} onChange={(e) => setMetric(i, { label: e.target.value })} className={inputClass} placeholder="p95 latency" />
                    </Field>
                    <Field label={`Metric ${n} unit`} htmlFor={`m-${i}-unit`} errors={fieldError(`metrics.${i}.unit`)}>
                      <input id={`m-${i}-unit`} value={m.unit} maxLength={20} onChange={(e) => setMetric(i, { unit: e.target.value })} className={inputClass} placeholder="ms, %, $" list="unit-suggestions" />
                    </Field>
                    <Field label={`Metric ${n} before`} htmlFor={`m-${i}-before`} errors={fieldError(`metrics.${i}.before`)}>
                      <input id={`m-${i}-before`} inputMode="decimal" value={m.before} onChange={(e) => setMetric(i, { before: e.target.value })} className={inputClass} aria-invalid={!!fieldError(`metrics.${i}.before`)} />
                    </Field>
                    <Field label={`Metric ${n} after`} htmlFor={`m-${i}-after`} errors={fieldError(`metrics.${i}.after`)}>
                      <input id={`m-${i}-after`} inputMode="decimal" value={m.after} onChange={(e) => setMetric(i, { after: e.target.value })} className={inputClass} aria-invalid={!!fieldError(`metrics.${i}.after`)} />
                    </Field>
                    <Field label={`Metric ${n} direction`} htmlFor={`m-${i}-direction`}>
                      <select id={`m-${i}-direction`} value={m.direction} onChange={(e) => setMetric(i, { direction: e.target.value as Direction })} className={inputClass}>
                        <option value="higher-is-better">Higher is better</option>
                        <option value="lower-is-better">Lower is better</option>
                      </select>
                    </Field>
                    <div className="flex items-end">
                      <Button type="button" variant="ghost" aria-label={`Remove metric ${n}`} onClick={() => update("metrics", draft.metrics.filter((_, j) => j !== i))}>
                        Remove
                      </Button>
                    </div>
                  </div>
                  {parsed ? (
                    <p className={`mt-2 text-sm font-medium ${parsed.improved === false ? "text-warn" : "text-ok"}`} aria-live="polite">
                      {parsed.text}
                      {parsed.improved === false ? " (moved the wrong way for its direction)" : ""}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <datalist id="unit-suggestions">
            {["%", "$", "ms", "s", "hours", "days", "x", "count", "users", "GB"].map((u) => <option key={u} value={u} />)}
          </datalist>
          <Button
            type="button"
            variant="secondary"
            className="mt-3"
            disabled={draft.metrics.length >= 20}
            onClick={() => update("metrics", [...draft.metrics, { label: "", unit: "", before: "", after: "", direction: "higher-is-better" }])}
          >
            Add metric
          </Button>
          {sectionAside?.metrics ? <div className="mt-3">{sectionAside.metrics}</div> : null}
        </fieldset>

        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-white/95 px-4 py-3 backdrop-blur">
          <Button type="submit" disabled={saving}>{saving ? "Saving…" : "Save story"}</Button>
          <span className="text-xs text-muted">{dirty ? "Unsaved changes (kept in this browser)" : "All changes saved"} · Ctrl/⌘+S</span>
          <div className="ml-auto">
            <ConfirmButton
              label="Delete story"
              title={`Delete “${draft.title || "this story"}”?`}
              body={<p>The story, its metrics and its comments are deleted, and it is removed from any loop plan. This cannot be undone.</p>}
              confirmLabel="Delete story"
              variant="ghost"
              onConfirm={async () => {
                const result = await deleteStoryAction(initial.id);
                if (!result.ok) return result.message;
                window.localStorage.removeItem(draftKey(initial.id));
                router.push("/stories");
              }}
            />
          </div>
        </div>
      </form>

      <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start" aria-label="Story checks">
        <section className="rounded-card border border-line bg-white p-4 shadow-sm" aria-labelledby="checks-title">
          <div className="flex items-center justify-between">
            <h2 id="checks-title" className="font-semibold">Quality checks</h2>
            <Badge tone={assessment.readiness >= 80 ? "ok" : assessment.readiness >= 50 ? "warn" : "bad"}>Readiness {assessment.readiness}</Badge>
          </div>
          <p className="mt-1 text-xs text-muted">
            {assessment.words.total} words · about {formatSpokenTime(assessment.minutes)} spoken (140 words per minute; aim for 1.5–3.5 min)
          </p>
          {assessment.findings.length === 0 ? (
            <p className="mt-3 text-sm text-ok" role="status">No findings. This story reads ready.</p>
          ) : (
            <ul className="mt-3 space-y-2" aria-live="polite" aria-label="Findings">
              {assessment.findings.map((f, i) => (
                <li key={`${f.code}-${f.section ?? ""}-${i}`} className="rounded-lg border border-line p-2 text-sm" data-code={f.code}>
                  <div className="flex items-center gap-2">
                    <Badge tone={f.severity === "error" ? "bad" : f.severity === "warning" ? "warn" : "neutral"}>{f.severity}</Badge>
                    <code className="text-xs text-muted">{f.code}</code>
                  </div>
                  <p className="mt-1">{f.message}</p>
                  <p className="mt-0.5 text-xs text-muted">{f.hint}</p>
                  {f.section && f.section !== "metrics" ? (
                    <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => document.getElementById(`story-${f.section}`)?.focus()}>
                      Go to {f.section}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-card border border-line bg-white p-4 shadow-sm" aria-labelledby="questions-title">
          <h2 id="questions-title" className="font-semibold">Questions this story answers</h2>
          {questions.length === 0 ? (
            <p className="mt-2 text-sm text-muted">Tag a principle to see the questions interviewers ask about it.</p>
          ) : (
            <ul className="mt-2 max-h-80 space-y-2 overflow-y-auto text-sm">
              {questions.map((q) => (
                <li key={q.id}>
                  “{q.text}” <span className="text-xs text-muted">— {q.principles.map(principleName).join(", ")}{q.own ? " · yours" : ""}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {sectionAside?.general ? sectionAside.general : null}
      </aside>
    </div>
  );
}

function Comparison({ mine, theirs }: { mine: Draft; theirs: Draft }) {
  const fields: (keyof Draft)[] = ["title", "situation", "task", "action", "result", "learnings", "status", "angles", "principles", "metrics"];
  const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 1));
  const differing = fields.filter((f) => show(mine[f]) !== show(theirs[f]));
  if (differing.length === 0) return <p className="mt-2">The two versions have the same content.</p>;
  return (
    <table className="mt-3 w-full table-fixed border-collapse text-left text-xs">
      <caption className="sr-only">Differences between the saved version and yours</caption>
      <thead>
        <tr>
          <th className="w-24 border-b border-line p-1">Field</th>
          <th className="border-b border-line p-1">Saved elsewhere (theirs)</th>
          <th className="border-b border-line p-1">Yours (unsaved)</th>
        </tr>
      </thead>
      <tbody>
        {differing.map((f) => (
          <tr key={f} className="align-top">
            <th scope="row" className="border-b border-line p-1 capitalize">{f}</th>
            <td className="whitespace-pre-wrap border-b border-line bg-white p-1">{show(theirs[f])}</td>
            <td className="whitespace-pre-wrap border-b border-line bg-white p-1">{show(mine[f])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
