"use client";
// One drill, card after card: the question, the ranked story picker, the timer, the rating and Save (saveRehearsal),
// then the next question. Typed notes and ratings stay put when a save fails.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveRehearsal } from "@/lib/actions/rehearsals";
import { buildSuggestionIndex, suggestStories, type DrillItem } from "@/lib/domain/drill";
import { RATING_CRITERIA } from "@/lib/domain/rehearsal";
import { elapsedSeconds, IDLE_TIMER, pauseTimer, resumeTimer, startTimer, stopTimer, type TimerState } from "@/lib/domain/timer";
import type { PracticeStory } from "@/lib/server/practice";
import { Button, Card, FormMessage } from "@/components/ui";
import { criterionToRate, keyBelongsToTarget } from "./drill-keys";
import { DrillTimer } from "./drill-timer";
import { RatingForm, type DraftRatings } from "./rating-form";
import { Recorder } from "./recorder";
import { StoryPicker, type StoryChoice } from "./story-picker";

export function DrillSession({ items, stories, candidateId, candidateName }: { items: DrillItem[]; stories: PracticeStory[]; candidateId?: string; candidateName?: string }) {
  const byMentor = candidateId !== undefined;
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<StoryChoice>(null);
  const [timer, setTimer] = useState<TimerState>(IDLE_TIMER);
  const [ratings, setRatings] = useState<DraftRatings>({});
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const item = items[Math.min(index, items.length - 1)];
  const index_ = useMemo(() => buildSuggestionIndex(stories, items.map((i) => i.question)), [stories, items]);
  const suggestions = useMemo(() => suggestStories(item, stories, index_), [item, stories, index_]);
  const targets = useMemo(() => new Map(stories.map((s) => [s.id, s.targetLabel])), [stories]);
  const target = choice && choice !== "none" ? (stories.find((s) => s.id === choice)?.targetSeconds ?? null) : null;

  const toggleTimer = useCallback(() => {
    const now = Date.now();
    setTimer((t) => (t.status === "running" ? stopTimer(t, now) : t.status === "paused" ? resumeTimer(t, now) : t.status === "idle" ? startTimer(t, now) : t));
  }, []);

  const missing = (): string | null => {
    if (choice === null) return "Pick the story you told, or “No story fits”.";
    if (timer.status === "idle" || elapsedSeconds(timer, Date.now()) < 1) return "Time the answer first: press Start (or Space), tell it, then Stop.";
    const unrated = RATING_CRITERIA.filter((c) => ratings[c] === undefined);
    if (unrated.length) return `Rate all four criteria (${unrated.length} left).`;
    return null;
  };

  const goTo = (next: number) => {
    setIndex(next);
    setChoice(null);
    setTimer(IDLE_TIMER);
    setRatings({});
    setNote("");
    setError(null);
    headingRef.current?.focus();
  };

  const save = async () => {
    if (pending) return;
    const problem = missing();
    if (problem) {
      setError(problem);
      return;
    }
    const now = Date.now();
    const stopped = stopTimer(timer, now);
    setTimer(stopped);
    setPending(true);
    setError(null);
    const result = await saveRehearsal({
      ...(candidateId ? { candidateId } : {}),
      storyId: choice === "none" ? null : choice,
      questionId: item.question.id,
      principle: item.principle,
      ...(item.roundId ? { roundId: item.roundId } : {}),
      durationSeconds: elapsedSeconds(stopped, now),
      ratings: { situation: ratings.situation!, action: ratings.action!, result: ratings.result!, learnings: ratings.learnings! },
      note,
    });
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setSavedCount((n) => n + 1);
    setSaved(index + 1 < items.length ? "Rehearsal saved. Next question:" : "Rehearsal saved. That was the last question of this drill.");
    if (index + 1 < items.length) goTo(index + 1);
  };

  // Keyboard: Space starts/stops, 1–5 rate (the focused criterion, else the next unrated), Enter saves.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (keyBelongsToTarget(e.target, e.key)) return;
      if (e.key === " ") {
        e.preventDefault();
        toggleTimer();
      } else if (/^[1-5]$/.test(e.key)) {
        e.preventDefault();
        const criterion = criterionToRate(document.activeElement, ratingsRef.current);
        setRatings((r) => ({ ...r, [criterion]: Number(e.key) }));
      } else if (e.key === "Enter") {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toggleTimer]);
  const ratingsRef = useRef(ratings);
  ratingsRef.current = ratings;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="w-full min-w-0 sm:w-auto">
          <label htmlFor="drill-question" className="block text-sm font-medium">Question {index + 1} of {items.length}</label>
          <select id="drill-question" value={index} onChange={(e) => goTo(Number(e.target.value))} className="mt-1 w-full rounded-lg border border-line bg-white px-3 py-2 text-sm sm:w-auto sm:max-w-md">
            {items.map((it, i) => (
              <option key={it.key} value={i}>{`${i + 1}. ${it.question.text.length > 70 ? it.question.text.slice(0, 69) + "…" : it.question.text}`}</option>
            ))}
          </select>
        </div>
        <p className="text-sm text-muted" aria-live="polite">{savedCount ? `${savedCount} saved in this drill` : ""}</p>
      </div>
      {saved ? <FormMessage tone="ok" message={saved} /> : null}
      <Card className="space-y-5">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-muted">{item.context}</p>
          <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-lg font-semibold break-words focus:outline-none">{item.question.text}</h2>
          {byMentor ? <p className="mt-1 text-sm text-muted">Ask {candidateName ?? "the candidate"} this question on your call, time the answer and rate it.</p> : null}
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-5">
            <StoryPicker suggestions={suggestions} targets={targets} choice={choice} onChoose={setChoice} />
            <DrillTimer
              timer={timer}
              targetSeconds={target}
              onStart={() => setTimer((t) => (t.status === "paused" ? resumeTimer(t, Date.now()) : startTimer(t, Date.now())))}
              onPause={() => setTimer((t) => pauseTimer(t, Date.now()))}
              onStop={() => setTimer((t) => stopTimer(t, Date.now()))}
            />
          </div>
          <div className="space-y-5">
            {byMentor ? null : <Recorder key={item.key} timerStatus={timer.status} label={item.question.text} />}
            <RatingForm ratings={ratings} note={note} onRate={(c, v) => setRatings((r) => ({ ...r, [c]: v }))} onNote={setNote} byMentor={byMentor} />
            <p className="text-xs text-muted">
              Keys: <kbd>Space</kbd> starts and stops the timer · <kbd>1</kbd>–<kbd>5</kbd> rate the criterion you are on, otherwise the next unrated one ·{" "}
              <kbd>Enter</kbd> saves (not while typing in the note).
            </p>
            <FormMessage message={error} />
            <div className="flex flex-wrap gap-2">
              <Button type="button" onClick={() => void save()} disabled={pending}>{pending ? "Saving…" : "Save rehearsal"}</Button>
              {index + 1 < items.length ? (
                <Button type="button" variant="secondary" onClick={() => { setSaved(null); goTo(index + 1); }}>Skip question</Button>
              ) : null}
            </div>
          </div>
        </div>
      </Card>
    </div>
  );
}
