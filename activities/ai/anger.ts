import { testIndexed, type TextIndex } from './pattern-triggers';
import { foldWord } from './text-forms';
import type { AngerRules, LanguageRules } from './triage-rules/types';
import type { SentimentScore } from './triage-sentiment';

export interface Mood {
  angry: boolean;
  /** the signals found, plus 'angry' when they add up */
  flags: string[];
}

// Points, so one mild signal (a single "!!!", an all-caps subject line, a lone sarcastic "great") is
// not enough on its own.
const ANGRY_AT = 3;
// How far from a word of praise a failure word makes the praise sarcastic.
const SARCASM_WINDOW = 80;
// How far before an insult "you are" makes it said to the company's face.
const ADDRESS_WINDOW = 40;

/**
 * Anger read with the rules of the languages the customer most likely wrote in: the detected one,
 * a close runner-up, and English, which customers mix in everywhere. Rules of every language would
 * hear insults in harmless words of another.
 */
export function moodOf(message: string, index: TextIndex, languages: LanguageRules[], sentiment: SentimentScore): Mood {
  const signals: Array<[string, number]> = [];
  const found = (signal: keyof AngerRules) => languages.some((r) => testIndexed(r.anger[signal], index));
  const cues = (signal: keyof AngerRules) =>
    distinctMatches(
      languages.map((r) => r.anger[signal]),
      index,
    );

  if (found('profanity')) signals.push(['profanity', 3]);
  if (found('insult')) signals.push(['insult', insultToTheirFace(index, languages) ? 3 : 2]);
  if (found('fedUp')) signals.push(['fed_up', 2]);
  const sarcasm = cues('sarcasm') + praiseNextToFailure(index, languages);
  if (sarcasm > 0) signals.push(['sarcasm', severity(sarcasm)]);
  const shouting = isShouting(message);
  const capitalised = hasCapitalisedWord(message, languages);
  if (found('demand') && capitalised) signals.push(['capitalised_demand', 2]);
  else if (capitalised && !shouting) signals.push(['capitalised_word', 1]);
  if (ECHO.test(index.text)) signals.push(['echo', 1]);
  const chasing = cues('repeated');
  if (chasing > 0) signals.push(['repeated_contact', severity(chasing)]);
  if (found('threat')) signals.push(['threat_to_leave', 2]);
  const going = cues('public');
  if (going > 0) signals.push(['going_public', severity(going)]);
  const givingUp = cues('resigned');
  if (givingUp > 0) signals.push(['resigned', severity(givingUp)]);
  if (found('loyalty')) signals.push(['loyalty', 1]);
  if (found('ultimatum')) signals.push(['ultimatum', 1]);
  if (shouting) signals.push(['shouting', 2]);
  if (/!{3,}|(?:[!?]\s*){4,}/.test(message) || (message.match(/!/g)?.length ?? 0) >= 4) {
    signals.push(['exclamations', 1]);
  }
  const { score, comparative } = sentiment;
  if (score <= -6) signals.push(['very_negative', 3]);
  else if (score <= -4 || (score <= -3 && comparative <= -0.5)) signals.push(['negative', 2]);
  else if (score <= -2) signals.push(['slightly_negative', 1]);

  const points = signals.reduce((sum, [, p]) => sum + p, 0);
  const flags = signals.map(([name]) => name);
  return { angry: points >= ANGRY_AT, flags: points >= ANGRY_AT ? [...flags, 'angry'] : flags };
}

/**
 * "Third email", "as per my last" and "nobody reads these" together are more than any one of them:
 * one cue is a mild signal, a second of the same kind is enough on its own.
 */
function severity(cueCount: number): number {
  return cueCount > 1 ? 3 : 2;
}

// Enough occurrences of one pattern to tell one cue from several.
const MATCHES_PER_PATTERN = 3;

/** Non-overlapping matches of the patterns together; one phrase two languages both know counts once. */
function distinctMatches(patterns: RegExp[], index: TextIndex): number {
  const spans: Array<[number, number]> = [];
  for (const pattern of new Set(patterns)) {
    if (!testIndexed(pattern, index)) continue;
    let taken = 0;
    for (const m of index.text.matchAll(globalOf(pattern))) {
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      if (++taken === MATCHES_PER_PATTERN) break;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let count = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (start < end) continue;
    count += 1;
    end = stop;
  }
  return count;
}

const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globals.set(pattern, global);
  }
  return global;
}

/** "You are a joke", "Ihr seid das Letzte": an insult said to the company's face weighs as much as a swear word. */
function insultToTheirFace(index: TextIndex, languages: LanguageRules[]): boolean {
  for (const rules of languages) {
    if (!testIndexed(rules.anger.insult, index)) continue;
    for (const m of index.text.matchAll(globalOf(rules.anger.insult))) {
      const at = m.index ?? 0;
      const before = index.text.slice(Math.max(0, at - ADDRESS_WINDOW), at);
      if (languages.some((r) => r.anger.address.test(before))) return true;
    }
  }
  return false;
}

/**
 * Praise next to a failure word: one sentence of it is one cue; praise around the grievance in two
 * sentences ("Top service. Paid on time, still a fee. Really great.") is two. A customer praising
 * in English and naming the fee in Danish ("Wow, great service. Rykkergebyr...") is as sarcastic.
 */
function praiseNextToFailure(index: TextIndex, languages: LanguageRules[]): number {
  const text = index.text;
  let first = -1;
  let last = -1;
  for (const rules of languages) {
    if (!testIndexed(rules.anger.praise, index)) continue;
    for (const m of text.matchAll(globalOf(rules.anger.praise))) {
      const at = m.index ?? 0;
      const around = text.slice(Math.max(0, at - SARCASM_WINDOW), at + m[0].length + SARCASM_WINDOW);
      if (!languages.some((r) => r.anger.failure.test(around))) continue;
      first = first < 0 ? at : Math.min(first, at);
      last = Math.max(last, at);
    }
  }
  if (first < 0) return 0;
  return /[.!?\n]/.test(text.slice(first, last)) ? 2 : 1;
}

// A sentence that repeats the end of the one before: "Six years. Six." "Three weeks. THREE WEEKS."
const ECHO = /\b(\w+)( \w+)?[.!?] \1\2?[.!?]/;

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** A real word in capitals ("NOW", "SOFORT"); acronyms such as "GDPR" or "FCA" are in no vocabulary. */
function hasCapitalisedWord(message: string, languages: LanguageRules[]): boolean {
  for (const m of message.matchAll(CAPITALISED_WORD)) {
    const word = foldWord(m[0].toLowerCase());
    if (languages.some((r) => vocabularyOf(r).has(word))) return true;
  }
  return false;
}

const vocabularies = new Map<string, Set<string>>();

function vocabularyOf(rules: LanguageRules): Set<string> {
  let set = vocabularies.get(rules.language);
  if (!set) {
    set = new Set(foldWord(rules.vocabulary.toLowerCase()).split(/\s+/).filter(Boolean));
    vocabularies.set(rules.language, set);
  }
  return set;
}

/** Mostly capitals, or three capitalised words in a row; an acronym like "FCA" alone is not shouting. */
function isShouting(message: string): boolean {
  let letters = 0;
  let capitals = 0;
  let wordLength = 0;
  let wordAllCaps = true;
  let run = 0;
  let onlyGapSoFar = true;
  const endWord = () => {
    if (wordLength === 0) return;
    const capitalised = wordAllCaps && (run > 0 || wordLength >= 2);
    run = capitalised && onlyGapSoFar ? run + 1 : capitalised ? 1 : 0;
    wordLength = 0;
    wordAllCaps = true;
    onlyGapSoFar = true;
  };
  for (let i = 0; i < message.length; i++) {
    const kind = letterKind(message[i]);
    if (kind === 'other' && message[i] !== "'") {
      endWord();
      if (!GAP.test(message[i])) onlyGapSoFar = false;
      continue;
    }
    if (kind === 'upper') capitals += 1;
    if (kind !== 'other') letters += 1;
    if (kind === 'lower') wordAllCaps = false;
    wordLength += 1;
    if (run >= 3) return true;
  }
  endWord();
  if (run >= 3) return true;
  return letters >= 12 && capitals / letters > 0.7;
}

const GAP = /[\s,.!?-]/;

function letterKind(c: string): 'upper' | 'lower' | 'other' {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 97 && code <= 122) return 'lower';
  if (code < 128) return 'other';
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower === upper) return 'other';
  return c === upper ? 'upper' : 'lower';
}
