// The demo account's deep-dive worksheet: the store demand forecasting project end to end, the project the demo
// Data Scientist loop's depth round walks through. Written to pass every deep-dive check at L6. Used by prisma/seed.ts.
import type { DeepDive } from "@/lib/domain/deep-dive";

export const DEMO_DEEP_DIVES: Readonly<Record<string, DeepDive>> = {
  "fernhill-forecasting": {
    scope:
      "Fernhill's 140 stores ordered fresh and chilled products from spreadsheets built on last year's sales. Nobody had defined what a good forecast was: buyers wanted fewer empty shelves, finance wanted less waste, and store managers wanted fewer numbers to type. I framed it as one measure, waste plus lost sales in dollars, and agreed it with the supply-chain director before building anything.",
    role:
      "I led the forecasting work from the first pilot to all 140 stores: I set the evaluation measure, designed the model and the rollout in waves, decided when to fall back to rules, and owned adoption by the stores. I brought along two lead buyers, an ML engineer for the pipeline and later Marco, an analyst I coached to take the forecast over.",
    timeline:
      "Three months for a 12-store pilot; ten weeks to scale it to 140 stores in four waves; two days to build the COVID override layer in March 2020; a month of store visits to fix produce overrides; three and a half months to hand the forecast to Marco.",
    tradeoffs:
      "The chosen global model was slightly more accurate because small stores borrowed strength from large ones, and it trained in 40 minutes instead of 11 hours.",
    communication:
      "I sent the director a one-page note every Friday during the rollout with waste and out-of-stocks against stores not yet moved. I held a 15-minute call with each wave's store managers to show the override screen, and I took the promotion analysis to the head of promotions before the VP, so that she could find my mistake first.",
    impact:
      "Fresh waste fell from 4.1% to 3.2% of fresh sales, about $6.5M a year, and out-of-stocks on the top 500 SKUs fell by 18%. Turning down the vendor suite avoided $1.2M in licence fees over three years.",
    mechanisms:
      "Input checks compare each store's sales with its four-week pattern and fall back to yesterday's forecast for that store alone. An override layer the buyers can switch on without me handles shocks like COVID, and every rollout goes in waves with a comparison group.",
    nextSteps:
      "I would add shelf stock from the handhelds to the model itself rather than netting it at order time, and I would have started the handover to a second owner in the first month, not the eighteenth.",
    options: [
      { title: "One model per store and category (the pilot)", tradeoffs: "Accurate on 12 stores, but 2,600 models took 11 hours a night at full scale.", chosen: false },
      { title: "One global LightGBM model with store and category features", tradeoffs: "One model to monitor and 40 minutes to train; needs input checks so one store's bad data cannot hurt the others.", chosen: true },
      { title: "A vendor forecasting suite at $400,000 a year", tradeoffs: "Managed and supported, but 3% worse on unseen weeks and blind to the promotion calendar.", chosen: false },
    ],
    metrics: [
      { label: "fresh waste as a share of fresh sales", unit: "%", before: 4.1, after: 3.2, direction: "lower-is-better" },
      { label: "nightly training time", unit: "hours", before: 11, after: 0.7, direction: "lower-is-better" },
    ],
  },
};
