import Sentiment from 'sentiment';
import type { Priority } from '../../workflows/case/domain';
import type { CaseText, TriageResult } from './types';

type Pattern = RegExp | { match: RegExp; unless: RegExp };

interface SensitiveRule {
  flag: string;
  topic: string;
  skills: string[];
  priority: Priority;
  patterns: Pattern[];
  /** "no complaints", "not a complaint": a negated keyword does not fire the rule */
  negatable?: boolean;
}

const CANT = anyOf(
  "can ?not|can'?t|could ?not|couldn'?t|unable to|not able to|no longer able to|can no longer",
  "won'?t be able to|will not be able to|struggl\\w* to",
);
const RELATIVE = anyOf(
  'husband|wife|partner|spouse|mum|mom|mother|dad|father|son|daughter|brother|sister|parents?',
  'grand\\w+|gran|nan|child|baby|family member|relative|fianc[eé]e?|he|she',
);
// "I can't pay, the app keeps crashing" is a technical problem, not hardship.
const TECHNICAL = new RegExp(
  `\\b${anyOf(
    'app|website|site|online|page|button|screen|link|code|option|method|error|declin\\w*|checkout',
    "crash\\w*|glitch\\w*|bug|load\\w*|not working|(?:doesn'?t|won'?t|isn'?t|does not|will not|is not) work\\w*",
    'apple pay|google pay|paypal|log ?in|sign ?in|early|in advance|ahead',
  )}\\b`,
);

// Order is precedence: the first matching rule sets topic, skills and reason; priority is the highest matched.
const SENSITIVE_RULES: SensitiveRule[] = [
  {
    flag: 'self_harm',
    topic: 'hardship',
    skills: ['hardship'],
    priority: 'urgent',
    patterns: [
      /\b(?:suicid\w*|self[- ]?harm\w*|kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|want to die|don'?t want to (?:live|be here))\b/,
    ],
  },
  {
    flag: 'fraud',
    topic: 'fraud',
    skills: ['fraud'],
    priority: 'urgent',
    patterns: [
      /\bfr(?:au|ua|a|u)d\w*/,
      /\bun-?a[uo]?th?[aeo]?ri[sz]e?d\b/,
      /\b(?:i|we) (?:did not|didn'?t|never|have not|haven'?t|had not|hadn'?t) (?:\w+ )?(?:authori[sz]e|approve|agree to|consent to)\w*/,
      /\b(?:took|taken|taking|charged|used|using|debited|payments?|charges?|purchases?|bought|ordered|opened|access\w*|applied)\b.{0,40}\bwithout my (?:permission|consent|knowledge|authori[sz]ation)\b/,
      /\bun-?recogni[sz]\w*|\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot) recogni[sz]e\b/,
      /\b(?:didn'?t|did not|never) (?:make|made|authori[sz]e|place|placed) (?:this |that |these |the |a |any )?(?:purchase|payment|transaction|order)s?\b/,
      /\b(?:i|we) (?:never|didn'?t|did not) (?:buy|bought|order|ordered|sign(?:ed)? up|open|opened|apply|applied)\b.{0,30}\b(?:purchase|payment|transaction|account|loan|plan|anything)\b/,
      /\b(?:something|an? (?:order|purchase|item|payment)|items?|things?) (?:that )?(?:i|we) (?:never|didn'?t|did not) (?:make|made|buy|bought|order|ordered|place|placed)\b/,
      new RegExp(
        String.raw`\b(?:someone|somebody|some one|a stranger|a third party|an unknown person)\b.{0,30}` +
          String.raw`\b(?:used|using|accessed|accessing|logged into|got into|opened|took over|has access|have access` +
          String.raw`|applied|ordered|bought|made|has my|have my)\b.{0,20}\b(?:my|in my name)\b`,
      ),
      new RegExp(
        String.raw`\b(?:stol+en|stole|steal\w*|theft|lost|misplaced|cloned|skimmed) (?:my |our |his |her |the |a )?` +
          String.raw`(?:(?:debit|credit|bank|payment|virtual|physical|new) )?` +
          String.raw`(?:cards?|wallet|purse|card details|bank details|identity)\b`,
      ),
      /\b(?:cards?|wallet|purse|phone|account|details|identity|money|password)\b(?: \w+){0,3}? (?:stol+en|stole|cloned|skimmed|compromised)\b/,
      /\bidentity (?:theft|fraud)\b|\bimpersonat\w*/,
      /\bhack(?:ed|er|ers|ing)?\b|\bcompromised\b|\baccount take ?over\b|\btakeover\b|\btaken over\b/,
      /\bscam\w*|\bphish\w*|\bspoof\w*|\bconned\b|\btricked (?:me|into)\b/,
    ],
  },
  {
    flag: 'hardship',
    topic: 'hardship',
    skills: ['hardship'],
    priority: 'high',
    patterns: [
      new RegExp(String.raw`\b${CANT} (?:afford|keep up|make ends meet)`),
      {
        match: new RegExp(
          String.raw`\b${CANT} (?:re)?pay\b|\b${CANT} (?:make|cover|meet) (?:my|the|this|these|next|any|our)\b` +
            String.raw`.{0,20}\b(?:payments?|instal+ments?|bills?|repayments?)\b`,
        ),
        unless: TECHNICAL,
      },
      /\bstruggl\w* (?:financially|with (?:money|(?:my )?finances|(?:my |the )?(?:re)?payments|bills|debts?))\b/,
      /\bfinancial(?:ly)? (?:hardship|difficult\w*|trouble|struggl\w*|problems?|crisis)\b|\bhardship\b/,
      /\bmoney (?:is|has been) (?:tight|short)\b/,
      /\b(?:lost|losing|lose) (?:my|our|his|her) (?:job|jobs|income|work|employment|business)\b/,
      /\b(?:unemployed|jobless|out of work|laid off|made redundant|redundancy|furlough\w*|on benefits|universal credit)\b/,
      /\b(?:been|am|i'?m|is|was|fell|fallen|become|became|got|very|seriously|critically|terminally|chronically) ill\b/,
      /\billness\b|\bsick(?! of| and tired| to death)\b|\bsickness\b|\bhospital\w*|\bcancer\b|\bchemo\w*/,
      /\bterminal (?:illness|cancer|diagnosis)\b|\bdiagnosed\b|\binjur(?:y|ed|ies)\b/,
      /\bdisabilit\w*|\bi'?m disabled\b|\bi am disabled\b|\bpower of attorney\b/,
      /\bbereave\w*|\bpass(?:ed)? away\b|\bdeceased\b|\bfuneral\b|\bwidow\w*|\bdeath\b/,
      new RegExp(String.raw`\b${RELATIVE}\b.{0,20}\b(?:died|has died|passed)\b|\blost my ${RELATIVE}\b`),
      // "remove this debt" is a disputed balance, "I'm in debt" is hardship.
      /\b(?:in|into|with|my|our) (?:\w+ ){0,3}?debts?\b|\bdebt (?:problems?|collect\w*|advice|charity|management|relief|spiral)/,
      /\bbailiffs?\b|\barrears\b|\bbehind on (?:my |the )?(?:payments?|bills?|rent)\b|\boverdrawn\b/,
      /\bmental health\b|\bdepress(?:ed|ion)\b|\banxiety\b|\bpanic attacks?\b|\bbipolar\b|\bdementia\b|\bgambling\b|\baddict\w*/,
      /\bvulnerab\w*|\b(?:domestic|financial|economic) abuse\b|\bcoerc\w*|\bcarer\b|\bpayment holiday\b|\bbreathing space\b/,
    ],
  },
  {
    flag: 'privacy',
    topic: 'privacy',
    skills: ['privacy'],
    priority: 'high',
    patterns: [
      /\bgdpr\b|\bdata protection\b|\bright to (?:be forgotten|erasure)\b|\bsubject access\b|\bd?sar\b/,
      /\binformation commissioner\b|\bico\b|\bccpa\b|\bdata (?:breach|leak)\b/,
      /\b(?:delete|erase|remove|wipe|purge)\b.{0,20}\b(?:personal (?:data|information|details)|my (?:data|info|information|personal))\b/,
      /\b(?:what|which|all(?: the)?|copy of(?: all)?(?: the)?)\b.{0,20}\b(?:personal )?data\b.{0,20}\b(?:you hold|you have|you store|you keep|held|stored|collected)\b/,
      /\b(?:shared|sold|passed on|passed|gave|given|disclosed|leaked)\b.{0,20}\bmy (?:personal )?(?:details|data|information|info)\b/,
    ],
  },
  {
    flag: 'legal',
    topic: 'complaint',
    skills: ['complaints'],
    priority: 'high',
    patterns: [
      /\blawyers?\b|(?<!power of )\battorneys?\b|\bsolicitors?\b|\bbarristers?\b|\blawsuit\b|\blitigation\b/,
      /\blegal (?:action|advice|team|proceedings|department|claim)\b|\bsmall claims\b|\btribunal\b|\bcourts?\b/,
      // "Sue" is also a name: only the verb counts.
      /\b(?:sue|suing)\b(?= (?:you|your|u|them|the|this|for)\b)|\b(?:to|will|gonna|i'?ll|i'?d|and|going to|could|can) sue\b|\bsued\b/,
    ],
  },
  {
    flag: 'regulator',
    topic: 'complaint',
    skills: ['complaints'],
    priority: 'high',
    patterns: [
      /\bombuds\w*|\bfca\b|\bfinancial conduct authority\b|\bfos\b|\btrading standards\b|\bregulators?\b/,
      /\bcfpb\b|\bconsumer (?:financial )?protection\b|\bbbb\b|\bbetter business bureau\b|\battorney general\b/,
    ],
  },
  {
    flag: 'complaint',
    topic: 'complaint',
    skills: ['complaints'],
    negatable: true,
    priority: 'high',
    patterns: [/\bcompla\w*|\bcomplant\w*|\bmis-?sold\b|\bmis-?selling\b/],
  },
];

const PROFANITY = new RegExp(
  `\\b${anyOf(
    'f+u+c*k+\\w*|f\\*+k\\w*|fck\\w*|wtf|shit\\w*|bullshit|crap\\w*|bastards?|bitch\\w*|arseholes?|assholes?',
    'cunts?|twats?|wankers?|dickheads?|pricks?|pissed|piss off|screw you|motherf\\w*',
  )}\\b`,
);
// Words aimed at the company or its people; "the tracking page is useless" is left to the sentiment score.
const INSULT = new RegExp(
  `\\b${anyOf(
    'idiots?|idiotic|morons?|moronic|incompetent|clueless|clowns?|thie(?:f|ves)|crooks?|criminals?|scumbags?',
    'liars?|lying|rip ?off|ripping (?:me|people|us) off|daylight robbery|disgrace\\w*|pathetic|shambles',
  )}\\b`,
);

const FED_UP =
  /\b(?:sick of|sick and tired|fed up|had enough|last straw|fuming|livid|furious|beyond a joke|is a joke|absolute joke|what a joke|joke of a)\b/;

// Payment vocabulary names the problem, not the customer's mood; without this a routine
// "my payment failed and I was charged a late fee" reads as furious.
const SENTIMENT_NEUTRAL_WORDS = [
  'pay',
  'fraud',
  'fraudulent',
  'stolen',
  'stole',
  'lost',
  'loss',
  'debt',
  'problem',
  'problems',
  'error',
  'errors',
  'fail',
  'failed',
  'fails',
  'charged',
  'charges',
  'cancel',
  'cancelled',
  'missing',
  'wrong',
  'stuck',
  'block',
  'blocked',
  'delay',
  'delayed',
  'damaged',
  'broken',
  'scam',
  'hacked',
  'dispute',
  'complaint',
  'complaints',
  'complain',
  'no',
  'sorry',
  'risk',
  'urgent',
  'penalty',
  'suspend',
  'suspended',
  'demand',
  'demands',
  'help',
  'please',
  'want',
  'care',
  'fine',
  'owe',
  'confused',
];
const sentimentExtras = Object.fromEntries(SENTIMENT_NEUTRAL_WORDS.map((w) => [w, 0]));
const sentimentAnalyzer = new Sentiment();

const TOPIC_KEYWORDS: Array<[string, RegExp]> = [
  ['refunds', /\b(?:refund\w*|money back|reimburs\w*|returns?|returned|returning|credit note|chargeback)\b/g],
  [
    'delivery',
    /\b(?:deliver\w*|parcels?|packages?|shipping|shipped|shipment|courier|tracking|track|dispatch\w*|arriv\w*|postage|posted)\b/g,
  ],
  [
    'payments',
    /\b(?:pay|paid|paying|payments?|instal+ments?|repay\w*|charged?|charges|direct debit|due|late fees?|fees?|interest|bill\w*|statements?|balance|declined|card|apr|financing|pay in (?:4|30|3)|schedule|early)\b/g,
  ],
  [
    'account',
    /\b(?:account|log ?in|logging in|sign ?in|signing in|password|email address|phone number|verif\w*|verify|app|profile|username|two[- ]factor|2fa|otp|code|credit limit|spending limit|close my account)\b/g,
  ],
  [
    'orders',
    /\b(?:orders?|ordered|purchases?|purchased|bought|items?|merchant|store|shop|retailer|checkout|basket|cart)\b/g,
  ],
];

const SENTENCE_END = /[.!?\n]/;

export function triage(text: CaseText): TriageResult {
  const raw = `${text.subject}\n${text.message}`;
  const normalized = normalize(raw);
  const flags: string[] = [];
  const matched: SensitiveRule[] = [];

  for (const rule of SENSITIVE_RULES) {
    if (ruleMatches(rule, normalized)) {
      matched.push(rule);
      flags.push(rule.flag);
    }
  }

  const { score, comparative } = sentimentAnalyzer.analyze(raw, { extras: sentimentExtras });
  const mood = anger(text, normalized, score, comparative);
  flags.push(...mood.flags);

  const routineTopic = guessTopic(normalized);
  const primary = matched[0];
  if (primary) {
    return {
      escalate: true,
      reason: 'sensitive_topic',
      priority: matched.some((r) => r.priority === 'urgent') ? 'urgent' : 'high',
      topic: primary.topic,
      skills: primary.skills,
      sentiment: comparative,
      flags,
    };
  }
  if (mood.angry) {
    return {
      escalate: true,
      reason: 'negative_sentiment',
      priority: 'high',
      topic: routineTopic,
      skills: ['escalations'],
      sentiment: comparative,
      flags,
    };
  }
  return {
    escalate: false,
    reason: null,
    priority: 'normal',
    topic: routineTopic,
    skills: [routineTopic],
    sentiment: comparative,
    flags,
  };
}

function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/[ \t]+/g, ' ');
}

function ruleMatches(rule: SensitiveRule, text: string): boolean {
  for (const pattern of rule.patterns) {
    const { match, unless } = pattern instanceof RegExp ? { match: pattern, unless: undefined } : pattern;
    for (const m of text.matchAll(new RegExp(match.source, 'g'))) {
      const at = m.index ?? 0;
      if (rule.negatable && isNegated(text.slice(Math.max(0, at - 30), at))) continue;
      if (unless && unless.test(sentenceAround(text, at))) continue;
      return true;
    }
  }
  return false;
}

function isNegated(before: string): boolean {
  return /\b(?:no|not|never|nothing to|nothing|without|isn'?t|wasn'?t|aren'?t)\s+(?:\w+\s+)?$/.test(before);
}

function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return text.slice(start, end);
}

// Points, so one mild signal (a single "!!!", an all-caps subject line) is not enough on its own.
function anger(text: CaseText, normalized: string, score: number, comparative: number) {
  const signals: Array<[string, number]> = [];
  if (PROFANITY.test(normalized)) signals.push(['profanity', 3]);
  if (INSULT.test(normalized)) signals.push(['insult', 2]);
  if (FED_UP.test(normalized)) signals.push(['fed_up', 2]);
  if (isShouting(text.message)) signals.push(['shouting', 2]);
  if (/!{3,}|(?:[!?]\s*){4,}/.test(text.message) || (text.message.match(/!/g)?.length ?? 0) >= 4) {
    signals.push(['exclamations', 1]);
  }
  if (score <= -6) signals.push(['very_negative', 3]);
  else if (score <= -4 || (score <= -3 && comparative <= -0.5)) signals.push(['negative', 2]);
  else if (score <= -2) signals.push(['slightly_negative', 1]);

  const points = signals.reduce((sum, [, p]) => sum + p, 0);
  const flags = signals.map(([name]) => name);
  return { angry: points >= 3, flags: points >= 3 ? [...flags, 'angry'] : flags };
}

function isShouting(message: string): boolean {
  const letters = message.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7) return true;
  // Three capitalised words in a row; an acronym like "FCA" alone is not shouting.
  return /\b[A-Z][A-Z']+\b(?:[\s,.!?-]+\b[A-Z][A-Z']*\b){2,}/.test(message);
}

function guessTopic(text: string): string {
  let best = 'general';
  let bestCount = 0;
  for (const [topic, pattern] of TOPIC_KEYWORDS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}
