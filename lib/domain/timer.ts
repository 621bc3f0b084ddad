// Owns the drill timer as timestamps (start / pause / resume / stop) and the 1.5–3.5 minute answer band; elapsed
// time is always a difference of clock readings, never a count of ticks, so a background tab stays correct.
import { SPOKEN_BAND_SECONDS } from "./rehearsal";
import { formatSpokenTime, storySpokenMinutes } from "./text";
import type { Story } from "./types";

/** The band a spoken answer should land in, in seconds (1 min 30 s – 3 min 30 s). */
export const ANSWER_BAND = SPOKEN_BAND_SECONDS;
/** The band's last stretch, drawn amber: its last minute. */
export const BAND_WARNING_SECONDS = 60;

export type TimerStatus = "idle" | "running" | "paused" | "stopped";

export interface TimerState {
  status: TimerStatus;
  /** Time already counted in finished stretches (before the last pause), ms. */
  accumulatedMs: number;
  /** When the current running stretch began (a clock reading in ms); null unless running. */
  runningSince: number | null;
}

export const IDLE_TIMER: TimerState = { status: "idle", accumulatedMs: 0, runningSince: null };

/** Clock readings can step back (a changed system clock); a stretch never counts less than 0. */
function stretch(state: TimerState, now: number): number {
  return state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
}

export function startTimer(state: TimerState, now: number): TimerState {
  if (state.status === "running") return state;
  // Starting after a stop begins a new telling.
  const accumulatedMs = state.status === "stopped" ? 0 : state.accumulatedMs;
  return { status: "running", accumulatedMs, runningSince: now };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== "running") return state;
  return { status: "paused", accumulatedMs: state.accumulatedMs + stretch(state, now), runningSince: null };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  return state.status === "paused" ? { status: "running", accumulatedMs: state.accumulatedMs, runningSince: now } : state;
}

export function stopTimer(state: TimerState, now: number): TimerState {
  if (state.status === "idle" || state.status === "stopped") return state;
  return { status: "stopped", accumulatedMs: state.accumulatedMs + stretch(state, now), runningSince: null };
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.accumulatedMs + stretch(state, now);
}

/** Whole seconds told so far (what a rehearsal records, at least 1 once anything was timed). */
export function elapsedSeconds(state: TimerState, now: number): number {
  const ms = elapsedMs(state, now);
  return ms <= 0 ? 0 : Math.max(1, Math.round(ms / 1000));
}

export type BandState = "before-band" | "in-band" | "last-minute" | "over";

/** Where `seconds` falls against the band; the label says it in words (colour is never the only signal). */
export function bandState(seconds: number): { state: BandState; label: string } {
  if (seconds < ANSWER_BAND.min) return { state: "before-band", label: "Before the band (under 1 min 30 s)" };
  if (seconds < ANSWER_BAND.max - BAND_WARNING_SECONDS) return { state: "in-band", label: "In the band" };
  if (seconds <= ANSWER_BAND.max) return { state: "last-minute", label: "Last minute of the band — start wrapping up" };
  return { state: "over", label: "Over 3 min 30 s — too long" };
}

/** "1:05", "12:00" — minutes and seconds for the clock face. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** The story's estimated spoken time at 140 words a minute, in whole seconds and in words. */
export function storyTargetTime(story: Pick<Story, "situation" | "task" | "action" | "result" | "learnings">): { seconds: number; label: string } {
  const minutes = storySpokenMinutes(story);
  return { seconds: Math.round(minutes * 60), label: formatSpokenTime(minutes) };
}
