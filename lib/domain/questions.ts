// Owns the shipped bank of behavioral questions (our own wording, at least 10 per principle, each tagged to 1–3); ids are stable slugs.
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
  { id: "co-5", text: "Tell me about a customer complaint you took personally and followed all the way to a fix.", principles: ["customer-obsession", "ownership"] },
  { id: "co-6", text: "Describe a feature you decided not to build after talking to the people who would use it.", principles: ["customer-obsession"] },
  { id: "co-7", text: "How did you decide between two groups of customers who wanted opposite things?", principles: ["customer-obsession", "are-right-a-lot"] },
  { id: "co-8", text: "Give an example of when you spent time with users in person and came back with a different priority list.", principles: ["customer-obsession", "learn-and-be-curious"] },
  { id: "co-9", text: "Tell me about a time you worked backwards from the experience you wanted a customer to have.", principles: ["customer-obsession", "invent-and-simplify"] },
  { id: "co-10", text: "Describe a time an internal team was your customer. How did you find out what they really needed?", principles: ["customer-obsession"] },

  // Ownership
  { id: "ow-1", text: "Tell me about a problem outside your area that you fixed because nobody else was going to.", principles: ["ownership"] },
  { id: "ow-2", text: "Describe a time you gave up a quick win to protect the long-term health of a system or team.", principles: ["ownership"] },
  { id: "ow-3", text: "Give an example of a launch that went wrong on your watch. How did you take responsibility for it?", principles: ["ownership", "earn-trust"] },
  { id: "ow-4", text: "Tell me about a system you inherited in poor shape. What did you do in your first months with it?", principles: ["ownership"] },
  { id: "ow-5", text: "Describe a time you said 'that's not my job' would have been easy, and you took it on anyway.", principles: ["ownership"] },
  { id: "ow-6", text: "Give an example of a decision you made for the company's sake that your own team did not like.", principles: ["ownership", "have-backbone-disagree-and-commit"] },
  { id: "ow-7", text: "Tell me about a handover you made sure would not fail once you were gone.", principles: ["ownership"] },
  { id: "ow-8", text: "Describe a risk you raised long before it became urgent. What did you do about it yourself?", principles: ["ownership", "success-and-scale-bring-broad-responsibility"] },
  { id: "ow-9", text: "When did you stay on a problem past the end of your assignment because it was not really solved?", principles: ["ownership", "deliver-results"] },
  { id: "ow-10", text: "Tell me about something you kept running for years with no one asking you to.", principles: ["ownership"] },

  // Invent and Simplify
  { id: "is-1", text: "Tell me about a process you made simpler. What did you remove, and how did you know it was safe?", principles: ["invent-and-simplify"] },
  { id: "is-2", text: "Describe an idea of yours that others thought was odd at first. How did it turn out?", principles: ["invent-and-simplify"] },
  { id: "is-3", text: "When did you borrow a solution from a completely different field or team to solve your own problem?", principles: ["invent-and-simplify", "learn-and-be-curious"] },
  { id: "is-4", text: "Describe a tool or script you built that changed how your team worked every day.", principles: ["invent-and-simplify"] },
  { id: "is-5", text: "Tell me about a time you replaced several steps with one. What did people miss at first?", principles: ["invent-and-simplify"] },
  { id: "is-6", text: "Give an example of an experiment you ran to test a new idea cheaply before committing to it.", principles: ["invent-and-simplify", "bias-for-action"] },
  { id: "is-7", text: "When did you decide that an existing solution was good enough and chose not to invent something new?", principles: ["invent-and-simplify", "frugality"] },
  { id: "is-8", text: "Tell me about a complicated explanation you turned into something a newcomer could follow.", principles: ["invent-and-simplify"] },
  { id: "is-9", text: "Describe a product or process you redesigned from scratch. Why not improve the old one?", principles: ["invent-and-simplify", "think-big"] },
  { id: "is-10", text: "Tell me about an invention of yours that failed. What did it teach you about the problem?", principles: ["invent-and-simplify", "learn-and-be-curious"] },

  // Are Right, A Lot
  { id: "arl-1", text: "Tell me about an important call you made with much less data than you wanted.", principles: ["are-right-a-lot"] },
  { id: "arl-2", text: "Describe a time your first judgement was wrong. How did you notice, and what did you change?", principles: ["are-right-a-lot"] },
  { id: "arl-3", text: "Give an example of when you went looking for the strongest argument against your own plan.", principles: ["are-right-a-lot"] },
  { id: "arl-4", text: "Describe a decision where smart people on both sides disagreed. How did you decide who was right?", principles: ["are-right-a-lot"] },
  { id: "arl-5", text: "Tell me about a prediction you made that turned out to be correct when most people doubted it.", principles: ["are-right-a-lot"] },
  { id: "arl-6", text: "Give an example of a time you changed your mind in a meeting because of someone else's point.", principles: ["are-right-a-lot", "earn-trust"] },
  { id: "arl-7", text: "How do you judge when you have enough information to decide? Tell me about a specific case.", principles: ["are-right-a-lot", "bias-for-action"] },
  { id: "arl-8", text: "Tell me about a hire, vendor or tool you chose where your instinct went against the numbers.", principles: ["are-right-a-lot"] },
  { id: "arl-9", text: "Describe a time you spotted a flaw in a plan that everyone else had already approved.", principles: ["are-right-a-lot", "dive-deep"] },
  { id: "arl-10", text: "Tell me about a call you got wrong that cost something real. What do you do differently now?", principles: ["are-right-a-lot"] },

  // Learn and Be Curious
  { id: "lbc-1", text: "What is something you taught yourself recently, and how did it show up in your work?", principles: ["learn-and-be-curious"] },
  { id: "lbc-2", text: "Tell me about a time curiosity about an unrelated question led you to improve something at work.", principles: ["learn-and-be-curious"] },
  { id: "lbc-3", text: "Describe how you got productive in an area where you started with no background at all.", principles: ["learn-and-be-curious"] },
  { id: "lbc-4", text: "Tell me about a question you kept asking until you understood a part of the business outside your role.", principles: ["learn-and-be-curious"] },
  { id: "lbc-5", text: "Describe a time you learned from someone far more junior than you.", principles: ["learn-and-be-curious"] },
  { id: "lbc-6", text: "What did you learn from a failure that you would not have learned any other way?", principles: ["learn-and-be-curious"] },
  { id: "lbc-7", text: "Give an example of a new technology you tried on your own time that you later brought to work.", principles: ["learn-and-be-curious", "invent-and-simplify"] },
  { id: "lbc-8", text: "Tell me about a habit you built to keep learning while under delivery pressure.", principles: ["learn-and-be-curious"] },
  { id: "lbc-9", text: "Describe a time you went to the source — a paper, a log file, the original author — rather than trusting a summary.", principles: ["learn-and-be-curious", "dive-deep"] },
  { id: "lbc-10", text: "Tell me about a belief of yours that changed after you looked into it properly.", principles: ["learn-and-be-curious", "are-right-a-lot"] },

  // Hire and Develop the Best
  { id: "hdb-1", text: "Tell me about someone you helped grow. What did you do, and where are they now?", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-2", text: "Describe a hiring decision where you pushed back on a candidate others liked, or for one they did not.", principles: ["hire-and-develop-the-best", "have-backbone-disagree-and-commit"] },
  { id: "hdb-3", text: "How have you given hard feedback to a teammate who was struggling? What changed afterwards?", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-4", text: "Tell me about a person you hired who turned out better than anyone expected. What did you see in them?", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-5", text: "Describe a time you had to let someone go or move them off a team. How did you handle it?", principles: ["hire-and-develop-the-best", "earn-trust"] },
  { id: "hdb-6", text: "How have you made your interview process better at telling strong candidates from weak ones?", principles: ["hire-and-develop-the-best", "insist-on-the-highest-standards"] },
  { id: "hdb-7", text: "Give an example of a stretch assignment you gave someone. How did you support them through it?", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-8", text: "Tell me about a teammate who outgrew your team. Did you help them leave for something bigger?", principles: ["hire-and-develop-the-best", "strive-to-be-earths-best-employer"] },
  { id: "hdb-9", text: "Describe how you onboarded a new person so they were productive quickly.", principles: ["hire-and-develop-the-best"] },
  { id: "hdb-10", text: "Tell me about mentoring someone outside your reporting line. What did each of you get from it?", principles: ["hire-and-develop-the-best"] },

  // Insist on the Highest Standards
  { id: "ihs-1", text: "Tell me about a time you refused to ship something because it was not good enough.", principles: ["insist-on-the-highest-standards"] },
  { id: "ihs-2", text: "Describe a recurring defect you fixed at its root rather than patching it again.", principles: ["insist-on-the-highest-standards", "dive-deep"] },
  { id: "ihs-3", text: "How did you raise the quality bar for a team whose habits were already settled?", principles: ["insist-on-the-highest-standards"] },
  { id: "ihs-4", text: "Describe a time your standard was higher than your manager's. What happened?", principles: ["insist-on-the-highest-standards", "have-backbone-disagree-and-commit"] },
  { id: "ihs-5", text: "Tell me about a piece of work you redid even though it had already been accepted.", principles: ["insist-on-the-highest-standards"] },
  { id: "ihs-6", text: "Give an example of a check or review step you introduced that caught real problems.", principles: ["insist-on-the-highest-standards"] },
  { id: "ihs-7", text: "When did you lower your standard on purpose to meet a deadline, and how did you decide it was acceptable?", principles: ["insist-on-the-highest-standards", "deliver-results"] },
  { id: "ihs-8", text: "Tell me about feedback you gave a peer on work that was good but not good enough.", principles: ["insist-on-the-highest-standards", "earn-trust"] },
  { id: "ihs-9", text: "Describe how you measured quality on a project where it was hard to define.", principles: ["insist-on-the-highest-standards", "dive-deep"] },
  { id: "ihs-10", text: "Tell me about a time you held a partner or supplier to a standard they were not meeting.", principles: ["insist-on-the-highest-standards"] },

  // Think Big
  { id: "tb-1", text: "Tell me about a goal you set that felt out of reach at the time. How did you get people behind it?", principles: ["think-big"] },
  { id: "tb-2", text: "Describe a time you turned a small fix into a broader change that helped many more people.", principles: ["think-big"] },
  { id: "tb-3", text: "What is the most ambitious plan you have proposed, and what happened to it?", principles: ["think-big"] },
  { id: "tb-4", text: "Describe a time you looked past the immediate request and saw a much bigger opportunity.", principles: ["think-big"] },
  { id: "tb-5", text: "Tell me about a long-term vision you wrote down. How did it shape what your team did next?", principles: ["think-big"] },
  { id: "tb-6", text: "Give an example of a time you persuaded leadership to invest in something years away from paying off.", principles: ["think-big", "earn-trust"] },
  { id: "tb-7", text: "Tell me about a time you thought too small. What made you realise it?", principles: ["think-big", "learn-and-be-curious"] },
  { id: "tb-8", text: "Describe a platform or shared piece of work you built so that other teams could go faster.", principles: ["think-big", "invent-and-simplify"] },
  { id: "tb-9", text: "How did you break a very large goal into steps people could start on the next morning?", principles: ["think-big", "deliver-results"] },
  { id: "tb-10", text: "Tell me about a time you challenged a team's assumption about what was possible.", principles: ["think-big"] },

  // Bias for Action
  { id: "bfa-1", text: "Tell me about a decision you made quickly without waiting for everyone to agree. Why was speed right?", principles: ["bias-for-action"] },
  { id: "bfa-2", text: "Describe a calculated risk you took. How did you limit the damage if it went wrong?", principles: ["bias-for-action"] },
  { id: "bfa-3", text: "Give an example of a project that was stalled until you moved it forward.", principles: ["bias-for-action", "ownership"] },
  { id: "bfa-4", text: "Tell me about a time you acted before you had permission because waiting would have cost more.", principles: ["bias-for-action"] },
  { id: "bfa-5", text: "Describe a decision you could easily reverse. How did that change how fast you made it?", principles: ["bias-for-action"] },
  { id: "bfa-6", text: "Give an example of a time you moved too quickly. What did it cost, and what did you keep from the experience?", principles: ["bias-for-action", "learn-and-be-curious"] },
  { id: "bfa-7", text: "Tell me about an outage or emergency where you had to act on incomplete information.", principles: ["bias-for-action", "are-right-a-lot"] },
  { id: "bfa-8", text: "Describe how you unblocked a team that was waiting on a decision from someone else.", principles: ["bias-for-action"] },
  { id: "bfa-9", text: "Tell me about a prototype you shipped in days to answer a question that meetings could not.", principles: ["bias-for-action", "invent-and-simplify"] },
  { id: "bfa-10", text: "When did you cut an analysis short and decide? How did you know it was time?", principles: ["bias-for-action"] },

  // Frugality
  { id: "fr-1", text: "Tell me about a time you delivered with far fewer people, money or time than you asked for.", principles: ["frugality"] },
  { id: "fr-2", text: "Describe a cost you cut that nobody had asked you to look at.", principles: ["frugality", "ownership"] },
  { id: "fr-3", text: "When did a tight constraint lead you to a better solution than a bigger budget would have?", principles: ["frugality", "invent-and-simplify"] },
  { id: "fr-4", text: "Tell me about a time you said no to extra headcount and found another way.", principles: ["frugality"] },
  { id: "fr-5", text: "Describe a project you kept alive on almost no budget. What did you give up?", principles: ["frugality", "deliver-results"] },
  { id: "fr-6", text: "Give an example of reusing something that already existed instead of paying for something new.", principles: ["frugality", "invent-and-simplify"] },
  { id: "fr-7", text: "Tell me about waste you noticed in a process and how you removed it.", principles: ["frugality"] },
  { id: "fr-8", text: "Describe a time you spent money where others wanted to save it, because it was the cheaper choice in the long run.", principles: ["frugality", "ownership"] },
  { id: "fr-9", text: "How did you decide what to cut when your budget was reduced partway through a project?", principles: ["frugality", "deliver-results"] },
  { id: "fr-10", text: "Tell me about a time you made your own time, or your team's, go further.", principles: ["frugality"] },

  // Earn Trust
  { id: "et-1", text: "Tell me about a time you admitted a mistake to your team or your manager before anyone found it.", principles: ["earn-trust"] },
  { id: "et-2", text: "Describe how you rebuilt a working relationship that had gone sour.", principles: ["earn-trust"] },
  { id: "et-3", text: "Give an example of hard news you had to deliver to a stakeholder. How did you go about it?", principles: ["earn-trust"] },
  { id: "et-4", text: "Tell me about a time you had to win over a team that did not trust yours.", principles: ["earn-trust"] },
  { id: "et-5", text: "Describe feedback about yourself that was hard to hear. What did you do with it?", principles: ["earn-trust", "learn-and-be-curious"] },
  { id: "et-6", text: "Give an example of a promise you could not keep. How did you tell the people relying on it?", principles: ["earn-trust"] },
  { id: "et-7", text: "Tell me about a time you gave credit to someone else for work that people thought was yours.", principles: ["earn-trust"] },
  { id: "et-8", text: "Describe a disagreement you settled by listening more than talking.", principles: ["earn-trust"] },
  { id: "et-9", text: "Tell me about a time you were open about a risk that made your own project look worse.", principles: ["earn-trust", "ownership"] },
  { id: "et-10", text: "How did you build trust quickly with a stakeholder you had never worked with before?", principles: ["earn-trust"] },

  // Dive Deep
  { id: "dd-1", text: "Tell me about a time the metrics looked fine but something felt off. What did you dig into?", principles: ["dive-deep"] },
  { id: "dd-2", text: "Walk me through the hardest root-cause investigation you have led, step by step.", principles: ["dive-deep"] },
  { id: "dd-3", text: "Describe a time you checked a number someone else had reported and found it was wrong.", principles: ["dive-deep", "are-right-a-lot"] },
  { id: "dd-4", text: "Tell me about a time you read the code, the logs or the raw data yourself instead of asking for a summary.", principles: ["dive-deep"] },
  { id: "dd-5", text: "Describe a detail that others dismissed which turned out to matter a great deal.", principles: ["dive-deep"] },
  { id: "dd-6", text: "Give an example of a metric you built or changed because the old one hid what was going on.", principles: ["dive-deep", "insist-on-the-highest-standards"] },
  { id: "dd-7", text: "Tell me about a problem you could only solve by understanding a layer below the one you usually work in.", principles: ["dive-deep", "learn-and-be-curious"] },
  { id: "dd-8", text: "How do you stay close to the details of work you delegated? Tell me about a time it mattered.", principles: ["dive-deep", "ownership"] },
  { id: "dd-9", text: "Describe an anecdote from a single customer that led you to data showing a wider problem.", principles: ["dive-deep", "customer-obsession"] },
  { id: "dd-10", text: "Tell me about a time you had to explain a complex technical finding to people without that background.", principles: ["dive-deep", "earn-trust"] },

  // Have Backbone; Disagree and Commit
  { id: "hb-1", text: "Tell me about a time you disagreed with your manager on something important. What did you do?", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-2", text: "Describe a decision you argued against, lost, and then committed to fully. How did it go?", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-3", text: "When did you push back on a popular idea because the data did not support it?", principles: ["have-backbone-disagree-and-commit", "dive-deep"] },
  { id: "hb-4", text: "Tell me about a time you told a senior leader something they did not want to hear.", principles: ["have-backbone-disagree-and-commit", "earn-trust"] },
  { id: "hb-5", text: "Describe a time you held your position under pressure and were proved right.", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-6", text: "Give an example of a time you held your position and were proved wrong. How did you handle that?", principles: ["have-backbone-disagree-and-commit", "are-right-a-lot"] },
  { id: "hb-7", text: "Tell me about a disagreement with a peer team that you settled without escalating.", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-8", text: "Describe a time you stayed silent when you should have spoken up. What would you do now?", principles: ["have-backbone-disagree-and-commit", "learn-and-be-curious"] },
  { id: "hb-9", text: "How did you support a plan publicly after arguing against it in private?", principles: ["have-backbone-disagree-and-commit"] },
  { id: "hb-10", text: "Tell me about a time you stopped a project you had championed because the evidence turned against it.", principles: ["have-backbone-disagree-and-commit", "are-right-a-lot"] },

  // Deliver Results
  { id: "dr-1", text: "Tell me about a deadline you met despite a serious setback along the way.", principles: ["deliver-results"] },
  { id: "dr-2", text: "Describe a goal you missed. What did you learn, and what did you do differently next time?", principles: ["deliver-results", "learn-and-be-curious"] },
  { id: "dr-3", text: "Give an example of how you decided what to drop so the most important result still landed.", principles: ["deliver-results"] },
  { id: "dr-4", text: "Tell me about the result you are proudest of. What part of it was down to you?", principles: ["deliver-results"] },
  { id: "dr-5", text: "Describe a time several priorities landed on you at once. How did you choose the order?", principles: ["deliver-results"] },
  { id: "dr-6", text: "Give an example of a project that was slipping when you joined. What did you change to land it?", principles: ["deliver-results", "ownership"] },
  { id: "dr-7", text: "Tell me about a goal you set in numbers. How did you track it, and how close did you get?", principles: ["deliver-results", "dive-deep"] },
  { id: "dr-8", text: "Describe a time you delivered something good enough now instead of something perfect later.", principles: ["deliver-results", "bias-for-action"] },
  { id: "dr-9", text: "Tell me about a time a key person left halfway through a project. How did you still deliver?", principles: ["deliver-results"] },
  { id: "dr-10", text: "How did you keep a long project moving when the team's energy dropped?", principles: ["deliver-results", "strive-to-be-earths-best-employer"] },

  // Strive to be Earth's Best Employer
  { id: "ebe-1", text: "Tell me about something you changed to make your team a better place to work.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-2", text: "Describe a time you noticed a colleague was overloaded or left out. What did you do about it?", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-3", text: "How have you made sure that people with different backgrounds were heard in your team's decisions?", principles: ["strive-to-be-earths-best-employer", "hire-and-develop-the-best"] },
  { id: "ebe-4", text: "Tell me about a time you protected your team from pressure that would have burnt them out.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-5", text: "Describe how you made it safe for people on your team to admit mistakes.", principles: ["strive-to-be-earths-best-employer", "earn-trust"] },
  { id: "ebe-6", text: "Give an example of a policy or habit you changed because it was unfair to some of the team.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-7", text: "Tell me about a time you helped someone through a difficult period outside work while keeping the work on track.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-8", text: "Describe how you made remote or part-time colleagues full members of the team.", principles: ["strive-to-be-earths-best-employer"] },
  { id: "ebe-9", text: "Tell me about a time you noticed a safety or wellbeing issue and acted on it.", principles: ["strive-to-be-earths-best-employer", "ownership"] },
  { id: "ebe-10", text: "How have you helped someone on your team find work they enjoy more?", principles: ["strive-to-be-earths-best-employer", "hire-and-develop-the-best"] },

  // Success and Scale Bring Broad Responsibility
  { id: "sbr-1", text: "Tell me about a time you considered the effect of your work on people outside your own users.", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-2", text: "Describe a decision where you chose the responsible option even though it slowed you down.", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-3", text: "Give an example of a risk that only appeared once your product grew large. How did you handle it?", principles: ["success-and-scale-bring-broad-responsibility", "think-big"] },
  { id: "sbr-4", text: "Tell me about a time you weighed privacy or security against speed. What did you choose?", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-5", text: "Describe a change you made that reduced waste, energy use or another cost borne by people outside the company.", principles: ["success-and-scale-bring-broad-responsibility", "frugality"] },
  { id: "sbr-6", text: "Give an example of a time you made sure your product worked for people it usually leaves out.", principles: ["success-and-scale-bring-broad-responsibility", "customer-obsession"] },
  { id: "sbr-7", text: "Tell me about a time you spoke up about a possible misuse of something your team built.", principles: ["success-and-scale-bring-broad-responsibility", "have-backbone-disagree-and-commit"] },
  { id: "sbr-8", text: "Describe how you thought about the second-order effects of a decision before you made it.", principles: ["success-and-scale-bring-broad-responsibility", "are-right-a-lot"] },
  { id: "sbr-9", text: "Tell me about a time you left a codebase, team or community in better shape than you found it.", principles: ["success-and-scale-bring-broad-responsibility"] },
  { id: "sbr-10", text: "Give an example of how you handled a mistake that affected many users at once.", principles: ["success-and-scale-bring-broad-responsibility", "earn-trust"] },
];

/** Shipped questions that touch any of the given principles, in bank order. */
export function questionsFor(codes: PrincipleCode | readonly PrincipleCode[]): ShippedQuestion[] {
  const wanted: ReadonlySet<PrincipleCode> = new Set(typeof codes === "string" ? [codes] : codes);
  return SHIPPED_QUESTIONS.filter((q) => q.principles.some((p) => wanted.has(p)));
}
