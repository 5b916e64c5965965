// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };
const UNDECOMPOSED_LETTERS = /[ßæøœłđðþ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;
const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;

/** Lower case with plain apostrophes and single spaces: the form the sentiment and shouting checks read. */
export function plainText(s: string): string {
  return s
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\t|[ \t]{2,}/g, ' ');
}

/** plainText without diacritics: the form every triage pattern is written for (see triage-rules/types.ts). */
export function foldText(s: string): string {
  return foldWord(plainText(s));
}

/** Removes diacritics from lower-case text: "pågår" -> "pagar", "größe" -> "grosse". */
export function foldWord(s: string): string {
  if (!NOT_PLAIN_ASCII.test(s)) return s;
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_LETTERS, (c) => UNDECOMPOSED[c]);
}

const WORD = /\p{L}+(?:'\p{L}+)*/gu;

/** Lower-case words with their accents and inner apostrophes ("don't", "j'ai"). */
export function wordsOf(plain: string): string[] {
  return plain.match(WORD) ?? [];
}
