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

/** Triggers one of which the text must contain for the pattern to match; null when they cannot be told. */
export function triggersOf(source: string, atWordStart = false, wordEndsAfter = true): Trigger[] | null {
  const found: Trigger[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const triggers = leadingTriggers(alternative, atWordStart, wordEndsAfter);
    if (!triggers) return null;
    found.push(...triggers);
  }
  return found;
}

/**
 * `wordEndsAfter`: whether a word boundary follows the end of `alternative`; false inside a group
 * followed by more letters ("(?:cancel|close)\\w*"), where the alternative's last word may go on.
 */
function leadingTriggers(alternative: string, inheritedWordStart: boolean, wordEndsAfter: boolean): Trigger[] | null {
  let s = alternative;
  let atWordStart = inheritedWordStart;
  for (;;) {
    if (s.startsWith('\\b') || s.startsWith('^')) {
      atWordStart = true;
      s = s.slice(s[0] === '^' ? 1 : 2);
      continue;
    }
    if (!s.startsWith('(')) break;
    const end = groupEnd(s);
    if (end < 0) return null;
    const rest = s.slice(end + 1);
    if (/^\(\?<?[=!]/.test(s)) {
      s = rest;
    } else if (isOptional(rest)) {
      // An optional group may be absent: what follows it is the next thing the text must hold.
      s = rest.replace(/^(?:\?|\*|\{0,?\d*\})\??/, '');
      atWordStart = false;
    } else {
      const endsAfterGroup = rest === '' ? wordEndsAfter : /^(?:\\b| )/.test(rest);
      return triggersOf(s.slice(s.startsWith('(?:') ? 3 : 1, end), atWordStart, endsAfterGroup);
    }
  }
  let run = /^[a-z0-9 ]*/.exec(s)?.[0] ?? '';
  const rest = s.slice(run.length);
  if (isOptional(rest)) run = run.slice(0, -1);
  const endsWord = rest === '' ? wordEndsAfter : rest.startsWith('\\b');
  const words = run.split(' ');
  const candidates = words
    .map((literal, i) => {
      const startsWord = i > 0 || atWordStart;
      return { literal, atWordStart: startsWord, wholeWord: startsWord && (i < words.length - 1 || endsWord) };
    })
    .filter((t) => t.literal !== '');
  if (candidates.length === 0) return null;
  // Every word of the run is required; the longest whole word is the rarest test.
  const rank = (t: Trigger) => t.literal.length + (t.wholeWord ? 3 : 0) + (t.atWordStart ? 1 : 0);
  return [candidates.reduce((best, t) => (rank(t) > rank(best) ? t : best))];
}

function isOptional(rest: string): boolean {
  return rest.startsWith('?') || rest.startsWith('*') || rest.startsWith('{0');
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

// Word starts are looked up by their first few letters; a longer trigger is checked by its prefix,
// which can only let a pattern run needlessly, never skip one that could match.
const PREFIX_LENGTH = 6;

/** The words of a folded text and their starts, for trigger lookups. */
export interface TextIndex {
  text: string;
  words: Set<string>;
  wordStarts: Set<string>;
}

export function indexText(folded: string): TextIndex {
  const words = new Set(folded.match(/\w+/g) ?? []);
  const wordStarts = new Set<string>();
  for (const word of words) {
    for (let k = 1; k <= Math.min(word.length, PREFIX_LENGTH); k++) wordStarts.add(word.slice(0, k));
  }
  return { text: folded, words, wordStarts };
}

export function triggered(triggers: Trigger[] | null, index: TextIndex): boolean {
  if (!triggers) return true;
  return triggers.some((t) => {
    if (t.wholeWord) return index.words.has(t.literal);
    if (t.atWordStart) return index.wordStarts.has(t.literal.slice(0, PREFIX_LENGTH));
    return index.text.includes(t.literal);
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
