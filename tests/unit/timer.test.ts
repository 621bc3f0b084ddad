import { describe, expect, it } from "vitest";
import {
  ANSWER_BAND,
  bandState,
  elapsedMs,
  elapsedSeconds,
  formatClock,
  IDLE_TIMER,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  storyTargetTime,
} from "../../lib/domain/timer";
import { makeStory } from "../fixtures/domain-factories";

describe("timer arithmetic", () => {
  it("counts only running stretches across pause and resume", () => {
    let t = startTimer(IDLE_TIMER, 1_000);
    expect(elapsedMs(t, 4_000)).toBe(3_000);
    t = pauseTimer(t, 6_500); // 5.5 s counted
    expect(elapsedMs(t, 60_000)).toBe(5_500); // paused: the clock moving on adds nothing
    t = resumeTimer(t, 100_000);
    expect(elapsedMs(t, 102_000)).toBe(7_500);
    t = pauseTimer(t, 104_250);
    t = resumeTimer(t, 200_000);
    t = stopTimer(t, 201_000);
    expect(t.status).toBe("stopped");
    expect(elapsedMs(t, 999_999)).toBe(10_750);
    expect(elapsedSeconds(t, 999_999)).toBe(11);
  });

  it("is exact after a long gap without ticks (a background tab)", () => {
    const t = startTimer(IDLE_TIMER, 0);
    expect(elapsedSeconds(t, 3 * 60 * 60 * 1000)).toBe(10_800);
  });

  it("ignores repeated or out-of-order commands", () => {
    let t = startTimer(IDLE_TIMER, 1_000);
    t = startTimer(t, 5_000); // already running: keeps the first start
    expect(elapsedMs(t, 6_000)).toBe(5_000);
    expect(resumeTimer(t, 7_000)).toBe(t);
    t = pauseTimer(t, 7_000);
    expect(pauseTimer(t, 9_000)).toBe(t);
    expect(stopTimer(IDLE_TIMER, 5)).toBe(IDLE_TIMER);
  });

  it("never counts a clock stepping backwards as negative time", () => {
    const t = startTimer(IDLE_TIMER, 10_000);
    expect(elapsedMs(t, 9_000)).toBe(0);
    expect(elapsedSeconds(t, 9_000)).toBe(0);
  });

  it("starts a new telling after a stop", () => {
    const stopped = stopTimer(startTimer(IDLE_TIMER, 0), 5_000);
    expect(elapsedMs(startTimer(stopped, 10_000), 11_000)).toBe(1_000);
  });

  it("rounds to whole seconds, at least 1 once anything was timed", () => {
    expect(elapsedSeconds(stopTimer(startTimer(IDLE_TIMER, 0), 200), 0)).toBe(1);
    expect(elapsedSeconds(stopTimer(startTimer(IDLE_TIMER, 0), 2_499), 0)).toBe(2);
    expect(elapsedSeconds(IDLE_TIMER, 0)).toBe(0);
  });
});

describe("answer band", () => {
  it("puts each side of 90 s, 150 s and 210 s in its state, with words", () => {
    expect(ANSWER_BAND).toEqual({ min: 90, max: 210 });
    expect(bandState(89).state).toBe("before-band");
    expect(bandState(90).state).toBe("in-band");
    expect(bandState(149).state).toBe("in-band");
    expect(bandState(150).state).toBe("last-minute");
    expect(bandState(210).state).toBe("last-minute");
    expect(bandState(211).state).toBe("over");
    expect(bandState(211).label).toMatch(/over/i);
    expect(bandState(150).label).toMatch(/last minute/i);
  });

  it("formats the clock and the story's target at 140 words a minute", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65)).toBe("1:05");
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    const story = makeStory({ situation: words(140), task: words(70), action: "", result: "", learnings: words(70) });
    expect(storyTargetTime(story)).toEqual({ seconds: 120, label: "2 min" });
  });
});
