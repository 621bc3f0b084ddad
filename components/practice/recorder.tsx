"use client";
// "Hear yourself": records the answer with MediaRecorder while the timer runs, plays it back beside the rating,
// keeps it only in this browser (IndexedDB) and deletes it on request. Without a microphone the drill goes on.
import { useEffect, useRef, useState } from "react";
import type { TimerStatus } from "@/lib/domain/timer";
import { ConfirmButton } from "@/components/confirm-button";
import { deleteRecording, putRecording } from "./recording-store";

type MicState = "off" | "asking" | "ready" | "recording" | "unavailable";

export function Recorder({ timerStatus, label }: { timerStatus: TimerStatus; label: string }) {
  const [enabled, setEnabled] = useState(false);
  const [mic, setMic] = useState<MicState>("off");
  const [problem, setProblem] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ id: string; url: string } | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);

  const release = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    recorder.current = null;
  };
  useEffect(() => release, []);
  useEffect(() => () => { if (recording) URL.revokeObjectURL(recording.url); }, [recording]);

  const enable = async (on: boolean) => {
    setEnabled(on);
    setProblem(null);
    if (!on) {
      if (recorder.current?.state !== "inactive") recorder.current?.stop();
      release();
      setMic("off");
      return;
    }
    if (typeof window.MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setMic("unavailable");
      setEnabled(false);
      setProblem("This browser cannot record audio, so this drill goes on without a recording.");
      return;
    }
    setMic("asking");
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: true });
      setMic("ready");
    } catch {
      setMic("unavailable");
      setEnabled(false);
      setProblem("The microphone is not available (permission denied or no device), so this drill goes on without a recording.");
    }
  };

  // Follow the timer: record while it runs, pause with it, keep the take when it stops.
  useEffect(() => {
    if (!enabled || !stream.current) return;
    const r = recorder.current;
    if (timerStatus === "running") {
      if (r && r.state === "paused") r.resume();
      else if (!r || r.state === "inactive") {
        const next = new MediaRecorder(stream.current);
        chunks.current = [];
        next.ondataavailable = (e) => { if (e.data.size > 0) chunks.current.push(e.data); };
        next.onstop = () => {
          const blob = new Blob(chunks.current, { type: next.mimeType || "audio/webm" });
          const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
          putRecording({ id, label, createdAt: Date.now(), blob })
            .then(() =>
              setRecording((previous) => {
                // "Time again" replaces the take: the old one leaves this device too.
                if (previous) void deleteRecording(previous.id);
                return { id, url: URL.createObjectURL(blob) };
              }),
            )
            .catch(() => setProblem("The recording could not be kept in this browser’s storage; the drill goes on without it."));
          setMic("ready");
        };
        recorder.current = next;
        next.start();
      }
      setMic("recording");
    } else if (timerStatus === "paused" && r?.state === "recording") {
      r.pause();
    } else if ((timerStatus === "stopped" || timerStatus === "idle") && r && r.state !== "inactive") {
      r.stop();
    }
  }, [timerStatus, enabled, label]);

  const remove = async () => {
    if (!recording) return;
    await deleteRecording(recording.id);
    URL.revokeObjectURL(recording.url);
    setRecording(null);
  };

  return (
    <section aria-labelledby="hear-heading" className="space-y-2 rounded-lg border border-line p-3">
      <h3 id="hear-heading" className="text-sm font-semibold">Hear yourself</h3>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={enabled} onChange={(e) => void enable(e.target.checked)} />
        Record my answer while the timer runs (stays on this device, never uploaded)
      </label>
      <p aria-live="polite" className="text-sm">
        {problem ?? (mic === "asking" ? "Asking for the microphone…" : mic === "recording" ? "Recording…" : mic === "ready" && !recording ? "Microphone ready: recording starts with the timer." : "")}
      </p>
      {recording ? (
        <div className="space-y-2">
          <audio controls src={recording.url} aria-label="Your recorded answer" className="w-full" />
          <ConfirmButton
            label="Delete recording"
            title="Delete this recording?"
            body="It is removed from this browser; there is no other copy."
            onConfirm={async () => { await remove(); }}
          />
        </div>
      ) : null}
    </section>
  );
}
