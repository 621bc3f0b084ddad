import { describe, expect, it } from "vitest";
import {
  ENGLISH_STOP_WORDS,
  buildStoryIndex,
  buildTfIdf,
  cosine,
  jaccard,
  storyText,
  tokenize,
} from "../../lib/domain/similarity";
import { makeStory } from "../fixtures/domain-factories";

describe("tokenize", () => {
  it("lower-cases, splits on anything but a-z0-9 and drops English stop words", () => {
    expect(tokenize("The API's p95 latency DROPPED, and I rewrote it in 3 weeks!")).toEqual([
      "api",
      "s",
      "p95",
      "latency",
      "dropped",
      "rewrote",
      "3",
      "weeks",
    ]);
  });

  it("returns nothing for empty or stop-word-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("  we were there with them  ")).toEqual([]);
  });

  it("embeds the scikit-learn English stop-word list", () => {
    expect(ENGLISH_STOP_WORDS.size).toBe(317);
    for (const w of ["the", "and", "we", "our", "i", "system", "yourselves"]) expect(ENGLISH_STOP_WORDS.has(w)).toBe(true);
    expect(ENGLISH_STOP_WORDS.has("latency")).toBe(false);
  });
});

describe("buildTfIdf", () => {
  const docs = [
    { id: "d1", text: "apple apple banana" },
    { id: "d2", text: "apple cherry" },
    { id: "d3", text: "durian" },
  ];

  it("computes idf as ln((1+N)/(1+df)) + 1 over every document", () => {
    const index = buildTfIdf(docs);
    expect(index.docCount).toBe(3);
    expect(index.idf.get("apple")).toBeCloseTo(Math.log(4 / 3) + 1, 12);
    expect(index.idf.get("banana")).toBeCloseTo(Math.log(4 / 2) + 1, 12);
    expect(index.idf.get("durian")).toBeCloseTo(Math.log(2) + 1, 12);
  });

  it("weights raw term counts by idf and L2-normalises (hand computation)", () => {
    const index = buildTfIdf(docs);
    const apple = Math.log(4 / 3) + 1;
    const rare = Math.log(2) + 1;
    const d1 = [2 * apple, rare]; // apple ×2, banana
    const d2 = [apple, rare]; // apple, cherry
    const expected = (d1[0] * d2[0]) / (Math.hypot(...d1) * Math.hypot(...d2));
    expect(cosine(index, "d1", "d2")).toBeCloseTo(expected, 12);
    const v1 = index.vectors.get("d1");
    expect(v1 && Math.hypot(...v1.weights)).toBeCloseTo(1, 12);
  });

  it("gives 1 for a document with itself, 0 for disjoint, unknown or empty documents", () => {
    const index = buildTfIdf([...docs, { id: "empty", text: "the and of" }]);
    expect(cosine(index, "d1", "d1")).toBeCloseTo(1, 12);
    expect(cosine(index, "d1", "d3")).toBe(0);
    expect(cosine(index, "d1", "nope")).toBe(0);
    expect(cosine(index, "empty", "empty")).toBe(0);
  });

  it("stays within [0, 1]", () => {
    const index = buildTfIdf([
      { id: "a", text: "kafka kafka kafka queue" },
      { id: "b", text: "kafka kafka kafka queue" },
    ]);
    const c = cosine(index, "a", "b");
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  });

  it("gives the same idf and cosines when only some documents are vectorised", () => {
    const bank = [
      { id: "a", text: "Migrated the billing service to Kafka; p95 latency fell 38%." },
      { id: "b", text: "Billing outage: I rolled back the Kafka consumer and wrote the runbook." },
      { id: "c", text: "Mentored two engineers through their first on-call rotation in billing." },
      { id: "d", text: "KAFKA-kafka... latency, latency; billing! 38" },
      { id: "e", text: "" },
    ];
    const full = buildTfIdf(bank);
    const narrow = buildTfIdf(bank, { vectorIds: ["a", "b"] });
    expect(narrow.docCount).toBe(5);
    expect([...narrow.vectors.keys()]).toEqual(["a", "b"]);
    expect(cosine(narrow, "a", "b")).toBeCloseTo(cosine(full, "a", "b"), 12);
    for (const [term, idf] of narrow.idf) expect(idf).toBeCloseTo(full.idf.get(term) ?? NaN, 12);
    expect(narrow.idf.has("mentored")).toBe(false);
  });

  // The bank scan finds terms by their 32-bit FNV-1a hash; these pairs share one (found by search).
  it("counts document frequencies exactly when words share a hash", () => {
    const bank = [
      { id: "a", text: "w8wfe9qy o03qzfq4 dhgcn9uf" },
      { id: "b", text: "o03qzfq4 cq9psde2" },
      // Two known terms with one hash, each repeated; an unknown word (ezolfa18) with a known term's hash.
      { id: "c", text: "W8WFE9QY w8wfe9qy O03QZFQ4 o03qzfq4 ezolfa18" },
      { id: "d", text: ["o03qzfq4", "ezolfa18 ezolfa18"] },
      { id: "e", text: ["myovbyqn", "cq9psde2 w8wfe9qy"] },
    ];
    const full = buildTfIdf(bank.map((d) => ({ id: d.id, text: typeof d.text === "string" ? d.text : d.text.join(" ") })));
    const narrow = buildTfIdf(bank, { vectorIds: ["a", "b"] });
    const df = (term: string) => bank.filter((d) => tokenize(typeof d.text === "string" ? d.text : d.text.join(" ")).includes(term)).length;
    for (const term of ["w8wfe9qy", "o03qzfq4", "dhgcn9uf", "cq9psde2"]) {
      expect(narrow.idf.get(term)).toBeCloseTo(Math.log(6 / (1 + df(term))) + 1, 12);
      expect(narrow.idf.get(term)).toBeCloseTo(full.idf.get(term)!, 12);
    }
    expect(df("w8wfe9qy")).toBe(3);
    expect(df("o03qzfq4")).toBe(4);
    expect(df("dhgcn9uf")).toBe(1);
  });
});

describe("jaccard", () => {
  it("is |A∩B| / |A∪B| on trimmed, lower-cased tags", () => {
    expect(jaccard(["a", "b", "c"], ["a", "b", "d"])).toBe(0.5);
    expect(jaccard(["a", "b", "c"], ["a", "b", "d", "e"])).toBe(0.4);
    expect(jaccard([" Mentoring ", "SCALE"], ["mentoring", "scale"])).toBe(1);
  });

  it("is 0 when both are empty and when one is", () => {
    expect(jaccard([], [])).toBe(0);
    expect(jaccard(["a"], [])).toBe(0);
  });
});

describe("storyText", () => {
  it("joins situation, task, action and result", () => {
    const story = makeStory({ situation: "S", task: "T", action: "A", result: "R", learnings: "L" });
    expect(storyText(story)).toBe("S T A R");
  });

  it("feeds the bank-wide story index", () => {
    const a = makeStory({ situation: "kafka billing", task: "", action: "", result: "" });
    const b = makeStory({ situation: "kafka billing", task: "", action: "", result: "" });
    const index = buildStoryIndex([a, b]);
    expect(cosine(index, a.id, b.id)).toBeCloseTo(1, 12);
  });
});
