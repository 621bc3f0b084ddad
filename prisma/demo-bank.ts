// The demo account's bank: one data scientist / data engineer ("Dana Reyes") with 5 projects and 30 STAR stories.
// Twenty-eight stories are written to pass every quality check (status "ready"); two are drafts with realistic flaws
// (a "we"-heavy action with a thin result, a thin action with a metric lacking a baseline) so a new user
// sees what the checks catch. The ready stories fill every slot of each Amazon template (lib/domain/templates.ts)
// with a different story and leave a backup for most slots; within a project no two stories share a primary
// principle or half their angles, so any two can be told in different rounds (tests/unit/demo-bank.test.ts).
// The eight stories the demo started with come first: prisma/seed.ts stamps the stories a second apart in file
// order, so those eight open the stories list. Companies and people are invented. Used by prisma/seed.ts.
// At the end: the demo loop (planned at seeding, dated ahead) and three weeks of rehearsals (DESIGN §6).
import { planLoop } from "@/lib/domain/autoplan";
import { assessStory } from "@/lib/domain/quality";
import { LOOP_TEMPLATES } from "@/lib/domain/templates";
import type { Direction, FollowUp, Loop, PrincipleCode, RoundKind, Story, StoryStatus, Weight } from "@/lib/domain/types";
import { DEMO_EXTRAS } from "./demo-follow-ups";

export const DEMO_ACCOUNT = { name: "Dana Reyes", email: "demo@starloop.test", password: "demo-password-1" } as const;

export interface DemoProject {
  key: string;
  title: string;
  organization: string;
  period: string;
  context: string;
  role: string;
  scope: string;
}

export interface DemoStory {
  key: string;
  projectKey: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  status: StoryStatus;
  angles: string[];
  principles: { code: PrincipleCode; weight: Weight }[];
  metrics: { label: string; unit: string; before: number | null; after: number; direction: Direction }[];
  /** Headline, 30-second version and follow-ups come from prisma/demo-follow-ups.ts (every ready story has them). */
  headline?: string;
  shortVersion?: string;
  followUps?: FollowUp[];
}

export const DEMO_BANK: { projects: DemoProject[]; stories: DemoStory[] } = {
  projects: [
    {
      key: "kestrel-fraud",
      title: "Card-not-present fraud model",
      organization: "Kestrel Pay",
      period: "Mar 2021 – Aug 2022",
      context:
        "Kestrel Pay processes online card payments for about 40,000 small merchants in the US and Canada. Fraud screening was 180 hand-written rules maintained by the risk operations team. Chargebacks had risen to 0.9% of volume and two large merchants had threatened to leave, so the company wanted a machine-learning score in the authorization path within a year.",
      role: "Senior data scientist; led modelling, evaluation and threshold design, working with two ML engineers and the risk operations team.",
      scope:
        "Team of 5 (2 data scientists, 2 ML engineers, 1 analyst); about 3.1 million transactions a day; $2.4B annual payment volume; 14 risk analysts as internal users.",
    },
    {
      key: "parcelwise-streaming",
      title: "Batch-to-streaming data platform migration",
      organization: "Parcelwise",
      period: "Oct 2022 – Jan 2024",
      context:
        "Parcelwise is a regional last-mile delivery company with 18 depots and about 2,600 drivers. Operational dashboards were fed by a nightly batch ETL from Postgres into the warehouse, so depot managers saw yesterday's late deliveries the next morning. I led the move to change data capture with Debezium, Kafka and Flink, feeding the warehouse and an operational store with under a minute of delay.",
      role: "Data engineering lead for the migration; owned the architecture, the infrastructure budget and on-call for the data platform.",
      scope:
        "4 data engineers plus 1 junior engineer; 140 source tables; about 1.2 billion events a month; 300 dashboard users across 18 depots; $38,000 a month infrastructure budget.",
    },
    {
      key: "cratebay-experiments",
      title: "Experimentation platform and seller-fee tests",
      organization: "Cratebay",
      period: "Feb 2024 – present",
      context:
        "Cratebay is an online marketplace for used furniture with about 1.8 million monthly buyers and 120,000 active sellers. Pricing and fee changes were tested by hand: analysts wrote one-off assignment code and SQL, tests ran for arbitrary lengths and results were argued about in meetings. I built a shared experimentation platform and ran the first seller-fee tests on it.",
      role: "Staff data scientist; designed the platform's statistics and led the pricing test programme.",
      scope:
        "Team of 3 (me, a data engineer, a front-end engineer) plus 6 product analysts as users; 40+ experiments a quarter; marketplace GMV about $310M a year.",
    },
    {
      key: "fernhill-forecasting",
      title: "Store demand forecasting and replenishment",
      organization: "Fernhill Markets",
      period: "Jun 2019 – Feb 2021",
      context:
        "Fernhill Markets is a regional grocery chain with 140 stores in the Pacific Northwest. Store managers ordered fresh and chilled products from spreadsheets built on last year's sales, so shelves ran empty on busy days and about 4% of fresh sales value was thrown away. I joined the supply-chain analytics team to build a daily SKU-level forecast that fed the replenishment system directly.",
      role: "Data scientist, then lead data scientist for forecasting; owned the model, its evaluation and its adoption by the stores.",
      scope:
        "Team of 4 (me, one analyst, two engineers shared with supply chain); 140 stores; about 9,000 fresh and chilled SKUs; 1.3 million store-SKU forecasts a day; $1.1B annual sales.",
    },
    {
      key: "oakmere-claims",
      title: "Claims data warehouse rebuild",
      organization: "Oakmere Insurance",
      period: "Jul 2017 – May 2019",
      context:
        "Oakmere Insurance writes home and auto policies in six states. Claims data lived in a 20-year-old mainframe system and a tangle of nightly SQL Server jobs, and actuaries, finance and regulatory reporting each kept their own copy of the numbers. I was hired to rebuild the claims warehouse so that every team read the same reconciled figures.",
      role: "Data engineer, later senior data engineer; designed the claims data model and the load pipelines and ran them in production.",
      scope:
        "Team of 3 data engineers; 12 years of claims history, about 48 million claim transactions; 60 internal users in actuarial, finance and regulatory reporting; quarterly filings in six states.",
    },
  ],
  stories: [
    // ── Kestrel Pay ────────────────────────────────────────────────────────────────────────────
    {
      key: "label-leak",
      projectKey: "kestrel-fraud",
      title: "Catching a label leak six weeks before launch",
      situation:
        "Six weeks before launch, the new gradient-boosted fraud model scored an AUC of 0.97 on the holdout set, against 0.88 for the rules engine. The product manager had already shared the number with the merchant advisory board, and the launch date was tied to a processor contract renewal.",
      task:
        "I owned model evaluation. A jump that large did not match anything I had seen for card-not-present fraud, so I wanted to prove the number before the model went into the authorization path.",
      action:
        "I started by ranking features by gain and found that 'days since last dispute' carried 31% of the model's importance on its own. I traced it back through the pipeline and learned that it was computed from a disputes table that is updated when a chargeback arrives, which can be up to 90 days after the transaction. At training time the model could see disputes that would not exist yet in production. I rebuilt the training set with point-in-time joins, so every feature was computed as of the authorization timestamp, and I wrote a check that fails the training job if any feature source has an update time later than the label's event time. With clean data the AUC fell to 0.91. I then wrote a one-page note for the product manager and the head of risk that explained the leak, the corrected number and what 0.91 meant in dollars: at the same review capacity, the model would still catch about 40% more fraud than the rules. I asked for one extra week to re-tune thresholds on the corrected scores, and I presented the note myself at the next advisory board call, so the board heard the correction from me rather than from a bad first month in production.",
      result:
        "The model launched one week late. In its first 90 days it caught 38% more fraud dollars than the rules engine at the same manual review volume, close to my 40% forecast, and chargebacks fell from 0.9% to 0.62% of volume. The leakage check has since stopped two other models from training on future data.",
      learnings:
        "I now treat any large jump in an offline metric as a bug until I can explain it. I added a point-in-time audit to the model review template, and every new feature has to name the timestamp it is valid as of before it can be used in training.",
      status: "ready",
      angles: ["technical depth", "stakeholder management"],
      principles: [
        { code: "dive-deep", weight: "primary" },
        { code: "insist-on-the-highest-standards", weight: "primary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "fraud dollars caught per month", unit: "$", before: 410000, after: 566000, direction: "higher-is-better" },
        { label: "chargeback rate", unit: "%", before: 0.9, after: 0.62, direction: "lower-is-better" },
      ],
    },
    {
      key: "graduated-thresholds",
      projectKey: "kestrel-fraud",
      title: "Auto-decline or review: settling a threshold dispute with a test",
      situation:
        "When the fraud model went live, Marcus, the head of risk operations, wanted every transaction scoring above 0.7 declined automatically. His team had been blamed for the chargeback rise and he wanted the fastest possible drop. My backtest showed that threshold would decline about 1 in 60 legitimate orders from new customers.",
      task:
        "I was responsible for recommending the decision thresholds. I had to either change Marcus's mind with evidence or accept his call and make it work, without damaging a relationship I would rely on for the next year.",
      action:
        "I asked Marcus for an hour and brought the backtest broken down by merchant segment, because I suspected the average hid the problem. It did: for subscription merchants, a 0.7 auto-decline would have blocked 4.1% of first payments, and those merchants made up 22% of revenue. I proposed a middle path: auto-decline above 0.92, manual review between 0.7 and 0.92, and a 3-D Secure challenge for new cards in that band. Marcus objected that his analysts could not absorb the extra queue. I went back and sized it: about 2,300 extra reviews a day, which was more than his team could handle, so he was right about that part. I changed my proposal rather than push harder. I built a second model that ranked the review queue by expected loss, so analysts worked the top 900 cases a day and the rest got the 3-D Secure challenge. Marcus still preferred his simpler rule, so I suggested running both for two weeks on a 50/50 merchant split. I wrote the success criteria down before the test started, his decline rate and my false-positive rate, and told him I would back his rule if mine did not beat it on both.",
      result:
        "The graduated version caught 96% of the fraud dollars the auto-decline caught, while wrongly declining 0.4% of legitimate first payments instead of 1.7%. Marcus adopted it for all merchants. Over the next quarter, complaints from subscription merchants about declined customers fell by 61%, and Marcus asked me to join his team's quarterly planning.",
      learnings:
        "Writing the success criteria down before the test meant neither of us could move the goalposts afterwards. I now do that for any decision where I disagree with the person who owns it.",
      status: "ready",
      angles: ["conflict", "stakeholder management", "customer impact"],
      principles: [
        { code: "have-backbone-disagree-and-commit", weight: "primary" },
        { code: "customer-obsession", weight: "primary" },
        { code: "earn-trust", weight: "secondary" },
        { code: "are-right-a-lot", weight: "secondary" },
      ],
      metrics: [
        { label: "legitimate first payments declined", unit: "%", before: 1.7, after: 0.4, direction: "lower-is-better" },
        { label: "subscription merchant complaints per month", unit: "count", before: 140, after: 55, direction: "lower-is-better" },
      ],
    },
    {
      key: "threshold-outage",
      projectKey: "kestrel-fraud",
      title: "A threshold change that declined 6,400 good orders",
      situation:
        "Four months after launch, fraud losses on gift-card merchants went up and I was asked to tighten the model's threshold for that segment. Thresholds lived in a config file that did not go through the same review as model code, and I made the change on a Thursday afternoon.",
      task:
        "The change was mine to design, test and ship. The goal was to cut gift-card fraud losses, which had reached about $85,000 a month, without hurting approval rates anywhere else.",
      action:
        "I tested the new threshold on the gift-card segment and it looked good: 24% more fraud caught for a small rise in reviews. What I missed was that the segment filter matched on merchant category code, and three large ticketing merchants shared a code with gift-card sellers. On Friday evening their approval rate dropped from 96% to 81%. The alert went to a channel nobody watched at the weekend, and I found the drop myself on Saturday morning when I checked the dashboard. I rolled the threshold back within 20 minutes, then called the account manager for the largest merchant and explained what had happened before she heard it from the client. On Monday I wrote the incident review and listed every declined order, about 6,400, and I worked with support to email each affected customer a retry link. Then I changed the process so it could not happen the same way again. I moved threshold config into the model repository so every change gets a code review, I added a pre-deployment report that shows the approval-rate change for every merchant with more than 1,000 transactions a week, and I routed approval-rate alerts to the on-call pager. Two weeks later I shipped the gift-card threshold again, scoped by merchant ID instead of category code.",
      result:
        "About 6,400 legitimate orders were declined over 17 hours, roughly $310,000 in merchant sales, and about 70% of those customers completed their purchase after the retry email. The rescoped threshold cut gift-card fraud losses from $85,000 to $52,000 a month, and the per-merchant report has since caught two bad threshold changes before release.",
      learnings:
        "Config is code. A change that can decline a customer's payment needs the same review, blast-radius check and alerting as a model release. I also stopped shipping risk changes late in the week unless someone is watching through the weekend.",
      status: "ready",
      angles: ["failure", "customer impact"],
      principles: [
        { code: "ownership", weight: "primary" },
        { code: "success-and-scale-bring-broad-responsibility", weight: "secondary" },
        { code: "insist-on-the-highest-standards", weight: "secondary" },
      ],
      metrics: [
        { label: "gift-card fraud losses per month", unit: "$", before: 85000, after: 52000, direction: "lower-is-better" },
        { label: "risk config changes reviewed before release", unit: "%", before: 0, after: 100, direction: "higher-is-better" },
      ],
    },
    // ── Parcelwise ─────────────────────────────────────────────────────────────────────────────
    {
      key: "mentoring-priya",
      projectKey: "parcelwise-streaming",
      title: "Getting a stuck junior engineer to own the biggest pipeline",
      situation:
        "Priya joined as a junior data engineer three months into the streaming migration. Her first assignment was the change-data-capture pipeline for the delivery-events tables, our largest source at 40 million rows a day. After five weeks she had not merged a pull request, and in standups she kept saying she was almost there.",
      task:
        "I was her mentor as well as the migration lead. The pipeline had to be ready for the depot cut-over in six weeks, and I wanted Priya to come out of it able to own the pipeline, not just finish it with me writing the hard parts.",
      action:
        "I sat down with her and asked her to walk me through her branch. The code was close, but she was trying to solve ordering, schema changes and backfill in one pull request, because she thought a partial change would look bad. I told her that was my fault: I had handed her a large ticket without saying how I expected it to be split. I asked her to propose a split, and she came back with four pieces and chose the order herself. I set up two 30-minute pairing sessions a week where she drove and I only asked questions. When she reached the hardest part, out-of-order updates from Debezium, I did not give her the answer. I pointed her to the Flink watermark documentation and a failing test I had written, and left her a full day with it. She solved it with a per-key sequence check that was simpler than what I would have built. I made sure she presented that design at the architecture review herself, and I put her name on the runbook as the primary owner, with me as backup.",
      result:
        "Priya merged her first pull request four days later, and the pipeline shipped in five weeks, one week ahead of the cut-over. It has carried 40 million rows a day with no data-loss incidents since. She has been its on-call owner for a year and was promoted to engineer II eleven months after joining, two months earlier than usual.",
      learnings:
        "I now break a new hire's first project into tickets of two or three days before they start, and I ask what they are stuck on instead of how it is going. The second question gets an honest answer much sooner.",
      status: "ready",
      angles: ["mentoring"],
      principles: [
        { code: "hire-and-develop-the-best", weight: "primary" },
        { code: "strive-to-be-earths-best-employer", weight: "secondary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "pull requests merged per week by Priya", unit: "count", before: 0, after: 3, direction: "higher-is-better" },
        { label: "weeks to ship the delivery-events pipeline", unit: "weeks", before: 6, after: 5, direction: "lower-is-better" },
      ],
    },
    {
      key: "kafka-bill",
      projectKey: "parcelwise-streaming",
      title: "Halving the streaming bill without slowing the migration",
      situation:
        "Three months after the first depots moved to streaming, the managed Kafka and Flink bill reached $61,000 a month against a budget of $38,000. Finance flagged it in the quarterly review, and the CTO asked whether the remaining 11 depots should wait.",
      task:
        "As migration lead I owned the budget. I had to bring the monthly cost under $38,000 without delaying the migration or letting dashboard delay go above the one minute promised to depot managers.",
      action:
        "I pulled a week of billing data and broke it down by topic and by job, which nobody had done since launch. Three things stood out. First, 62% of storage was retention: every topic kept 30 days because that was the default I had set in the Terraform module at the start, although only two topics were ever replayed. I set retention to 3 days for everything except those two and moved long-term history to S3 through a sink connector, at about a tenth of the cost per gigabyte. Second, the GPS ping topic sent full JSON for every driver every 5 seconds. I switched it to Avro with the schema registry already in place and turned on zstd compression, which cut its volume by 78%. Third, I found 9 Flink jobs sized for peak load around the clock. I measured their real throughput and moved them to autoscaling with a floor of 2 task slots. Before each change I wrote down the expected saving and the risk, and I rolled the changes out one a week so I could tell which one caused any problem. I sent finance the numbers every week until the bill was under budget.",
      result:
        "The bill went from $61,000 to $29,500 a month within seven weeks, about $378,000 a year, while p95 dashboard delay stayed at 41 seconds. The remaining 11 depots moved on schedule, and the Terraform module now defaults to 3-day retention.",
      learnings:
        "The most expensive default was one I had set myself. I now review cost by topic and job every month, and every new topic needs a stated retention reason in its pull request.",
      status: "ready",
      angles: ["cost", "technical depth", "scale"],
      principles: [
        { code: "frugality", weight: "primary" },
        { code: "dive-deep", weight: "secondary" },
        { code: "deliver-results", weight: "secondary" },
      ],
      metrics: [
        { label: "streaming infrastructure cost per month", unit: "$", before: 61000, after: 29500, direction: "lower-is-better" },
        { label: "GPS topic volume", unit: "GB/day", before: 410, after: 90, direction: "lower-is-better" },
        { label: "p95 dashboard delay", unit: "ms", before: 43000, after: 41000, direction: "lower-is-better" },
      ],
    },
    {
      key: "one-depot-pilot",
      projectKey: "parcelwise-streaming",
      title: "Starting with one depot instead of a month of planning",
      situation:
        "Parcelwise leadership wanted same-day visibility of late deliveries, but nobody agreed on what real time meant. The operations director wanted live maps, finance wanted hourly numbers, and the CTO had not picked a streaming stack.",
      task:
        "I was asked to come back in a month with a plan. I thought a month of meetings would only produce a longer list of opinions, so I proposed a pilot at one depot instead.",
      action:
        "We picked the Riverside depot because it had the most late deliveries. We set up Debezium on two tables, delivery_events and routes, and we streamed them into a Kafka topic and a small Postgres read store. Our depot manager there, Tomás, used our dashboard for three weeks and told us which numbers he actually looked at. We learned that he only needed three views, and none of them was the live map. I wrote up what we had built and what it cost, and we presented it to leadership as the plan for the other 17 depots.",
      result: "Leadership approved the migration and the pilot became the template.",
      learnings: "",
      status: "draft",
      angles: ["ambiguity", "speed"],
      principles: [
        { code: "bias-for-action", weight: "primary" },
        { code: "customer-obsession", weight: "secondary" },
      ],
      metrics: [
        { label: "time for a depot manager to see a late delivery", unit: "hours", before: 20, after: 0.02, direction: "lower-is-better" },
      ],
    },
    // ── Cratebay ───────────────────────────────────────────────────────────────────────────────
    {
      key: "experimentation-platform",
      projectKey: "cratebay-experiments",
      title: "Turning one-off pricing tests into a self-serve platform",
      situation:
        "When I joined Cratebay, every pricing test was a custom project. One analyst wrote the assignment logic, another wrote the SQL, and a typical test took five weeks from idea to readout. Of the 14 tests run the year before, 5 had results that were later reversed.",
      task:
        "My manager asked me to help with the seller-fee tests. I proposed something larger, a self-serve experimentation platform any product team could use, and took responsibility for its design and for getting teams to adopt it.",
      action:
        "I started by reading the write-ups of all 14 past tests and listing what went wrong in each. Three causes explained 11 of the 14 problems: checking results daily and stopping early, sample-ratio mismatches from buggy assignment, and metrics defined differently by each analyst. I designed the platform around those three. Assignment became a single hashing service keyed on user ID, with an automatic sample-ratio check that blocks the readout if the split is off by more than 1%. I defined 12 standard metrics in one dbt model, so GMV meant the same thing in every test. For early stopping, I used sequential tests with always-valid confidence intervals, so analysts could look every day without inflating false positives. I added CUPED variance reduction on each user's prior 30-day spend, which I estimated would cut required sample sizes by about 35%. To keep the scope small, I built the readout as a templated notebook instead of a web UI, and I ran the first three tests on it myself with the seller team before offering it to anyone else. Then I gave the six analysts a one-hour training and paired with each of them on their first test.",
      result:
        "Within two quarters, 41 experiments a quarter ran on the platform, up from about 4. Median time from idea to readout fell from 35 days to 12. No platform result has been reversed so far, and CUPED cut required sample sizes by 38%, slightly better than my estimate.",
      learnings:
        "Reading the old failures first told me what to build and what to leave out. I skipped a web UI for six months and nobody asked for it, which freed that time for the statistics that mattered.",
      status: "ready",
      angles: ["scale", "speed", "technical depth"],
      principles: [
        { code: "think-big", weight: "primary" },
        { code: "invent-and-simplify", weight: "primary" },
        { code: "deliver-results", weight: "secondary" },
        { code: "learn-and-be-curious", weight: "secondary" },
      ],
      metrics: [
        { label: "experiments per quarter", unit: "count", before: 4, after: 41, direction: "higher-is-better" },
        { label: "median days from idea to readout", unit: "days", before: 35, after: 12, direction: "lower-is-better" },
        { label: "tests with a reversed result", unit: "%", before: 36, after: 0, direction: "lower-is-better" },
      ],
    },
    {
      key: "seller-fee-test",
      projectKey: "cratebay-experiments",
      title: "Holding back a fee increase that looked like a win",
      situation:
        "The seller team tested raising Cratebay's seller fee from 10% to 12% for listings over $500. After 10 days, the readout showed fee revenue up 17% with no drop in new listings, and the VP of marketplace wanted to roll it out to all sellers the following Monday. The team had already drafted the announcement email and a pricing page update, and finance had added the extra revenue to the quarterly forecast.",
      task:
        "I was the data scientist on the test. I was not convinced 10 days was long enough, because furniture listed over $500 usually takes three to four weeks to sell, so most of the effect on sellers would not be visible yet. I had to decide whether to sign off on the readout.",
      action:
        "I looked at withdrawals and sell-through by listing cohort and saw that sellers in the test group were withdrawing listings 9% more often after day 7. I asked the VP to run the test for three more weeks, and she agreed.",
      result:
        "After four weeks, fee revenue was up only 3% and high-value listings were down 6%, so the team dropped the change and tested a flat $15 fee instead.",
      learnings: "",
      status: "draft",
      angles: ["stakeholder management", "customer impact"],
      principles: [
        { code: "are-right-a-lot", weight: "primary" },
        { code: "dive-deep", weight: "secondary" },
        { code: "customer-obsession", weight: "secondary" },
      ],
      metrics: [
        { label: "fee revenue lift at the four-week readout", unit: "%", before: null, after: 3, direction: "higher-is-better" },
      ],
    },
    // ── More stories, by project (the eight above are the ones the demo started with) ──────────
    // ── Kestrel Pay ────────────────────────────────────────────────────────────────────────────
    {
      key: "card-testing-stopgap",
      projectKey: "kestrel-fraud",
      title: "Stopping a card-testing attack in 36 hours with a stopgap rule",
      situation:
        "One Friday in November 2021, a bot network started using the checkout pages of three small merchants to test stolen card numbers with $1 authorizations. Authorization volume on those merchants went from about 2,000 to 190,000 a day, and the card networks warned that fines would follow if it lasted another week.",
      task:
        "The fraud model was still two months from launch, and the rules team's next release was ten days out. Live screening was not formally mine, but I had the data and I recognised the pattern, so I offered to get a fix live before Monday.",
      action:
        "I pulled the last 72 hours of authorizations for the three merchants and looked for what the bots had in common. They rotated card numbers and IP addresses, but they reused about 40 device fingerprints, and 93% of their attempts were for exactly $1.00 with no shipping address. I wrote a three-condition rule on those signals and backtested it on the previous 30 days of traffic for every merchant. It would have blocked 11 legitimate orders in a month, all from one charity taking $1 donations, so I excluded that merchant by ID. I knew the rule was crude, so I set it to expire after 21 days and put the expiry in the change request, which made it easier for the rules team lead to approve it outside the release cycle. I paired with the on-call engineer to deploy it on Saturday morning, then I read the decline logs every two hours until Sunday night and emailed the three merchants a short explanation of what their customers would see. On Monday I added device-fingerprint velocity to the model backlog, so the lasting fix would come from the model rather than from one more rule.",
      result:
        "Within 36 hours of the attack starting, test authorizations on the three merchants fell from 190,000 a day to under 300, and no network fine was issued. The rule blocked 4 legitimate orders in its 21 days. Fingerprint velocity later became the model's fifth most important feature.",
      learnings:
        "A stopgap is easier to approve and safer to run when its end date is part of the proposal. I still put an expiry date and a named owner on every temporary rule I write.",
      status: "ready",
      angles: ["speed", "customer impact"],
      principles: [
        { code: "bias-for-action", weight: "primary" },
        { code: "customer-obsession", weight: "secondary" },
        { code: "ownership", weight: "secondary" },
      ],
      metrics: [
        { label: "card-testing authorizations per day", unit: "count", before: 190000, after: 300, direction: "lower-is-better" },
        { label: "hours until a fix was live", unit: "hours", before: 240, after: 36, direction: "lower-is-better" },
      ],
    },
    {
      key: "fraud-ring-graph",
      projectKey: "kestrel-fraud",
      title: "Teaching myself graph analytics to catch fraud rings",
      situation:
        "In spring 2022 the risk analysts noticed bursts of high-value electronics orders that passed the model with low scores and turned into chargebacks a month later. Each order looked clean on its own: a new card, a normal amount, a plausible address. Losses from these bursts reached about $120,000 in one quarter.",
      task:
        "I suspected the orders were linked, but the model scored each transaction alone and nobody on the team had worked with graph data. I set out to learn enough to test the idea and, if it held, to turn it into features the model could use.",
      action:
        "I spent two evenings a week for three weeks on a graph analytics course and the GraphFrames documentation, and I read two published papers on payment fraud rings. Then I built a prototype in which every card, email, device and shipping address became a node, and each transaction linked the ones it used. I ran connected components over 90 days of data and found 37 clusters of more than 20 cards sharing fewer than 5 devices; 31 of them contained at least one confirmed chargeback. That convinced me the signal was real. I turned it into three features the model could afford at scoring time: the size of a card's component, the share of its neighbours with a chargeback, and the age of its newest link. I rewrote the component job in Spark so it refreshed every 15 minutes instead of running on my laptop, and I built its training data from point-in-time snapshots so a neighbour's future chargeback could never leak into a past score. I walked the analysts through ten clusters on a call, because they knew the merchants far better than I did, and two of their comments changed how I defined a link.",
      result:
        "With the three graph features, the model caught 71% of ring-linked fraud dollars in the next quarter, up from 18%, and quarterly losses from these bursts fell from $120,000 to about $35,000. The graph job became a shared service that two other teams now query.",
      learnings:
        "I learn a new method fastest when I have a real question to answer with it. I now keep a short reading list for each open problem and test an idea on a small prototype before I propose a project around it.",
      status: "ready",
      angles: ["technical depth", "ambiguity"],
      principles: [
        { code: "learn-and-be-curious", weight: "primary" },
        { code: "invent-and-simplify", weight: "secondary" },
        { code: "dive-deep", weight: "secondary" },
      ],
      metrics: [
        { label: "ring-linked fraud dollars caught", unit: "%", before: 18, after: 71, direction: "higher-is-better" },
        { label: "quarterly losses from fraud rings", unit: "$", before: 120000, after: 35000, direction: "lower-is-better" },
      ],
    },
    {
      key: "scoring-latency",
      projectKey: "kestrel-fraud",
      title: "Getting the fraud score inside a 50 ms authorization budget",
      situation:
        "The processor contract gave the fraud score 50 milliseconds inside each authorization call. Two months before launch, the first end-to-end load test showed a p99 of 180 ms at 3.1 million transactions a day, and any request over budget would be approved without a score.",
      task:
        "I had designed the features, so finding the latency was my job even though the serving code belonged to the ML engineers. I had five weeks to bring p99 under 50 ms without losing more than a point of recall.",
      action:
        "I started by profiling a thousand slow requests instead of guessing. Seventy percent of the time went to six aggregate features computed on request from the transactions database, such as a card's spend in the last 24 hours. I moved those to a streaming job that kept running aggregates in Redis, which turned each lookup into a single key read. Then I looked at the model itself: 1,200 trees of depth 10. I retrained it with 400 trees of depth 8 and compared both on the same holdout; recall at the agreed review rate dropped by only 0.4 points, so I kept the smaller one. I compiled it with Treelite, which cut inference from 9 ms to under 2 ms. Every change went through a load test at twice the expected peak, and I published a latency budget per component on a dashboard, so anyone adding a feature could see what it would cost. I also agreed a fallback with the ML engineers: if a score was not ready at 45 ms, the request would use the old rules instead of passing unscored.",
      result:
        "Two weeks before launch, p99 latency was 38 ms at twice peak volume, with recall within 0.4 points of the large model. In the first year fewer than 0.01% of authorizations fell back to the rules, and the per-component budget is still how new features get approved.",
      learnings:
        "I profile before I optimise: my first guess, the model, was only a tenth of the problem. I now write a latency budget into every feature design before any modelling starts.",
      status: "ready",
      angles: ["scale", "technical depth"],
      principles: [
        { code: "deliver-results", weight: "primary" },
        { code: "insist-on-the-highest-standards", weight: "secondary" },
      ],
      metrics: [
        { label: "p99 scoring latency", unit: "ms", before: 180, after: 38, direction: "lower-is-better" },
        { label: "model inference time per request", unit: "ms", before: 9, after: 2, direction: "lower-is-better" },
      ],
    },
    // ── Parcelwise ─────────────────────────────────────────────────────────────────────────────
    {
      key: "vanished-events",
      projectKey: "parcelwise-streaming",
      title: "Tracing the 0.3% of delivery events that disappeared",
      situation:
        "After the first six depots moved to streaming, the finance team's reconciliation found that the warehouse held 0.3% fewer delivery events than the source database each day, about 120,000 rows. Driver pay was calculated from those events, so a missing delivery could mean an underpaid driver.",
      task:
        "The gap had been open for two weeks and people were starting to blame Kafka in general. I owned the pipeline, and I wanted the exact cause, a fix, and a way to prove every day that the numbers matched.",
      action:
        "I picked one depot and one day and compared source and warehouse row by row instead of looking at totals. Every missing row had been updated twice within the same second. That pointed me to the Flink deduplication step, which kept the latest event per delivery ID using the source timestamp, and that timestamp only had second precision. When two updates shared it, the job kept whichever arrived first and sometimes dropped the final state. I reproduced the bug with a failing test of 50 synthetic events, then changed the ordering key to the Postgres log sequence number that Debezium already put in each message, which is strictly increasing. I did not want anyone to trust the fix on my word, so I built a daily job that counts rows and sums the pay-relevant fields per depot on both sides and pages the on-call engineer if they differ by more than 0.01%. Finally I backfilled the two weeks from the source and sent the payroll team a list of the 214 drivers whose records had changed, with the amounts.",
      result:
        "The daily gap fell from about 120,000 rows to zero, and the check has matched source and warehouse within 0.01% on every day since, across all 18 depots. Payroll corrected $46,000 of underpayments before the next pay run, and no driver had to raise a complaint.",
      learnings:
        "A total that is slightly off hides a specific bug, and comparing single records found this one in a day. I also stopped ordering events by any business timestamp; deduplication keys on the log position.",
      status: "ready",
      angles: ["technical depth", "data quality"],
      principles: [
        { code: "dive-deep", weight: "primary" },
        { code: "insist-on-the-highest-standards", weight: "secondary" },
        { code: "ownership", weight: "secondary" },
      ],
      metrics: [
        { label: "delivery events missing from the warehouse per day", unit: "count", before: 120000, after: 0, direction: "lower-is-better" },
        { label: "depots with a daily source reconciliation", unit: "count", before: 0, after: 18, direction: "higher-is-better" },
      ],
    },
    {
      key: "keep-the-warehouse",
      projectKey: "parcelwise-streaming",
      title: "Talking the CTO out of replacing the warehouse mid-migration",
      situation:
        "Halfway through the streaming migration, the CTO came back from a conference convinced that Parcelwise should drop Snowflake and move all analytics onto a real-time OLAP database. He asked me to plan the switch for the same quarter, while 11 depots were still waiting to move off the nightly batch.",
      task:
        "I believed the switch would stall the migration and force a rebuild of 300 dashboards for no gain to depot managers. I had to make that case to my boss's boss with evidence, and commit fully if he still decided to go ahead.",
      action:
        "I asked for two weeks to compare the options properly rather than argue from opinion. I listed the 40 most used dashboards and classified each of their queries: 34 were aggregations over days or weeks that Snowflake already answered in under 3 seconds, and only 6 needed sub-second freshness. I ran those 6 on a trial of the OLAP engine and on a small Postgres read store fed from the existing Kafka topics. Both met the latency target, but the read store cost $900 a month against an estimated $14,000 for the new engine, and it needed no dashboard rewrites. I wrote a two-page memo with those numbers, the delay I expected from switching, about four months, and the part where the CTO was right: route planning would need true real-time queries within a year. I proposed a written trigger for revisiting the engine, read-store traffic above 200 queries per second. I took the memo to him one to one before the architecture review, so he would not be surprised in front of his team, and I told him that if he still wanted the switch I would have the plan on his desk that week.",
      result:
        "The CTO kept Snowflake and funded the read store. The remaining 11 depots moved on schedule, and the 6 real-time dashboards went from 15-minute refreshes to under 5 seconds. The trigger was reached 14 months later, and the OLAP project then started with a clear scope.",
      learnings:
        "Disagreeing went better once I granted the part he had right and turned it into a written trigger. I now put a revisit condition in every memo where I argue against a direction.",
      status: "ready",
      angles: ["conflict", "stakeholder management"],
      principles: [
        { code: "have-backbone-disagree-and-commit", weight: "primary" },
        { code: "are-right-a-lot", weight: "secondary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "refresh delay of the real-time dashboards", unit: "s", before: 900, after: 5, direction: "lower-is-better" },
        { label: "depots still on the nightly batch", unit: "count", before: 11, after: 0, direction: "lower-is-better" },
      ],
    },
    {
      key: "one-hour-window",
      projectKey: "parcelwise-streaming",
      title: "Narrowing the delivery window customers saw from four hours to one",
      situation:
        "Parcelwise told customers their parcel would arrive in a four-hour window set the night before. About 7% of first delivery attempts failed because nobody was home, and each redelivery cost about $6 and a day's delay. Customer reviews named the window as the main complaint.",
      task:
        "Once driver GPS was streaming, I proposed using it to give customers a live one-hour window on the delivery day. The platform was mine, and I took on the arrival-time model and the decision of when the window was good enough to show.",
      action:
        "I first checked whether failed attempts were really about the window. I joined six months of failed attempts with customer messages and found that 64% of not-home failures came in the last hour of the window, after people had given up waiting. Then I built the arrival model on the streaming data: remaining stops, the driver's pace that day and historical stop times per street, trained with gradient boosting on 30 million completed stops. I set a bar before showing anything to customers: at least 90% of deliveries had to land inside the hour shown. The model met it on urban routes but reached only 78% on rural ones, so I launched on urban routes alone rather than lower the bar. With the app developer I designed a text message sent when the driver was three stops away, with a one-tap option to leave the parcel with a neighbour. I rolled it out to four depots first and compared failed attempts with four matched depots for a month before going further.",
      result:
        "At the four test depots, failed first attempts fell from 7.2% to 4.1%, and 92% of deliveries landed in the hour shown. After rollout to urban routes at all 18 depots, redelivery costs fell by about $41,000 a month, and the window dropped from first to fourth place among review complaints.",
      learnings:
        "Holding a fixed accuracy bar kept me from launching rural routes too early, where a wrong promise would have been worse than the old window. I now agree the launch bar for any customer-facing prediction before I see results.",
      status: "ready",
      angles: ["customer impact", "technical depth"],
      principles: [
        { code: "customer-obsession", weight: "primary" },
        { code: "invent-and-simplify", weight: "secondary" },
      ],
      metrics: [
        { label: "failed first delivery attempts", unit: "%", before: 7.2, after: 4.1, direction: "lower-is-better" },
        { label: "redelivery cost per month", unit: "$", before: 95000, after: 54000, direction: "lower-is-better" },
      ],
    },
    {
      key: "eastgate-rollback",
      projectKey: "parcelwise-streaming",
      title: "Calling a rollback on a depot cut-over I had promised",
      situation:
        "The cut-over of the Eastgate depot, the busiest one, was planned for a Sunday night so dashboards would be live for the Monday rush. I had told the operations director it would be the smoothest move yet, since the pipelines were the ones already running at 12 depots.",
      task:
        "I was the cut-over lead. My job was to decide at each checkpoint whether to continue or roll back, and to make sure Eastgate's 190 drivers started Monday with correct routes and counts either way.",
      action:
        "At 1 a.m. the route counts in the new store were 4% lower than in the batch system. I traced it in about 40 minutes: Eastgate used a legacy routes table with a composite key that the other depots had dropped years earlier, and my connector config assumed a single-column key, so updates were overwriting each other. I could see a fix, but testing it properly would take most of the night, and the first drivers left at 5:30. I called the rollback at 2 a.m., switched Eastgate back to the batch pipeline with the runbook, and checked the Monday dashboards against the old system myself before 5. At 7 I phoned the operations director, told him the move had failed because of an assumption I had not checked, and gave him a new date. That week I wrote a pre-cut-over check that compares the key definition of every source table with the connector config, ran it against the remaining depots and found one more mismatch. I moved Eastgate the following Sunday with the corrected connector.",
      result:
        "No driver started Monday with wrong data, and Eastgate moved a week later with route counts matching to the row. The key check caught 1 more mismatch before the last 5 cut-overs, and none of those 6 moves needed a rollback.",
      learnings:
        "I had treated 12 earlier depots as proof, when Eastgate's schema differed in ways I never checked. Every cut-over plan I write now lists the assumptions it depends on with a check for each, and the rollback decision point is fixed before the night starts.",
      status: "ready",
      angles: ["failure", "stakeholder management"],
      principles: [
        { code: "ownership", weight: "primary" },
        { code: "bias-for-action", weight: "secondary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "route count gap at cut-over", unit: "%", before: 4, after: 0, direction: "lower-is-better" },
        { label: "source tables with an unchecked key definition", unit: "count", before: 140, after: 0, direction: "lower-is-better" },
      ],
    },
    // ── Cratebay ───────────────────────────────────────────────────────────────────────────────
    {
      key: "ranking-srm",
      projectKey: "cratebay-experiments",
      title: "Blocking a search-ranking win that had a broken split",
      situation:
        "Eight months after the platform launched, the search team's new ranking model showed a 6.2% lift in buyer conversion, the biggest result the platform had produced. The team lead wanted to announce it at Friday's all-hands, and the only thing blocking the readout was the sample-ratio check I had built.",
      task:
        "The check said the treatment group had 2.3% fewer users than expected. I owned the platform's statistics, so it was my call whether the check was a false alarm or the result could not be trusted.",
      action:
        "I first made sure the check itself was right: with 1.4 million users, a 2.3% shortfall had a p-value far below anything chance would produce. Then I looked for where the users went. I split the mismatch by platform and browser and found it was entirely on the Android app, where the new ranking loaded about 900 ms slower, and users who left before the results rendered were never logged as exposed. The missing users were the impatient ones, so treatment looked better than it was. I told the search lead I would not sign the readout, showed him the breakdown, and proposed a fix: log exposure when the request is sent, not when results render. He was frustrated, because the all-hands slide was ready, and asked me to report the lift with a caveat. I said a caveat would not survive its first retelling, and I offered to rerun the test myself with corrected logging, so he would lose two weeks rather than the launch.",
      result:
        "The rerun showed a 1.1% conversion lift on web and a 0.8% drop on Android, so the team shipped on web and fixed the Android latency first. Logging exposure at request time became the platform default, and sample-ratio mismatches fell from 1 test in 9 to 1 in 40.",
      learnings:
        "A guardrail only counts if I enforce it on the result everybody wants. I now explain in every readout why the checks passed, not only that they did, so blocking one is never a surprise.",
      status: "ready",
      angles: ["technical depth", "conflict"],
      principles: [
        { code: "insist-on-the-highest-standards", weight: "primary" },
        { code: "have-backbone-disagree-and-commit", weight: "secondary" },
        { code: "are-right-a-lot", weight: "secondary" },
      ],
      metrics: [
        { label: "tests with a sample-ratio mismatch", unit: "%", before: 11, after: 2.5, direction: "lower-is-better" },
      ],
    },
    {
      key: "analyst-coaching",
      projectKey: "cratebay-experiments",
      title: "Coaching six analysts to design and read out their own tests",
      situation:
        "A year into the platform, 41 experiments a quarter were running and every design still came through me for review. Reviews queued for up to 9 days, and two of the six product analysts told their manager they felt they needed my permission to do their jobs.",
      task:
        "I was not their manager, but the bottleneck was mine. I wanted each analyst able to design, size and read out a standard test alone, and the two most experienced able to review the others' designs within two quarters.",
      action:
        "I asked each analyst to bring the last design I had sent back and tell me what they would now change, so I could see where each of them stood instead of assuming. The gaps differed: Lena could not size a test with CUPED, Omar understood the statistics but wrote vague hypotheses, and Jae picked metrics the change could not move. I wrote a two-page checklist from the review comments I had made most often, and I recorded four 20-minute walkthroughs on power, guardrails, novelty effects and reading sequential results. Then I switched from approving designs to asking written questions on them, and when a flaw was cheap I let the test go ahead so the analyst found it in the readout. For Lena and Omar I set up shadow reviews: each reviewed a design first, I reviewed it after, and I sent them the differences. After six weeks I stopped reviewing their work altogether. Ahead of performance reviews I also told their manager what each of them had learned, with examples.",
      result:
        "Median time from design to launch fell from 9 days to 2, and my share of design reviews went from 100% to 15% in two quarters. Lena and Omar now review the other analysts' tests, and Omar was promoted to senior analyst that cycle. Sample-ratio and guardrail failures stayed under 3%.",
      learnings:
        "Approving everything myself felt responsible but kept the analysts from learning. I now plan how I will hand a review process off on the day I create it.",
      status: "ready",
      angles: ["mentoring", "scale"],
      principles: [
        { code: "hire-and-develop-the-best", weight: "primary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "median days from test design to launch", unit: "days", before: 9, after: 2, direction: "lower-is-better" },
        { label: "design reviews done by me", unit: "%", before: 100, after: 15, direction: "lower-is-better" },
      ],
    },
    {
      key: "refund-spike",
      projectKey: "cratebay-experiments",
      title: "Taking on a refund spike that no team owned",
      situation:
        "In mid-2024, refunds under Cratebay's buyer-protection programme rose from 1.9% to 3.4% of orders in two months. Trust and safety thought sellers were misdescribing items, the seller team blamed a new courier, and finance just wanted the cost, about $210,000 a month, to come down.",
      task:
        "No team owned the question, and refunds were outside my platform work. The three teams were arguing from different numbers, so I offered to find the cause and told my manager I would spend three weeks on it.",
      action:
        "I started by writing down the three competing explanations and what each one predicted in the data, so the teams would agree on the test before anyone saw the answer. Then I joined refunds to listings, couriers and buyer history. Misdescription claims were flat, and the new courier's damage rate matched the old one. The rise came almost entirely from one claim reason, 'not as expected', on orders over $800, and 70% of those buyers had used the new 'view in your room' feature, which rendered furniture about 12% larger than its real size. I confirmed it with the front-end engineer, who traced it to a scaling bug in one phone camera library. I wrote a one-page summary for the three team leads with the analysis and what was still uncertain, and I asked the feature's product manager to own the fix, since I could not ship it. Meanwhile I shipped a mitigation myself: the item's dimensions shown next to the room view. I posted a weekly refund chart in the trust and safety channel until the rate was back to normal.",
      result:
        "The scaling fix and the dimension label were live within three weeks. Refunds fell from 3.4% to 2.0% of orders, cutting the monthly refund cost from about $210,000 to $125,000, and the refund dashboard I built became the trust and safety team's weekly review.",
      learnings:
        "Writing down what each explanation predicted before looking ended the argument about whose numbers were right. When a problem has no owner, I now name one for the investigation and one for the fix on the first day, even if both are me.",
      status: "ready",
      angles: ["ambiguity", "customer impact"],
      principles: [
        { code: "ownership", weight: "primary" },
        { code: "customer-obsession", weight: "secondary" },
        { code: "bias-for-action", weight: "secondary" },
      ],
      metrics: [
        { label: "orders refunded under buyer protection", unit: "%", before: 3.4, after: 2.0, direction: "lower-is-better" },
        { label: "buyer-protection refund cost per month", unit: "$", before: 210000, after: 125000, direction: "lower-is-better" },
      ],
    },
    {
      key: "synthetic-control",
      projectKey: "cratebay-experiments",
      title: "Measuring a city launch that could not be A/B tested",
      situation:
        "In 2025 Cratebay launched same-week delivery in Denver with a local logistics partner. The partnership cost $1.4M a year, and the CEO wanted to know by the next board meeting whether to extend it to five more cities. Delivery was offered to every buyer in the city, so there was no control group.",
      task:
        "The seller team asked me for a number. I had run hundreds of randomised tests but never a causal study without randomisation, and a wrong answer meant either $7M of expansion built on noise or closing a channel that worked.",
      action:
        "I gave myself a week to learn before promising anything. I read the original synthetic control paper and the chapter on it in Causal Inference: The Mixtape, and I reproduced the book's tobacco example in Python to check that I understood the weights. Then I built a synthetic Denver from a weighted mix of 30 other metros, fitted on 18 months of weekly GMV before the launch; the pre-launch error was 2.1%. I did not trust a single estimate, so I ran placebo tests: I pretended each of the 30 donor cities had launched on the same date, and Denver's gap was larger than all 30 placebos. I also checked an outcome the delivery should not touch, small-item sales, and it showed no gap, which ruled out a general Denver boom. I presented the estimate as a range with the placebo chart, and I said plainly what the method could not rule out, such as a competitor leaving Denver that month, which I then checked with the market research team.",
      result:
        "The estimate was a 9% GMV lift in Denver, with a range of 6% to 12%, worth about $3.1M a year against the $1.4M cost. Given the range, I recommended two more cities rather than five, the board approved two, and those launches came in at 8% and 10%.",
      learnings:
        "Learning the method on a known example before the real question caught two mistakes in my code. Every observational study I present now carries a placebo test and an outcome that should not move.",
      status: "ready",
      angles: ["ambiguity", "technical depth"],
      principles: [
        { code: "learn-and-be-curious", weight: "primary" },
        { code: "are-right-a-lot", weight: "secondary" },
        { code: "dive-deep", weight: "secondary" },
      ],
      metrics: [
        { label: "Denver GMV against its synthetic control", unit: "%", before: 0, after: 9, direction: "higher-is-better" },
        { label: "cities with same-week delivery", unit: "count", before: 1, after: 3, direction: "higher-is-better" },
      ],
    },
    // ── Fernhill Markets ───────────────────────────────────────────────────────────────────────
    {
      key: "forecast-rollout",
      projectKey: "fernhill-forecasting",
      title: "Rolling one forecast out from 12 pilot stores to 140",
      situation:
        "My first forecasting model ran in 12 pilot stores and cut fresh waste there by a fifth. The supply-chain director wanted all 140 stores on it before the summer, which meant going from about 100,000 store-SKU forecasts a night to 1.3 million, inside a batch window that closed at 4 a.m. when orders went to suppliers.",
      task:
        "I owned the forecast and its delivery to the replenishment system. I had ten weeks to make it run for every store inside the window without losing the accuracy that had convinced the director.",
      action:
        "I timed the pilot pipeline end to end and found it would take 11 hours at full scale, because it trained one model per store and category, 2,600 models in all. I replaced them with a single global LightGBM model with store and category features, and tested it on the same 12 pilot stores: accuracy was slightly better, because small stores borrowed strength from large ones, and training dropped to 40 minutes. The next risk was bad inputs, since at 140 stores some store would send broken sales data every night. I wrote input checks that compare each store's sales with its four-week pattern and, when a check fails, fall back to the previous day's forecast for that store alone, so one bad feed could not hold up the other 139. I moved stores over in four waves of about 35, and after each wave I compared waste and out-of-stocks with the stores not yet moved before starting the next. I also held a 15-minute call with each wave's store managers to show them the override screen, because their trust decided whether the numbers would be used.",
      result:
        "All 140 stores were on the forecast two weeks before the summer deadline, and the nightly run finished by 2:10 a.m. Across the chain, fresh waste fell from 4.1% to 3.2% of fresh sales, about $6.5M a year, and out-of-stocks on the top 500 SKUs fell by 18%.",
      learnings:
        "The change that made scaling possible, one model instead of 2,600, also made the forecast more accurate, which I would not have guessed without testing on the pilot stores first. I now roll out in waves with a comparison group each time.",
      status: "ready",
      angles: ["scale", "speed"],
      principles: [
        { code: "deliver-results", weight: "primary" },
        { code: "think-big", weight: "secondary" },
      ],
      metrics: [
        { label: "fresh waste as a share of fresh sales", unit: "%", before: 4.1, after: 3.2, direction: "lower-is-better" },
        { label: "stores ordering from the forecast", unit: "count", before: 12, after: 140, direction: "higher-is-better" },
      ],
    },
    {
      key: "covid-week",
      projectKey: "fernhill-forecasting",
      title: "Keeping shelves stocked in the first week of COVID",
      situation:
        "In the second week of March 2020, sales of pasta, flour, frozen food and cleaning products at Fernhill jumped to between three and eight times normal within days. The forecast learned from two years of history, so it kept predicting normal demand, and stores were running out by 10 a.m.",
      task:
        "Nobody had a playbook, and the model was my responsibility. I had to get orders closer to real demand within days, knowing that any retrained model would be built on one week of data that looked like nothing before it.",
      action:
        "I decided not to retrain the main model, because a week of panic buying would distort it for months. Instead I built an override layer in two days. For the 600 SKUs whose sales had moved more than 50% away from forecast, I replaced the forecast with the last three days' sales, capped by what suppliers had told the buyers they could deliver, so stores would not order stock that could never arrive. I wrote the cap rules with the two lead buyers on a call, since they had the supplier information and I did not. I made the layer release each SKU automatically once its sales had stayed within 20% of forecast for five days in a row. Every morning at 7 I sent the supply-chain director a one-page note on which categories were overridden, the fill rate and what I would change next, and I adjusted the rules daily for the first two weeks. When I could not tell whether a surge was over, I chose the cheaper mistake, which for long-life products meant ordering too much rather than too little.",
      result:
        "The override layer went live 3 days after the surge began. Fill rate on the 600 surging SKUs rose from 61% to 84% within two weeks, and by June the layer had released 95% of them without anyone touching it. The main model never needed the emergency retrain.",
      learnings:
        "When the data stops describing the world, a rule I can explain in one sentence beats a model I would have to retrain twice. I now design every forecast with an override path that the buyers can switch on without me.",
      status: "ready",
      angles: ["ambiguity", "speed"],
      principles: [
        { code: "bias-for-action", weight: "primary" },
        { code: "are-right-a-lot", weight: "secondary" },
        { code: "ownership", weight: "secondary" },
      ],
      metrics: [
        { label: "fill rate on surging SKUs", unit: "%", before: 61, after: 84, direction: "higher-is-better" },
      ],
    },
    {
      key: "promo-net-lift",
      projectKey: "fernhill-forecasting",
      title: "Showing the merchandising VP that most promotion lift was borrowed",
      situation:
        "Fernhill spent about $22M a year on weekly promotions, and the merchandising team reported each one's lift as promoted-item sales against the week before. By that measure almost every promotion worked, and the VP of merchandising planned to raise the budget by 15% for 2021.",
      task:
        "I was asked to add promotions to the forecast, and in the data I saw that the lift figures ignored shoppers switching between similar products. I had to decide whether to raise it, knowing the numbers came from the VP's own team.",
      action:
        "Before saying anything I made sure I was right. I built a model of weekly category sales that included the promoted item, its close substitutes and the weeks after the promotion, and I checked it on 40 promotions where a store group had been left out by accident, which gave me a rough control. On average, 58% of the reported lift was taken from substitutes in the same category or from the following week, when shoppers who had stocked up bought less. I took the analysis to the head of the promotions team first, not the VP, and walked her through five promotions she knew well; she found an error in how I had mapped substitutes, which I fixed. Then she and I took it to the VP together. He pushed back hard, because the budget case was already with the CFO. I did not ask him to cut anything. I proposed a test instead: for the next quarter, half the stores would choose promoted items by my net-lift ranking, and he would judge it on category margin.",
      result:
        "Stores choosing by net lift earned 2.8% more category margin over the quarter at the same promotional spend. The VP held the budget flat instead of adding $3.3M and moved a third of the spend away from low net-lift promotions. Net lift became the standard promotion report.",
      learnings:
        "Going first to the person closest to the data got an error fixed and gave me an ally. When my analysis contradicts a leader's plan, I now offer a test he can own rather than a conclusion he has to accept.",
      status: "ready",
      angles: ["stakeholder management", "conflict"],
      principles: [
        { code: "are-right-a-lot", weight: "primary" },
        { code: "dive-deep", weight: "secondary" },
        { code: "have-backbone-disagree-and-commit", weight: "secondary" },
      ],
      metrics: [
        { label: "promotion spend on low net-lift items", unit: "%", before: 45, after: 12, direction: "lower-is-better" },
        { label: "planned promotion budget increase", unit: "$", before: 3300000, after: 0, direction: "lower-is-better" },
      ],
    },
    {
      key: "produce-shifts",
      projectKey: "fernhill-forecasting",
      title: "Working two produce shifts before changing the forecast",
      situation:
        "Six months after the forecast reached every store, its accuracy on paper had never been better, yet produce managers at about a third of the stores were overriding more than half of its orders. The supply-chain director saw the overrides as resistance and asked me to make the override screen harder to use.",
      task:
        "I did not want to block the overrides before I understood them. My aim was to find out why produce managers distrusted the orders, and then to fix the forecast or the process so that it served them.",
      action:
        "I asked to work two early shifts in the produce department of the Ballard store, which had the most overrides, and its manager, Ruth, agreed. On the first morning I saw the problem. The forecast was a daily number, but produce arrived on three deliveries a week, so Ruth had to add up days in her head and adjust for what was still on the shelf. The model ignored shelf stock because the stock system was unreliable for produce, so she was right to correct it. She also placed orders at 6 a.m. and my forecast landed at 5:45, which left her no time to review it. Back at the office I changed the output to a quantity per delivery, net of the stock she counted on her morning walk, entered on a handheld the store already had. I moved the run so results landed by 4:30. A month later I went back to Ballard to watch the new screen in use and changed two labels Ruth found confusing. Then I asked the director to drop the restriction until the new version had been in every store for a month.",
      result:
        "Override rates at the pilot stores fell from 54% of produce orders to 12%, and across the chain produce waste fell from 6.3% to 4.9% of produce sales. The director dropped the restriction, and two shifts in a store became part of onboarding for the analytics team.",
      learnings:
        "The overrides were information, not resistance. I now read a high override rate on a model as a bug report from its users, and I go and watch before I change anything.",
      status: "ready",
      angles: ["customer impact", "stakeholder management"],
      principles: [
        { code: "customer-obsession", weight: "primary" },
        { code: "learn-and-be-curious", weight: "secondary" },
      ],
      metrics: [
        { label: "produce orders overridden by store managers", unit: "%", before: 54, after: 12, direction: "lower-is-better" },
        { label: "produce waste as a share of produce sales", unit: "%", before: 6.3, after: 4.9, direction: "lower-is-better" },
      ],
    },
    {
      key: "forecast-handover",
      projectKey: "fernhill-forecasting",
      title: "Handing the forecast to an analyst who had never trained a model",
      situation:
        "By late 2020 I was spending most of my week on the forecast's daily operations, and the director wanted me to start on pricing. The only person who could take the forecast over was Marco, an analyst on my team who knew SQL and the stores very well but had never trained or deployed a model.",
      task:
        "I wanted Marco to own the forecast fully within four months, including retraining, monitoring and explaining errors to the buyers, and not just keep it running with me on call behind him.",
      action:
        "I started by asking Marco what worried him about the move, and he said he was afraid of breaking something 140 stores depended on. So I made mistakes cheap first: I set up a copy of the pipeline on last year's data where he could change anything. I gave him a sequence of real tasks of about a week each, ordered by risk: investigate a bad forecast for one store, add a holiday feature, run a retrain, and finally ship a change to production. For each one I asked him to write a short plan before starting, and I kept a fixed 15-minute slot each day for his questions rather than stepping in between. When his holiday feature made accuracy worse, he wanted to revert it; I suggested he split the error by store first, and he found a wrong date in the holiday calendar himself. From the second month I sent him to the weekly buyer meeting alone, after telling the buyers to bring forecast questions to him. Every two weeks I reviewed with him a list of what he could now do without me.",
      result:
        "Marco took the forecast over fully after three and a half months and ran it for the next year with no incident that needed me. Forecast error held at 23% MAPE, the same as in my last quarter, and he was promoted to data scientist ten months later. I started the pricing project on schedule.",
      learnings:
        "Marco's fear of breaking production was the real obstacle, not his skills. I now begin every handover by building a safe place to make mistakes, and I measure it by what the other person can do without me.",
      status: "ready",
      angles: ["mentoring", "technical depth"],
      principles: [
        { code: "hire-and-develop-the-best", weight: "primary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "my hours per week on forecast operations", unit: "hours", before: 25, after: 2, direction: "lower-is-better" },
      ],
    },
    {
      key: "vendor-suite",
      projectKey: "fernhill-forecasting",
      title: "Turning down a $400,000 forecasting suite",
      situation:
        "In 2020 a vendor offered Fernhill a forecasting suite for $400,000 a year, and the CFO was inclined to buy it because the in-house forecast ran on a single server that had crashed twice that quarter. The vendor's demo showed better accuracy than the in-house model on a sample of 20 stores.",
      task:
        "I was asked for a recommendation within three weeks. I owed the CFO an honest comparison, including the chance that buying was right, and if the in-house system stayed, I had to fix its reliability cheaply.",
      action:
        "I asked the vendor for forecasts on the same 20 stores for a period they had not seen, and compared them with the in-house forecast using the measure the buyers cared about, waste plus lost sales in dollars. On that test the vendor was 3% worse, because the demo had been tuned on the sample. I also found the suite could not read the chain's promotion calendar, which drove 30% of fresh demand. So the real gap was reliability, not accuracy. The crashes came from the server running out of memory while building features. I rewrote that step to process stores in chunks, moved the nightly job from the always-on server to spot instances launched by a scheduler, with an automatic retry on an on-demand instance if a spot one was reclaimed, and added an alert to my phone when the run was late. The whole change took about two weeks of my time. I gave the CFO a one-page comparison of both options with three-year costs and the main risk of keeping the in-house system, that it depended on one person, which I proposed to fix by training a second owner.",
      result:
        "The CFO kept the in-house forecast. Its compute cost fell from $3,800 to $900 a month, there were no failed nightly runs in the next 12 months, and Fernhill avoided $1.2M in licence fees over the three-year contract the vendor had proposed.",
      learnings:
        "Asking for a test on unseen data changed the comparison completely. I now insist on a blind holdout in any vendor evaluation, and I count my own team's maintenance time as a cost so the comparison stays fair.",
      status: "ready",
      angles: ["cost", "technical depth"],
      principles: [
        { code: "frugality", weight: "primary" },
        { code: "invent-and-simplify", weight: "primary" },
      ],
      metrics: [
        { label: "forecast compute cost per month", unit: "$", before: 3800, after: 900, direction: "lower-is-better" },
        { label: "failed nightly forecast runs per quarter", unit: "count", before: 2, after: 0, direction: "lower-is-better" },
      ],
    },
    // ── Oakmere Insurance ──────────────────────────────────────────────────────────────────────
    {
      key: "ledger-to-the-cent",
      projectKey: "oakmere-claims",
      title: "Making the claims warehouse agree with the ledger to the cent",
      situation:
        "When I joined Oakmere, the claims warehouse and the finance general ledger disagreed on paid losses by between 0.5% and 2% every month, and nobody could say why. Actuaries had stopped using the warehouse for reserving and rebuilt their figures from mainframe extracts, which took four analysts a week each quarter.",
      task:
        "My first project was to rebuild the paid-claims load. I set a goal nobody had asked for: the warehouse would agree with the ledger to the cent every month, or it would say exactly which transactions explained the gap.",
      action:
        "I started with one month and matched claim payments one by one across the mainframe extract, the warehouse and the ledger. I found three causes. Reversed payments were loaded as new payments instead of cancelling the original, the SQL Server job silently dropped transactions with a future-dated accounting period, and currency conversion for 40 Canadian policies used a monthly average rate while finance used the daily rate. I fixed the first two in the load logic and agreed the daily rate with finance for the third. Then I built a reconciliation table that compares warehouse and ledger by line of business, state and month after every load and lists each unmatched transaction. I made the load refuse to publish if the difference was over $1, because I wanted a gap to block the numbers rather than be discovered by an actuary. For the first two month-ends I sat with the lead actuary and went through the reconciliation with her, so she could check it herself rather than take my word for it.",
      result:
        "From the third month on, the warehouse matched the ledger within $1 at every monthly close for the next 18 months. The actuaries moved their reserving onto the warehouse, and the quarterly manual rebuild, about 160 analyst hours, was retired.",
      learnings:
        "The standard I set myself, to the cent, was what forced me to find the small causes. I now agree an exact reconciliation target with the finance owner before I build any financial pipeline.",
      status: "ready",
      angles: ["data quality", "technical depth"],
      principles: [
        { code: "insist-on-the-highest-standards", weight: "primary" },
        { code: "dive-deep", weight: "secondary" },
        { code: "earn-trust", weight: "secondary" },
      ],
      metrics: [
        { label: "monthly gap between warehouse and ledger paid losses", unit: "%", before: 2, after: 0, direction: "lower-is-better" },
        { label: "analyst hours per quarter rebuilding reserve data", unit: "hours", before: 160, after: 0, direction: "lower-is-better" },
      ],
    },
    {
      key: "history-backfill",
      projectKey: "oakmere-claims",
      title: "Backfilling 12 years of claims without renting a cluster",
      situation:
        "The new claims warehouse had to hold 12 years of history, about 48 million claim transactions, because actuaries fit development triangles on long histories. The consultancy that designed the warehouse planned a one-off backfill on a rented Hadoop cluster, quoted at $180,000 and eight weeks.",
      task:
        "I was the engineer responsible for the history load. I thought the quote paid for capacity the job did not need, and I wanted to do it for a fraction of the cost without delaying the warehouse launch.",
      action:
        "I measured the problem before accepting the plan. The full history was 1.1 TB of mainframe extracts, large but not big data, and the slow part of the consultancy's design was re-deriving every claim's status for every month from raw transactions. Claim status only changes when a transaction arrives, so I wrote the load to compute status changes as events and expand them into monthly snapshots only at the end, which cut the work by about 40 times. I split the history by accident year into 12 independent chunks, so I could run them in parallel on the existing warehouse server overnight and at weekends, and rerun any single year that failed. To make sure the shortcut was correct, I compared my monthly snapshots with the old system for 5,000 randomly sampled claims and for every claim over $1M, and resolved each difference before going further. I loaded one year at a time, most recent first, so the actuaries could start checking recent years while older ones were still loading.",
      result:
        "The 12-year backfill finished in 17 days with no extra infrastructure spend, against the $180,000 and eight weeks quoted. The sampled comparison matched on 99.98% of claims, the single mismatch being a known mainframe correction, and the warehouse launched three weeks early.",
      learnings:
        "Measuring the data first showed this was a modelling problem, not a capacity problem. I now size the data and find the expensive step before anyone prices infrastructure.",
      status: "ready",
      angles: ["cost", "scale"],
      principles: [
        { code: "invent-and-simplify", weight: "primary" },
        { code: "frugality", weight: "secondary" },
      ],
      metrics: [
        { label: "backfill infrastructure cost", unit: "$", before: 180000, after: 0, direction: "lower-is-better" },
        { label: "days to backfill 12 years of claims", unit: "days", before: 56, after: 17, direction: "lower-is-better" },
      ],
    },
    {
      key: "reserve-filing",
      projectKey: "oakmere-claims",
      title: "Refusing to sign off a reserve extract two days before the filing",
      situation:
        "In my second year, regulatory reporting needed the new warehouse's figures for the quarterly reserve filing in one state. Two days before the deadline, the head of reporting asked me to sign off the extract so his team could submit, but my checks showed open claim counts 3% above the old system.",
      task:
        "The extract was mine. I had to decide whether to sign it, and if I would not, give reporting something they could still file on time, because a late filing meant a fine and a letter to the state regulator.",
      action:
        "That afternoon I told the head of reporting I would not sign yet and explained exactly what I knew: a 3% gap in open claims, concentrated in hail claims from one storm. He was angry, because his team had planned around my date, and he said the old system was probably the one that was wrong. That was possible, so I did not argue; I checked. I pulled 50 of the extra open claims and traced each one through the mainframe. Forty-seven had been closed as duplicates by the claims team with a closure code introduced that year, which my load did not recognise. I fixed the mapping and reran the extract overnight. By the next morning the counts matched within 0.1%, and I sat with his analyst while she reproduced my checks, so reporting could sign on their own evidence. The evening before, I had also given him a fallback in writing: if my fix was not verified by noon, his team should file from the old system and I would reconcile the difference afterwards.",
      result:
        "Reporting filed on time from the corrected extract. Without the fix, open claims in that state would have been overstated by about 2,300 and case reserves by roughly $4.6M. The head of reporting asked for my checks to run before every filing from then on.",
      learnings:
        "Saying no was easier to accept because it came with a specific gap, a way to check it and a fallback. I now publish a daily list of code values a load does not recognise, so new ones surface long before a deadline.",
      status: "ready",
      angles: ["conflict", "stakeholder management"],
      principles: [
        { code: "have-backbone-disagree-and-commit", weight: "primary" },
        { code: "earn-trust", weight: "secondary" },
        { code: "customer-obsession", weight: "secondary" },
      ],
      metrics: [
        { label: "open claim count gap against the old system", unit: "%", before: 3, after: 0.1, direction: "lower-is-better" },
      ],
    },
    {
      key: "payment-file",
      projectKey: "oakmere-claims",
      title: "The unowned nightly job that delayed 1,900 claim payments",
      situation:
        "Oakmere paid approved claims from a nightly file that the claims warehouse produced for the payments system. The chain that built it was 60 SQL Server jobs inherited from a contractor, with no owner listed and no monitoring beyond an email to a shared mailbox.",
      task:
        "One Tuesday the payments team found that no payment file had arrived for two nights. I had not built the chain, but I was the warehouse engineer closest to it, so I took the incident and the fix.",
      action:
        "I found that job 23 had failed on Sunday when a mainframe upgrade renamed a source table, and every job after it had been skipped. The failure emails had gone to the shared mailbox, which nobody read. I patched the table name, reran the chain and had the payment file to the payments team by 2 p.m., then stayed on the phone with them until all 1,900 delayed payments were confirmed sent. Next I wrote to my manager and the claims director about what had happened, including that the chain had no owner and that I should have raised it months earlier, when I first noticed. Then I fixed the causes. I recorded an owner for each of the 60 jobs, with myself as owner of the payment file. I replaced the mailbox with alerts to the on-call phone, and I added a 4 a.m. check that pages if the payment file is missing or smaller than 70% of the previous week's average. Over the following month I rebuilt the chain as 9 jobs with explicit dependencies, so a failure stops loudly at the first broken step.",
      result:
        "The 1,900 payments were delayed by up to two days, and the claims team called the 140 customers with the largest payments to apologise. In the 14 months after the fix there were 3 more source failures, each caught by the 4 a.m. check and fixed before the payment run.",
      learnings:
        "A process with no owner belongs to whoever first sees the risk, and I had seen it and said nothing. I now check that every production job I depend on has a named owner and an alert that reaches a person.",
      status: "ready",
      angles: ["failure", "customer impact"],
      principles: [
        { code: "ownership", weight: "primary" },
        { code: "deliver-results", weight: "secondary" },
      ],
      metrics: [
        { label: "jobs in the nightly payment chain", unit: "count", before: 60, after: 9, direction: "lower-is-better" },
        { label: "days of payment delay per source failure", unit: "days", before: 2, after: 0, direction: "lower-is-better" },
      ],
    },
    {
      key: "one-claims-model",
      projectKey: "oakmere-claims",
      title: "Proposing one claims model instead of a third schema",
      situation:
        "Oakmere's home and auto claims each had their own warehouse schema, built years apart by different teams, and the company was about to launch umbrella policies. The request I received was to add a third schema for umbrella claims, which is what the old approach would have produced.",
      task:
        "Nobody had asked for a common model, and there was no spec beyond having umbrella claims in the warehouse by launch. I believed a third separate schema would multiply the cost of every cross-line report, and I wanted to propose something bigger without missing the launch.",
      action:
        "I interviewed the heads of actuarial, finance and claims for half an hour each and asked which questions they could not answer today. Eight of their 11 questions crossed lines of business, such as total exposure for a customer with both home and auto policies, and each needed a manual join that took an analyst days. That gave me the case. I designed one claims model with a shared core of claim, claimant, payment and reserve, plus a small extension table per line for fields like vehicle or property type. I did not want to ask for a rewrite before proving it, so I built umbrella on the new model first, since it had no legacy, and then loaded home claims into it in parallel with the old schema for two months and compared every monthly figure. I wrote a short proposal for the data steering group with the unanswered questions, a migration plan of one line per quarter and the point at which the old schemas could be switched off, and I offered to stop after umbrella if the parallel run failed.",
      result:
        "Umbrella claims were in the warehouse on launch day, and the parallel run matched the old home schema on all 24 monthly figures. The steering group approved the full migration, auto moved two quarters later, and cross-line reports went from about three analyst days to under an hour.",
      learnings:
        "Asking users which questions they could not answer made the bigger idea concrete and fundable. I now start a design from the unanswered questions rather than from the tables I am asked to add.",
      status: "ready",
      angles: ["ambiguity", "scale"],
      principles: [
        { code: "think-big", weight: "primary" },
        { code: "invent-and-simplify", weight: "secondary" },
      ],
      metrics: [
        { label: "hours to produce a cross-line claims report", unit: "hours", before: 24, after: 1, direction: "lower-is-better" },
        { label: "claims schemas to maintain", unit: "count", before: 2, after: 1, direction: "lower-is-better" },
      ],
    },
  ],
};

for (const story of DEMO_BANK.stories) Object.assign(story, DEMO_EXTRAS[story.key] ?? {});

// ---------- the demo's planned loop ----------

/** The demo's Data Scientist loop: the shipped template, planned by the app's own planner, dated ahead of today. */
export const DEMO_LOOP = {
  company: "Amazon",
  role: "Data Scientist",
  level: "L6",
  templateId: "amazon-data-scientist",
  /** The loop is this many days after the day the demo is seeded. */
  daysAhead: 12,
  /** The depth round (a deep-dive round) walks through this project end to end. */
  deepDiveProjectKey: "fernhill-forecasting",
} as const;

export interface DemoLoopPlan {
  date: string;
  /** `projectKey`: a deep-dive round's project (null for the other rounds). */
  rounds: { title: string; kind: RoundKind; minutes: number; focus: PrincipleCode[]; projectKey: string | null }[];
  /** By round index and principle, with story keys. */
  assignments: { round: number; principle: PrincipleCode; storyKey: string; backupStoryKey: string | null }[];
}

/** The demo stories as the rules see them: the key is the id, the project key the project id. */
export function demoStoriesAsDomain(): Story[] {
  return DEMO_BANK.stories.map(({ key, projectKey, ...rest }) => ({
    ...rest,
    id: key,
    projectId: projectKey,
    angles: [...rest.angles],
    principles: rest.principles.map((p) => ({ ...p })),
    metrics: rest.metrics.map((m) => ({ ...m })),
  }));
}

/** The demo loop planned with "Plan for me" (lib/domain/autoplan.ts), so seed, tests and screenshots agree. */
export function planDemoLoop(today: string): DemoLoopPlan {
  const template = LOOP_TEMPLATES.find((t) => t.id === DEMO_LOOP.templateId);
  if (!template) throw new Error(`Unknown template ${DEMO_LOOP.templateId}`);
  const rounds = template.rounds.map((r) => ({
    title: r.title,
    kind: r.kind,
    minutes: r.minutes,
    focus: [...r.focus],
    projectKey: r.kind === "deep-dive" ? DEMO_LOOP.deepDiveProjectKey : null,
  }));
  // The deep-dive project is told end to end in the depth round: its stories stay out of the other rounds.
  const stories = demoStoriesAsDomain().filter((s) => s.projectId !== DEMO_LOOP.deepDiveProjectKey);
  const readiness = new Map(stories.map((s) => [s.id, assessStory(s).readiness]));
  const loop: Loop = {
    id: "demo-loop",
    level: DEMO_LOOP.level,
    rounds: rounds.map(({ projectKey, ...r }, i) => ({ ...r, id: `r${i}`, projectId: projectKey })),
    assignments: [],
  };
  const plan = planLoop(loop, stories, readiness);
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + DEMO_LOOP.daysAhead);
  return {
    date: date.toISOString().slice(0, 10),
    rounds,
    assignments: plan.assignments.map((a) => ({
      round: Number(a.roundId.slice(1)),
      principle: a.principle,
      storyKey: a.storyId,
      backupStoryKey: a.backupStoryId,
    })),
  };
}

/** A project's deep-dive worksheet in the demo bank (DESIGN §7), by the project's key. */
export interface DemoDeepDive {
  projectKey: string;
  scope: string;
  role: string;
  timeline: string;
  tradeoffs: string;
  communication: string;
  impact: string;
  mechanisms: string;
  nextSteps: string;
  options: { title: string; tradeoffs: string; chosen: boolean }[];
  metrics: DemoStory["metrics"];
}

// The forecasting project told end to end, as a Data Scientist depth round asks; it passes every deep-dive check at
// L6 (tests/unit/demo-bank.test.ts), and its numbers agree with the project's stories.
export const DEMO_DEEP_DIVES: DemoDeepDive[] = [
  {
    projectKey: "fernhill-forecasting",
    scope:
      "140 stores ordered about 9,000 fresh and chilled SKUs from spreadsheets built on last year's sales. Nobody owned a forecast: supply chain owned the orders, stores owned the shelves, and finance counted the waste, about 4% of fresh sales. The ask was only \"fewer empty shelves\"; I had to decide what to forecast, at which level, and how we would know it worked.",
    role:
      "I owned the forecast from the first analysis to adoption. I led a team of four (an analyst and two shared engineers), decided on one global model instead of 2,600 local ones, set the rollout in waves with a holdout, and convinced the supply-chain director to delay the chain-wide launch by three weeks until the input checks were in.",
    timeline:
      "Jun–Sep 2019: analysis and a pilot model in 12 stores. Oct 2019–Jan 2020: the global model, input checks and the nightly pipeline. Feb–May 2020: rollout in four waves of about 35 stores, each compared with the stores not yet moved. Then a year of running it, including the first week of COVID.",
    tradeoffs:
      "The choice was between speed to the deadline and a model the stores would trust. A bought suite would have shipped first but could not be explained to store managers; per-store models were accurate but would not fit the 4 a.m. batch window.",
    communication:
      "A one-page note to the supply-chain director every Friday with waste and out-of-stocks against the holdout stores; a 15-minute call with each wave's store managers to show the override screen; and a monthly review with finance, who had doubted that the waste savings were real until they saw the holdout comparison.",
    impact:
      "Fresh waste fell from 4.1% to 3.2% of fresh sales across the chain, about $6.5M a year, and out-of-stocks on the top 500 SKUs fell by 18%. All 140 stores ordered from the forecast two weeks before the summer deadline.",
    mechanisms:
      "Nightly input checks per store that fall back to the previous day's forecast when a feed breaks; a weekly accuracy alarm per store and category; a monthly forecast review with supply chain and finance; and a runbook so the analyst on call could handle a failed run without me.",
    nextSteps:
      "I would bring the store managers in at the pilot instead of the rollout, since their overrides taught us the most, and I would forecast promotions separately from the start rather than learning that most promotion lift was borrowed from the weeks after.",
    options: [
      { title: "Buy a forecasting suite", tradeoffs: "Fastest to start, but $400,000 a year and a black box the stores would not trust.", chosen: false },
      { title: "One model per store and category", tradeoffs: "Accurate in the pilot, but 2,600 models took 11 hours a night at full scale.", chosen: false },
      { title: "One global LightGBM model with store and category features", tradeoffs: "Slightly more accurate, trained in 40 minutes, and explainable per store.", chosen: true },
    ],
    metrics: [
      { label: "fresh waste as a share of fresh sales", unit: "%", before: 4.1, after: 3.2, direction: "lower-is-better" },
      { label: "stores ordering from the forecast", unit: "count", before: 12, after: 140, direction: "higher-is-better" },
    ],
  },
];

// ---------- the demo's practice history (DESIGN §6) ----------

/** The mentor who ran the demo's mock interview: a name kept with the rehearsals, not an account. */
export const DEMO_MENTOR_NAME = "Sam Okafor";

export interface DemoRehearsal {
  /** null: "no story fits" (a gap). */
  storyKey: string | null;
  /** A shipped question (lib/domain/questions.ts) asking about `principle`. */
  questionId: string;
  principle: PrincipleCode;
  /** Days before seeding. */
  daysAgo: number;
  durationSeconds: number;
  /** situation, action, result, learnings (1–5). */
  ratings: [number, number, number, number];
  note: string;
  /** Rated by DEMO_MENTOR_NAME in a mock interview, else self-rated. */
  mentor?: true;
}

/** Three weeks of practice: some planned stories told twice lately, some not for 14 days, one gap, one mock interview. */
export const DEMO_REHEARSALS: DemoRehearsal[] = [
  { storyKey: "one-hour-window", questionId: "co-3", principle: "customer-obsession", daysAgo: 21, durationSeconds: 262, ratings: [2, 2, 3, 2], note: "Rambled. Practise the two-minute version." },
  { storyKey: "label-leak", questionId: "dd-1", principle: "dive-deep", daysAgo: 20, durationSeconds: 245, ratings: [3, 3, 4, 2], note: "Ran long: the situation took a minute." },
  { storyKey: "forecast-rollout", questionId: "dr-1", principle: "deliver-results", daysAgo: 18, durationSeconds: 140, ratings: [4, 3, 4, 3], note: "" },
  { storyKey: "analyst-coaching", questionId: "hdb-1", principle: "hire-and-develop-the-best", daysAgo: 16, durationSeconds: 120, ratings: [3, 4, 2, 3], note: "No numbers in the result." },
  { storyKey: "fraud-ring-graph", questionId: "lbc-1", principle: "learn-and-be-curious", daysAgo: 15, durationSeconds: 195, ratings: [4, 4, 3, 4], note: "" },
  { storyKey: "vanished-events", questionId: "dd-3", principle: "dive-deep", daysAgo: 13, durationSeconds: 170, ratings: [3, 4, 4, 3], note: "" },
  { storyKey: "graduated-thresholds", questionId: "co-1", principle: "customer-obsession", daysAgo: 12, durationSeconds: 210, ratings: [3, 2, 4, 3], note: "Said “we” a lot in the action." },
  { storyKey: "payment-file", questionId: "ow-1", principle: "ownership", daysAgo: 11, durationSeconds: 150, ratings: [4, 5, 4, 3], note: "" },
  { storyKey: "experimentation-platform", questionId: "tb-1", principle: "think-big", daysAgo: 10, durationSeconds: 230, ratings: [3, 3, 3, 2], note: "Learnings were vague: name the mechanism." },
  { storyKey: "label-leak", questionId: "dd-2", principle: "dive-deep", daysAgo: 9, durationSeconds: 190, ratings: [4, 4, 4, 3], note: "Cut the backstory; the result landed." },
  { storyKey: null, questionId: "ebe-1", principle: "strive-to-be-earths-best-employer", daysAgo: 8, durationSeconds: 40, ratings: [1, 1, 1, 1], note: "No story fits yet: write one about team health." },
  { storyKey: "kafka-bill", questionId: "fr-1", principle: "frugality", daysAgo: 7, durationSeconds: 150, ratings: [4, 5, 5, 4], note: "" },
  { storyKey: "payment-file", questionId: "ow-2", principle: "ownership", daysAgo: 6, durationSeconds: 160, ratings: [5, 4, 5, 4], note: "Good pace, clear first person.", mentor: true },
  { storyKey: "eastgate-rollback", questionId: "ow-3", principle: "ownership", daysAgo: 6, durationSeconds: 185, ratings: [3, 3, 4, 4], note: "Started with the ending; tell it in order.", mentor: true },
  { storyKey: "keep-the-warehouse", questionId: "hb-1", principle: "have-backbone-disagree-and-commit", daysAgo: 6, durationSeconds: 220, ratings: [2, 3, 3, 2], note: "Too much architecture detail; the disagreement itself got 20 seconds.", mentor: true },
  { storyKey: "ranking-srm", questionId: "ihs-1", principle: "insist-on-the-highest-standards", daysAgo: 5, durationSeconds: 180, ratings: [4, 4, 4, 5], note: "" },
  { storyKey: "graduated-thresholds", questionId: "co-2", principle: "customer-obsession", daysAgo: 4, durationSeconds: 175, ratings: [4, 4, 4, 4], note: "" },
  { storyKey: "label-leak", questionId: "ihs-2", principle: "dive-deep", daysAgo: 3, durationSeconds: 165, ratings: [5, 4, 5, 4], note: "" },
  { storyKey: "experimentation-platform", questionId: "tb-2", principle: "think-big", daysAgo: 2, durationSeconds: 200, ratings: [4, 4, 5, 4], note: "" },
  { storyKey: "promo-net-lift", questionId: "arl-1", principle: "are-right-a-lot", daysAgo: 1, durationSeconds: 155, ratings: [3, 4, 4, 3], note: "" },
];
