// Owns the shipped bank of behavioral questions (our own wording, at least 3 per principle); ids are stable slugs.
import type { PrincipleCode } from "./types";

export interface ShippedQuestion {
  id: string;
  text: string;
  principles: PrincipleCode[];
}

export const SHIPPED_QUESTIONS: readonly ShippedQuestion[] = [
  // Customer Obsession
  { id: "co-1", text: "Tell me about a time you changed a plan because of what you learned from a customer.", principles: ["customer-obsession"] },
  { id: "co-2", text: "Describe a moment when what the customer asked for was not what they actually needed. What did you do?", principles: ["customer-obsession"] },
  { id: "co-3", text: "Walk me through a decision where doing right by the customer hurt a short-term number you owned.", principles: ["customer-obsession", "think-big"] },
  { id: "co-4", text: "How did you find out that a customer was unhappy before they told you, and what happened next?", principles: ["customer-obsession", "dive-deep"] },

  // Ownership
  { id: "ow-1", text: "Tell me about a problem outside your area that you fixed because nobody else was going to.", principles: ["ownership"] },
  { id: "ow-2", text: "Describe a time you gave up a quick win to protect the long-term health of a system or team.", principles: ["ownership"] },
  { id: "ow-3", text: "Give an example of a launch that went wrong on your watch. How did you take responsibility for it?", principles: ["ownership", "earn-trust"] },

  // Invent and Simplify
  { id: "is-1", text: "Tell me about a process you made simpler. What did you remove, and how did you know it was safe?", principles: ["invent-and-simplify"] },
  { id: "is-2", text: "Describe an idea of yours that others thought was odd at first. How did it turn out?", principles: ["invent-and-simplify"] },
  { id: "is-3", text: "When did you borrow a solution from a completely different field or team to solve your own problem?", principles: ["invent-and-simplify", "learn-and-be-curious"] },

  // Are Right, A Lot
  { id: "arl-1", text: "Tell me about an important call you made with much less data than you wanted.", principles: ["are-right-a-lot"] },
  { id: "arl-2", text: "Describe a time your first judgement was wrong. How did you notice, and what did you change?", principles: ["are-right-a-lot"] },
  { id: "arl-3", text: "Give an example of when you went looking for the strongest argument against your own plan.", principles: ["are-right-a-lot"] },

  // Learn and Be Curious
  { id: "lbc-1", text: "What is something you taught yourself recently, and how did it show up in your work?", principles: ["learn-and-be-curious"] },
  { id: "lbc-2", text: "Tell me about a time curiosity about an unrelated question led you to improve something at work.", principles: ["learn-and-be-curious"] },
  { id: "lbc-3", text: "Describe how you got productive in an area where you started with no background at all.", principles: ["learn-and-be-curious"] },

  // Hire and Develop the Best
  { id: "hdb-1", text: "Tell me about someone you helped grow. What did you do, and where are they now?", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-2", text: "Describe a hiring decision where you pushed back on a candidate others liked, or for one they did not.", principles: ["hire-and-develop-the-best", "have-backbone-disagree-and-commit"] },
  { id: "hdb-3", text: "How have you given hard feedback to a teammate who was struggling? What changed afterwards?", principles: ["hire-and-develop-the-best"] },

  // Insist on the Highest Standards
  { id: "ihs-1", text: "Tell me about a time you refused to ship something because it was not good enough.", principles: ["insist-on-the-highest-standards"] },
  { id: "ihs-2", text: "Describe a recurring defect you fixed at its root rather than patching it again.", principles: ["insist-on-the-highest-standards", "dive-deep"] },
  { id: "ihs-3", text: "How did you raise the quality bar for a team whose habits were already settled?", principles: ["insist-on-the-highest-standards"] },

  // Think Big
  { id: "tb-1", text: "Tell me about a goal you set that felt out of reach at the time. How did you get people behind it?", principles: ["think-big"] },
  { id: "tb-2", text: "Describe a time you turned a small fix into a broader change that helped many more people.", principles: ["think-big"] },
  { id: "tb-3", text: "What is the most ambitious plan you have proposed, and what happened to it?", principles: ["think-big"] },

  // Bias for Action
  { id: "bfa-1", text: "Tell me about a decision you made quickly without waiting for everyone to agree. Why was speed right?", principles: ["bias-for-action"] },
  { id: "bfa-2", text: "Describe a calculated risk you took. How did you limit the damage if it went wrong?", principles: ["bias-for-action"] },
  { id: "bfa-3", text: "Give an example of a project that was stalled until you moved it forward.", principles: ["bias-for-action", "ownership"] },

  // Frugality
  { id: "fr-1", text: "Tell me about a time you delivered with far fewer people, money or time than you asked for.", principles: ["frugality"] },
  { id: "fr-2", text: "Describe a cost you cut that nobody had asked you to look at.", principles: ["frugality", "ownership"] },
  { id: "fr-3", text: "When did a tight constraint lead you to a better solution than a bigger budget would have?", principles: ["frugality", "invent-and-simplify"] },

  // Earn Trust
  { id: "et-1", text: "Tell me about a time you admitted a mistake to your team or your manager before anyone found it.", principles: ["earn-trust"] },
  { id: "et-2", text: "Describe how you rebuilt a working relationship that had gone sour.", principles: ["earn-trust"] },
  { id: "et-3", text: "Give an example of hard news you had to deliver to a stakeholder. How did you go about it?", principles: ["earn-trust"] },

  // Dive Deep
  { id: "dd-1", text: "Tell me about a time the metrics looked fine but something felt off. What did you dig into?", principles: ["dive-deep"] },
  { id: "dd-2", text: "Walk me through the hardest root-cause investigation you have led, step by step.", principles: ["dive-deep"] },
  { id: "dd-3", text: "Describe a time you checked a number someone else had reported and found it was wrong.", principles: ["dive-deep", "are-right-a-lot"] },

  // Have Backbone; Disagree and Commit
  { id: "hb-1", text: "Tell me about a time you disagreed with your manager on something important. What did you do?", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-2", text: "Describe a decision you argued against, lost, and then committed to fully. How did it go?", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-3", text: "When did you push back on a popular idea because the data did not support it?", principles: ["have-backbone-disagree-and-commit", "dive-deep"] },

  // Deliver Results
  { id: "dr-1", text: "Tell me about a deadline you met despite a serious setback along the way.", principles: ["deliver-results"] },
  { id: "dr-2", text: "Describe a goal you missed. What did you learn, and what did you do differently next time?", principles: ["deliver-results", "learn-and-be-curious"] },
  { id: "dr-3", text: "Give an example of how you decided what to drop so the most important result still landed.", principles: ["deliver-results"] },

  // Strive to be Earth's Best Employer
  { id: "ebe-1", text: "Tell me about something you changed to make your team a better place to work.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-2", text: "Describe a time you noticed a colleague was overloaded or left out. What did you do about it?", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-3", text: "How have you made sure that people with different backgrounds were heard in your team's decisions?", principles: ["strive-to-be-earths-best-employer", "hire-and-develop-the-best"] },

  // Success and Scale Bring Broad Responsibility
  { id: "sbr-1", text: "Tell me about a time you considered the effect of your work on people outside your own users.", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-2", text: "Describe a decision where you chose the responsible option even though it slowed you down.", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-3", text: "Give an example of a risk that only appeared once your product grew large. How did you handle it?", principles: ["success-and-scale-bring-broad-responsibility", "think-big"] },
];

/** Shipped questions that touch any of the given principles, in bank order. */
export function questionsFor(codes: PrincipleCode | readonly PrincipleCode[]): ShippedQuestion[] {
  const wanted: ReadonlySet<PrincipleCode> = new Set(typeof codes === "string" ? [codes] : codes);
  return SHIPPED_QUESTIONS.filter((q) => q.principles.some((p) => wanted.has(p)));
}
