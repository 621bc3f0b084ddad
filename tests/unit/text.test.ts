import { describe, it, expect } from "vitest";
import { countWords, formatSpokenTime, spokenMinutes, storyWordCounts, WORDS_PER_MINUTE } from "../../lib/domain/text";

describe("countWords", () => {
  it("counts runs of letters and digits", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   \n\t ")).toBe(0);
    expect(countWords("I cut p95 latency by 38%.")).toBe(6);
    expect(countWords("one,two;three")).toBe(3);
  });
  it("keeps apostrophes and hyphens inside words", () => {
    expect(countWords("I don't ship half-done end-to-end work")).toBe(6);
    expect(countWords("we’re — done - now")).toBe(3);
    expect(countWords("'quoted' -dash-")).toBe(2);
  });
  it("counts unicode letters", () => {
    expect(countWords("Größe café naïve")).toBe(3);
    expect(countWords("Привет мир")).toBe(2);
  });
  it("is stable across repeated calls", () => {
    expect(countWords("a b c")).toBe(3);
    expect(countWords("a b c")).toBe(3);
  });
});

describe("spoken time", () => {
  it("uses 140 words per minute", () => {
    expect(WORDS_PER_MINUTE).toBe(140);
    expect(spokenMinutes(210)).toBe(1.5);
    expect(spokenMinutes(490)).toBe(3.5);
  });
  it("formats minutes and seconds", () => {
    expect(formatSpokenTime(2 + 10 / 60)).toBe("2 min 10 s");
    expect(formatSpokenTime(3)).toBe("3 min");
    expect(formatSpokenTime(0.75)).toBe("45 s");
    expect(formatSpokenTime(0)).toBe("0 s");
  });
});

describe("storyWordCounts", () => {
  it("gives per-section counts, the STAR total and the total with learnings", () => {
    expect(
      storyWordCounts({ situation: "a b", task: "c", action: "d e f", result: "g h i j", learnings: "k l" }),
    ).toEqual({ situation: 2, task: 1, action: 3, result: 4, learnings: 2, star: 10, total: 12 });
  });
});
