import { detectAll } from 'tinyld';
import { foldWord, plainText, wordsOf } from './text-forms';
import { canonicalLanguage, LANGUAGE_RULES } from './triage-rules';
import type { CaseText } from './types';

export interface LanguageGuess {
  /** BCP 47 primary tag, or 'und' when the text gives too little to go on */
  language: string;
  /** every language with some evidence, best first; scores are comparable only within one guess */
  candidates: Array<{ language: string; score: number }>;
}

// Enough text to tell a language; the detector's cost grows with length and a long message
// changes language rarely.
const SAMPLE_CHARS = 2000;
const DETECTOR_CHARS = 300;
// The detector costs more than everything else in triage put together; when the words already
// name one language clearly, it is not asked.
const CLEAR_VOCABULARY_SHARE = 0.35;
const CLEAR_VOCABULARY_LEAD = 2;
// So many known words that the detector would add nothing the words do not already say.
const ENOUGH_KNOWN_WORDS = 15;

// Weights of the evidence. Vocabulary carries short texts, where character statistics are weak;
// the detector carries languages without a rule file and texts in no list's words.
const VOCABULARY_WEIGHT = 1.5;
const DETECTOR_WEIGHT = 0.6;
const LETTERS_WEIGHT = 0.5;
const LOCALE_WEIGHT = 0.2;
// A word typed without its accents ("hvornar") still points to its language, a little less surely.
const FOLDED_MATCH = 0.8;
// Below this many letters and without a single known word, a guess would be a coin toss.
const MIN_LETTERS_FOR_DETECTOR = 16;

/**
 * Frequent words of languages without a rule file that are easily taken for one with a file
 * (Portuguese for Spanish): they only keep the guess honest, the case still goes to a person.
 */
const UNREVIEWED_VOCABULARY: Record<string, string> = {
  pt: `não você vocês obrigado obrigada gostaria meu minha meus minhas está estou são com um uma é foi
    pagamento cartão conta compra pedido encomenda reembolso quando próximo olá bom dia boa tarde ainda
    também já isso esse essa não recebi preciso ajuda fazer`,
};

interface VocabularyIndex {
  exact: Map<string, string[]>;
  folded: Map<string, string[]>;
}

const INDEX = buildIndex();
const LETTERS = new Map(LANGUAGE_RULES.map((r) => [r.language, new Set(r.letters)]));

function buildIndex(): VocabularyIndex {
  const exact = new Map<string, string[]>();
  const folded = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, word: string, language: string) => {
    const list = map.get(word) ?? [];
    if (!list.includes(language)) list.push(language);
    map.set(word, list);
  };
  const lists = [...LANGUAGE_RULES.map((r) => [r.language, r.vocabulary]), ...Object.entries(UNREVIEWED_VOCABULARY)];
  for (const [language, vocabulary] of lists) {
    for (const word of wordsOf(plainText(vocabulary))) {
      add(exact, word, language);
      add(folded, foldWord(word), language);
    }
  }
  return { exact, folded };
}

export function detectLanguage(text: CaseText): LanguageGuess {
  if (text.language) return { language: canonicalLanguage(text.language), candidates: [] };
  const sample = plainText(`${text.subject}\n${text.message}`.slice(0, SAMPLE_CHARS));
  const locale = text.locale ? canonicalLanguage(text.locale) : 'und';
  const words = wordsOf(sample);
  const letterCount = words.reduce((n, w) => n + w.length, 0);
  if (letterCount === 0) return { language: locale, candidates: [] };

  const scores = new Map<string, number>();
  const add = (language: string, points: number) => scores.set(language, (scores.get(language) ?? 0) + points);

  const vocabulary = vocabularyHits(words);
  for (const [language, hits] of vocabulary) add(language, (VOCABULARY_WEIGHT * hits) / words.length);
  if (vocabulary.size === 0 && letterCount < MIN_LETTERS_FOR_DETECTOR) return { language: locale, candidates: [] };

  if (!vocabularyIsClear(vocabulary, words.length)) {
    for (const [language, p] of detectorOdds(sample.slice(0, DETECTOR_CHARS))) add(language, DETECTOR_WEIGHT * p);
  }
  for (const [language, s] of letterEvidence(sample)) add(language, LETTERS_WEIGHT * s);
  if (locale !== 'und' && scores.has(locale)) add(locale, LOCALE_WEIGHT);

  const candidates = [...scores]
    .map(([language, score]) => ({ language, score }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  return { language: candidates[0]?.language ?? locale, candidates };
}

/** Known words per language; a word several languages share counts as a fraction for each. */
function vocabularyHits(words: string[]): Map<string, number> {
  const hits = new Map<string, number>();
  for (const word of words) {
    let languages = INDEX.exact.get(word);
    let weight = 1;
    if (!languages) {
      languages = INDEX.folded.get(foldWord(word));
      weight = FOLDED_MATCH;
    }
    if (!languages) continue;
    for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + weight / languages.length);
  }
  return hits;
}

function vocabularyIsClear(hits: Map<string, number>, wordCount: number): boolean {
  const [best = 0, second = 0] = [...hits.values()].sort((a, b) => b - a);
  if ([...hits.values()].reduce((sum, h) => sum + h, 0) >= ENOUGH_KNOWN_WORDS) return true;
  return best / wordCount >= CLEAR_VOCABULARY_SHARE && best >= CLEAR_VOCABULARY_LEAD * second;
}

/** The detector's scores as shares of one, per triage tag. */
function detectorOdds(sample: string): Map<string, number> {
  const results = detectAll(sample);
  const total = results.reduce((sum, r) => sum + r.accuracy, 0);
  const odds = new Map<string, number>();
  if (total <= 0) return odds;
  for (const r of results) {
    const language = canonicalLanguage(r.lang);
    odds.set(language, (odds.get(language) ?? 0) + r.accuracy / total);
  }
  return odds;
}

/**
 * Letters beyond a-z: "ø" speaks for Danish and Norwegian and against Swedish, "ä" the other way
 * round. -1..1 per language with a rule file, weighted by how many such letters there are.
 */
function letterEvidence(sample: string): Map<string, number> {
  const special = sample.match(/(?=\P{ASCII})\p{L}/gu) ?? [];
  const evidence = new Map<string, number>();
  if (special.length === 0) return evidence;
  const sureness = Math.min(1, special.length / 4);
  for (const [language, letters] of LETTERS) {
    let agree = 0;
    for (const c of special) if (letters.has(c)) agree += 1;
    evidence.set(language, (sureness * (2 * agree - special.length)) / special.length);
  }
  return evidence;
}
