/**
 * Hashed features of folded text (see text-forms.ts) for the learned triage signal: character
 * n-grams within words, which survive inflection, compounds and typos ("betrugsversuch",
 * "fradulent"), plus whole words and pairs of words. Hashing keeps the model a fixed size whatever
 * the vocabulary, and nothing is allocated per n-gram, so a 20,000-character message costs little.
 */
export interface FeatureSpace {
  /** features are hashed into 2^bits buckets */
  bits: number;
  /** shortest and longest character n-gram, counting the word's start and end as characters */
  minGram: number;
  maxGram: number;
  /** what one occurrence of a word, of a pair of words and of an n-gram counts; 0 leaves the kind out */
  wordWeight?: number;
  pairWeight?: number;
  gramWeight?: number;
}

export const DEFAULT_FEATURE_SPACE: FeatureSpace = { bits: 18, minGram: 3, maxGram: 5 };

/** A message as a unit-length vector of log-scaled counts. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

// Only a word's first letters give n-grams: enough for the longest compound, and a 20,000-letter
// "word" costs no more than a normal one.
const MAX_WORD_CHARS = 32;
const WORD_START = 1;
const WORD_END = 2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Different starting points keep an n-gram, a word and a pair of words that spell alike apart.
const GRAM_SEED = FNV_OFFSET;
const WORD_SEED = 0x9e3779b9;
const PAIR_SEED = 0x85ebca6b;

/**
 * Counts per bucket, reused between calls (the code is synchronous): a fresh array of 2^18 counts
 * per message would cost more than the counting.
 */
class Counter {
  readonly counts: Float64Array;
  touched: Int32Array;
  size = 0;

  constructor(readonly mask: number) {
    this.counts = new Float64Array(mask + 1);
    this.touched = new Int32Array(1024);
  }

  add(hash: number, weight = 1): void {
    if (weight === 0) return;
    const bucket = hash & this.mask;
    if (this.counts[bucket] === 0) {
      if (this.size === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.size++] = bucket;
    }
    this.counts[bucket] += weight;
  }

  /** The counts as a unit vector of log(1 + count), in the order first seen, and the counter emptied. */
  take(): SparseVector {
    const indices = this.touched.slice(0, this.size);
    const values = new Float64Array(indices.length);
    let norm = 0;
    for (let i = 0; i < indices.length; i++) {
      const v = Math.log1p(this.counts[indices[i]]);
      this.counts[indices[i]] = 0;
      values[i] = v;
      norm += v * v;
    }
    this.size = 0;
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let i = 0; i < values.length; i++) values[i] *= scale;
    }
    return { indices, values };
  }
}

const counters = new Map<number, Counter>();

function counterFor(bits: number): Counter {
  let counter = counters.get(bits);
  if (!counter) {
    counter = new Counter((1 << bits) - 1);
    counters.set(bits, counter);
  }
  return counter;
}

/** Letters and digits of any script; punctuation, symbols, emoji and spaces end a word. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !(code >= 0xfe00 && code <= 0xff20);
}

/** Digits all read as one: an amount or a date says "a number", not which. */
function charCodeOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57 ? 48 : code;
}

function hashWord(text: string, start: number, end: number): number {
  let h = WORD_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ charCodeOf(text, i), FNV_PRIME);
  return h >>> 0;
}

function hashPair(first: number, second: number): number {
  return Math.imul(Math.imul(PAIR_SEED ^ first, FNV_PRIME) ^ second, FNV_PRIME) >>> 0;
}

/** The n-grams of one word with its start and end marks: "<fraud>" gives "<fr", "<fra", ..., "ud>". */
function addGrams(counter: Counter, text: string, start: number, end: number, space: FeatureSpace): void {
  const letters = Math.min(end - start, MAX_WORD_CHARS);
  const length = letters + 2;
  const at = (k: number) => (k === 0 ? WORD_START : k === length - 1 ? WORD_END : charCodeOf(text, start + k - 1));
  for (let i = 0; i + space.minGram <= length; i++) {
    let h = GRAM_SEED;
    const last = Math.min(length, i + space.maxGram);
    for (let k = i; k < last; k++) {
      h = Math.imul(h ^ at(k), FNV_PRIME);
      if (k - i + 1 >= space.minGram) counter.add(h >>> 0, space.gramWeight ?? 1);
    }
  }
}

/**
 * The features of folded text, optionally of its part from `from` to `to`. Deterministic: the
 * same text gives the same vector on every machine.
 */
export function featuresOf(
  text: string,
  space: FeatureSpace = DEFAULT_FEATURE_SPACE,
  from = 0,
  to = text.length,
): SparseVector {
  const counter = counterFor(space.bits);
  let previous = -1;
  let i = from;
  while (i < to) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    addGrams(counter, text, start, i, space);
    const word = hashWord(text, start, Math.min(i, start + MAX_WORD_CHARS));
    counter.add(word, space.wordWeight ?? 1);
    if (previous >= 0) counter.add(hashPair(previous, word), space.pairWeight ?? 1);
    previous = word;
  }
  return counter.take();
}
