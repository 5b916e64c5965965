import { foldWord } from './text-forms';

/**
 * How the help centre reads a language: which words carry no meaning, how word forms fold onto one
 * term, and whether compounds ("Rückerstattungsantrag", "betalningsplanen") are split into parts.
 */
export interface LanguageTerms {
  stopWords: ReadonlySet<string>;
  stem(word: string): string;
  compounds: boolean;
}

// Function words plus the greetings and filler of support messages: they match every article
// equally and would only dilute the score of the words that carry the question.
const EN_STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing don down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so
  some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves ll ve re im ive id isn didn doesn wasn won wouldn couldn shouldn aren haven hasn
  hi hello hey dear thanks thank cheers please regards kind also get got want wanted wanting like know
  one still yet already help casework us let anything something someone`.split(/\s+/),
);

// Folded, like the terms they are compared with.
const DE_STOP_WORDS = new Set(
  `aber alle allem allen aller alles als also am an andere anderen auch auf aus bei bin bis bist da damit
  dann das dass dein deine dem den der des dich die dies diese diesem diesen dieser dieses dir doch dort du
  durch ein eine einem einen einer eines er es etwas euch euer eure fur gegen gewesen hab habe haben hat
  hatte hatten hier hin ich ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jedes jetzt kann
  kannst konnen konnte kein keine keinem keinen keiner man mein meine meinem meinen meiner mich mir mit muss
  musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so soll sollte sonst
  uber um und uns unser unsere unter vom von vor war waren was weil welche wenn wer werde werden wie wieder
  will wir wird wo wollen wurde wurden zu zum zur hallo guten tag danke bitte vielen dank gruss grusse
  freundlichen geehrte geehrter damen herren frage mochte mochten hilfe casework schon immer mal gerne`.split(/\s+/),
);

const SV_STOP_WORDS = new Set(
  `alla allt att av blev bli blir de dem den denna deras dess det detta dig din dina ditt du dar efter ej
  eller en er era ert ett fran for ha hade han hans har henne hennes hon honom hur i ingen inom inte jag ju
  kan kunde man med mellan men mig min mina mitt mot mycket ni nu nar nagon nagot nagra och om oss pa samma
  sedan sig sin sina sjalv ska skulle som sa till under upp ut utan vad var vara varfor varit varje vem vi
  vid vilka vilken vill aven over hej hallo tack halsningar vanliga vanligen snalla hjalp fraga casework
  ocksa redan fortfarande annu bara gora`.split(/\s+/),
);

const VOWEL = /[aeiou]/;

/** A light English suffix stripper: enough to fold plurals and -ed/-ing forms onto one index term. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = /([^aeiouslz])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('ically')) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 4) w = w.slice(0, -1);
  if (/[^aeiou]y$/.test(w) && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Strips the longest listed ending that leaves a stem of at least `minStem` letters. */
function suffixStripper(suffixes: string[], minStem: number): (word: string) => string {
  const longestFirst = [...suffixes].sort((a, b) => b.length - a.length);
  return (word) => {
    const w = foldWord(word);
    if (/\d/.test(w)) return w;
    const suffix = longestFirst.find((s) => w.endsWith(s) && w.length - s.length >= minStem);
    return suffix ? w.slice(0, -suffix.length) : w;
  };
}

// German inflection: plural and case endings; a bare -n only where it follows -e ("Raten" -> "rate").
const deEndings = suffixStripper(['ern', 'em', 'en', 'er', 'es', 'e'], 4);
function deStem(word: string): string {
  const w = deEndings(word);
  return w === foldWord(word) && w.endsWith('en') && w.length > 4 ? w.slice(0, -1) : w;
}
// Swedish: definite and plural forms ("betalningarna", "kortet", "appen") fold onto the bare word.
const svStem = suffixStripper(
  [
    'arnas',
    'ernas',
    'ornas',
    'arna',
    'erna',
    'orna',
    'andet',
    'ande',
    'ende',
    'ens',
    'ets',
    'en',
    'et',
    'ar',
    'er',
    'or',
    'na',
    'a',
    'e',
  ],
  3,
);

export const LANGUAGE_TERMS: Readonly<Record<string, LanguageTerms>> = {
  en: { stopWords: EN_STOP_WORDS, stem, compounds: false },
  de: { stopWords: DE_STOP_WORDS, stem: deStem, compounds: true },
  sv: { stopWords: SV_STOP_WORDS, stem: svStem, compounds: true },
};

export function termsFor(language: string): LanguageTerms {
  return LANGUAGE_TERMS[language] ?? LANGUAGE_TERMS.en;
}

// Parts shorter than this are too likely to be accidents of spelling rather than words.
const MIN_PART = 4;
// Linking letters between the parts of a compound: "Zahlung-s-plan", "betalning-s-plan".
const LINKS = ['s', 'es', 'n', 'en'];

/**
 * The known words a compound is made of: "zahlungsplan" -> ["zahlung", "plan"] when both are words of
 * the articles, or whichever part is known. A light split, good enough for search.
 */
export function compoundParts(term: string, known: ReadonlySet<string>): string[] {
  if (term.length < 2 * MIN_PART) return [];
  let best: string[] = [];
  let bestScore = 0;
  for (let i = MIN_PART; i <= term.length - MIN_PART; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    const headWord = [head, ...LINKS.filter((l) => head.endsWith(l)).map((l) => head.slice(0, -l.length))].find(
      (h) => h.length >= MIN_PART && known.has(h),
    );
    const parts = [headWord, known.has(tail) ? tail : undefined].filter((p): p is string => p !== undefined);
    // Both parts known beats one; a longer known part beats a shorter one ("zahlung" over "zahl").
    const score = parts.reduce((n, p) => n + p.length, 0) + (parts.length === 2 ? 100 : 0);
    if (score > bestScore) {
      best = parts;
      bestScore = score;
    }
  }
  return best;
}
