import { anyOf, keywords, words } from './pattern-helpers';
import type { LanguageRules } from './types';

const CANT = anyOf(
  "can ?not|can'?t|could ?not|couldn'?t|unable to|not able to|no longer able to|can no longer",
  "won'?t be able to|will not be able to|struggl\\w* to",
);
const RELATIVE = anyOf(
  'husband|wife|partner|spouse|mum|mom|mother|dad|father|son|daughter|brother|sister|parents?',
  'grand\\w+|gran|nan|child|baby|family member|relative|fiancee?|he|she',
);
// "I can't pay, the app keeps crashing" is a technical problem, not hardship.
const TECHNICAL = words(
  'app|website|site|online|page|button|screen|link|code|option|method|error|declin\\w*|checkout',
  "crash\\w*|glitch\\w*|bug|load\\w*|not working|(?:doesn'?t|won'?t|isn'?t|does not|will not|is not) work\\w*",
  'apple pay|google pay|paypal|log ?in|sign ?in|early|in advance|ahead',
);

export const en: LanguageRules = {
  language: 'en',
  letters: '',
  vocabulary: `i me my mine we our you your it its the a an and or but if to of for on in at by with from about
    is am are was were be been being have has had do does did done not no never can could would should will
    won't can't don't didn't doesn't isn't wasn't haven't i'm i've it's that this these those there here what
    when where why how which who please thanks thank hi hello dear regards help just still already yet now
    today yesterday week weeks days month ago again get got want need know like tell told said received
    order ordered payment payments paid pay refund card account money charged charge parcel delivery
    delivered item items return returned bought purchase app email phone question any some someone
    something nothing anything after before since until why back off out up more than very also`,
  sensitive: {
    self_harm: [
      /\b(?:suicid\w*|self[- ]?harm\w*|kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|want to die|don'?t want to (?:live|be here))\b/,
      /\bbetter off without me\b|\b(?:no|don'?t see the|do not see the) point (?:in )?(?:living|going on|anymore|any more)\b|\bcan'?t go on\b|\bno reason to live\b|\btake my (?:own )?life\b|\bhurt(?:ing)? myself\b/,
    ],
    fraud: [
      /\bfr(?:au|ua|a|u)d\w*/,
      /\bun-?a[uo]?th?[aeo]?ri[sz]e?d\b/,
      /\b(?:i|we) (?:did not|didn'?t|never|have not|haven'?t|had not|hadn'?t) (?:\w+ )?(?:authori[sz]e|approve|agree to|consent to)\w*/,
      /\b(?:took|taken|taking|charged|used|using|debited|payments?|charges?|purchases?|bought|ordered|opened|access\w*|applied)\b.{0,40}\bwithout my (?:permission|consent|knowledge|authori[sz]ation)\b/,
      /\bun-?recogni[sz]\w*|\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot) recogni[sz]e\b/,
      /\b(?:didn'?t|did not|never) (?:make|made|authori[sz]e|place|placed) (?:this |that |these |the |a |any )?(?:purchase|payment|transaction|order)s?\b/,
      /\b(?:i|we) (?:never|didn'?t|did not) (?:buy|bought|order|ordered|sign(?:ed)? up|open|opened|apply|applied)\b.{0,30}\b(?:purchase|payment|transaction|account|loan|plan|anything)\b/,
      /\b(?:something|an? (?:order|purchase|item|payment)|items?|things?|transactions?|payments?|purchases?|charges?|orders?) (?:that )?(?:i|we) (?:never|didn'?t|did not) (?:make|made|buy|bought|order|ordered|place|placed|authori[sz]ed)\b/,
      new RegExp(
        String.raw`\b(?:someone|somebody|some one|some1|sum1|a stranger|a third party|an unknown person)\b.{0,30}` +
          String.raw`\b(?:used|using|accessed|accessing|logged into|got into|opened|took over|has access|have access` +
          String.raw`|applied|ordered|bought|made|has my|have my)\b.{0,20}\b(?:my|in my name)\b`,
      ),
      new RegExp(
        String.raw`\b(?:stol+en|stole|steal\w*|theft|lost|misplaced|cloned|skimmed) (?:my |our |his |her |the |a )?` +
          String.raw`(?:(?:debit|credit|bank|payment|virtual|physical|new) )?` +
          String.raw`(?:cards?|wallet|purse|card details|bank details|identity)\b`,
      ),
      /\b(?:cards?|wallet|purse|phone|account|details|identity|money|password)\b(?: \w+){0,3}? (?:stol+en|stole|cloned|skimmed|compromised|nicked|pinched|robbed)\b/,
      /\b(?:it|that|this|those|these) (?:wasn'?t|was not|weren'?t|were not) (?:me|us)\b|\b(?:i|we) (?:got|was|were|have been|'?ve been) robbed\b/,
      /\bidentity (?:theft|fraud)\b|\bimpersonat\w*/,
      /\bhack(?:ed|er|ers|ing)?\b|\bcompromised\b|\baccount take ?over\b|\btakeover\b|\btaken over\b/,
      /\bscam\w*|\bphish\w*|\bspoof\w*|\bconned\b|\btricked (?:me|into)\b/,
    ],
    hardship: [
      new RegExp(String.raw`\b${CANT} (?:afford|keep up|make ends meet)`),
      new RegExp(
        String.raw`\b${CANT} (?:manage|handle) (?:\w+ ){0,2}?(?:payments?|instal+ments?|bills?|repayments?)\b`,
      ),
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
    privacy: [
      /\bgdpr\b|\bdata protection\b|\bright to (?:be forgotten|erasure)\b|\bsubject access\b|\bd?sar\b/,
      /\binformation commissioner\b|\bico\b|\bccpa\b|\bdata (?:breach|leak)\b/,
      /\b(?:delete|erase|remove|wipe|purge)\b.{0,20}\b(?:personal (?:data|information|details)|my (?:data|info|information|personal))\b/,
      /\b(?:what|which|all(?: the)?|copy of(?: all)?(?: the)?)\b.{0,20}\b(?:personal )?data\b.{0,20}\b(?:you hold|you have|you store|you keep|held|stored|collected)\b/,
      /\b(?:shared|sold|passed on|passed|gave|given|disclosed|leaked)\b.{0,20}\bmy (?:personal )?(?:details|data|information|info)\b/,
      /\b(?:information|data|details|records)\b.{0,40}\b(?:stored|held|hold|keep|kept|collected|have)\b.{0,20}\babout me\b/,
      /\b(?:personal (?:data|information|details|info)|all (?:of )?my (?:data|information|info))\b.{0,20}\b(?:erased|deleted|removed|wiped|purged)\b/,
    ],
    legal: [
      /\blawyers?\b|(?<!power of )\battorneys?\b|\bsolicitors?\b|\bbarristers?\b|\blawsuit\b|\blitigation\b/,
      /\blegal (?:action|advice|team|proceedings|department|claim)\b|\bsmall claims\b|\btribunal\b|\bcourts?\b/,
      // "Sue" is also a name: only the verb counts.
      /\b(?:sue|suing)\b(?= (?:you|your|u|them|the|this|for)\b)|\b(?:to|will|gonna|i'?ll|i'?d|and|going to|could|can) sue\b|\bsued\b/,
    ],
    regulator: [
      /\bombuds\w*|\bfca\b|\bfinancial conduct authority\b|\bfos\b|\btrading standards\b|\bregulators?\b/,
      /\bcfpb\b|\bconsumer (?:financial )?protection\b|\bbbb\b|\bbetter business bureau\b|\battorney general\b/,
    ],
    complaint: [/\bcompla\w*|\bcomplant\w*|\bmis-?sold\b|\bmis-?selling\b/],
  },
  negation: /\b(?:no|not|never|nothing to|nothing|without|isn'?t|wasn'?t|aren'?t)\s+(?:\w+\s+)?$/,
  anger: {
    profanity: words(
      'f+u+c*k+\\w*|f\\*+k\\w*|fck\\w*|wtf|shit\\w*|bullshit|crap\\w*|bastards?|bitch\\w*|arseholes?|assholes?',
      'cunts?|twats?|wankers?|dickheads?|pricks?|pissed|piss off|screw you|motherf\\w*',
    ),
    // Words aimed at the company or its people; "the tracking page is useless" is left to the sentiment score.
    insult: words(
      'idiots?|idiotic|morons?|moronic|incompetent|clueless|clowns?|thie(?:f|ves)|crooks?|criminals?|scumbags?',
      'liars?|lying|rip ?off|ripping (?:me|people|us) off|daylight robbery|disgrace\\w*|pathetic|shambles',
    ),
    fedUp: words(
      'sick of|sick and tired|fed up|had enough|last straw|fuming|livid|furious|beyond a joke|is a joke',
      'absolute joke|what a joke|joke of a|unbelievable|ridiculous|unacceptable',
    ),
    sarcasm: words(
      'thanks for nothing|thanks a lot for nothing|oh (?:great|brilliant|wonderful|perfect|fantastic|lovely|joy|goody)',
      'just (?:great|brilliant|perfect|fantastic|what i needed)|yeah right|what a (?:surprise|shock)|surprise,? surprise',
      'great job,? (?:guys|casework|team)|well done,? (?:guys|casework|team)|slow clap|bravo',
    ),
    praise: words(
      'great|fantastic|brilliant|wonderful|amazing|excellent|superb|perfect|lovely|marvell?ous|stellar',
      'top[- ]notch|impressive|outstanding|world[- ]class|splendid|terrific',
    ),
    failure: words(
      'fail\\w*|declin\\w*|error\\w*|broken|glitch\\w*|charged twice|double[- ]charged|lost|missing|wrong',
      "not (?:arrived|received|working|delivered|refunded)|never (?:arrived|came|received|refunded)|hasn'?t (?:arrived|come)",
      'still (?:waiting|no|not|nothing)|no (?:answer|reply|response|refund)|ignored|another|again',
    ),
    demand: words(
      '(?:i|we) (?:want|need|demand|expect|insist on)(?: to (?:get|have))? (?:my |our |a |the )?(?:money|refund|cash|payment)\\w*',
      'money back|refund (?:me|now|immediately)|give me (?:my|a) (?:money|refund)|pay (?:me|it) back',
      '(?:fix|sort|solve) (?:this|it) (?:now|today|immediately)',
    ),
    repeated: words(
      "(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|umpteenth|several|multiple|many|countless) times? (?:that )?(?:i(?:'?ve| have|'?m| am)? |we(?:'?ve| have|'?re| are)? )?(?:writ|contact|email|messag|call|ask|chas|report|complain)\\w*",
      "still (?:no|not had an?|haven'?t had an?|not got an?) (?:answer|reply|response|word|update|refund)",
      'no (?:one|body) (?:has )?(?:answered|replied|responded|got back|gets back)|(?:been|keep|kept) (?:being )?ignored',
      '(?:written|emailed|contacted|called|messaged|chased) (?:you |your team |this )?(?:\\w+ )?(?:times|twice|repeatedly|again and again|over and over)',
    ),
    threat: words(
      '(?:cancel|close|delete|leave|quit|stop using)\\w* (?:\\w+ ){0,3}?(?:everything|all my \\w+|for good|forever)',
      '(?:never|not) (?:use|using|shop\\w*|buy\\w*|order\\w*) (?:\\w+ ){0,2}?(?:again|ever again)',
      'tak(?:e|ing) my (?:business|custom|money) elsewhere',
    ),
    public: words(
      '(?:post|posting|put|putting|share|sharing|write|writing|tell|telling)\\w* (?:\\w+ ){0,3}?(?:on|to|all over) (?:twitter|x|facebook|instagram|tiktok|reddit|linkedin|youtube|social media|trustpilot|the (?:press|papers|news|media))',
      '(?:leave|leaving|write|writing|post\\w*|give|giving) (?:\\w+ ){0,2}?(?:bad|negative|terrible|awful|scathing|1[- ]star|one[- ]star) reviews?',
      '(?:go|going|went) (?:to )?(?:the )?(?:press|media|papers|public|viral)|(?:tell|warn) (?:everyone|everybody|all my friends)',
    ),
  },
  topics: {
    refunds: keywords('refund\\w*|money back|reimburs\\w*|returns?|returned|returning|credit note|chargeback'),
    delivery: keywords(
      'deliver\\w*|parcels?|packages?|shipping|shipped|shipment|courier|tracking|track|dispatch\\w*|arriv\\w*|postage|posted',
    ),
    payments: keywords(
      'pay|paid|paying|payments?|instal+ments?|repay\\w*|charged?|charges|direct debit|due|late fees?|fees?|interest',
      'bill\\w*|statements?|balance|declined|card|apr|financing|pay in (?:4|30|3)|schedule|early',
    ),
    account: keywords(
      'account|log ?in|logging in|sign ?in|signing in|password|email address|phone number|verif\\w*|verify|app|profile',
      'username|two[- ]factor|2fa|otp|code|credit limit|spending limit|close my account',
    ),
    orders: keywords(
      'orders?|ordered|purchases?|purchased|bought|items?|merchant|store|shop|retailer|checkout|basket|cart',
    ),
  },
  sentiment: {
    // Payment vocabulary names the problem, not the customer's mood; without this a routine
    // "my payment failed and I was charged a late fee" reads as furious.
    neutral: `pay fraud fraudulent stolen stole lost loss debt problem problems error errors fail failed fails
      charged charges cancel cancelled missing wrong stuck block blocked delay delayed damaged broken scam
      hacked dispute complaint complaints complain no sorry risk urgent penalty suspend suspended demand
      demands help please want care fine owe confused`.split(/\s+/),
  },
};
