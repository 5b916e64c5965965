import Sentiment from 'sentiment';
import type { LanguageRules } from './triage-rules/types';

export interface SentimentScore {
  score: number;
  /** score per word, as the sentiment library reports it */
  comparative: number;
}

const analyzer = new Sentiment();
const neutralExtras = new Map<string, Record<string, number>>();
const lexicons = new Map<string, Map<string, number>>();

/**
 * English goes through the sentiment library's AFINN list; other languages have a short lexicon of
 * their own in their rule file, scored the same way so the anger thresholds mean the same.
 */
export function sentimentOf(raw: string, folded: string, rules: LanguageRules): SentimentScore {
  if (!rules.sentiment.lexicon) {
    const { score, comparative } = analyzer.analyze(raw, { extras: extrasFor(rules) });
    return { score, comparative };
  }
  const tokens = folded.split(/[^a-z0-9'-]+/).filter(Boolean);
  const lexicon = lexiconFor(rules);
  const negators = new Set(rules.sentiment.negators ?? []);
  let score = 0;
  tokens.forEach((token, i) => {
    const value = lexicon.get(token);
    if (value === undefined) return;
    score += negators.has(tokens[i - 1]) ? -value : value;
  });
  return { score, comparative: tokens.length > 0 ? score / tokens.length : 0 };
}

function extrasFor(rules: LanguageRules): Record<string, number> {
  let extras = neutralExtras.get(rules.language);
  if (!extras) {
    extras = Object.fromEntries((rules.sentiment.neutral ?? []).map((w) => [w, 0]));
    neutralExtras.set(rules.language, extras);
  }
  return extras;
}

function lexiconFor(rules: LanguageRules): Map<string, number> {
  let lexicon = lexicons.get(rules.language);
  if (!lexicon) {
    const neutral = new Set(rules.sentiment.neutral ?? []);
    const pairs = (rules.sentiment.lexicon ?? '').split(/\s+/).filter(Boolean);
    lexicon = new Map(
      pairs
        .map((pair): [string, number] => [pair.split(':')[0], Number(pair.split(':')[1])])
        .filter(([w]) => !neutral.has(w)),
    );
    lexicons.set(rules.language, lexicon);
  }
  return lexicon;
}
