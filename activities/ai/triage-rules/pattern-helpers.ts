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
