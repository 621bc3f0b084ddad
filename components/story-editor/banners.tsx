"use client";
// What the editor says above the form: a draft offered back, a session that ended, a save that
// lost a race (with a comparison), and the last message, naming and linking each field to fix.
import { signInPath } from "@/lib/validation/redirect";
import { Button, ButtonLink, FormMessage } from "../ui";
import { goToField, toDraft, type Draft, type FieldProblem } from "./draft";
import type { StoryEditorState } from "./use-story-editor";

export function EditorBanners({ editor, storyId }: { editor: StoryEditorState; storyId: string }) {
  const { offered, sessionEnded, conflict, comparing, message, problems, saving } = editor;
  return (
    <>
      {offered ? (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>You have unsaved changes to this story from {new Date(offered.savedAt).toLocaleString()}.</p>
          <div className="mt-2 flex gap-2">
            <Button type="button" onClick={editor.restoreOffered}>Restore unsaved changes</Button>
            <Button type="button" variant="secondary" onClick={editor.discardOffered}>Discard them</Button>
          </div>
        </div>
      ) : null}

      {sessionEnded ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm">
          <p className="text-bad">{sessionEnded}</p>
          <ButtonLink href={signInPath(`/stories/${storyId}`)} className="mt-2">Sign in again</ButtonLink>
        </div>
      ) : null}

      {conflict ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-medium text-bad">This story was changed elsewhere.</p>
          <p className="mt-1">{message?.text}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => editor.setComparing((c) => !c)} aria-expanded={comparing}>
              {comparing ? "Hide comparison" : "Compare versions"}
            </Button>
            <Button type="button" onClick={() => void editor.save(conflict.version)} disabled={saving}>
              Keep mine (overwrite theirs)
            </Button>
            <Button type="button" variant="secondary" onClick={editor.loadTheirs}>
              Load theirs (discard mine)
            </Button>
          </div>
          {comparing ? <Comparison mine={editor.draft} theirs={toDraft(conflict)} /> : null}
        </div>
      ) : message && message.tone === "bad" && problems.length ? (
        <ProblemList text={message.text} problems={problems} />
      ) : message ? (
        <FormMessage tone={message.tone} message={message.text} />
      ) : null}
    </>
  );
}

function ProblemList({ text, problems }: { text: string; problems: FieldProblem[] }) {
  return (
    <div role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-bad">
      <p>{text}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p.key}>
            <a
              href={`#${p.inputId}`}
              className="font-medium underline"
              onClick={(e) => {
                e.preventDefault();
                goToField(p.inputId);
              }}
            >
              {p.field}
            </a>
            : {p.message}
          </li>
        ))}
      </ul>
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
