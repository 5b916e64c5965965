import { triggered, triggersOf, type TextIndex, type Trigger } from './pattern-triggers';
import { LANGUAGE_RULES } from './triage-rules';
import { NEGATABLE_FLAGS, SENSITIVE_FLAGS, type LanguageRules, type SensitiveFlag } from './triage-rules/types';

interface CompiledPattern {
  /** without the g flag: a quick yes or no */
  test: RegExp;
  /** with the g flag: every occurrence, when one may be negated or excused */
  all: RegExp;
  unless?: RegExp;
  triggers: Trigger[] | null;
}

interface CompiledRule {
  flag: SensitiveFlag;
  negation?: RegExp;
  patterns: CompiledPattern[];
}

const SENTENCE_END = /[.!?\n]/;
// How far before a keyword a negation is looked for: "not a formal complaint".
const NEGATION_WINDOW = 30;

const RULES: CompiledRule[] = SENSITIVE_FLAGS.flatMap((flag) => LANGUAGE_RULES.map((rules) => compile(flag, rules)));

function compile(flag: SensitiveFlag, rules: LanguageRules): CompiledRule {
  const patterns = (rules.sensitive[flag] ?? []).map((p): CompiledPattern => {
    const { match, unless } = p instanceof RegExp ? { match: p, unless: undefined } : p;
    return {
      test: new RegExp(match.source),
      all: new RegExp(match.source, 'g'),
      unless,
      triggers: triggersOf(match.source),
    };
  });
  return { flag, negation: NEGATABLE_FLAGS.has(flag) ? rules.negation : undefined, patterns };
}

/**
 * The serious flags found in folded text, in precedence order. The rules of every language run on
 * every message: a customer who mixes languages, or whose language is misdetected, is still heard.
 */
export function sensitiveFlags(index: TextIndex): SensitiveFlag[] {
  const found = new Set<SensitiveFlag>();
  for (const rule of RULES) {
    if (!found.has(rule.flag) && ruleMatches(rule, index)) found.add(rule.flag);
  }
  return SENSITIVE_FLAGS.filter((f) => found.has(f));
}

function ruleMatches(rule: CompiledRule, index: TextIndex): boolean {
  const { text } = index;
  for (const pattern of rule.patterns) {
    if (!triggered(pattern.triggers, index) || !pattern.test.test(text)) continue;
    if (!rule.negation && !pattern.unless) return true;
    for (const m of text.matchAll(pattern.all)) {
      const at = m.index ?? 0;
      if (rule.negation?.test(text.slice(Math.max(0, at - NEGATION_WINDOW), at))) continue;
      if (pattern.unless?.test(sentenceAround(text, at))) continue;
      return true;
    }
  }
  return false;
}

function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return text.slice(start, end);
}
