import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { sv } from './sv';
import type { LanguageRules } from './types';

/** Every language triage has reviewed rules for. Adding a language: write its file, then list it here. */
export const LANGUAGE_RULES: readonly LanguageRules[] = [en, de, sv, no, da, fi, nl, fr, es, it, pl];

const BY_TAG = new Map<string, LanguageRules>();
for (const rules of LANGUAGE_RULES) {
  for (const tag of [rules.language, ...(rules.aliases ?? [])]) BY_TAG.set(tag, rules);
}

export function rulesFor(language: string): LanguageRules | undefined {
  return BY_TAG.get(language);
}

/** The tag triage reports for a language subtag: the rule file's own tag for an alias ("nb" -> "no"). */
export function canonicalLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return 'und';
  return BY_TAG.get(primary)?.language ?? primary;
}
