import { anyOf, keywords, scareQuoted, words } from './pattern-helpers';
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
      /\b(?:think|thinking|thought) (?:\w+ ){0,3}?(?:about|of) (?:ending it|ending (?:it all|things|my life)|killing myself|not being here|not waking up|suicide)\b|\b(?:can'?t|cannot) (?:keep|go) (?:going|on) (?:like this|anymore|any more)\b/,
      /\b(?:run out of|no (?:more )?|no longer have any|lost all) reasons? to (?:keep going|go on|live|carry on|continue|stay)\b|\bmake (?:it|everything|this|the pain) (?:all )?stop (?:for good|forever|permanently)\b|\bend (?:it|everything) (?:for good|forever|permanently)\b/,
      /\b(?:suicid\w*|self[- ]?harm\w*|kill(?:ing)? myself|end(?:ing)? (?:it all|my life)|want to die|don'?t want to (?:live|be here))\b/,
      /\bbetter off without me\b|\bcan'?t go on\b|\bno reason to live\b|\btake my (?:own )?life\b|\bhurt(?:ing)? myself\b/,
      /\b(?:no|don'?t see the|do not see the|see no|lost the|what'?s the) point (?:in |of )?(?:living|going on|carrying on|being here|being alive|anymore|any more|it all|life)\b/,
      // Despair said sideways: "I can't do this anymore", "everyone would be better off", "want to disappear".
      /\b(?:can'?t|cannot|can not) (?:do|take|bear|handle|face) (?:this|it|any of this|much more)(?: any ?more| any longer| much longer)\b/,
      /\b(?:everyone|everybody|they|my (?:family|kids|children|wife|husband|partner)) (?:would|will|'?d) be (?:better off|happier|fine) (?:without me|if i)|\beveryone would be better off\b/,
      /\b(?:better|easier|simpler) (?:off )?(?:for (?:everyone|everybody|all|them|my family) )?if i (?:just |simply )?(?:was ?n'?t|were ?n'?t|was not|were not|didn'?t|did not|disappeared|vanished|was gone|were gone|died|never woke|no longer)/,
      /\b(?:want|wish|like|going) to (?:just )?(?:disappear|vanish|not exist|not be here|sleep forever|go to sleep and (?:not|never) wake)|\b(?:never|not) (?:to )?wake up again\b|\b(?:hope|wish) i (?:don'?t|do not|never|won'?t) wake up\b/,
      /\b(?:won'?t|will not|will never|wouldn'?t) be a (?:problem|burden|bother|nuisance|worry) (?:to|for|on) (?:anyone|anybody|you|everyone|my family|them)\b|\b(?:had enough of|tired of|done with|sick of|fed up (?:of|with)) (?:life|living|being alive)\b/,
      /\b(?:went|go|going|just) to sleep and (?:didn'?t|don'?t|never|not) wake up\b|\b(?:nobody|no one|no-one) would (?:even )?(?:notice|care|miss me)\b|\b(?:when|after|once) i'?m (?:gone|dead|not here|no longer here|not around)\b/,
      /\b(?:going|planning|plan|want|decided|deciding|thinking about|thought about|ready) to end (?:things|it all|everything|my life)\b|\bend (?:things|everything) (?:this|tonight|tomorrow|soon)\b|\bstockpil\w* (?:my |the )?(?:tablets|pills|meds|medication|painkillers)\b|\boverdos\w*/,
      /\b(?:a |such a )?burden (?:to|on|for) (?:everyone|everybody|my family|them|others|people|the people)\b|\b(?:see|there'?s|there is|find) no way out\b|\b(?:can'?t|cannot|don'?t) see (?:a|any) way out\b/,
      // Settling affairs and saying goodbye.
      /\b(?:won'?t|will not|wouldn'?t|will never) (?:need to |have to )?(?:chase|bother|worry about|deal with) me\b|\bwon'?t be (?:around|here) (?:much longer|for long|next month|to pay)\b/,
      /\bwho (?:gets|will get|should get|is getting) my (?:things|stuff|belongings|possessions)\b|\b(?:written|wrote|writing|left) (?:goodbye )?(?:letters?|notes?) (?:to|for) (?:my|the) (?:kids|children|family|wife|husband|partner|son|daughter|parents|mum|mom)\b|\bsaying (?:my )?goodbyes?\b/,
    ],
    fraud: [
      /\b(?:handbag|bag|wallet|purse|rucksack|backpack|coat|jacket)\b(?: \w+){0,2}? (?:was |got |been )?(?:taken|stolen|nicked|snatched|lifted|swiped)\b/,
      /\b(?:address|addresses)\b.{0,60}\b(?:i'?ve|i have|i) never (?:lived|been|heard of)\b|\bstolen (?:card )?(?:details|numbers|cards)\b|\blist of stolen\b/,
      /\bfr(?:au|ua|a|u)d\w*/,
      /\bun-?a[uo]?th?[aeo]?ri[sz]e?d\b/,
      /\b(?:i|we) (?:did not|didn'?t|never|have not|haven'?t|had not|hadn'?t) (?:\w+ )?(?:authori[sz]e|approve|agree to|consent to)\w*/,
      /\b(?:took|taken|taking|charged|used|using|debited|payments?|charges?|purchases?|bought|ordered|opened|access\w*|applied|spent|spending)\b.{0,40}\bwithout (?:my (?:permission|consent|knowledge|authori[sz]ation|say-?so|agreement)|asking|telling me|me knowing)\b/,
      /\bun-?recogni[sz]\w*|\b(?:don'?t|do not|didn'?t|did not|can'?t|cannot) recogni[sz]e\b/,
      /\b(?:didn'?t|did not|never) (?:make|made|authori[sz]e|place|placed) (?:this |that |these |the |a |any )?(?:purchase|payment|transaction|order)s?\b/,
      /\b(?:i|we) (?:never|didn'?t|did not) (?:buy|bought|order|ordered|sign(?:ed)? up|open|opened|apply|applied)\b.{0,30}\b(?:purchase|payment|transaction|account|loan|plan|anything)\b/,
      /\b(?:something|an? (?:order|purchase|item|payment)|items?|things?|transactions?|payments?|purchases?|charges?|orders?) (?:that )?(?:i|we) (?:never|didn'?t|did not) (?:make|made|buy|bought|order|ordered|place|placed|authori[sz]ed)\b/,
      new RegExp(
        String.raw`\b(?:someone|somebody|some one|some1|sum1|a stranger|a third party|an unknown person)\b.{0,30}` +
          String.raw`\b(?:used|using|accessed|accessing|logged into|got into|opened|took over|has access|have access` +
          String.raw`|applied|ordered|bought|made|has my|have my|been in|been into|been on|changed|broken into|broke into` +
          String.raw`|hacked|emptied|drained|transferred|moved)\b.{0,20}\b(?:my|in my name)\b`,
      ),
      new RegExp(
        String.raw`\b(?:stol+en|stole|steal\w*|theft|lost|misplaced|cloned|skimmed) (?:my |our |his |her |the |a )?` +
          String.raw`(?:(?:debit|credit|bank|payment|virtual|physical|new) )?` +
          String.raw`(?:cards?|wallet|purse|card details|bank details|identity)\b`,
      ),
      /\b(?:cards?|wallet|purse|handbag|bag|phone|mobile|account|details|identity|money|password)\b(?: \w+){0,3}? (?:stol+en|stole|cloned|skimmed|copied|compromised|nicked|pinched|robbed|swiped|snatched)\b/,
      /\b(?:it|that|this|those|these|which|they) (?:\w+ )?(?:wasn'?t|was not|weren'?t|were not|isn'?t|is not|aren'?t|are not) (?:\w+ )?(?:me|us)\b|\b(?:i|we) (?:got|was|were|have been|'?ve been) robbed\b/,
      /\b(?:cards?|devices?|payees?|phones?|addresses|users?|e-?mails?|numbers?)\b(?: \w+){0,4}? (?:that |which )?(?:i|we) (?:didn'?t|did not|never|don'?t|do not) (?:add|set up|register|authori[sz]e|recogni[sz]e|link)\b|\bcodes? (?:\w+ ){0,2}?(?:i|we) (?:never|didn'?t|did not|haven'?t|have not) (?:ask|request)\w*/,
      /\btrying to (?:get into|access|hack|log ?in(?:to)?|break into|take over) my (?:account|app|e-?mail)\b|\b(?:it|that|this)'?s not (?:\w+ )?(?:me|us|mine)\b/,
      /\b(?:download|install)\w* (?:an |the |this |some )?app (?:so|for|that|to)\b.{0,30}\b(?:he|she|they|him|her|them|could)\b|\bremote (?:access|desktop|control)\b|\b(?:anydesk|teamviewer)\b|\bsafe account\b|\bit was a con\b/,
      /\b(?:loans?|agreements?|accounts?|credit|contracts?|plans?|finance|phone contracts?)\b(?: \w+){0,3}? (?:in|under) my name\b|\b(?:i|we) (?:never|didn'?t|did not|have never) sign(?:ed)? (?:anything|up for (?:this|it|that|a|an|any))\b/,
      /\b(?:it|they|he|she|the (?:seller|site|shop|account|website|listing|ad|profile)) (?:was|were|is|are) (?:a |all )?(?:fake|scam|scammers?|fraud|bogus)\b|\b(?:seller|vendor|account|site|shop|website|profile) (?:has |have |had )?(?:vanished|disappeared|been deleted|gone quiet|blocked me)\b/,
      /\bis (?:this|that|it) (?:e-?mail |text |message |call |letter )?(?:really |actually |genuinely |definitely )(?:from )?(?:you|casework|legit|genuine|real)\b|\bis (?:this|that) (?:e-?mail|text|message|call|letter) (?:legit|genuine|real|from you)\b/,
      /\b(?:think|suspect|believe|worried|found out|realised|realized|discovered)\b.{0,30}\b(?:has|have|had)? ?been (?:using|buying|ordering|spending|logging into|getting into)\b/,
      /\b(?:talked|persuaded|pressured|convinced|tricked|coerced) (?:\w+ )?into (?:buying|paying|sending|transferring|giving|taking|moving)\b/,
      // Someone else using my account or card, or changing its details behind my back.
      /\b(?:someone|somebody|some1|he|she|they|my ex|my (?:ex-?)?(?:partner|husband|wife|boyfriend|girlfriend|flatmate|housemate|brother|sister|son|daughter|mum|mom|dad|mother|father|cousin|friend|colleague|nephew|niece|grandson|granddaughter))(?:'?s| has| have| had)? been (?:buying|ordering|spending|using|shopping|logging in|paying)\b.{0,30}\b(?:my|on it|with it)\b/,
      /\b(?:he|she|they|someone|somebody|my ex|ex|partner|husband|wife|boyfriend|girlfriend|son|daughter|flatmate|housemate|friend|scammers?|fraudsters?|hackers?)\b.{0,15}\b(?:knows|has|had|got|got hold of|stole|found out|now has) my (?:password|log ?in(?: details)?|pin|passcode|card details|security (?:code|details))\b/,
      /\bmy (?:e-?mail|e-?mail address|password|phone number|mobile number|number|pin|log ?in details|address|bank details) (?:was|were|has been|had been|got|have been) (?:\w+ )?(?:changed|reset|altered|updated|swapped)\b/,
      /\b(?:log ?ins?|log-ins?|sign ?ins?|logged in|signed in|accessed)\b.{0,30}\bfrom (?:a |an )?(?:unknown|strange|foreign|different|another|new) (?:device|location|country|phone|place|ip)\b|\blog ?in from [a-z]+ (?:that|which) (?:wasn'?t|was not) me\b/,
      // Impersonation: a caller or message claiming to be us, a code read out, a small fee paid via a link.
      /\b(?:saying|said|claiming|claimed|pretending|pretended|posing as|posed as|purporting) (?:that )?(?:they were|he was|she was|they'?re|he'?s|she'?s|to be|it was|it'?s|to work)? ?(?:from|for|with)? ?(?:you|your (?:team|company|bank|security|fraud)|casework|the bank|my bank|the police|hmrc|the post office|royal mail|a courier|amazon)\b/,
      /\b(?:whatsapp|text|sms|message|e-?mail|call|caller|someone|somebody|a man|a woman|a guy)\b.{0,40}\b(?:asking|asked|told|telling) me to (?:confirm|verify|update|enter|give|provide|move|transfer|read|download|install)\b/,
      /\bread (?:out )?(?:the|my|a) (?:\w+ )?(?:code|pin|passcode|password|otp)\b|\b(?:gave|given|handed|sent|shared|told) (?:\w+ ){0,3}?my (?:log ?ins?|password|pin|card details|bank details|security code|one[- ]time code|passcode)(?: details)? (?:to|with) (?:a|some|this|that|someone|somebody|him|her|them)\b/,
      /\b(?:redelivery|re-delivery|customs|postage|parcel|shipping|delivery|toll) (?:fee|charge|payment)\b.{0,60}\b(?:link|text|sms|message|website|site|e-?mail)\b|\b(?:link|text|sms|message)\b.{0,60}\b(?:redelivery|re-delivery|customs|postage|parcel|shipping|toll) (?:fee|charge|payment)\b/,
      /\bidentity (?:theft|fraud)\b|\bimpersonat\w*/,
      /\bhack(?:ed|er|ers|ing)?\b|\bcompromised\b|\baccount take ?over\b|\btakeover\b|\btaken over\b/,
      /\bscam\w*|\bphish\w*|\bspoof\w*|\bsmish\w*|\bconned\b|\btricked (?:me|into)\b|\bsuspicious (?:activity|log ?ins?|sign ?ins?|transactions?|payments?|charges?|emails?|texts?|messages?|calls?|links?)\b/,
      // Purchases not made by me, however it is put: "a payment of £450 I didn't make", "orders that aren't mine".
      /\b(?:payments?|purchases?|transactions?|orders?|charges?|debits?|loans?|accounts?|agreements?)\b(?: \S+){0,5}? (?:that |which )?(?:i|we) (?:never|didn'?t|did not|have ?n'?t|haven'?t|have not|had not|hadn'?t) (?:ever )?(?:make|made|buy|bought|order|ordered|place|placed|authori[sz]e|authori[sz]ed|do|did|done|open|opened|take out|taken out|took out|apply for|applied for|sign up for|signed up for)\b/,
      /\b(?:payments?|purchases?|transactions?|orders?|charges?|debits?|log ?ins?|devices?)\b(?: \w+){0,3}? (?:that |which )?(?:are|is|were|was) ?(?:not|n'?t) (?:mine|ours|me|from me|by me|made by me|done by me)\b/,
      /\b(?:payments?|purchases?|transactions?|orders?|charges?|debits?)\b(?: \S+){0,5}? (?:that |which )?(?:i|we) (?:don'?t|do not|didn'?t|did not) (?:know (?:anything )?(?:about|of)|recogni[sz]e|remember (?:making|placing|ordering|buying))\b/,
      /\b(?:payments?|purchases?|transactions?|orders?|charges?|debits?)\b.{0,60}\b(?:shop|site|store|merchant|company|website|retailer|seller|app)s? (?:that |which )?(?:i'?ve|i have|i|we'?ve|we have) (?:never|not ever) (?:used|heard of|been to|shopped (?:at|with)|visited|ordered from|bought from|signed up (?:to|for|with))\b/,
      /\b(?:appeared|showed up|popped up|turned up) (?:on|in) my (?:account|statement|app)\b.{0,60}\b(?:haven'?t|have not|didn'?t|did not|never)\b/,
      // Someone else in the account: passwords and addresses changed, unknown log-ins, locked out.
      /\b(?:someone|somebody|they|a hacker|hackers|a stranger|some1) (?:has |have |had |must have |has just )?(?:changed|reset|updated|altered|swapped) (?:my|the) (?:password|e-?mail|e-?mail address|phone number|number|log ?in|details|pin|address|bank details)\b/,
      /\b(?:i|we) (?:never|didn'?t|did not) (?:change|reset|update)d? (?:my|the) (?:password|e-?mail|e-?mail address|phone number|pin|log ?in details)\b/,
      /\b(?:unknown|strange|unrecogni[sz]ed|unfamiliar|foreign) (?:log ?ins?|log-ins?|sign ?ins?|devices?|locations?|ip)\b|\b(?:log ?ins?|log-ins?|sign ?ins?) from (?:a |an )?(?:unknown|strange|foreign|unfamiliar) (?:device|location|country|phone|place)\b/,
      // Phishing and smishing: a message that looked like ours, a link clicked, details given away.
      /\b(?:texts?|sms|messages?|e-?mails?|calls?|phone calls?|whatsapps?|letters?|websites?|sites?|links?|pages?)\b.{0,40}\b(?:looked like|look like|looks like|looking like|pretending to be|pretended to be|claiming to be|claimed to be|supposedly|purporting to be|said it was|saying it was|appeared to be|seemed to be|made out to be) (?:it was |it'?s |it came )?(?:from )?(?:you|casework|your (?:company|team|bank|fraud team|fraud department))\b/,
      /\b(?:entered|typed|put in|put|gave|given|shared|read out|told (?:them|him|her)) (?:in )?(?:all )?(?:my )?(?:card details|card number|bank details|details|password|pin|one[- ]time (?:code|passcode|password)|otp|security code|verification code|log ?in details|card) (?:in|into|on|to|over|via|after|when)\b.{0,40}\b(?:link|site|page|text|call|caller|message|email|form|someone|they|him|her)\b/,
      /\b(?:someone|somebody|a man|a woman|a guy|a caller|scammers?|fraudsters?) (?:called|rang|phoned|texted|messaged|emailed|contacted) (?:me )?\b.{0,80}\b(?:code|pin|password|card details|bank details|log ?in|otp)\b/,
      /\bclicked\b.{0,80}\b(?:card details|card number|bank details|fake|dodgy|bogus|(?:was|is|were)(?: not|n'?t) (?:from )?you)\b/,
      // Someone using my identity: billed though never a customer, a national number misused.
      /\b(?:opened|taken out|took out|applied for|bought|ordered|made|registered|set up|created|purchased|signed up)\b.{0,40}\b(?:in|under|using) my (?:name|identity|details|address)\b/,
      /\b(?:used|using|stole|stolen|misused|got hold of|have|has) my (?:identity|personal details|national insurance number|social security number|ssn|passport|driving licen[cs]e|date of birth)\b/,
      /\b(?:never|don'?t even|do not even|didn'?t even|never even) (?:have|had|opened|held|signed up for|been) (?:an? )?(?:account|agreement|plan|customer)s? (?:with|of|at) (?:you|casework|your company|yours)\b/,
      /\b(?:copied|duplicated) (?:my )?(?:card|card details|details)\b|\b(?:mugged|pick-?pocketed)\b/,
    ],
    hardship: [
      /\bin-?patient\b|\b(?:won'?t|will not|not) be discharged\b|\bdischarged from hospital\b/,
      /\b(?:gave|give|given|giving) up (?:my )?(?:work|job) to (?:care for|look after)\b|\b(?:emergency )?surgery\b|\boperation\b(?=.{0,40}\b(?:off work|sick|recover\w*|hospital)\b)/,
      new RegExp(String.raw`\b${CANT} (?:afford|keep up|keep on top|make ends meet)`),
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
      /\bmoney (?:is|has been|'?s) (?:really |very |so )?(?:a )?(?:tight|short|a struggle|struggle|an issue|a problem|scarce)\b|\bsigned off (?:work|sick|early|with)\b/,
      /\b(?:husband|wife|partner|boyfriend|girlfriend) (?:has |just )?(?:left|walked out|moved out)\b|\bwalked out on (?:me|us)\b|\bleft me with (?:all )?(?:the )?(?:bills|debts?|mortgage|rent|kids)\b|\bsingle (?:mum|mom|dad|parent)\b|\b(?:only|sole) (?:earner|income)\b|\balzheimer'?s?\b/,
      /\b(?:lost|losing|lose) (?:my|our|his|her) (?:job|jobs|income|work|employment|business)\b/,
      /\b(?:unemployed|jobless|out of work|laid off|made redundant|redundancy|furlough\w*|on benefits|universal credit)\b/,
      /\b(?:been|am|i'?m|is|was|fell|fallen|become|became|got|very|seriously|critically|terminally|chronically) ill\b/,
      /\billness\b|\bsick(?! of| and tired| to death)\b|\bsickness\b|\bcancer\b|\bchemo\w*/,
      // A hospital is hardship for a patient, not for the nurse who works there or the visitor parking.
      {
        match: /\bhospital\w*/,
        unless:
          /\b(?:work|works|working|job|shifts?|nurse|doctor|porter) (?:at|in|on) (?:a |the )?hospital\b|\bhospital (?:car park|parking|shop|cafe|canteen)\b/,
      },
      /\bterminal (?:illness|cancer|diagnosis)\b|\bdiagnosed\b|\binjur(?:y|ed|ies)\b/,
      /\bdisabilit\w*|\bi'?m disabled\b|\bi am disabled\b|\bpower of attorney\b/,
      /\bbereave\w*|\bpass(?:ed)? away\b|\bdeceased\b|\bfuneral\b|\bwidow\w*|\bdeath\b/,
      new RegExp(
        String.raw`\b${RELATIVE}\b.{0,20}\b(?:died|has died|passed(?! (?:his|her|their|the|a|an|my|me|it|on my|on the|by)\b))\b|\blost (?:my|our) ${RELATIVE}\b`,
      ),
      // "remove this debt" is a disputed balance, "I'm in debt" is hardship.
      /\b(?:in|into|with|my|our) (?:\w+ ){0,3}?debts?\b|\bdebt (?:problems?|collect\w*|advice|charity|management|relief|spiral)/,
      /\bbailiffs?\b|\barrears\b|\bbehind on (?:my |the )?(?:payments?|bills?|rent)\b|\boverdrawn\b/,
      /\bmental health\b|\bdepress(?:ed|ion)\b|\banxiety\b|\bpanic attacks?\b|\bbipolar\b|\bdementia\b|\bgambling\b|\baddict\w*/,
      /\bvulnerab\w*|\b(?:domestic|financial|economic) abuse\b|\bcoerc\w*|\bcarer\b|\bpayment holiday\b|\bbreathing space\b/,
      /\b(?:don'?t|do not|no) (?:\w+ )?(?:know|idea) how (?:i'?m|i am|we'?re|we are) (?:ever )?(?:going to|gonna) (?:pay (?:this|it|them|that|you|back|off|everything|all|anything|my|the)|cover|afford|manage|get by|survive|cope|keep up|repay|clear)\b/,
      /\b(?:evict\w*|homeless\w*|sofa ?surfing|repossess\w*)\b|\b(?:no|nothing) (?:money )?left (?:after|once|at the end|for food|to live|over)\b|\b(?:had|got) my (?:hours|pay|wages|salary) (?:cut|reduced|slashed)\b|\b(?:hours|pay|wages|salary|income) (?:have been |has been |were |was |got )?(?:cut|reduced|halved|slashed)\b/,
      new RegExp(
        String.raw`\b${CANT} (?:stretch|cover|make) (?:my money|the money|our money|everything|it all|all my|all the|my bills|the bills|my outgoings)\b`,
      ),
      /\blong covid\b|\b(?:can'?t|cannot|unable to|not able to) work\b(?! out)|\b(?:prison|jail|incarcerat\w*|in custody)\b|\b(?:things|finances|money) (?:are|is|'?s|'?re) (?:really |very |so |a bit |quite )?tight\b|\b(?:one|a single) income\b/,
      /\b(?:choose|choosing|chose) between (?:food|eating|heating|rent|bills|feeding|paying)\b|\bfood ?banks?\b|\b(?:citizens advice|stepchange|step change|national debtline|debt charity)\b/,
      // Bereavement and the estate: "executor", "probate", "my late husband".
      /\bexecut(?:or|rix)\b|\bprobate\b|\bnext of kin\b|\b(?:his|her|their|the) estate\b|\bmy late (?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|parents?)\b/,
      /\b(?:gambl\w*|betting|bookies|casino\w*|self[- ]exclu\w*|gamstop|gamcare)\b/,
      // Economic abuse: a partner who made me buy, took out credit in my name, kept my card.
      /\b(?:ex|ex-?partner|ex-?husband|ex-?wife|ex-?boyfriend|ex-?girlfriend|partner|husband|wife|boyfriend|girlfriend)\b.{0,60}\b(?:forced|pressured|coerced|controlled|threatened|bullied|made) (?:me|us)\b|\bforced me to (?:buy|take out|sign|use|pay|hand over|give)\b/,
      /\b(?:i'?m|i am|we'?re|we are) not safe\b|\b(?:don'?t|do not) feel safe (?:at home|with (?:him|her|them|my \w+))\b|\b(?:women'?s )?refuge\b|\babusive (?:relationship|partner|ex|husband|wife|boyfriend|girlfriend|marriage)\b|\bcontrolling (?:relationship|partner|ex|husband|wife|boyfriend|girlfriend)\b|\b(?:nervous|mental) breakdown\b/,
    ],
    privacy: [
      /\bgdpr\b|\bdata protection\b|\bright to (?:be forgotten|erasure)\b|\bsubject access\b|\bd?sar\b/,
      /\binformation commissioner\b|\bico\b|\bccpa\b|\bdata (?:breach|leak)\b/,
      /\b(?:delete|erase|remove|wipe|purge)\b.{0,20}\b(?:personal (?:data|information|details)|my (?:data|info|information|personal))\b/,
      /\b(?:what|which|all(?: the)?|copy of(?: all)?(?: the)?)\b.{0,20}\b(?:personal )?data\b.{0,20}\b(?:you hold|you have|you store|you keep|held|stored|collected)\b/,
      /\b(?:shared|sold|passed on|passed|gave|given|disclosed|leaked)\b.{0,20}\bmy (?:personal )?(?:details|data|information|info)\b/,
      /\b(?:information|data|details|records)\b.{0,40}\b(?:stored|held|hold|keep|kept|collected|have)\b.{0,20}\babout me\b/,
      /\b(?:personal (?:data|information|details|info)|all (?:of )?my (?:data|information|info))\b.{0,20}\b(?:erased|deleted|removed|wiped|purged)\b/,
      /\b(?:who|how did|how has|how have|where did)\b.{0,30}\b(?:get|got|gotten|given|gave|passed|sold|shared)\b.{0,15}\bmy (?:number|phone number|mobile number|e-?mail|e-?mail address|address|details|data|information)\b/,
      /\b(?:sold|passed on|leaked|disclosed|given out|gave out|handed over)\b.{0,20}\bmy (?:number|phone number|mobile number|e-?mail|e-?mail address|address)\b/,
      /\b(?:someone else|a stranger|another (?:customer|person))'?s (?:personal )?(?:details|data|information|name and address|name, address|statement|account details|order confirmation|e-?mail|address)\b/,
      /\b(?:information|data|details|records|info)\b.{0,40}\b(?:stored|held|hold|keep|kept|collected|have|process|processing)\b.{0,20}\b(?:about|on) me\b|\bwho (?:you'?ve|you have|have you|did you) (?:shared|sold|passed|given|disclosed)\b.{0,20}\b(?:it|them|my|this)\b/,
      /\bmy (?:personal )?(?:data|details|information|info|records)\b.{0,30}\b(?:removed|deleted|erased|wiped|purged)\b|\b(?:unsubscribed|opted out)\b.{0,60}\b(?:still|keep|continue)\w* (?:\w+ ){0,3}?(?:e-?mails?|e-?mailing|texts?|texting|calls?|calling|marketing|spam)\b/,
      /\b(?:call|phone) recordings?\b|\brecordings? of (?:my |the |our )?(?:calls?|conversations?|phone calls?)\b|\brecorded my (?:calls?|phone calls?|conversations?)\b|\b(?:withdraw|revoke|withdrawing|revoking) (?:my )?consent\b/,
      /\b(?:data|privacy|security) breach\b|\b(?:a|serious|major|huge) breach\b|\bbreach of (?:my )?privacy\b|\binvasion of (?:my )?privacy\b/,
    ],
    legal: [
      /\billegal\w*|\bunlawful\w*|\bagainst the law\b|\bconsumer (?:rights|credit) act\b|\bbreach of contract\b/,
      /\blawyers?\b|(?<!power of )\battorneys?\b|\bsolicitors?\b|\bbarristers?\b|\blawsuit\b|\blitigation\b/,
      /\blegal (?:action|advice|team|proceedings|department|claim)\b|\bsmall claims\b|\btribunal\b|(?<!food |tennis |basketball )\bcourts?\b|\bletter (?:before action|of claim)\b|\bpre-action\b|\bclaim form\b/,
      // "Sue" is also a name: only the verb counts.
      /\b(?:sue|suing)\b(?= (?:you|your|u|them|the|this|for)\b)|\b(?:to|will|gonna|i'?ll|i'?d|and|going to|could|can) sue\b|\bsued\b/,
    ],
    regulator: [
      /\bwatchdog\b|\bfinancial services ombudsman\b/,
      /\bombuds\w*|\bfca\b|\bfinancial conduct authority\b|\bfos\b|\btrading standards\b|\bregulators?\b/,
      /\bcma\b|\bcompetition and markets\b|\badvertising standards\b|\bcfpb\b|\bconsumer (?:financial )?protection\b|\bbbb\b|\bbetter business bureau\b|\battorney general\b/,
    ],
    complaint: [
      /\b(?:dissatisfied|unhappy|not happy|displeased) with (?:the |your |how |the way )?(?:service|handling|handled|response|treatment|customer service|support|staff|agent|outcome|decision|you|this was)\b/,
      // "I was going to write a complaint, haha, but really..." names a complaint it does not make.
      {
        match: /\bcompla\w*|\bcomplant\w*/,
        unless:
          /\b(?:was going to|was gonna|was about to|nearly|almost|tempted to|thought about|thinking about)\b(?: \w+){0,3}? (?:compla|complant)/,
      },
      /\bmis-?sold\b|\bmis-?selling\b|\bgrievance\b|\bformal (?:dispute|objection|escalation)\b/,
      /\b(?:speak|talk) to (?:a|your|the) (?:manager|supervisor|team leader|someone senior)\b|\b(?:want|need|demand|expect) (?:a|your|the) (?:manager|supervisor|team leader)\b|\bescalate (?:this|it|my (?:case|complaint)) (?:formally|further|to (?:a|your|the) (?:manager|supervisor|complaints))/,
    ],
  },
  negation: /\b(?:no|not|never|nothing to|nothing|without|isn'?t|wasn'?t|aren'?t)\s+(?:\w+\s+)?$/,
  anger: {
    profanity: words(
      'f+u+c*k+\\w*|f\\*+k\\w*|fck\\w*|wtf|shit\\w*|bullshit|crap\\w*|bastards?|bitch\\w*|arseholes?|assholes?',
      'cunts?|twats?|wankers?|dickheads?|pricks?|pissed|piss off|screw you|motherf\\w*|bollocks|sod off|goddamn\\w*',
    ),
    // Words aimed at the company or its people; "the tracking page is useless" is left to the sentiment score.
    insult: words(
      'idiots?|idiotic|morons?|moronic|incompetent|clueless|clowns?|thie(?:f|ves)|crooks?|criminals?|scumbags?',
      'liars?|lying|rip ?off|ripping (?:me|people|us) off|daylight robbery|disgrace\\w*|pathetic|shambles|shambolic',
      'cowboys|sharks|leeches|bloodsuckers|vultures|parasites|con ?artists|swindlers|muppets|amateurs|amateurish',
      'useless (?:lot|bunch|company|people|staff|shower|chatbot|bot)|(?:do|doing|did) (?:your|their) (?:bloody |damn )?jobs?',
      'you people|(?:anyone|someone) with (?:a brain|half a brain|common sense)|shameful|shameless|disgusting|appalling|next to useless',
      '(?:so|this|that) (?:bad|useless|incompetent|hopeless) at (?:your|their|this|the) (?:jobs?|work)',
      // A put-down by comparison is sarcasm and an insult at once.
      '(?:had|get|got|have had) better (?:customer )?(?:service|help|support|answers) from',
      'incompeten(?:ce|cy)|(?:level|standard) of (?:incompeten\\w*|service)',
    ),
    address:
      /\b(?:you(?:'re| are| guys are| lot are| people are)|your (?:company|staff|team|service|app) (?:is|are))\b/,
    fedUp: words(
      'sick of|sick and tired|fed up|had enough|last straw|fuming|livid|furious|beyond a joke|is a joke',
      "absolute joke|what a joke|joke of a|unbelievable|ridiculous|unacceptable|at my wits'? end|enough is enough",
      "(?:what|what'?s|whats) the point (?:of|in) (?:your|you|having|this|contacting|even|writing|calling)",
      "this is how (?:you treat|i get treated|i am treated|i'?m treated|you repay|you look after)",
      '(?:got|gets|getting|get) me nowhere|going (?:round|around) in circles|(?:a |such a |complete |total )waste of (?:time|space)',
      '(?:so|extremely|incredibly|beyond|really) (?:frustrat\\w*|annoyed)|infuriat\\w*|exasperat\\w*|appall\\w*|outrage\\w*',
      'not good enough|inexcusable|beggars belief|laughable|(?:total|complete|absolute) (?:joke|farce|disgrace)',
      'how hard (?:can it be|is it|could it be)|just wow|(?:no ?one|nobody) (?:\\w+ )?(?:takes|will take|wants to take) (?:any )?responsibility',
      "slap(?:ped|ping)? (?:me )?with|i'?m not asking again|i won'?t ask again|how is it (?:even )?possible (?:to|that)",
      "is it (?:really |honestly |seriously )?(?:that|so) (?:difficult|hard|complicated)|(?:you|they|your \\w+|team|company)\\b.{0,15}\\b(?:doesn'?t|don'?t|do not|does not) (?:even )?care",
      '(?:avoid|stay away from|steer clear of) (?:you|your company|casework|this company)|same old (?:story|rubbish|nonsense)|circus|farce',
    ),
    sarcasm: new RegExp(
      [
        words(
          'thanks for nothing|thanks a lot for nothing|oh (?:great|brilliant|wonderful|perfect|fantastic|lovely|joy|goody)',
          'just (?:great|brilliant|perfect|fantastic|what i needed)|yeah right|what a (?:surprise|shock)|surprise,? surprise',
          'great job,? (?:guys|casework|team)|well done,? (?:guys|casework|team)|slow clap|bravo',
          // Thanks for a penalty: "thanks so much for the late fee".
          '(?:thanks|thank you|cheers)(?: so much| very much| a lot| ever so much)? for (?:the |a |another |my |this |that |charging me (?:a |an )?)?(?:\\S+ ){0,2}?(?:late fee|fee|charge|penalty|fine)',
          'oh (?:good|super|lovely|how (?:nice|lovely|wonderful))|exactly what i (?:asked for|wanted|needed)|let me guess',
          'another (?:day|week|month|year),? another|(?:thanks|cheers|thank you) for nothing',
          '(?:had|get|got) better (?:customer )?(?:service|help|support|answers) from|thanks (?:in advance )?for (?:finally|actually|eventually) ',
          "i'?m sure (?:it'?s|it is|that'?s) (?:very |really |so |terribly )?(?:hard|difficult|complicated|tricky|taxing)",
          'looking forward to day \\d+',
          "you'?ve (?:somehow )?managed to|(?:turn|turned) it into (?:a|an) (?:\\w+ ){0,2}?(?:saga|ordeal|nightmare|fiasco)",
          "(?:doesn'?t|does not|didn'?t|did not) (?:feel|look|seem) like it|in (?:under|less than) (?:\\w+ ){0,2}?(?:weeks|months)",
          '(?:great|stellar|brilliant|amazing|fantastic|good|nice|excellent|top|superb) (?:work|job|effort|stuff),? (?:guys|team|everyone|folks|all|casework|people)',
          'makes? me feel (?:so |really |very |truly )?(?:valued|appreciated|special|important|looked after)',
          "i'?m sure (?:there'?s|there is|you'?re|you are|you have|it'?s) (?:a |an |all )?(?:very |perfectly |really |so |extremely )?(?:busy|good|reasonable|valid|logical|simple)",
          'love (?:spending|wasting|waiting|chasing|sitting|having to|being (?:ignored|charged|passed|fobbed)|getting (?:charged|ignored|fobbed))',
          "shall i(?=\\?)|(?:is that|that'?s|apparently that'?s|clearly that'?s) (?:too much|asking too much)|too much to ask",
          "clearly (?:that'?s|it'?s) (?:easier|too much|asking)|who (?:knew|would have thought)|colou?r me surprised|no surprise there",
        ).source,
        scareQuoted(
          "help|support|service|customer service|customer care|care|team|refund|resolution|priority|express|guarantee|answer|solution|apology|update|help centre|help center|we'?re looking into it|looking into it|your (?:call|case) is important(?: to us)?|technical error|error|glitch|system error|issue|delay|processing",
        ),
        String.raw`\banother ['"“‘]\w`,
      ].join('|'),
    ),
    praise: words(
      'great|fantastic|brilliant|wonderful|amazing|excellent|superb|perfect|lovely|marvell?ous|stellar',
      'top[- ]notch|impressive|impressed|outstanding|world[- ]class|splendid|terrific|second to none|first[- ]class',
      'keep it up|keep up the good work|10/10|ten out of ten|five stars|5 stars|valued customer|at its (?:best|finest)',
      '(?:really |truly )?appreciate it(?=[.!]|$)',
    ),
    failure: words(
      'fail\\w*|declin\\w*|error\\w*|broken|glitch\\w*|charged twice|double[- ]charged|lost|missing|wrong',
      "not (?:arrived|received|working|delivered|refunded)|never (?:arrived|came|received|refunded)|hasn'?t (?:arrived|come)",
      'still (?:waiting|no|not|nothing)|no (?:answer|reply|response|refund)|ignored|another|again',
      'late (?:fees?|charges?)|reminder fees?|penalty (?:fees?|charges?)|admin fees?|charged (?:a|me|us|an extra)|(?:an|extra) (?:fee|charge)|fined',
      'and counting|wait(?:ing|ed)? (?:\\w+ ){0,2}?(?:weeks|months|ages|forever)|(?:weeks|months) (?:for|to get|of waiting|and still|later)',
      'on hold|cut off|hung up|automated (?:e-?mails?|repl(?:y|ies)|responses?|messages?)|chasing|nobody|no one',
    ),
    demand: words(
      '(?:i|we) (?:want|need|demand|expect|insist on)(?: to (?:get|have))? (?:my |our |a |the )?(?:money|refund|cash|payment)\\w*',
      'money back|refund (?:me|now|immediately)|give me (?:my|a) (?:money|refund)|pay (?:me|it) back',
      '(?:fix|sort|solve) (?:this|it) (?:out )?(?:now|today|immediately)|sort it out',
    ),
    repeated: words(
      "(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)|umpteenth|several|multiple|many|countless) times? (?:that )?(?:i(?:'?ve| have|'?m| am)? |we(?:'?ve| have|'?re| are)? )?(?:writ|contact|email|messag|call|ask|chas|report|complain|try|tri|explain|tell|told|say|said|sen[dt]|rais|request|repeat|follow|ring|rang|phon)\\w*",
      '(?:second|third|fourth|fifth|sixth|seventh|umpteenth|\\d+(?:st|nd|rd|th)) (?:e-?mail|message|letter|call|chat|request|attempt|follow[- ]up|chaser|time asking)s?',
      "still (?:no|not had an?|haven'?t had an?|not got an?) (?:answer|reply|response|word|update|refund)",
      '(?:no ?one|nobody|no-one) (?:at (?:your|the) \\w+ )?(?:has |have |ever |seems to |can |could |will |is able to |bothers to |bothered to |has been able to )?(?:answered|replied|responded|got back|gets back|get back|helps?|helped|managed|bothered|reads?|listens?|listened|called|rang|explained|cares?|been able)',
      '(?:been|keep|kept) (?:being )?ignored|how many (?:more )?times (?:do|must|will|have|should|am|did) (?:i|we)',
      '(?:written|emailed|contacted|called|messaged|chased) (?:you |your team |this )?(?:\\w+ )?(?:times|twice|repeatedly|again and again|over and over)',
      // Reply chains as any language's mail client writes them: "Re: Re:", "AW: AW:", "SV: SV:", "Odp: Odp:".
      '(?:re|aw|sv|vs|antw|odp|wg|fwd?|tr|rif|r): ?(?:re|aw|sv|vs|antw|odp|wg|fwd?|tr|rif|r)|as per my (?:last|previous|earlier|prior) (?:\\w+ )?(?:e-?mails?|messages?|letters?|calls?|requests?|repl(?:y|ies)|correspondence|chat)',
      'following up (?:\\(?again\\)?|once again|yet again|for the \\w+ time)|(?:e-?mails|messages|letters|calls) (?:from|on|of|dated) (?:the )?\\d+',
      '(?:keep|kept) (?:on )?(?:writing|emailing|calling|chasing|asking|ringing|messaging)(?: you)? until|until (?:someone|somebody|anyone) (?:actually )?(?:reads|answers|replies|responds|listens|helps)',
      '(?:someone|somebody|anyone) (?:could |would |will |can |who can )?actually (?:read|reply|answer|respond|help|look|deal|do|listen|call|make)',
      "as i (?:have |'?ve )?(?:already )?(?:said|told you|explained|mentioned|stated|written|asked)(?: \\w+){0,3}? (?:before|already|previously|twice|repeatedly|in my (?:last|previous))",
      '(?:on hold|in (?:a|the) queue) for (?:\\w+ ){0,2}?(?:minutes|mins|hours|an hour|ages)|(?:\\d+|\\w+) (?:minutes|mins|hours) on hold',
      '(?:spent|wasted|lost) (?:\\w+ ){0,3}?(?:hours|days|an hour|my (?:lunch|evening|weekend|day|time|free time)) (?:\\w+ ){0,3}?(?:trying|chasing|waiting|sorting|on the phone)',
      '(?:automated|template|canned|copy[- ](?:and[- ])?paste|standard|generic|same) (?:\\w+ )?(?:repl(?:y|ies)|responses?|answers?|e-?mails)|(?:different|conflicting|contradictory) (?:answers|replies|responses|stories|explanations)',
      '(?:closed|ended|cut off|disconnected) (?:my|the) (?:conversation|chat|call)',
      '(?:read|check|look at) (?:my|the) (?:previous|earlier|last|past|other|original) (?:messages?|e-?mails?|letters?|notes|chats?)|read the (?:notes|file|history)',
      'do you (?:even|actually|ever) read|(?:explain|repeat|go through) (?:it|this|everything|myself) (?:all )?(?:again|over again)',
      '(?:was )?(?:due|promised|supposed to (?:arrive|be done|happen|be refunded)) (?:\\w+ ){0,2}?(?:weeks|months|days) ago',
      'is (?:anyone|anybody) (?:actually |even |really )?(?:there|reading|listening|home|working)|(?:no|not a single|not one) (?:human|person|real person|actual person)s? (?:ever |has |actually )?(?:replies|answers|responds|reads|helps|gets back)',
      'still (?:nothing|waiting)|every (?:single )?(?:month|week|time),? (?:the same|another)|(?:\\d+|two|three|four|five|six|seven|eight|several|many) (?:weeks|months) (?:now|later|on|and counting|and still)|(?:passed|pushed|bounced) (?:around|from (?:\\w+ )?(?:department|person|team|agent) to)|fobbed off|(?:the )?run ?around',
      "the (?:second|third|fourth|fifth|sixth|seventh) (?:one )?(?:i'?ve|i have) (?:sent|written)|promised (?:a |to |me a )?(?:call|callback|call back|ring|reply|response|refund)\\b.{0,50}\\b(?:never|none|nobody|no one|still|not)\\b|ignored my (?:\\w+ ){0,2}?(?:e-?mails?|messages?|letters?|calls?|complaints?)",
      'day \\d+ of (?:waiting|chasing|my|this)|(?:someone|somebody|anyone) who (?:actually|really) (?:works|knows|cares|reads|can)',
    ),
    threat: words(
      '(?:cancel|clos|delet|leav|quit|stop using)\\w* (?:\\w+ ){0,3}?(?:everything|all my \\w+|for good|forever)',
      '(?:never|not) (?:use|using|shop\\w*|buy\\w*|order\\w*) (?:\\w+ ){0,2}?(?:again|ever again)',
      'tak(?:e|ing) my (?:business|custom|money) elsewhere|switch\\w* to (?:a )?(?:competitor|another (?:provider|company|service))',
      "you'?ve (?:just )?lost (?:a|my|me as a) (?:customer|custom|business)|(?:won'?t|will not|never) (?:be )?recommend\\w*",
      'charge ?back|(?:going|go|went) to (?:my|the) bank (?:to|for|about)|section 75',
      '(?:raise|raising|take|taking) (?:this|it) (?:up )?with my bank',
    ),
    public: words(
      '(?:post|posting|put|putting|share|sharing|write|writing|tell|telling|publish\\w*|leav\\w*)\\w* (?:\\w+ ){0,4}?(?:on|to|all over|with) (?:twitter|x|facebook|instagram|tiktok|reddit|linkedin|youtube|social media|socials|trustpilot|google|mumsnet|moneysavingexpert|the (?:press|papers|news|media|bbc|local paper))',
      '(?:leave|leaving|write|writing|post\\w*|give|giving) (?:\\w+ ){0,2}?(?:bad|negative|terrible|awful|scathing|honest|1[- ]star|one[- ]star) reviews?',
      '(?:go|going|went) (?:to )?(?:the )?(?:press|media|papers|public|viral)|name and shame|my followers|(?:mention|name)\\w* (?:\\w+ ){0,3}?by name',
      "(?:tell|telling|warn|warning|let) (?:everyone|everybody|every \\w+|all (?:my|the|our) \\w+|anyone who'?ll listen)|(?:can'?t wait|looking forward) to tell",
      '(?:report|reporting|tell|telling|warn|warning|post|posting|share|sharing) (?:you |this |it )?(?:everywhere|far and wide)',
      'names? of (?:the|your|each|every) (?:person|people|agent|staff|member of staff|manager|employee)',
      '(?:our|my|the) local (?:paper|newspaper|news|radio|community (?:group|page)|facebook group|mp)|(?:in|for) my review',
      'review so (?:others|people|everyone|other people) (?:know|can see)|so (?:others|other people) know (?:what|how)',
    ),
    resigned: words(
      "fine[,.!]? (?:i'?ll|i will) just|i'?ll just (?:pay|eat|accept|swallow|write it off|give up|leave it|take the hit)|(?<!not |don'?t |n't )forget it",
      "don'?t bother (?:replying|answering|responding|calling|getting back)|i give up|i'?ve given up|why (?:do|did|should) i (?:even )?bother",
      '(?:pointless|no point) (?:in )?(?:asking|contacting|trying|writing|even asking|complaining)',
      "never ?mind,? (?:i'?ll|forget|don'?t)|like i always have to|can'?t be bothered (?:to|with)|(?:fine,? )?keep (?:my|the|your) (?:money|refund|cash)|i'?m (?:so )?done(?: with (?:you|this|your \\w+))?(?=[.!]|$)",
    ),
    loyalty: words(
      '(?:loyal|long[- ]?standing|long[- ]?term|long[- ]?time) customers?|customer (?:for|of|since) (?:\\w+ ){0,2}?(?:years|decades|a decade|ages|\\d+)',
      '(?:years|decades) (?:as|of being) (?:a )?(?:loyal )?customer|(?:used|been with) you (?:for|since) (?:\\w+ ){0,2}?(?:years|\\d+)',
      "years (?:i'?ve|i have|we'?ve|we have) been (?:with|using|a customer)|never (?:once )?missed a (?:single )?payment",
    ),
    ultimatum: new RegExp(
      words('otherwise|or else|failing (?:that|which)|(?:final|last) (?:warning|chance)').source +
        String.raw`|\bif (?:this|it|that|the|my)\b.{0,30}?\b(?:is ?n'?t|is not|has ?n'?t|has not|does ?n'?t|does not|are ?n'?t|are not|not)\b.{0,40}?\b(?:by|before|within|until|today|tomorrow|tonight|end of)\b` +
        String.raw`|\b(?:you have|i'?ll give you|i will give you|giving you) (?:until|till|\d+|one|two|three|seven|a|an)\b` +
        String.raw`|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|end of|close of|eod|cob)\b.{0,20}?,? or\b`,
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
