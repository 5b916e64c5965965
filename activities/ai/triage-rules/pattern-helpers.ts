/** A non-capturing group of alternatives, each given as a `|`-separated regex source. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Whole words from a `|`-separated list, e.g. words('idiots?|morons?'). */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`\\b${anyOf(...alternatives)}\\b`);
}

/** The global form of words(), for counting topic keywords. */
export function keywords(...alternatives: string[]): RegExp {
  return new RegExp(`\\b${anyOf(...alternatives)}\\b`, 'g');
}

/**
 * A word of the company's in scare quotes: your 'help' centre, my "refund", 'asiakaspalvelua' with
 * its ending. Quotes of every language open it; a letter or apostrophe right before the quote
 * ("customer's") does not.
 */
export function scareQuoted(alternatives: string): string {
  return `(?<![\\w'])['"“”„«»‹›](?:${alternatives})\\w*['"“”„«»‹›]`;
}

const UMLAUT_SPELLINGS: Record<string, string> = { ä: '(?:a|ae)', ö: '(?:o|oe)', ü: '(?:u|ue)', ß: 'ss' };

/**
 * A German pattern spelled with umlauts, for folded text: "ä" hears "a" (the folded "ä") and "ae"
 * (how it is typed without the key), so "Geldbörse" and "Geldboerse" are one word to the rules;
 * "ß" is "ss", as folding writes it.
 */
export function umlauts(source: string, flags?: string): RegExp {
  return new RegExp(
    source.replace(/[äöüß]/g, (c) => UMLAUT_SPELLINGS[c]),
    flags,
  );
}
