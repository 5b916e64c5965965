/**
 * Running some 250 patterns over a long message costs milliseconds, yet most of them cannot match
 * because their first word is nowhere in the text. A trigger is that first word's literal start,
 * read off the pattern's source; a pattern runs only when one of its triggers is present.
 */
export interface Trigger {
  literal: string;
  /** the pattern puts a word boundary before it, so it starts a word; otherwise it may sit anywhere */
  atWordStart: boolean;
  /** a word boundary follows it as well: the text must hold this very word */
  wholeWord: boolean;
}

/**
 * Triggers one of which the text must contain for the pattern to match; null when they cannot be told.
 * Where a pattern simply ends, the text may go on with more letters ("\bspielsucht" in "spielsüchtig"):
 * only a "\b" makes the last word whole.
 */
export function triggersOf(source: string, atWordStart = false, wordEndsAfter = false): Trigger[] | null {
  const found: Trigger[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const triggers = leadingTriggers(alternative, atWordStart, wordEndsAfter);
    if (!triggers) return null;
    found.push(...triggers);
  }
  return found;
}

/**
 * Every literal word and every non-optional group of an alternative must occur for it to match;
 * the rarest of them (the longest word, or the group of longest words) becomes its trigger.
 * `wordEndsAfter`: whether a word boundary follows the alternative; false inside a group followed
 * by more letters ("(?:cancel|close)\\w*"), where the alternative's last word may go on.
 */
function leadingTriggers(alternative: string, inheritedWordStart: boolean, wordEndsAfter: boolean): Trigger[] | null {
  const options: Trigger[][] = [];
  let s = alternative;
  let atWordStart = inheritedWordStart;
  while (s.length > 0) {
    if (s.startsWith('\\b') || s.startsWith('^')) {
      atWordStart = true;
      s = s.slice(s[0] === '^' ? 1 : 2);
      continue;
    }
    if (s.startsWith('(')) {
      const end = groupEnd(s);
      if (end < 0) break;
      const lookaround = /^\(\?<?[=!]/.test(s);
      const quantifier = lookaround ? '' : (QUANTIFIER.exec(s.slice(end + 1))?.[0] ?? '');
      const rest = s.slice(end + 1 + quantifier.length);
      if (lookaround) {
        s = rest;
        continue;
      }
      if (!isOptional(quantifier)) {
        const endsAfterGroup = quantifier === '' && (rest === '' ? wordEndsAfter : /^(?:\\b| )/.test(rest));
        const inner = triggersOf(s.slice(s.startsWith('(?:') ? 3 : 1, end), atWordStart, endsAfterGroup);
        if (inner) options.push(inner);
      }
      atWordStart = false;
      s = rest;
      continue;
    }
    const run = /^[a-z0-9 ]+/.exec(s)?.[0];
    if (run) {
      let rest = s.slice(run.length);
      const lastOptional = isOptional(rest);
      const literal = lastOptional ? run.slice(0, -1) : run;
      const endsWord = !lastOptional && (rest === '' ? wordEndsAfter : rest.startsWith('\\b'));
      const words = literal.split(' ');
      words.forEach((word, i) => {
        if (!word) return;
        const startsWord = i > 0 || atWordStart;
        const whole = startsWord && (i < words.length - 1 || endsWord);
        options.push([{ literal: word, atWordStart: startsWord, wholeWord: whole }]);
      });
      if (lastOptional) rest = rest.slice(QUANTIFIER.exec(rest)?.[0].length ?? 0);
      atWordStart = !lastOptional && run.endsWith(' ');
      s = rest;
      continue;
    }
    // Anything else (an escape, a class, a dot, an apostrophe) is one atom that names no word.
    const atom = s.startsWith('\\') ? 2 : s.startsWith('[') ? classEnd(s) + 1 : 1;
    s = s.slice(atom);
    s = s.slice(QUANTIFIER.exec(s)?.[0].length ?? 0);
    atWordStart = false;
  }
  if (options.length === 0) return null;
  return options.reduce((best, option) => (rarity(option) > rarity(best) ? option : best));
}

const QUANTIFIER = /^(?:\?|\*|\+|\{\d*,?\d*\})\??/;

/**
 * How seldom a set of triggers is likely to be present: long whole words are rare; words of three
 * letters or fewer ("i", "kan", "non") are in nearly every text of their language.
 */
function rarity(option: Trigger[]): number {
  const score = (t: Trigger) =>
    (t.literal.length <= 3 ? t.literal.length - 2 : t.literal.length) + (t.wholeWord ? 2 : 0) + (t.atWordStart ? 1 : 0);
  return Math.min(...option.map(score)) - 0.3 * (option.length - 1);
}

function classEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return s.length - 1;
}

function isOptional(quantifierOrRest: string): boolean {
  return /^(?:\?|\*|\{0)/.test(quantifierOrRest);
}

function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** Index of the parenthesis closing the group that opens at 0, or -1. */
function groupEnd(s: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The words of a folded text, for trigger lookups. */
export interface TextIndex {
  text: string;
  words: Set<string>;
  /** the same words sorted, to find the ones starting with a prefix */
  sorted: string[];
  /** the same words in one string: a trigger inside a word is looked for here, not in the longer text */
  joined: string;
  /** answers already looked up, since rule files share many trigger words */
  seen: Map<string, boolean>;
}

export function indexText(folded: string): TextIndex {
  const words = new Set(folded.match(/\w+/g) ?? []);
  const sorted = [...words].sort();
  return { text: folded, words, sorted, joined: sorted.join(' '), seen: new Map() };
}

function hasWordStartingWith(index: TextIndex, prefix: string): boolean {
  const { sorted } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix);
}

export function triggered(triggers: Trigger[] | null, index: TextIndex): boolean {
  if (!triggers) return true;
  return triggers.some((t) => {
    if (t.wholeWord) return index.words.has(t.literal);
    const key = `${t.atWordStart ? '^' : '~'}${t.literal}`;
    let present = index.seen.get(key);
    if (present === undefined) {
      present = t.atWordStart ? hasWordStartingWith(index, t.literal) : index.joined.includes(t.literal);
      index.seen.set(key, present);
    }
    return present;
  });
}

const triggerCache = new WeakMap<RegExp, Trigger[] | null>();

/** pattern.test(text), skipped when the pattern's triggers are absent from the text. */
export function testIndexed(pattern: RegExp, index: TextIndex): boolean {
  let triggers = triggerCache.get(pattern);
  if (triggers === undefined) {
    triggers = triggersOf(pattern.source);
    triggerCache.set(pattern, triggers);
  }
  if (!triggered(triggers, index)) return false;
  pattern.lastIndex = 0;
  return pattern.test(index.text);
}

/** How often a global pattern occurs, skipped when its triggers are absent. */
export function countIndexed(pattern: RegExp, index: TextIndex): number {
  let triggers = triggerCache.get(pattern);
  if (triggers === undefined) {
    triggers = triggersOf(pattern.source);
    triggerCache.set(pattern, triggers);
  }
  if (!triggered(triggers, index)) return 0;
  return index.text.match(pattern)?.length ?? 0;
}
