import { foldWord } from './text-forms';
import type { LanguageRules } from './triage-rules/types';
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

/**
 * Anger read with the rules of the languages the customer most likely wrote in: the detected one,
 * a close runner-up, and English, which customers mix in everywhere. Rules of every language would
 * hear insults in harmless words of another.
 */
export function moodOf(message: string, folded: string, languages: LanguageRules[], sentiment: SentimentScore): Mood {
  const signals: Array<[string, number]> = [];
  const any = (check: (r: LanguageRules) => boolean) => languages.some(check);

  if (any((r) => r.anger.profanity.test(folded))) signals.push(['profanity', 3]);
  if (any((r) => r.anger.insult.test(folded))) signals.push(['insult', 2]);
  if (any((r) => r.anger.fedUp.test(folded))) signals.push(['fed_up', 2]);
  if (any((r) => r.anger.sarcasm.test(folded) || praiseNextToFailure(folded, r))) signals.push(['sarcasm', 2]);
  if (any((r) => r.anger.demand.test(folded)) && hasCapitalisedWord(message, languages)) {
    signals.push(['capitalised_demand', 2]);
  }
  if (any((r) => r.anger.repeated.test(folded))) signals.push(['repeated_contact', 2]);
  if (any((r) => r.anger.threat.test(folded))) signals.push(['threat_to_leave', 2]);
  if (isShouting(message)) signals.push(['shouting', 2]);
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

function praiseNextToFailure(folded: string, rules: LanguageRules): boolean {
  const praise = new RegExp(rules.anger.praise.source, 'g');
  for (const m of folded.matchAll(praise)) {
    const at = m.index ?? 0;
    const around = folded.slice(Math.max(0, at - SARCASM_WINDOW), at + m[0].length + SARCASM_WINDOW);
    if (rules.anger.failure.test(around)) return true;
  }
  return false;
}

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

function isShouting(message: string): boolean {
  const letters = message.replace(/\P{L}/gu, '');
  if (letters.length >= 12 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.7) return true;
  // Three capitalised words in a row; an acronym like "FCA" alone is not shouting.
  return /(?<!\p{L})\p{Lu}[\p{Lu}']+(?!\p{L})(?:[\s,.!?-]+(?<!\p{L})\p{Lu}[\p{Lu}']*(?!\p{L})){2,}/u.test(message);
}
