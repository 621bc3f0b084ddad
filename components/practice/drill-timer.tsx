"use client";
// The drill's clock: Start / Pause / Stop, the 1.5–3.5 minute band and the story's target drawn on one bar, amber in
// the band's last minute, red past its end; the state is also said in words (a polite live region).
import { useEffect, useState } from "react";
import { ANSWER_BAND, BAND_WARNING_SECONDS, bandState, elapsedMs, formatClock, type BandState, type TimerState } from "@/lib/domain/timer";
import { formatSpokenTime } from "@/lib/domain/text";
import { Button } from "@/components/ui";

const FILL: Record<BandState, string> = {
  "before-band": "bg-brand-500",
  "in-band": "bg-emerald-600",
  "last-minute": "bg-amber-500",
  over: "bg-red-600",
};

/** Re-renders a few times a second while running; the time shown is always computed from timestamps. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  return running ? now : Date.now();
}

export function DrillTimer({
  timer,
  targetSeconds,
  onStart,
  onPause,
  onStop,
}: {
  timer: TimerState;
  targetSeconds: number | null;
  onStart: () => void;
  onPause: () => void;
  onStop: () => void;
}) {
  const now = useNow(timer.status === "running");
  const seconds = Math.floor(elapsedMs(timer, now) / 1000);
  const band = bandState(seconds);
  // The bar spans a little past the band's end (or the target, or the time told, whichever is longest).
  const span = Math.max(ANSWER_BAND.max + 60, (targetSeconds ?? 0) + 30, seconds + 10);
  const pct = (s: number) => `${Math.min(100, (s / span) * 100)}%`;
  const warnFrom = ANSWER_BAND.max - BAND_WARNING_SECONDS;
  return (
    <section aria-labelledby="timer-heading" className="space-y-2">
      <h3 id="timer-heading" className="text-sm font-semibold">Timer</h3>
      <div className="flex flex-wrap items-center gap-3">
        <span role="timer" aria-label="Time told" className="font-mono text-3xl tabular-nums">{formatClock(seconds)}</span>
        <span className="flex flex-wrap gap-2">
          {timer.status === "running" ? (
            <>
              <Button type="button" variant="secondary" onClick={onPause}>Pause</Button>
              <Button type="button" onClick={onStop}>Stop</Button>
            </>
          ) : timer.status === "paused" ? (
            <>
              <Button type="button" onClick={onStart}>Resume</Button>
              <Button type="button" variant="secondary" onClick={onStop}>Stop</Button>
            </>
          ) : (
            <Button type="button" onClick={onStart}>{timer.status === "stopped" ? "Time again" : "Start"}</Button>
          )}
        </span>
      </div>
      <div className="relative h-4 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div className="absolute inset-y-0 bg-emerald-100" style={{ left: pct(ANSWER_BAND.min), width: `calc(${pct(warnFrom)} - ${pct(ANSWER_BAND.min)})` }} />
        <div className="absolute inset-y-0 bg-amber-100" style={{ left: pct(warnFrom), width: `calc(${pct(ANSWER_BAND.max)} - ${pct(warnFrom)})` }} />
        <div className="absolute inset-y-0 bg-red-50" style={{ left: pct(ANSWER_BAND.max), right: 0 }} />
        <div className={`absolute inset-y-1 left-0 rounded-full ${FILL[band.state]}`} style={{ width: pct(seconds) }} />
        {targetSeconds ? <div className="absolute inset-y-0 w-0.5 bg-ink" style={{ left: pct(targetSeconds) }} /> : null}
      </div>
      <p className="text-xs text-muted">
        Band {formatSpokenTime(ANSWER_BAND.min / 60)} – {formatSpokenTime(ANSWER_BAND.max / 60)}
        {targetSeconds ? ` · this story’s target ${formatSpokenTime(targetSeconds / 60)} (black line, at 140 words a minute)` : ""}
      </p>
      <p aria-live="polite" className={`text-sm font-medium ${band.state === "over" ? "text-bad" : band.state === "last-minute" ? "text-amber-800" : "text-ink"}`}>
        {timer.status === "idle" ? "Not started — press Start or Space." : `${band.label}${timer.status === "paused" ? " (paused)" : timer.status === "stopped" ? " (stopped)" : ""}`}
      </p>
    </section>
  );
}
