// Owns the loop templates (DESIGN.md §2): their rounds and pre-filled focus principles, spread so the most-asked ones each land somewhere.
import type { PrincipleCode, Round } from "./types";

export const LOOP_TEMPLATE_IDS = [
  "amazon-data-scientist",
  "amazon-data-engineer",
  "amazon-generic-onsite",
  "blank",
] as const;
export type LoopTemplateId = (typeof LOOP_TEMPLATE_IDS)[number];

export type TemplateRound = Omit<Round, "id">;

export interface LoopTemplate {
  id: LoopTemplateId;
  name: string;
  /** The role the loop is for, pre-filled in the form ("" when the template fits any role). */
  role: string;
  description: string;
  rounds: readonly TemplateRound[];
}

/** The principles interviewers ask about most; every Amazon template places each of them at least once. */
export const MOST_ASKED_PRINCIPLES: readonly PrincipleCode[] = [
  "customer-obsession",
  "ownership",
  "deliver-results",
  "dive-deep",
  "earn-trust",
  "have-backbone-disagree-and-commit",
  "bias-for-action",
  "insist-on-the-highest-standards",
  "learn-and-be-curious",
  "invent-and-simplify",
  "are-right-a-lot",
  "think-big",
];

export const LOOP_TEMPLATES: readonly LoopTemplate[] = [
  {
    id: "amazon-data-scientist",
    name: "Amazon Data Scientist",
    role: "Data Scientist",
    description:
      "Recruiter screen, a technical screen (SQL, statistics, one behavioral check) and a five-interview onsite ending with the Bar Raiser.",
    rounds: [
      { title: "Recruiter screen", kind: "recruiter", minutes: 30, focus: ["customer-obsession", "deliver-results", "frugality"] },
      { title: "Technical phone screen", kind: "phone", minutes: 45, focus: ["dive-deep"] },
      {
        title: "Data manipulation & scripting",
        kind: "onsite",
        minutes: 60,
        focus: ["insist-on-the-highest-standards", "bias-for-action", "think-big"],
      },
      {
        title: "DS breadth",
        kind: "onsite",
        minutes: 60,
        focus: ["learn-and-be-curious", "are-right-a-lot", "invent-and-simplify"],
      },
      {
        // A deep-dive round: planned with one project's worksheet, not principle slots (DESIGN §7); its former
        // principles moved to the recruiter screen and the scripting round, so every most-asked one is still asked and
        // the loop keeps its 16 slots.
        title: "DS depth — one past project end to end",
        kind: "deep-dive",
        minutes: 60,
        focus: [],
      },
      {
        title: "Hiring manager",
        kind: "hiring-manager",
        minutes: 60,
        focus: ["ownership", "customer-obsession", "hire-and-develop-the-best"],
      },
      {
        title: "Bar Raiser",
        kind: "bar-raiser",
        minutes: 60,
        focus: ["earn-trust", "have-backbone-disagree-and-commit", "ownership"],
      },
    ],
  },
  {
    id: "amazon-data-engineer",
    name: "Amazon Data Engineer",
    role: "Data Engineer",
    description:
      "Recruiter screen, an online assessment with no behavioral part, a technical phone screen and a four-interview loop with a Bar Raiser.",
    rounds: [
      { title: "Recruiter screen", kind: "recruiter", minutes: 30, focus: ["ownership"] },
      { title: "Online assessment", kind: "assessment", minutes: 90, focus: [] },
      { title: "Technical phone screen", kind: "phone", minutes: 60, focus: ["dive-deep"] },
      {
        title: "SQL deep dive",
        kind: "onsite",
        minutes: 60,
        focus: ["insist-on-the-highest-standards", "are-right-a-lot", "learn-and-be-curious"],
      },
      {
        title: "Data system design",
        kind: "onsite",
        minutes: 60,
        focus: ["think-big", "invent-and-simplify", "customer-obsession"],
      },
      {
        title: "Coding for data ops",
        kind: "onsite",
        minutes: 60,
        focus: ["bias-for-action", "deliver-results", "frugality"],
      },
      {
        title: "Behavioral with Bar Raiser",
        kind: "bar-raiser",
        minutes: 60,
        focus: ["earn-trust", "have-backbone-disagree-and-commit", "ownership"],
      },
    ],
  },
  {
    id: "amazon-generic-onsite",
    name: "Amazon generic onsite",
    role: "",
    description: "Five interviews of two to three Leadership Principles each, with the Bar Raiser last.",
    rounds: [
      {
        title: "Hiring manager",
        kind: "hiring-manager",
        minutes: 60,
        focus: ["customer-obsession", "ownership", "deliver-results"],
      },
      {
        title: "Onsite interview 2",
        kind: "onsite",
        minutes: 60,
        focus: ["dive-deep", "insist-on-the-highest-standards", "bias-for-action"],
      },
      {
        title: "Onsite interview 3",
        kind: "onsite",
        minutes: 60,
        focus: ["invent-and-simplify", "think-big", "frugality"],
      },
      {
        title: "Onsite interview 4",
        kind: "onsite",
        minutes: 60,
        focus: ["are-right-a-lot", "hire-and-develop-the-best"],
      },
      {
        title: "Bar Raiser",
        kind: "bar-raiser",
        minutes: 60,
        focus: ["earn-trust", "have-backbone-disagree-and-commit", "learn-and-be-curious"],
      },
    ],
  },
  {
    id: "blank",
    name: "Blank",
    role: "",
    description: "Start from scratch and add your own rounds.",
    rounds: [],
  },
];

export function isLoopTemplateId(s: unknown): s is LoopTemplateId {
  return typeof s === "string" && (LOOP_TEMPLATE_IDS as readonly string[]).includes(s);
}

export function findTemplate(id: string): LoopTemplate | undefined {
  return LOOP_TEMPLATES.find((t) => t.id === id);
}
