"use client";
// Import a star-bank backup: pick a file, the server checks it (dry run, nothing written) and previews what it
// would create — with a warning when it looks like what the bank already holds — then the user adds it or cancels.
// Both steps go through POST /api/import, the same code path as the JSON API.
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, Field, FormMessage, inputClass } from "./ui";

interface Counts {
  projects: number;
  stories: number;
  questions: number;
  loops: number;
}
interface Issue {
  path: string;
  message: string;
}

type State =
  | { step: "idle" }
  | { step: "checking"; fileName: string; sent: number }
  | { step: "preview"; fileName: string; body: string; created: Counts; duplicates: Counts }
  | { step: "importing"; fileName: string; created: Counts; sent: number }
  | { step: "done"; created: Counts; loops: { key: string; id: string }[] }
  | { step: "failed"; message: string; errors: Issue[] };

const MAX_SHOWN_ERRORS = 20;

function countText(c: Counts): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const questions = c.questions ? `, ${n(c.questions, "question", "questions")}` : "";
  return `${n(c.projects, "project", "projects")}, ${n(c.stories, "story", "stories")}${questions}, ${n(c.loops, "loop", "loops")}`;
}

function duplicateText(d: Counts): string | null {
  const parts = [
    d.projects ? `${d.projects} ${d.projects === 1 ? "project" : "projects"}` : "",
    d.stories ? `${d.stories} ${d.stories === 1 ? "story" : "stories"}` : "",
    d.questions ? `${d.questions} ${d.questions === 1 ? "question" : "questions"}` : "",
    d.loops ? `${d.loops} ${d.loops === 1 ? "loop" : "loops"}` : "",
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const total = d.projects + d.stories + d.questions + d.loops;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return `${list} ${total === 1 ? "looks like one" : "look like ones"} you already have`;
}

/** POSTs with XMLHttpRequest rather than fetch, because only XHR reports upload progress (a backup can be hundreds of MB: MAX_BACKUP_BYTES). */
function send(url: string, body: string, onProgress: (fraction: number) => void): Promise<{ status: number; text: string } | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => resolve(null);
    xhr.send(body);
  });
}

async function postImport(
  body: string,
  dryRun: boolean,
  onProgress: (fraction: number) => void,
): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; message: string; errors: Issue[] }> {
  const response = await send(`/api/import${dryRun ? "?dryRun=1" : ""}`, body, onProgress);
  if (!response) return { ok: false, message: "Could not reach the server. Check your connection and try again; nothing was imported.", errors: [] };
  let data: { errors?: Issue[]; error?: string } = {};
  try {
    data = JSON.parse(response.text) as typeof data;
  } catch {
    // not JSON (a proxy's error page): the status decides below
  }
  const ok = response.status >= 200 && response.status < 300;
  if (ok) return { ok: true, data: data as Record<string, unknown> };
  if (response.status === 413) return { ok: false, message: data.errors?.[0]?.message ?? "The file is too large.", errors: [] };
  if (response.status === 401) return { ok: false, message: "Your session ended. Sign in again, then import the file.", errors: [] };
  const errors = data.errors ?? [];
  if (errors.length === 1 && errors[0].path === "$") return { ok: false, message: errors[0].message, errors: [] };
  if (errors.length) return { ok: false, message: "This file cannot be imported; nothing was written. Fix these fields and try again:", errors };
  return { ok: false, message: data.error ?? "Something went wrong on our side; nothing was imported.", errors: [] };
}

export function ImportBackup({ maxBytes }: { maxBytes: number }) {
  const [state, setState] = useState<State>({ step: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const inputId = useId();
  const busy = state.step === "checking" || state.step === "importing";

  function reset(next: State = { step: "idle" }) {
    if (inputRef.current) inputRef.current.value = "";
    setState(next);
  }

  async function check(file: File) {
    if (file.size > maxBytes) {
      reset({ step: "failed", message: `The file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a backup can be at most ${maxBytes / (1024 * 1024)} MB.`, errors: [] });
      return;
    }
    setState({ step: "checking", fileName: file.name, sent: 0 });
    const body = await file.text();
    const result = await postImport(body, true, (sent) => setState({ step: "checking", fileName: file.name, sent }));
    if (!result.ok) return reset({ step: "failed", message: result.message, errors: result.errors });
    setState({ step: "preview", fileName: file.name, body, created: result.data.created as Counts, duplicates: result.data.duplicates as Counts });
  }

  async function commit() {
    if (state.step !== "preview") return;
    const { fileName, created } = state;
    setState({ step: "importing", fileName, created, sent: 0 });
    const result = await postImport(state.body, false, (sent) => setState({ step: "importing", fileName, created, sent }));
    if (!result.ok) return reset({ step: "failed", message: result.message, errors: result.errors });
    reset({ step: "done", created: result.data.created as Counts, loops: (result.data.loops as { key: string; id: string }[]) ?? [] });
    router.refresh();
  }

  const duplicates = state.step === "preview" ? duplicateText(state.duplicates) : null;

  return (
    <div className="space-y-4">
      <Field label="Backup file" htmlFor={inputId} hint={`A StarLoop backup (.json), at most ${maxBytes / (1024 * 1024)} MB. Everything in it is added to your bank; nothing is replaced.`}>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept="application/json,.json"
          disabled={busy || state.step === "preview"}
          aria-describedby={`${inputId}-hint`}
          className={inputClass}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void check(file);
          }}
        />
      </Field>

      <div aria-live="polite" className="space-y-3">
        {state.step === "checking" || state.step === "importing" ? <Progress step={state.step} sent={state.sent} /> : null}

        {state.step === "preview" ? (
          <div className={`rounded-lg border p-4 ${duplicates ? "border-amber-300 bg-amber-50" : "border-line bg-slate-50"}`}>
            <p className="text-sm font-medium">
              Will create {countText(state.created)}
              {duplicates ? ` — ${duplicates}.` : "."}
            </p>
            {duplicates ? (
              <p className="mt-1 text-sm text-muted">Importing again adds them as copies beside the ones you have; nothing is overwritten.</p>
            ) : null}
            <div className="mt-3 flex gap-2">
              <Button type="button" onClick={() => void commit()}>
                {duplicates ? "Add as copies" : "Import"}
              </Button>
              <Button type="button" variant="secondary" onClick={() => reset()}>
                Cancel
              </Button>
            </div>
          </div>
        ) : null}

        {state.step === "done" ? (
          <div className="space-y-1">
            <FormMessage tone="ok" message={`Imported ${countText(state.created)}.`} />
            {state.loops.length ? (
              <p className="text-sm">
                Open the imported loop{state.loops.length === 1 ? "" : "s"}:{" "}
                {state.loops.map((l, i) => (
                  <span key={l.id}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/loops/${l.id}`} className="text-brand-700 underline">
                      {l.key}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </div>
        ) : null}

        {state.step === "failed" ? (
          <div className="space-y-2">
            <FormMessage message={state.message} />
            {state.errors.length ? (
              <ul className="space-y-0.5 text-sm" aria-label="Problems in the file">
                {state.errors.slice(0, MAX_SHOWN_ERRORS).map((e, i) => (
                  <li key={i}>
                    <code className="rounded bg-slate-100 px-1">{e.path}</code> {e.message}
                  </li>
                ))}
                {state.errors.length > MAX_SHOWN_ERRORS ? <li className="text-muted">…and {state.errors.length - MAX_SHOWN_ERRORS} more.</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Upload progress while the file is sent, then what the server is doing with it. */
function Progress({ step, sent }: { step: "checking" | "importing"; sent: number }) {
  const uploading = sent < 1;
  const label = uploading ? `Uploading ${Math.round(sent * 100)}%…` : step === "checking" ? "Checking file…" : "Importing…";
  return (
    <div className="space-y-1">
      <p className="text-sm text-muted">{label}</p>
      {uploading ? <progress className="h-2 w-full" max={1} value={sent} aria-label="Upload progress" /> : null}
    </div>
  );
}
