// Owns the 16 Leadership Principles (names and our one-line descriptions) and the story angle vocabulary.
import { PRINCIPLE_CODES, type PrincipleCode } from "./types";

export interface PrincipleInfo {
  code: PrincipleCode;
  name: string;
  description: string;
}

export const PRINCIPLES: readonly PrincipleInfo[] = [
  {
    code: "customer-obsession",
    name: "Customer Obsession",
    description: "Start from what the customer needs and work backwards, even when it costs you.",
  },
  {
    code: "ownership",
    name: "Ownership",
    description: "Act for the long term and take on problems beyond your own job description.",
  },
  {
    code: "invent-and-simplify",
    name: "Invent and Simplify",
    description: "Look for a new, simpler way to do it and accept being misunderstood for a while.",
  },
  {
    code: "are-right-a-lot",
    name: "Are Right, A Lot",
    description: "Make sound calls with incomplete data and actively seek views that could prove you wrong.",
  },
  {
    code: "learn-and-be-curious",
    name: "Learn and Be Curious",
    description: "Keep learning on purpose and follow your curiosity into unfamiliar areas.",
  },
  {
    code: "hire-and-develop-the-best",
    name: "Hire and Develop the Best",
    description: "Raise the bar with every hire and invest time in growing the people around you.",
  },
  {
    code: "insist-on-the-highest-standards",
    name: "Insist on the Highest Standards",
    description: "Keep raising the quality bar and fix defects at the root so they stay fixed.",
  },
  {
    code: "think-big",
    name: "Think Big",
    description: "Set a bold direction that others can rally around instead of settling for small wins.",
  },
  {
    code: "bias-for-action",
    name: "Bias for Action",
    description: "Move quickly on reversible decisions and take calculated risks rather than waiting.",
  },
  {
    code: "frugality",
    name: "Frugality",
    description: "Get more done with less; constraints are a prompt to be resourceful.",
  },
  {
    code: "earn-trust",
    name: "Earn Trust",
    description: "Listen, speak candidly, own your mistakes and treat others with respect.",
  },
  {
    code: "dive-deep",
    name: "Dive Deep",
    description: "Stay close to the details, check the numbers and dig in when the story and data disagree.",
  },
  {
    code: "have-backbone-disagree-and-commit",
    name: "Have Backbone; Disagree and Commit",
    description: "Challenge decisions you disagree with respectfully, then commit fully once one is made.",
  },
  {
    code: "deliver-results",
    name: "Deliver Results",
    description: "Focus on the outcomes that matter and get them done on time despite setbacks.",
  },
  {
    code: "strive-to-be-earths-best-employer",
    name: "Strive to be Earth's Best Employer",
    description: "Build a workplace that is safe, fair and helps people grow and enjoy their work.",
  },
  {
    code: "success-and-scale-bring-broad-responsibility",
    name: "Success and Scale Bring Broad Responsibility",
    description: "Weigh the wider effects of your work on communities and the world, and leave things better.",
  },
];

const NAMES: ReadonlyMap<string, string> = new Map(PRINCIPLES.map((p) => [p.code, p.name]));
const CODE_SET: ReadonlySet<string> = new Set(PRINCIPLE_CODES);

export function principleName(code: PrincipleCode): string {
  return NAMES.get(code) ?? code;
}

export function isPrincipleCode(s: unknown): s is PrincipleCode {
  return typeof s === "string" && CODE_SET.has(s);
}

export const ANGLE_SUGGESTIONS: readonly string[] = [
  "technical depth",
  "stakeholder management",
  "mentoring",
  "conflict",
  "failure",
  "ambiguity",
  "cost",
  "speed",
  "customer impact",
  "scale",
];

export function normalizeAngle(s: string): string {
  return s.trim().split(/\s+/).filter(Boolean).join(" ").toLowerCase();
}
