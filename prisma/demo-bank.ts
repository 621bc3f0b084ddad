// The demo account's bank: one data scientist / data engineer ("Dana Reyes") with 3 projects and 8 STAR stories.
// Six stories are written to pass every quality check (status "ready"); two are drafts with realistic flaws
// (a "we"-heavy action with a thin result, a thin action with a metric lacking a baseline) so a new user
// sees what the checks catch. Companies and people are invented. Used by prisma/seed.ts.
import type { Direction, PrincipleCode, StoryStatus, Weight } from "@/lib/domain/types";

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
  ],
};
