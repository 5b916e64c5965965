import type { Priority } from '../../../workflows/case/domain';

/**
 * Every pattern runs on folded text: lower case, NFKC, typographic apostrophes made plain, and
 * diacritics removed ("ä" -> "a", "ø" -> "o", "ß" -> "ss", "ł" -> "l"), so that customers typing
 * without accents are heard as well and the rule files need to spell each word only once.
 */
export type Pattern = RegExp | { match: RegExp; unless: RegExp };

/** Serious flags, in order of precedence: the first one found sets topic and skills. */
export const SENSITIVE_FLAGS = [
  'self_harm',
  'fraud',
  'hardship',
  'privacy',
  'legal',
  'regulator',
  'complaint',
] as const;
export type SensitiveFlag = (typeof SENSITIVE_FLAGS)[number];

/** Routing is the same in every language; only the words differ. */
export const FLAG_ROUTING: Record<SensitiveFlag, { topic: string; skills: string[]; priority: Priority }> = {
  self_harm: { topic: 'hardship', skills: ['hardship'], priority: 'urgent' },
  fraud: { topic: 'fraud', skills: ['fraud'], priority: 'urgent' },
  hardship: { topic: 'hardship', skills: ['hardship'], priority: 'high' },
  privacy: { topic: 'privacy', skills: ['privacy'], priority: 'high' },
  legal: { topic: 'complaint', skills: ['complaints'], priority: 'high' },
  regulator: { topic: 'complaint', skills: ['complaints'], priority: 'high' },
  complaint: { topic: 'complaint', skills: ['complaints'], priority: 'high' },
};

/** Flags whose keyword a negation right before it switches off: "no complaint", "keine Beschwerde". */
export const NEGATABLE_FLAGS: ReadonlySet<SensitiveFlag> = new Set(['complaint']);

export const ROUTINE_TOPICS = ['refunds', 'delivery', 'payments', 'account', 'orders'] as const;
export type RoutineTopic = (typeof ROUTINE_TOPICS)[number];

/** Signals of anger that does not shout: each is worth points, and only several together escalate. */
export interface AngerRules {
  profanity: RegExp;
  /** insults aimed at the company or its people */
  insult: RegExp;
  /** how a customer speaks to the company ("you are", "ihr seid"): an insult right after it is said to its face */
  address: RegExp;
  /** "fed up", "had enough", "beyond a joke" */
  fedUp: RegExp;
  /** set phrases that are sarcastic on their own: "thanks for nothing", "oh great", "thanks for the late fee" */
  sarcasm: RegExp;
  /** praise that is sarcastic when it stands next to a failure word */
  praise: RegExp;
  /** what went wrong: "failed", "still waiting", "never arrived", a late fee, an hour on hold */
  failure: RegExp;
  /** a demand, e.g. "I want my money back"; angry when a word of the message is in capitals */
  demand: RegExp;
  /** writing again and again, or being ignored: "third time I write", "as per my last email", "nobody reads" */
  repeated: RegExp;
  /** threats to leave: cancel everything, never buy again */
  threat: RegExp;
  /** threats to go public: social media, the press, bad reviews, naming staff */
  public: RegExp;
  /** giving up in disgust: "fine, I'll just pay it", "forget it, don't bother" */
  resigned: RegExp;
  /** years of custom held up against the treatment: "a customer for six years" */
  loyalty: RegExp;
  /** a deadline with a consequence: "otherwise", "if this isn't sorted by Friday" */
  ultimatum: RegExp;
}

export interface SentimentRules {
  /**
   * AFINN-style scores as folded `word:score` pairs (-5..5) separated by white space; absent for
   * English, which uses the sentiment library's AFINN list
   */
  lexicon?: string;
  /** words after which a score flips: "nicht gut" */
  negators?: string[];
  /** words the lexicon scores but that name the problem rather than the mood ("failed", "fraud") */
  neutral?: string[];
}

export interface LanguageRules {
  /** BCP 47 primary language tag */
  language: string;
  /** other tags that mean this language, e.g. nb and nn for no */
  aliases?: string[];
  /** letters beyond a-z the language writes with; a text full of letters foreign to it is unlikely to be it */
  letters: string;
  /**
   * Frequent words (function words, greetings, support vocabulary) with their accents, separated by
   * white space. They tell languages apart in short texts, where character statistics are weak.
   */
  vocabulary: string;
  /** patterns per serious flag; a flag a language leaves out simply never fires from its words */
  sensitive: Partial<Record<SensitiveFlag, Pattern[]>>;
  /** tested on the text right before a negatable keyword; must end with `$` */
  negation: RegExp;
  anger: AngerRules;
  /** global regexes; the topic with most matches wins */
  topics: Record<RoutineTopic, RegExp>;
  sentiment: SentimentRules;
}
