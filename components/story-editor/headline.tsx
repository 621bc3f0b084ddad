"use client";
// The impact headline (one line, at most 20 words, naming a number) and the 30-second version (at most 90 words,
// with its spoken time): what the story is told with when time runs short.
import { suggestHeadline } from "@/lib/domain/follow-ups";
import { HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS, SHORT_VERSION_MAX_CHARS, SHORT_VERSION_MAX_WORDS } from "@/lib/domain/story-limits";
import { countWords, formatSpokenTime, spokenMinutes } from "@/lib/domain/text";
import type { ReactNode } from "react";
import { Button, Field, inputClass } from "../ui";
import type { StoryEditorState } from "./use-story-editor";

const wordsLabel = (n: number, max: number) => `${n}/${max} words`;

export function HeadlineSection({ editor, aside }: { editor: StoryEditorState; aside?: ReactNode }) {
  const { draft, update, fieldError, payloadStory } = editor;
  const words = countWords(draft.headline);
  const suggestion = suggestHeadline(payloadStory.metrics);
  const errors = fieldError("headline");
  return (
    <div id="section-headline" className={aside ? "grid gap-3 xl:grid-cols-[minmax(0,1fr)_16rem]" : ""}>
      <Field
        label="Headline"
        htmlFor="story-headline"
        hint="One line of impact that names a number, said first: “Cut late shipments from 9% to 2% before peak”."
        errors={errors}
        aside={<span className={words > HEADLINE_MAX_WORDS ? "font-medium text-bad" : ""}>{wordsLabel(words, HEADLINE_MAX_WORDS)}</span>}
      >
        <div className="flex flex-wrap gap-2">
          <input
            id="story-headline"
            value={draft.headline}
            maxLength={HEADLINE_MAX_CHARS}
            onChange={(e) => update("headline", e.target.value.replace(/[\r\n]+/g, " "))}
            className={`${inputClass} min-w-0 flex-1`}
            aria-invalid={!!errors}
            aria-describedby={errors ? "story-headline-hint story-headline-error" : "story-headline-hint"}
          />
          <Button
            type="button"
            variant="secondary"
            disabled={suggestion === null}
            title={suggestion === null ? "Add a metric first" : `Suggests: ${suggestion}`}
            onClick={() => suggestion && update("headline", suggestion)}
          >
            Suggest from first metric
          </Button>
        </div>
      </Field>
      {aside ? <div>{aside}</div> : null}
    </div>
  );
}

export function ShortVersionSection({ editor, aside }: { editor: StoryEditorState; aside?: ReactNode }) {
  const { draft, update, fieldError } = editor;
  const words = countWords(draft.shortVersion);
  const errors = fieldError("shortVersion");
  return (
    <div id="section-shortVersion" className={aside ? "grid gap-3 xl:grid-cols-[minmax(0,1fr)_16rem]" : ""}>
      <Field
        label="30-second version"
        htmlFor="story-shortVersion"
        hint="The whole story in a few sentences, for when the interviewer is short of time: lead with the headline, then the metric."
        errors={errors}
        aside={
          <span className={words > SHORT_VERSION_MAX_WORDS ? "font-medium text-bad" : ""}>
            {wordsLabel(words, SHORT_VERSION_MAX_WORDS)} · about {formatSpokenTime(spokenMinutes(words))} spoken
          </span>
        }
      >
        <textarea
          id="story-shortVersion"
          rows={3}
          value={draft.shortVersion}
          maxLength={SHORT_VERSION_MAX_CHARS}
          onChange={(e) => update("shortVersion", e.target.value)}
          className={`${inputClass} field-sizing-content max-h-64`}
          aria-invalid={!!errors}
          aria-describedby={errors ? "story-shortVersion-hint story-shortVersion-error" : "story-shortVersion-hint"}
        />
      </Field>
      {aside ? <div>{aside}</div> : null}
    </div>
  );
}
