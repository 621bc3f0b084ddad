import { describe, it, expect } from "vitest";
import { ANGLE_SUGGESTIONS, isPrincipleCode, normalizeAngle, PRINCIPLES, principleName } from "../../lib/domain/principles";
import { questionsFor, SHIPPED_QUESTIONS } from "../../lib/domain/questions";
import { findTemplate, LOOP_TEMPLATES, MOST_ASKED_PRINCIPLES } from "../../lib/domain/templates";
import { PRINCIPLE_CODES, ROUND_KINDS } from "../../lib/domain/types";

describe("principles", () => {
  it("lists the 16 principles in canonical order with a name and a one-line description", () => {
    expect(PRINCIPLES.map((p) => p.code)).toEqual([...PRINCIPLE_CODES]);
    for (const p of PRINCIPLES) {
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.description).toMatch(/^[A-Z].*\.$/);
      expect(p.description).not.toContain("\n");
    }
  });
  it("names and recognises codes", () => {
    expect(principleName("have-backbone-disagree-and-commit")).toBe("Have Backbone; Disagree and Commit");
    expect(principleName("strive-to-be-earths-best-employer")).toBe("Strive to be Earth's Best Employer");
    expect(isPrincipleCode("dive-deep")).toBe(true);
    expect(isPrincipleCode("Dive Deep")).toBe(false);
  });
  it("normalizes angles", () => {
    expect(normalizeAngle("  Technical   Depth ")).toBe("technical depth");
    expect(ANGLE_SUGGESTIONS).toContain("failure");
    expect(ANGLE_SUGGESTIONS.every((a) => normalizeAngle(a) === a)).toBe(true);
  });
});

describe("shipped questions", () => {
  it("has at least 10 questions per principle (160 or more), at least 10 of them led by that principle", () => {
    expect(SHIPPED_QUESTIONS.length).toBeGreaterThanOrEqual(160);
    for (const code of PRINCIPLE_CODES) {
      expect(questionsFor([code]).length, code).toBeGreaterThanOrEqual(10);
      expect(SHIPPED_QUESTIONS.filter((q) => q.principles[0] === code).length, code).toBeGreaterThanOrEqual(10);
    }
  });
  it("has unique ids and texts and valid principles", () => {
    expect(new Set(SHIPPED_QUESTIONS.map((q) => q.id)).size).toBe(SHIPPED_QUESTIONS.length);
    expect(new Set(SHIPPED_QUESTIONS.map((q) => q.text)).size).toBe(SHIPPED_QUESTIONS.length);
    for (const q of SHIPPED_QUESTIONS) {
      expect(q.id).toMatch(/^[a-z]+-\d+$/);
      expect(q.principles.length).toBeGreaterThanOrEqual(1);
      expect(q.principles.length).toBeLessThanOrEqual(3);
      expect(q.principles.every(isPrincipleCode)).toBe(true);
      expect(new Set(q.principles).size).toBe(q.principles.length);
    }
  });
  it("filters by any of the given principles", () => {
    const both = questionsFor(["frugality", "think-big"]);
    expect(both.every((q) => q.principles.includes("frugality") || q.principles.includes("think-big"))).toBe(true);
    expect(questionsFor("frugality").length).toBeGreaterThanOrEqual(3);
    expect(questionsFor([])).toEqual([]);
  });
});

describe("loop templates", () => {
  it("ships the four templates", () => {
    expect(LOOP_TEMPLATES.map((t) => t.id)).toEqual([
      "amazon-data-scientist",
      "amazon-data-engineer",
      "amazon-generic-onsite",
      "blank",
    ]);
    expect(findTemplate("blank")?.rounds).toEqual([]);
    expect(findTemplate("nope")).toBeUndefined();
  });
  it("has rounds with valid kinds, minutes and up to 3 unique valid focus principles", () => {
    for (const t of LOOP_TEMPLATES) {
      for (const r of t.rounds) {
        expect(ROUND_KINDS).toContain(r.kind);
        expect(r.minutes).toBeGreaterThanOrEqual(5);
        expect(r.minutes).toBeLessThanOrEqual(480);
        expect(r.focus.length).toBeLessThanOrEqual(3);
        expect(new Set(r.focus).size).toBe(r.focus.length);
        expect(r.focus.every(isPrincipleCode)).toBe(true);
        expect(r.title.length).toBeGreaterThan(0);
      }
    }
  });
  it("spreads every most-asked principle across each Amazon template", () => {
    for (const t of LOOP_TEMPLATES.filter((x) => x.id !== "blank")) {
      const used = new Set(t.rounds.flatMap((r) => r.focus));
      for (const code of MOST_ASKED_PRINCIPLES) expect(used.has(code), `${t.id} ${code}`).toBe(true);
      expect(t.rounds[t.rounds.length - 1].kind).toBe("bar-raiser");
    }
  });
  it("follows the guides' shapes", () => {
    const ds = findTemplate("amazon-data-scientist");
    expect(ds?.rounds.map((r) => [r.kind, r.minutes])).toEqual([
      ["recruiter", 30],
      ["phone", 45],
      ["onsite", 60],
      ["onsite", 60],
      ["deep-dive", 60],
      ["hiring-manager", 60],
      ["bar-raiser", 60],
    ]);
    expect(ds?.rounds[1].focus).toHaveLength(1);
    // The depth round walks through one project: no principle slots (DESIGN §7).
    expect(ds?.rounds[4].focus).toEqual([]);
    const de = findTemplate("amazon-data-engineer");
    const assessment = de?.rounds.find((r) => r.kind === "assessment");
    expect(assessment?.focus).toEqual([]);
    expect(de?.rounds.find((r) => r.kind === "phone")?.focus).toHaveLength(1);
    const generic = findTemplate("amazon-generic-onsite");
    expect(generic?.rounds).toHaveLength(5);
    expect(generic?.rounds.every((r) => r.focus.length >= 2 && r.focus.length <= 3)).toBe(true);
  });
});
