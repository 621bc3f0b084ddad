"use client";
// The deep-dive worksheet of one project: eight sections (the options weighed and the impact's metrics among
// them), live checks beside them, a save that keeps the text on a failure or a lost race.
import { useState, type ReactNode } from "react";
import {
  DEEP_DIVE_SECTION_LABELS,
  DEEP_DIVE_SECTION_PROMPTS,
  DEEP_DIVE_SECTIONS,
  type DeepDiveSection,
} from "@/lib/domain/deep-dive";
import type { DeepDiveRecord } from "@/lib/server/deep-dives";
import { countWords } from "@/lib/domain/text";
import { Button, Field, FormMessage, inputClass } from "../ui";
import { MetricsSection } from "../story-editor/metrics";
import { DeepDiveChecks } from "./checks";
import { OptionsSection } from "./options";
import { DeepDiveSectionComments } from "./section-comments";
import type { DeepDiveCommentView } from "@/lib/server/deep-dive-comments";
import { useDeepDiveEditor, type DeepDiveEditorState } from "./use-deep-dive-editor";

const SECTION_MAX = 5000;
const LEVELS = ["", "L4", "L5", "L6", "L7", "L8"];

function SectionField({ editor, section, aside, comments }: { editor: DeepDiveEditorState; section: DeepDiveSection; aside?: ReactNode; comments?: ReactNode }) {
  const value = editor.draft[section];
  const label = DEEP_DIVE_SECTION_LABELS[section];
  const over = value.length > SECTION_MAX;
  const errors = over
    ? [`${label} must be at most 5,000 characters (now ${value.length.toLocaleString("en-US")}).`, ...(editor.fieldError(section) ?? [])]
    : editor.fieldError(section);
  const words = countWords(value);
  const id = `deep-dive-${section}`;
  return (
    <div id={`section-${section}`} className="space-y-2">
      <Field label={label} htmlFor={id} hint={DEEP_DIVE_SECTION_PROMPTS[section]} errors={errors} aside={`${words} ${words === 1 ? "word" : "words"}`}>
        <textarea
          id={id}
          rows={section === "role" || section === "impact" ? 5 : 3}
          value={value}
          onChange={(e) => editor.update(section, e.target.value)}
          className={`${inputClass} field-sizing-content max-h-[32rem]`}
          aria-invalid={over || undefined}
          aria-describedby={errors ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </Field>
      {comments}
      {aside}
    </div>
  );
}

export function DeepDiveEditor({ initial, level: defaultLevel, comments = [] }: { initial: DeepDiveRecord; level: string; comments?: DeepDiveCommentView[] }) {
  const [level, setLevel] = useState(defaultLevel);
  // The candidate replies to (and resolves) mentors' threads beside each section; new threads need a saved sheet.
  const thread = (section: DeepDiveSection) => (
    <DeepDiveSectionComments projectId={initial.projectId} section={section} label={DEEP_DIVE_SECTION_LABELS[section]} comments={comments} canStart={false} />
  );
  const editor = useDeepDiveEditor(initial, level);
  const { message, conflict, offered } = editor;
  return (
    <form
      className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
      noValidate
      aria-label={`Deep-dive worksheet for ${initial.projectTitle}`}
    >
      <div className="space-y-5">
        {offered ? (
          <div className="rounded-card border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
            <p>This browser kept an unsaved version of this worksheet.</p>
            <div className="mt-2 flex gap-2">
              <Button type="button" variant="secondary" onClick={editor.restoreOffered}>Restore it</Button>
              <Button type="button" variant="ghost" onClick={editor.discardOffered}>Discard it</Button>
            </div>
          </div>
        ) : null}
        {conflict ? (
          <div className="rounded-card border border-red-300 bg-red-50 p-3 text-sm" role="alert">
            <p className="font-medium">A newer version was saved elsewhere. Your text is still here.</p>
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700">Compare with the newer version</summary>
              <dl className="mt-2 space-y-1">
                {DEEP_DIVE_SECTIONS.filter((s) => conflict[s] !== editor.draft[s]).map((s) => (
                  <div key={s}>
                    <dt className="font-medium">{DEEP_DIVE_SECTION_LABELS[s]}</dt>
                    <dd className="whitespace-pre-wrap text-muted">{conflict[s] || "(empty)"}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <div className="mt-2 flex gap-2">
              <Button type="button" onClick={editor.keepMine}>Keep mine (save over it)</Button>
              <Button type="button" variant="secondary" onClick={editor.loadTheirs}>Load theirs</Button>
            </div>
          </div>
        ) : null}
        {message ? <FormMessage tone={message.tone} message={message.text} /> : null}
        <SectionField editor={editor} section="scope" comments={thread("scope")} />
        <SectionField editor={editor} section="role" comments={thread("role")} />
        <SectionField editor={editor} section="timeline" comments={thread("timeline")} />
        <OptionsSection editor={editor} />
        <SectionField editor={editor} section="tradeoffs" comments={thread("tradeoffs")} />
        <SectionField editor={editor} section="communication" comments={thread("communication")} />
        <SectionField editor={editor} section="impact" comments={thread("impact")} aside={<MetricsSection editor={editor} />} />
        <SectionField editor={editor} section="mechanisms" comments={thread("mechanisms")} />
        <SectionField editor={editor} section="nextSteps" comments={thread("nextSteps")} />
        <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-white/95 px-4 py-3 backdrop-blur">
          <Button type="submit" aria-disabled={editor.saving} className={editor.saving ? "cursor-wait opacity-80" : ""}>
            {editor.saving ? "Saving…" : "Save deep-dive"}
          </Button>
          <span className="text-xs text-muted">{editor.dirty ? "Unsaved changes (kept in this browser)" : "All changes saved"} · Ctrl/⌘+S</span>
        </div>
      </div>
      <DeepDiveChecks
        findings={editor.findings}
        level={
          <Field label="Check for level" htmlFor="deep-dive-level" hint="From L6 the depth round looks for leadership.">
            <select id="deep-dive-level" value={level} onChange={(e) => setLevel(e.target.value)} className={inputClass}>
              {[...new Set([defaultLevel, ...LEVELS])].map((l) => (
                <option key={l} value={l}>{l === "" ? "No level" : l}</option>
              ))}
            </select>
          </Field>
        }
      />
    </form>
  );
}
