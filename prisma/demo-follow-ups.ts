// The demo account's impact headlines, 30-second versions and prepared follow-ups (DESIGN §7), by story key: every
// ready story has a headline with a number, a short version and two answered follow-ups, so any of them can be
// planned in a Bar Raiser round without a `follow-ups-missing` warning. Kept apart from demo-bank.ts so the stories
// read as before. Used by prisma/demo-bank.ts (DEMO_BANK) and so by prisma/seed.ts.
import type { FollowUp } from "@/lib/domain/types";

export interface DemoExtras {
  headline: string;
  shortVersion: string;
  followUps: FollowUp[];
}

const asked = (question: string, answer: string, suggestionKey: string | null = null): FollowUp => ({
  question,
  answer,
  source: suggestionKey ? "suggested" : "own",
  suggestionKey,
});

const MEASURED = "How did you measure that?";
const DIFFERENTLY = "What would you do differently?";
const YOURSELF = "What exactly did you do yourself?";

export const DEMO_EXTRAS: Readonly<Record<string, DemoExtras>> = {
  "label-leak": {
    headline: "Caught a label leak that faked an AUC of 0.97, then launched a model catching 38% more fraud",
    shortVersion:
      "Six weeks before launch our fraud model scored 0.97 AUC, far above the rules. I traced its top feature to a disputes table filled up to 90 days late: it was reading the future. I rebuilt the features point in time, reset expectations with the product manager, and we launched one week late. The model caught 38% more fraud dollars and chargebacks fell from 0.9% to 0.62%.",
    followUps: [
      asked(MEASURED, "Fraud dollars caught per month at the same manual review volume, over the first 90 days against the rules engine on the same traffic.", "principle:deliver-results:1"),
      asked("How did you tell the product manager the 0.97 was wrong?", "The same day, with the feature trace on one page and a new forecast of 40% more fraud caught, so the bad news came with a plan.", null),
    ],
  },
  "graduated-thresholds": {
    headline: "Settled an auto-decline dispute with a test: wrong declines of first payments from 1.7% to 0.4%",
    shortVersion:
      "The head of risk wanted every score above 0.7 declined. My backtest by segment showed that would block 4.1% of subscription first payments, 22% of revenue. I proposed a graduated threshold and a two-week test with success criteria written down first. It caught 96% of the fraud dollars with a quarter of the wrong declines, and he adopted it for all merchants.",
    followUps: [
      asked("Who did you disagree with, and how did you say it?", "Marcus, the head of risk operations. I asked for an hour, granted that his team had been blamed unfairly, and showed the segment breakdown rather than arguing about averages.", "principle:have-backbone-disagree-and-commit:0"),
      asked(MEASURED, "A two-week split on live traffic: fraud dollars caught and legitimate first payments declined, with both criteria agreed in writing before the test.", null),
    ],
  },
  "threshold-outage": {
    headline: "Owned a threshold change that declined 6,400 good orders, then made every risk config change reviewed",
    shortVersion:
      "I tightened the fraud threshold for gift-card merchants without checking who else shared their category code. Three ticketing merchants did, and 6,400 good orders were declined over 17 hours. I rolled it back, called the merchants, and sent retry emails that recovered 70% of sales. Then I put risk config through code review with a per-merchant impact report; it has caught two bad changes since.",
    followUps: [
      asked("What went wrong, and what was your part in it?", "I shipped a config change on a Friday evening without a blast-radius check. The filter was mine and so was the miss.", "angle:failure:0"),
      asked("What mechanism did you put in place so it does not happen again?", "Risk config now goes through the same review as model code, with a per-merchant impact report and an alert on decline rate per merchant.", "angle:failure:1"),
    ],
  },
  "mentoring-priya": {
    headline: "Got a stuck junior engineer from 0 to 3 merged pull requests a week on our largest pipeline",
    shortVersion:
      "Priya, a new junior engineer, had merged nothing in three weeks on our largest change-data-capture pipeline. She was solving everything in one pull request. I owned that I had handed her too big a ticket, split it into two-day pieces and paired on the first. She merged four days later, shipped the pipeline a week early and still owns it.",
    followUps: [
      asked("How did you know the person had grown?", "She now owns on-call for the pipeline, splits her own work into small tickets and was promoted two months earlier than usual.", "principle:hire-and-develop-the-best:0"),
      asked("What feedback did you give that was hard to give?", "That one huge pull request was slowing the whole migration, and that asking early is part of the job, not a sign of weakness.", "principle:hire-and-develop-the-best:1"),
    ],
  },
  "kafka-bill": {
    headline: "Cut the streaming bill from $61,000 to $29,500 a month without delaying the migration",
    shortVersion:
      "Three months in, our Kafka and Flink bill was $61,000 a month against a $38,000 budget. I broke a week of billing down by topic and job: a 30-day retention default I had set myself, an unfiltered GPS topic and oversized Flink jobs. Fixing the three halved the bill in seven weeks, saving about $378,000 a year, with dashboards as fresh as before.",
    followUps: [
      asked("What did you do without, and what did it save?", "Thirty-day retention on topics nobody replayed, and raw GPS pings nobody read: about $378,000 a year.", "principle:frugality:0"),
      asked(MEASURED, "From the provider's billing export by topic and job, before and after, with p95 dashboard delay as the guardrail.", null),
    ],
  },
  "experimentation-platform": {
    headline: "Took pricing tests from 4 to 41 a quarter with a self-serve platform",
    shortVersion:
      "Every pricing test at Cratebay was a custom five-week project, and 5 of 14 had reversed later. I read all 14 write-ups, found three causes behind 11 of the problems, and built a platform that fixed those three: fixed horizons, sample-ratio checks and one metric catalogue. Within two quarters teams ran 41 tests a quarter, readouts took 12 days instead of 35, and none has reversed.",
    followUps: [
      asked("What simpler options did you throw away, and why?", "A web UI and a Bayesian engine: neither addressed the three causes, and nobody asked for the UI in six months.", "principle:invent-and-simplify:0"),
      asked("How did you get others to buy into the bigger version?", "I showed the product leads their own reversed tests, then onboarded one team whose next test read out in 12 days.", "principle:think-big:0"),
    ],
  },
  "card-testing-stopgap": {
    headline: "Stopped a card-testing attack in 36 hours: test authorizations from 190,000 a day to under 300",
    shortVersion:
      "A bot network used three merchants to test stolen cards with $1 authorizations, 190,000 a day. A model retrain was ten days away and network fines were near. I found the bots reused 40 device fingerprints and wrote a three-condition rule with a 21-day expiry and a named owner. It was live within 36 hours and blocked 4 good orders in its life.",
    followUps: [
      asked("What did you decide without all the data, and what was the risk?", "To ship a hand-written rule before the retrain. The risk was blocking good customers, so I backtested it on 72 hours and watched false positives daily.", "principle:bias-for-action:0"),
      asked("How did you make the decision reversible in case you were wrong?", "The rule had an expiry date, one owner and a kill switch in the config, all written into the proposal.", "principle:bias-for-action:1"),
    ],
  },
  "fraud-ring-graph": {
    headline: "Learned graph analytics to catch fraud rings: ring fraud caught from 18% to 71%",
    shortVersion:
      "Fraud rings passed our model because each order looked clean alone. I spent three weeks of evenings on a graph analytics course and two papers, then built a prototype linking cards, emails, devices and addresses. Three graph features took ring-linked fraud caught from 18% to 71%, cut quarterly ring losses from $120,000 to $35,000, and the graph job became a shared service.",
    followUps: [
      asked("What did you have to learn from scratch, and how fast?", "Graph analytics and GraphFrames: about three weeks of evenings, tested on one month of known ring cases before I proposed anything.", "principle:learn-and-be-curious:0"),
      asked(MEASURED, "Ring-linked fraud dollars caught in the next quarter, labelled by the analysts, against the quarter before the features.", null),
    ],
  },
  "scoring-latency": {
    headline: "Got the fraud score's p99 from 180 ms to 38 ms, inside a 50 ms budget",
    shortVersion:
      "Two months before launch the fraud score took 180 ms at p99 against a 50 ms contract. I profiled a thousand slow requests: 70% of the time went to six aggregates computed on request. I moved them to a streaming job in Redis, distilled the model and gave each component a budget. Two weeks before launch p99 was 38 ms at twice peak volume.",
    followUps: [
      asked(MEASURED, "End-to-end load tests at twice peak volume, p99 from the processor's side, with recall on the holdout as the guardrail.", null),
      asked("Where did you refuse to cut a corner, and what did it cost?", "I would not drop the six aggregate features to hit the budget, which cost two extra weeks of streaming work but kept recall within 0.4 points.", "principle:insist-on-the-highest-standards:0"),
    ],
  },
  "vanished-events": {
    headline: "Traced 120,000 missing delivery events a day down to zero, and $46,000 of driver pay",
    shortVersion:
      "After six depots moved to streaming, 0.3% of delivery events, about 120,000 a day, never reached the warehouse, and driver pay depended on them. I compared one depot's day row by row and found that deduplication on a second-level timestamp dropped double updates. I ordered by log position instead and added a daily reconciliation. The gap went to zero and payroll corrected $46,000.",
    followUps: [
      asked("Walk me through how you found the root cause, step by step.", "One depot, one day, row by row: every missing row had two updates in the same second, which pointed at the deduplication key.", "principle:dive-deep:0"),
      asked("What mechanism did you put in place so it does not happen again?", "A daily source-to-warehouse reconciliation for all 18 depots that alerts above 0.01%.", null),
    ],
  },
  "keep-the-warehouse": {
    headline: "Kept a $1M warehouse replacement off the plan and got 6 dashboards from 15 minutes to 5 seconds",
    shortVersion:
      "Halfway through our migration the CTO wanted to replace Snowflake with a real-time OLAP database. I classified the 40 most used dashboards: 34 were already fast, only 6 needed real time. I proposed a small read store for those six, with a written trigger for revisiting OLAP. He agreed, the migration stayed on schedule, and the six dashboards refreshed in 5 seconds.",
    followUps: [
      asked("How did you convince the people who disagreed with you?", "I granted the part the CTO had right, real time for some dashboards, and turned the rest into a trigger he could hold me to.", "principle:earn-trust:0"),
      asked("Once the decision was made, what did you do to make it work?", "I delivered the read store in five weeks and reported the trigger metric every month; when it was reached, the OLAP project started with a clear scope.", null),
    ],
  },
  "one-hour-window": {
    headline: "Narrowed the delivery window from 4 hours to 1 and cut failed first attempts from 7.2% to 4.1%",
    shortVersion:
      "7% of first delivery attempts failed because nobody was home, at about $6 each. I found 64% of those failures came in the last hour of a four-hour window, built an arrival model on the streaming data and showed customers a one-hour window, only on routes where it met a 90% accuracy bar. Failed attempts fell to 4.1% and redelivery costs by $41,000 a month.",
    followUps: [
      asked("How did you know what the customer actually needed?", "Six months of failed attempts joined to customer messages: people gave up waiting late in the window, so a narrower promise mattered more than an earlier one.", "principle:customer-obsession:0"),
      asked(MEASURED, "Four test depots against four matched control depots for six weeks: failed first attempts and the share of deliveries inside the hour shown.", null),
    ],
  },
  "eastgate-rollback": {
    headline: "Rolled back a depot cut-over at 1 a.m. over a 4% gap, and checked keys on all 140 tables",
    shortVersion:
      "At 1 a.m. on a cut-over I had promised, Eastgate's route counts were 4% short. I traced it to a legacy composite key my connector config missed. I could not fix and verify it before drivers started, so I rolled back, told the depot manager myself, and moved Eastgate a week later matching to the row. A key check now runs before every cut-over.",
    followUps: [
      asked("What went wrong, and what was your part in it?", "My connector config assumed one key shape for all depots, and I had not checked Eastgate's legacy table.", "angle:failure:0"),
      asked(DIFFERENTLY, "Check every source table's key definition before planning the cut-over date, not on the night.", "finding:no-learnings"),
    ],
  },
  "ranking-srm": {
    headline: "Blocked a search-ranking win with a broken split; sample-ratio mismatches from 1 test in 9 to 1 in 40",
    shortVersion:
      "A ranking test showed a conversion win, but 2.3% of users were missing from one arm. I traced the gap to Android, where slow requests timed out before exposure was logged. I blocked the launch, fixed the logging and reran: a 1.1% win on web and a 0.8% drop on Android. We shipped web only, and sample-ratio mismatches fell fourfold.",
    followUps: [
      asked("Where did you refuse to cut a corner, and what did it cost?", "Shipping a headline win with a broken split. It cost the team three weeks and an unhappy launch review.", "principle:insist-on-the-highest-standards:0"),
      asked(MEASURED, "A chi-square test on arm sizes, then the rerun's conversion by platform with logging at request time.", null),
    ],
  },
  "analyst-coaching": {
    headline: "Coached six analysts to run their own tests: design to launch from 9 days to 2",
    shortVersion:
      "Every test design at Cratebay waited for my review, nine days on median. I asked each of six analysts to critique a design I had sent back, found that their gaps differed, and coached each on their own gap with real tests. In two quarters my share of reviews fell from 100% to 15%, two analysts now review others, and one was promoted.",
    followUps: [
      asked("How did you know the person had grown?", "Lena now sizes tests with CUPED on her own and Omar reviews other analysts' designs; failure rates stayed under 3%.", "principle:hire-and-develop-the-best:0"),
      asked(YOURSELF, "I ran the diagnostic sessions, wrote a plan per analyst and paired on their first two designs before stepping back.", null),
    ],
  },
  "refund-spike": {
    headline: "Took on a refund spike nobody owned: refunds from 3.4% to 2.0%, saving $85,000 a month",
    shortVersion:
      "Buyer-protection refunds rose to 3.4% of orders and three teams each blamed another. I wrote down what each explanation predicted before looking, then joined refunds to listings, couriers and buyers. It was a new courier's dimensional-weight scaling. The fix and a clearer label were live in three weeks, and refunds fell to 2.0%, saving about $85,000 a month.",
    followUps: [
      asked("What did you take on that was not formally your job?", "The whole investigation: refunds sat between trust and safety, logistics and the marketplace team, and none had it on a roadmap.", "principle:ownership:0"),
      asked("What would have happened if you had not stepped in?", "The spike would have run into peak season; at that rate about $250,000 more in refunds before anyone owned it.", "principle:ownership:1"),
    ],
  },
  "synthetic-control": {
    headline: "Measured a city launch that could not be A/B tested: a 9% GMV lift, worth $3.1M a year",
    shortVersion:
      "The CEO wanted to know whether same-week delivery in Denver paid for its $1.4M partnership, and a city cannot be A/B tested. I learned synthetic control in a week, built a synthetic Denver from similar cities and checked it with placebo tests. The estimate was a 9% lift, 6% to 12%. I recommended two more cities, not five; they came in at 8% and 10%.",
    followUps: [
      asked("What did you have to learn from scratch, and how fast?", "Synthetic control, in one week: the original paper, a textbook chapter, and reproducing its tobacco example before touching our data.", "principle:learn-and-be-curious:0"),
      asked(MEASURED, "Denver's GMV against a weighted mix of untreated cities, with placebo runs on each donor city to show how often chance gives 9%.", null),
    ],
  },
  "forecast-rollout": {
    headline: "Rolled a forecast from 12 stores to 140 before summer, cutting fresh waste from 4.1% to 3.2%",
    shortVersion:
      "The forecast cut waste in 12 pilot stores, and the director wanted all 140 stores before summer. At full scale the pipeline would take 11 hours, so I replaced 2,600 per-store models with one global model, tested on the pilot stores first, and rolled out in waves. All stores were live two weeks early and fresh waste fell to 3.2%, about $6.5M a year.",
    followUps: [
      asked("What got in the way of delivering, and how did you get around it?", "An 11-hour nightly run; one global model finished by 2:10 a.m. and turned out more accurate too.", "principle:deliver-results:0"),
      asked(MEASURED, "Fresh waste as a share of fresh sales across the chain, the same quarter a year earlier as the baseline.", null),
    ],
  },
  "covid-week": {
    headline: "Kept shelves stocked in COVID's first week: fill rate on 600 surging products from 61% to 84%",
    shortVersion:
      "In March 2020 pasta and flour sold at up to eight times normal and the forecast ordered as if nothing had changed. I decided not to retrain, built an override layer in two days for the 600 products that had moved most, and let it release them automatically as sales settled. Fill rate on those products rose from 61% to 84% within two weeks.",
    followUps: [
      asked("What did you decide without all the data, and what was the risk?", "Not to retrain on a week of panic buying. The risk was under-ordering if the surge lasted, so the override followed the last three days of sales.", "principle:bias-for-action:0"),
      asked(DIFFERENTLY, "Build the override layer before a crisis: every forecast I design now has one, with automatic release rules.", null),
    ],
  },
  "promo-net-lift": {
    headline: "Showed that most promotion lift was borrowed; moved a third of $22M spend for 2.8% more margin",
    shortVersion:
      "Fernhill measured each promotion against the week before, so nearly all looked like wins and the VP wanted $3.3M more budget. I modelled substitutes and the weeks after, checked it on 40 accidental controls, and found most lift was borrowed. I offered a test he could own. Stores choosing by net lift earned 2.8% more margin at the same spend.",
    followUps: [
      asked("What data did you have when you decided, and what was missing?", "Weekly sales by item and store, plus 40 promotions with an accidental control group; a clean experiment was missing, hence the test.", "principle:are-right-a-lot:0"),
      asked("How did you convince the people who disagreed with you?", "I went first to the analyst who built the old report, fixed an error with her, and offered the VP a quarter-long test he could run himself.", "principle:earn-trust:0"),
    ],
  },
  "produce-shifts": {
    headline: "Worked two produce shifts and cut forecast overrides from 54% to 12% of orders",
    shortVersion:
      "Produce managers overrode more than half of the forecast's orders although it was accurate on paper. I worked two early shifts in the store with the most overrides and saw why: the forecast was daily but deliveries came three times a week. I changed it to order per delivery. Overrides fell to 12% and produce waste from 6.3% to 4.9%.",
    followUps: [
      asked("How did you know what the customer actually needed?", "By doing Ruth's job for two mornings: she needed a number per delivery, not per day.", "principle:customer-obsession:0"),
      asked(MEASURED, "Overrides as a share of produce orders at the pilot stores, and produce waste as a share of produce sales chain-wide.", null),
    ],
  },
  "forecast-handover": {
    headline: "Handed the forecast to an analyst new to models, freeing 23 hours of my week",
    shortVersion:
      "I spent most of my week running the forecast, and the only possible successor, Marco, had never trained a model. His fear was breaking something 140 stores relied on, so I built a sandbox on last year's data and gave him a week-long real task at a time. He took over in three and a half months, with no incident, and was later promoted.",
    followUps: [
      asked("How did you know the person had grown?", "Marco ran the forecast for a year without needing me, with error steady at 23% MAPE, and was promoted ten months later.", "principle:hire-and-develop-the-best:0"),
      asked(YOURSELF, "I built the sandbox, wrote the sequence of tasks and reviewed each one with him, then stepped back a little each month.", null),
    ],
  },
  "vendor-suite": {
    headline: "Turned down a $400,000-a-year forecasting suite and cut our own compute from $3,800 to $900 a month",
    shortVersion:
      "A vendor offered a $400,000-a-year forecasting suite, and the CFO leaned towards it because our server had crashed twice. I asked for a blind test on 20 stores: the vendor was 3% worse on waste plus lost sales. I moved our forecast to scheduled cloud jobs. Compute fell to $900 a month, no runs failed for a year, and we avoided $1.2M.",
    followUps: [
      asked("What simpler options did you throw away, and why?", "Buying the suite, and rewriting our forecast: neither fixed the real problem, a single fragile server.", "principle:invent-and-simplify:0"),
      asked(MEASURED, "A blind holdout of 20 stores, scored in dollars of waste plus lost sales, the measure the buyers used.", null),
    ],
  },
  "ledger-to-the-cent": {
    headline: "Made the claims warehouse match the ledger within $1 for 18 months, from gaps of up to 2%",
    shortVersion:
      "Oakmere's claims warehouse and general ledger disagreed by up to 2% a month, so actuaries rebuilt the data by hand. I matched one month's payments one by one and found three causes: reversals loaded as new payments, future-dated transactions dropped and a currency rounding. After fixing them the warehouse matched within $1 for 18 closes, and 160 analyst hours a quarter were freed.",
    followUps: [
      asked("Where did you refuse to cut a corner, and what did it cost?", "Stopping at a 0.1% gap. Chasing the last cents cost three more weeks, and found the rounding bug.", "principle:insist-on-the-highest-standards:0"),
      asked("How did you make the higher bar stick after you moved on?", "A reconciliation check at every monthly close, signed off by the finance owner, that blocks publishing on any gap over $1.", "principle:insist-on-the-highest-standards:1"),
    ],
  },
  "history-backfill": {
    headline: "Backfilled 12 years of claims in 17 days for $0, against a $180,000 cluster quote",
    shortVersion:
      "The new claims warehouse needed 12 years of history, and the consultancy quoted a $180,000 cluster and eight weeks. I measured the data first: 1.1 TB, not big data. The slow step was re-deriving every claim's status every month, so I derived it only when a transaction changed it. The backfill ran in 17 days on existing servers and matched 99.98% of sampled claims.",
    followUps: [
      asked("What did you do without, and what did it save?", "A rented cluster: $180,000, and the warehouse launched three weeks early.", "principle:frugality:0"),
      asked(MEASURED, "A sampled comparison of 10,000 claims against the mainframe's own monthly status reports.", null),
    ],
  },
  "reserve-filing": {
    headline: "Refused to sign off a reserve extract two days before filing, and avoided a $4.6M overstatement",
    shortVersion:
      "Two days before a state reserve filing, I found a 3% gap in open claims between the new warehouse and the old system. The head of reporting wanted my sign-off anyway. I said no, with the exact gap, a plan to explain it by the next morning and a fallback to the old extract. It was an unmapped hail code; we filed on time and correct.",
    followUps: [
      asked("Who did you disagree with, and how did you say it?", "The head of reporting, that afternoon, in person: what I knew, what I did not, when I would know, and a fallback if I did not.", "principle:have-backbone-disagree-and-commit:0"),
      asked("Tell me about the moment someone's trust in you was at risk.", "When he said the old system was probably the one that was wrong. I did not argue; I showed him the hail claims row by row the next morning.", "principle:earn-trust:1"),
    ],
  },
  "payment-file": {
    headline: "Owned an unowned nightly job that delayed 1,900 claim payments; 3 later failures caught before the run",
    shortVersion:
      "A chain of 60 inherited SQL Server jobs built Oakmere's nightly claim payment file, and nobody owned it. When a source table was renamed, it failed silently and 1,900 payments were delayed. I fixed it the same day, then took ownership: cut the chain to 9 jobs, added a 4 a.m. check that pages me, and named an owner for every step.",
    followUps: [
      asked("What did you take on that was not formally your job?", "The whole payment chain: it fed the payments team, came from a contractor, and sat on nobody's list.", "principle:ownership:0"),
      asked("What went wrong, and what was your part in it?", "I had noticed the chain had no owner months before and said nothing. The delay was partly mine.", "angle:failure:0"),
    ],
  },
  "one-claims-model": {
    headline: "Proposed one claims model instead of a third schema: cross-line reports from 24 hours to 1",
    shortVersion:
      "I was asked to add a third claims schema for umbrella policies. I asked the heads of actuarial, finance and claims which questions they could not answer: 8 of 11 crossed lines of business. I proposed one claims model, proved it on umbrella at launch with a parallel run against home, and the steering group funded the full migration. Cross-line reports now take under an hour.",
    followUps: [
      asked("How did you get others to buy into the bigger version of the idea?", "I started with umbrella only, which had to be built anyway, and let the parallel run against home make the case.", "principle:think-big:0"),
      asked("What would the next step be if you had twice the team?", "Moving commercial lines onto the same model and retiring the last legacy extract.", "principle:think-big:1"),
    ],
  },
};
