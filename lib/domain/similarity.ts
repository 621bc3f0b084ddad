// Owns text and tag similarity for the reuse check: tokenizing, the bank-wide TF-IDF index, cosine and Jaccard.
import { normalizeAngle } from "./principles";
import type { Story } from "./types";

// scikit-learn's ENGLISH_STOP_WORDS as of its current release (the Glasgow IR group list, BSD-3-Clause), 317 distinct words.
// Entries with an apostrophe or a space can never match a token; they are kept so the list stays the standard one.
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost",
  "alone", "along", "already", "also", "although", "always", "am", "among", "amongst", "amount",
  "an", "and", "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are",
  "around", "as", "at", "back", "be", "became", "because", "become", "becomes", "becoming",
  "been", "before", "beforehand", "behind", "being", "below", "beside", "besides", "between", "beyond",
  "bill", "both", "bottom", "but", "by", "call", "can", "cannot", "cant", "co",
  "con", "could", "couldn't", "cry", "de", "describe", "detail", "do", "done", "down",
  "due", "during", "each", "eg", "eight", "either", "eleven", "else", "elsewhere", "empty",
  "enough", "etc", "even", "ever", "every", "everyone", "everything", "everywhere", "except", "few",
  "fifteen", "fifty", "fill", "find", "fire", "first", "five", "for", "former", "formerly",
  "forty", "found", "four", "from", "front", "full", "further", "get", "give", "go",
  "had", "has", "hasn't", "have", "he", "hence", "her", "here", "hereafter", "hereby",
  "herein", "hereupon", "hers", "herself", "him", "himself", "his", "how", "however", "hundred",
  "i", "ie", "if", "in", "inc", "indeed", "interest", "into", "is", "it",
  "its", "itself", "keep", "last", "latter", "latterly", "least", "less", "ltd", "made",
  "many", "may", "me", "meanwhile", "might", "mill", "mine", "more", "moreover", "most",
  "mostly", "move", "much", "must", "my", "myself", "name", "namely", "neither", "never",
  "nevertheless", "next", "nine", "no", "nobody", "none", "no one", "nor", "not", "nothing",
  "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto",
  "or", "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own",
  "part", "per", "perhaps", "please", "put", "rather", "re", "same", "see", "seem",
  "seemed", "seeming", "seems", "serious", "several", "she", "should", "show", "side", "since",
  "sincere", "six", "sixty", "so", "some", "somehow", "someone", "something", "sometime", "sometimes",
  "somewhere", "still", "such", "system", "take", "ten", "than", "that", "the", "their",
  "them", "themselves", "then", "thence", "there", "thereafter", "thereby", "therefore", "therein", "thereupon",
  "these", "they", "thick", "thin", "third", "this", "those", "though", "three", "through",
  "throughout", "thru", "thus", "to", "together", "too", "top", "toward", "towards", "twelve",
  "twenty", "two", "un", "under", "until", "up", "upon", "us", "very", "via",
  "was", "we", "well", "were", "what", "whatever", "when", "whence", "whenever", "where",
  "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which", "while", "whither",
  "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without",
  "would", "yet", "you", "your", "yours", "yourself", "yourselves",
]);

/** Lower-cased ASCII alphanumeric words with English stop words dropped, in text order (repeats kept). */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      if (!ENGLISH_STOP_WORDS.has(word)) tokens.push(word);
      start = -1;
    }
  }
  return tokens;
}

/** An L2-normalised sparse vector: term ids ascending, weights aligned with them. */
export interface SparseVector {
  readonly termIds: Int32Array;
  readonly weights: Float64Array;
}

export interface TfIdfIndex {
  readonly docCount: number;
  /** idf over every document of the index, ln((1 + N) / (1 + df)) + 1, for each term of a vectorised document. */
  readonly idf: ReadonlyMap<string, number>;
  /** Only the vectorised documents (all of them unless `vectorIds` narrowed it). */
  readonly vectors: ReadonlyMap<string, SparseVector>;
}

export interface TfIdfDoc {
  id: string;
  /** The document, or its parts (read as if joined by spaces, without building the joined string). */
  text: string | readonly string[];
}

export interface TfIdfOptions {
  /**
   * Documents that need a vector; the others only count towards document frequencies, which is all the
   * loop report needs from the rest of the bank. Default: every document.
   */
  vectorIds?: Iterable<string>;
}

const EMPTY_VECTOR: SparseVector = { termIds: new Int32Array(0), weights: new Float64Array(0) };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashTerm(term: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/**
 * For each UTF-8 byte: its lower-cased code when it belongs to a word (a-z, 0-9, A-Z folded), else 0. Every byte of
 * a non-ASCII character is 128 or more, so it ends a word, as in tokenize.
 */
const WORD_BYTE = new Uint8Array(256);
for (let c = 48; c <= 57; c++) WORD_BYTE[c] = c;
for (let c = 97; c <= 122; c++) WORD_BYTE[c] = c;
for (let c = 65; c <= 90; c++) WORD_BYTE[c] = c + 32;

const utf8 = new TextEncoder();
/** The bytes of the text being scanned (grown as needed; the scan is synchronous, so one buffer serves every call). */
let scanBuffer = new Uint8Array(1 << 14);

/** The known terms, found by the FNV-1a hash of their spelling (open addressing, load at most one eighth). */
interface TermTable {
  readonly slots: Int32Array;
  readonly hashes: Int32Array;
  /** 1 when no other known term has the same 32-bit hash. */
  readonly uniqueHash: Uint8Array;
  readonly terms: readonly string[];
}

function buildTermTable(terms: readonly string[]): TermTable {
  let size = 16;
  while (size < terms.length * 8) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const hashes = new Int32Array(terms.length);
  const uniqueHash = new Uint8Array(terms.length).fill(1);
  terms.forEach((term, id) => {
    const h = hashTerm(term);
    hashes[id] = h;
    let slot = h & (size - 1);
    while (slots[slot] !== -1) {
      if (hashes[slots[slot]] === h) uniqueHash[slots[slot]] = uniqueHash[id] = 0;
      slot = (slot + 1) & (size - 1);
    }
    slots[slot] = id;
  });
  return { slots, hashes, uniqueHash, terms };
}

/** True when bytes[start, end) (ASCII case folded) spell `term` (a token: lower-case ASCII letters and digits). */
function spells(bytes: Uint8Array, start: number, end: number, term: string): boolean {
  if (term.length !== end - start) return false;
  for (let k = 0; k < term.length; k++) {
    if (term.charCodeAt(k) !== WORD_BYTE[bytes[start + k]]) return false;
  }
  return true;
}

/**
 * Adds one to the document frequency of every known term that occurs in `text` and was not yet seen in document
 * `doc` (ASCII case is folded while scanning). The text is encoded to UTF-8 once (native and cheap) and its words
 * hashed while scanning the bytes, so it is never cut into strings: the rest of a 500-story bank stays cheap. A word
 * whose hash names a term already counted for this document is not spelled out: if that hash is no other known
 * term's, the word is either that term or unknown.
 */
function countKnownTerms(text: string, table: TermTable, lastSeen: Int32Array, doc: number, docFreq: Int32Array): void {
  if (scanBuffer.length < text.length * 3) scanBuffer = new Uint8Array(text.length * 3);
  const bytes = scanBuffer;
  const length = utf8.encodeInto(text, bytes).written;
  let start = -1;
  let h = 0;
  for (let i = 0; i < length; i++) {
    const c = WORD_BYTE[bytes[i]];
    if (c !== 0) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (start >= 0) {
      countWord(bytes, start, i, h | 0, table, lastSeen, doc, docFreq);
      start = -1;
    }
  }
  if (start >= 0) countWord(bytes, start, length, h | 0, table, lastSeen, doc, docFreq);
}

/** Counts one scanned word (bytes[start, end), hash `hash`) for document `doc` if it is a known term not yet counted. */
function countWord(bytes: Uint8Array, start: number, end: number, hash: number, table: TermTable, lastSeen: Int32Array, doc: number, docFreq: Int32Array): void {
  const { slots, hashes, uniqueHash, terms } = table;
  const mask = slots.length - 1;
  for (let slot = hash & mask; slots[slot] !== -1; slot = (slot + 1) & mask) {
    const id = slots[slot];
    if (hashes[id] !== hash) continue;
    if (lastSeen[id] === doc) {
      if (uniqueHash[id] === 1) return;
      continue;
    }
    if (spells(bytes, start, end, terms[id])) {
      lastSeen[id] = doc;
      docFreq[id]++;
      return;
    }
  }
}

/** Builds the index once so each cosine afterwards is a merge of two short sorted arrays. */
export function buildTfIdf(docs: readonly TfIdfDoc[], options: TfIdfOptions = {}): TfIdfIndex {
  const wanted = options.vectorIds === undefined ? null : new Set(options.vectorIds);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const docFreq: number[] = [];
  let counts = new Int32Array(1024);
  const vectorised: { id: string; ids: Int32Array; tf: Int32Array }[] = [];

  for (const doc of docs) {
    if (wanted !== null && !wanted.has(doc.id)) continue;
    const touched: number[] = [];
    for (const token of tokenize(typeof doc.text === "string" ? doc.text : doc.text.join(" "))) {
      let id = termIds.get(token);
      if (id === undefined) {
        id = terms.length;
        termIds.set(token, id);
        terms.push(token);
        docFreq.push(0);
        if (id >= counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      if (counts[id] === 0) touched.push(id);
      counts[id]++;
    }
    const ids = Int32Array.from(touched).sort();
    const tf = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      tf[k] = counts[ids[k]];
      counts[ids[k]] = 0;
      docFreq[ids[k]]++;
    }
    vectorised.push({ id: doc.id, ids, tf });
  }

  if (wanted !== null && terms.length > 0) {
    const table = buildTermTable(terms);
    const lastSeen = new Int32Array(terms.length).fill(-1);
    const freq = Int32Array.from(docFreq);
    docs.forEach((doc, d) => {
      if (wanted.has(doc.id)) return;
      if (typeof doc.text === "string") countKnownTerms(doc.text, table, lastSeen, d, freq);
      else for (const part of doc.text) countKnownTerms(part, table, lastSeen, d, freq);
    });
    freq.forEach((f, id) => (docFreq[id] = f));
  }

  const n = docs.length;
  const idfById = new Float64Array(terms.length);
  const idf = new Map<string, number>();
  terms.forEach((term, id) => {
    idfById[id] = Math.log((1 + n) / (1 + docFreq[id])) + 1;
    idf.set(term, idfById[id]);
  });

  const vectors = new Map<string, SparseVector>();
  for (const { id: docId, ids, tf } of vectorised) {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = tf[k] * idfById[ids[k]];
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    vectors.set(docId, ids.length === 0 ? EMPTY_VECTOR : { termIds: ids, weights });
  }

  return { docCount: n, idf, vectors };
}

/** Cosine of two indexed documents, in [0, 1]; 0 when either has no vector or no words. */
export function cosine(index: TfIdfIndex, idA: string, idB: string): number {
  const a = index.vectors.get(idA);
  const b = index.vectors.get(idB);
  if (a === undefined || b === undefined) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.termIds.length && j < b.termIds.length) {
    const ta = a.termIds[i];
    const tb = b.termIds[j];
    if (ta === tb) {
      dot += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (ta < tb) {
      i++;
    } else {
      j++;
    }
  }
  return Math.min(1, Math.max(0, dot));
}

/** |A∩B| / |A∪B| over tags normalised like angles (trimmed, lower-cased); 0 when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a.map(normalizeAngle).filter((t) => t !== ""));
  const setB = new Set(b.map(normalizeAngle).filter((t) => t !== ""));
  if (setA.size === 0 && setB.size === 0) return 0;
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  return shared / (setA.size + setB.size - shared);
}

/** The text the reuse check compares: the four STAR sections. */
export function storyText(story: Pick<Story, "situation" | "task" | "action" | "result">): string {
  return story.situation + " " + story.task + " " + story.action + " " + story.result;
}

/** The bank-wide index the loop report uses: idf over every story of the bank, vectors for `vectorIds` (default all). */
export function buildStoryIndex(stories: readonly Story[], vectorIds?: Iterable<string>): TfIdfIndex {
  return buildTfIdf(
    stories.map((s) => ({ id: s.id, text: [s.situation, s.task, s.action, s.result] })),
    { vectorIds },
  );
}
