import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Jeg kan ikke betale, appen crasher" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app\w*|hjemmeside\w*|siden|online|knap\w*|kode\w*|fejl\w*|fejlmeddelelse\w*|crash\w*|virker ikke|fungerer ikke|loader|mobilepay|paypal|apple pay|google pay|logge ind|login|mitid|for tid|i forvejen)\b/;

export const da: LanguageRules = {
  language: 'da',
  letters: 'æøåé',
  vocabulary: `jeg mig min mit mine vi os vores du dig din dit dine jer han hun den det de dem og eller men om at
    som ikke ingen intet aldrig allerede stadig stadigvæk endnu nu idag er var været bliver blev blevet har
    havde haft kan kunne vil ville skal skulle må får fik fået kommer kom gøre gjort gør hvordan hvornår hvorfor
    hvad hvilken hvem tak hej hilsen venlig venligst med for på til af fra over under efter uden siden også
    bare meget nogen noget penge pengene betaling betalingen betalinger kortet kort konto kontoen bestilling
    ordre ordren pakken pakke levering refusion faktura fakturaen gebyr gebyret trukket købt købte betale
    betalt sendte sendt returnerede hjælp hjælpe svar uger dage måned uge igen alligevel straks øjeblikkeligt
    kundeservice tydeligvis ligeglad ligeglade jeres smug`,
  sensitive: {
    self_harm: [
      /\bikke flere grunde til at (?:fortsaette|leve)\b|\bstoppe for altid\b|\bslutte for altid\b/,
      /\bingen ville (?:\w+ ){0,2}?(?:laegge maerke til|savne mig|opdage)\b|\bnar jeg er (?:vaek|dod|ikke her mere)\b|\bhvis jeg var vaek\b/,
      /\b(?:selvmord\w*|tage mit (?:eget )?liv|tage livet af mig|vil (?:\w+ ){0,3}?ikke leve|orker ikke at leve|vil do\b|skade mig selv|selvskad\w*|gore en ende pa (?:det hele|mit liv))/,
      // Despair said sideways: not waking up, easier for everyone, no way out.
      /\b(?:kan|orker) ikke (?:mere|mer|laengere)(?=[.!,;]|$| og)|\b(?:ikke|aldrig) (?:vagne|vagnede) (?:op|igen)\b|\b(?:lettere|bedre|nemmere) (?:for (?:alle|familien|bornene) )?(?:hvis|om) jeg (?:bare )?(?:ikke|forsvandt|var vaek|dode)\b/,
      /\bbedre (?:\w+ )?uden mig\b|\bingen vej ud\b|\b(?:vil|ville|onsker|gerne) (?:\w+ ){0,2}?forsvinde\b|\ben byrde for (?:alle|familien|andre)\b|\bafskedsbrev\w*/,
      /\bvil ikke (?:vaere|leve) (?:her )?(?:mere|laengere)\b|\bingen mening med (?:noget|livet|noget som helst|det hele)\b|\b(?:er|vaere) her ikke (?:sa )?laenge (?:endnu|mere)\b|\bikke vaere her sa laenge\b/,
    ],
    fraud: [
      /\b(?:adresse|leveringsadresse)\w*\b.{0,60}\baldrig (?:har )?boet\b|\bstjalne (?:kort|kortoplysninger)\b/,
      /\b(?:min konto|mit kort)\b.{0,30}\bi smug\b|\bi smug\b.{0,30}\b(?:min konto|mit kort)\b|\bbag min ryg\b|\buden (?:min viden|mit samtykke|at sporge mig)\b|\b(?:bror|soster|son|datter|mor|far|ven|kaereste)\w*\b.{0,30}\b(?:handlet|bestilt|kobt) (?:\w+ )?(?:pa|med) (?:min konto|mit kort)\b/,
      /\bsaelgeren (?:er |har )?(?:forsvundet|vaek|blokeret mig|holdt op med at svare)\b|\b(?:var|er) (?:en )?(?:fup|falsk|fake)\b|\b(?:mail|sms|besked|opkald|brev)\w* (?:\w+ )?virkelig fra jer\b|\ber (?:denne|det her|dette) (?:\w+ )?virkelig fra jer\b/,
      /\bsvindel\w*|\bsvindl\w*|\bbedrageri\w*|\bmisbrug\w*/,
      /\b(?:blevet |blev )?snydt\b|\b(?:fik|faet|fat) (?:fat i )?(?:min|mit|mine) (?:mitid\w*|nemid\w*|kode\w*|adgangskode\w*|kortoplysninger)/,
      /\buautoriser\w*|\bikke (?:godkendt|autoriseret) af mig|\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldrig|ikke) (?:godkendt|autoriseret)\b/,
      /\b(?:ukendt|ukendte|fremmed|fremmede) (?:traek|haevning|transaktion|betaling|kob|bestilling)\w*|\bgenkender ikke\b|\bikke genkender\b/,
      /\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldrig|ikke) (?:bestilt|kobt|handlet|foretaget) (?:\w+ ){0,2}?(?:kob\w*|betaling\w*|transaktion\w*|bestilling\w*|konto\w*|lan\w*|noget)\b/,
      /\bnogen (?:\w+ ){0,2}?(?:har|havde) (?:\w+ )?(?:brugt|logget ind|faet adgang|overtaget|bestilt|kobt|handlet|abnet|oprettet|ansogt|taget|aendret|skiftet|lavet|optaget)\b/,
      {
        // Debt "i mit navn" after a partner forced the purchases is economic abuse, not fraud.
        match: /\bi mit navn\b/,
        unless: /\b(?:tvang|tvunget|pressede|presset|truede)\b|\bgaeld\w*/,
      },
      // Purchases not made by me: "2 køb på min konto, som jeg ikke har lavet".
      /\b(?:kob|kobet|kobene|bestilling\w*|ordre\w*|betaling\w*|traek\w*|haevning\w*|transaktion\w*)\b.{0,60}?\bsom jeg (?:\w+ )?(?:ikke|aldrig) (?:har |havde )?(?:lavet|foretaget|bestilt|kobt|godkendt|gjort)\b|\bsom ikke er (?:mit|mine|min|lavet af mig)\b/,
      /\baldrig (?:\w+ )?(?:handlet|bestilt|kobt) (?:noget )?(?:der|hos (?:jer|dem|den butik))\b|\baldrig (?:brugt jer|vaeret kunde)\b|\b(?:brugt|misbrugt|stjalet) (?:\w+ )?(?:mit )?(?:cpr\w*|personnummer|mitid)\b/,
      /\b(?:webshop|butik|side|firma|forhandler|app)\w*,? (?:som )?jeg (?:aldrig|ikke) (?:har )?(?:hort om|handlet (?:i|hos|pa)|brugt|besogt)\b|\b(?:som|hvilke) jeg (?:slet )?ikke kender (?:noget )?til\b/,
      /\b(?:han|hun|de|eks\w*|kaereste\w*|nogen|samlever\w*)\b.{0,20}\b(?:kender|ved|har|fik|faet) (?:\w+ )?(?:min|mit) (?:adgangskode|kodeord|mitid|pinkode|pin|login)\b|\b(?:aendret|skiftet|aendrede)\b.{0,30}\buden at jeg\b/,
      /\bprover (?:\w+ ){0,2}?(?:at )?komme ind (?:pa|i) min\b|\bkoder,? (?:\w+ ){0,3}?som jeg (?:ikke|aldrig) har bedt om\b|\b(?:taget|snuppet|hugget|stjalet) (?:\w+ )?fra min (?:lomme|taske|hand|jakke)\b/,
      /\b(?:sagde|pastod) (?:at )?(?:han|hun|de) (?:var|ringede) fra (?:banken|jer|casework|politiet|jeres \w+)\b|\budgav sig for at vaere\b|\bgav (?:\w+ ){0,2}?(?:koden|mitid|adgangskoden|kortoplysningerne)\b.{0,20}\b(?:ham|hende|dem)\b/,
      /\b(?:pakke|told|fragt|leverings)\w*gebyr\w*\b.{0,60}\blink|\blink\w*\b.{0,60}\b(?:pakke|told|fragt)\w*gebyr|\bbetalte via link\w*/,
      // Phishing: a message that looked like ours, a link, MitID or card details given away.
      /\b(?:sms|mail|e-mail|besked|opkald|link)\w*\b.{0,60}\b(?:sa ud til at (?:vaere|komme) fra jer|sa ud som om (?:den|det) kom fra jer|udgav sig for at vaere|pastod at vaere|i jeres navn)\b|\b(?:sms|mail|e-mail|besked)\b.{0,80}\blink\w*\b.{0,80}\b(?:mitid|kortoplysninger|kortnummer)\b/,
      /\bpolitianmeld\w*|\banmeldt (?:\w+ )?til politiet\b|\bringet til politiet\b|\b(?:lommetyv\w*|rovet|overfaldet|skimming)\b/,
      /\b(?:kort|kortet|betalingskort\w*|kreditkort\w*|dankort\w*|pung\w*|tegnebog\w*|taske\w*|mobil\w*|telefon\w*|adgangskode\w*|mitid|nemid)\b (?:\w+ ){0,4}?(?:stjalet|mistet|vaek|tabt|hacket|kapret|skimmet|kopieret|klonet)\b/,
      /\b(?:stjalet|stjal|mistet|tabt) (?:\w+ ){0,2}?(?:kort|kortet|betalingskort\w*|kreditkort\w*|dankort\w*|pung\w*|tegnebog\w*|mitid)\b/,
      /\bidentitetstyveri|\bid-tyveri|\bhacket|\bhackere|\bphishing|\bsvindlere/,
    ],
    hardship: [
      /\blong covid\b|\bkan ikke arbejde\b|\buarbejdsdygtig\b|\bfaengsel\w*|\bafsoner\b|\b(?:en|en eneste) indkomst\b|\bokonomien er (?:\w+ )?(?:stram|presset|trang)\b/,
      {
        match:
          /\b(?:kan|klarer) (?:\w+ ){0,3}?ikke (?:laengere )?(?:betale|klare (?:at betale|betalingerne|regningerne))\b|\bhar ikke (?:rad|penge)\b|\bikke rad til\b/,
        unless: TECHNICAL,
      },
      /\bokonomisk\w* (?:krise|vanskelig\w*|problem\w*|knibe|trang\w*)|\bpengeproblem\w*|\bpengene slar ikke til/,
      /\b(?:mistet|miste|mister) (?:mit )?(?:job|jobbet|arbejde|arbejdet|indtaegt\w*|stilling\w*)|\barbejdslos\w*|\bblevet fyret|\bblevet opsagt|\bkontanthjaelp|\bdagpenge|\bgaeldssanering|\binkasso\w*|\bfogeden|\brki\b/,
      /\bsyg\b|\bsyge\b|\bsygdom\w*|\bsygehus\w*|\bpa (?:\w+ )?hospital\w*|\bhospitalet\b|\bhospitalsindlagt\b|\bsygemeld\w*|\bkraeft\w*|\bkemo\w*|\bdiagnosticeret|\bfaet (?:en )?diagnose|\bulykke\b|\bhandicap\w*|\bdemens|\bdepression\w*|\bdeprimeret|\bpsykisk\w*|\blider af angst|\bangstanfald|\bludoman\w*/,
      /\b(?:mor|far|mand|kone|hustru|samlever|kaereste|sonnen|datter|bror|soster|bedstemor|bedstefar|foraeldre)\w*\b.{0,30}\b(?:dode|er dod|gik bort|afgik ved doden)\b|\bdodsfald|\bdodsbo\w*|\bbegravelse\w*|\benke\b|\benkemand|\bgik bort\b|\bafdod\w*/,
      /\b(?:meget|stor|har|i|med|min) gaeld\b|\bgaeldsproblem\w*|\bgaeldsradgiv\w*/,
      /\bbetalingsudsaettelse|\bhenstand|\bvold i (?:hjemmet|naere relationer)|\bvaerge\b|\bfuldmagt\w*/,
      /\b(?:kaereste|mand|kone|samlever|partner) (?:har )?(?:forladt mig|flyttet|gaet fra mig)\b|\bsidder (?:alene )?med alle regning\w*|\benlig (?:mor|far|forsorger)\b|\bpengene raekker ikke\b/,
      /\bved (?:\w+ )?ikke,? hvordan jeg skal (?:komme ud af|betale|klare|fa)\b|\balt er (?:bare )?for meget\b|\bindlagt\b|\bopereret\b|\bstress(?:et|sygemeldt)\b/,
      /\bspilleproblem\w*|\bspillegaeld|\bspilafhaengig\w*|\bspillemyndigheden|\brofus\b|\bcasino\w*|\bbetting\b|\barving\w*|\bskifteretten/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:ekskaereste|tidligere kaereste|eks|ekskone|eksmand|ex)\b.{0,80}\b(?:tvang|pressede|truede)\b|\btvang mig\b|\bkrisecenter\w*|\bokonomisk vold\b/,
    ],
    privacy: [
      /\b(?:traekker|tilbagekalder|traekke) (?:mit )?samtykke\b|\bsamtykke\b.{0,60}\btilbage\b|\boptagels\w* af (?:mine )?samtaler\b/,
      /\b(?:oplysninger|data|persondata)\b.{0,30}\bom mig\b/,
      /\bgdpr\b|\bdatabeskyttelse\w*|\bpersondata\w*|\bdatatilsynet|\bretten til at blive glemt|\bindsigt i (?:\w+ )?(?:data|oplysninger|persondata)|\bdatalaek\w*|\bdatabrud/,
      /\b(?:slet|slette|sletter|fjern|fjerne)\w* (?:\w+ ){0,3}?(?:personoplysning\w*|oplysningerne\w*|mine data|mine oplysninger|alle data)\b/,
      /\b(?:solgt|delt|laekket|givet videre|gemmer|har i om mig|hvilke) (?:\w+ ){0,3}?(?:personoplysning\w*|oplysninger om mig|data om mig)\b/,
      /\b(?:solgt|givet|delt|laekket) (?:\w+ ){0,2}?(?:mit nummer|mit telefonnummer|min adresse|mine oplysninger|min mail)\b|\bhvor har i (?:faet|fat i) (?:\w+ ){0,2}?(?:mit|mine|min)\b|\ben andens (?:oplysninger|navn|adresse)\b/,
    ],
    legal: [
      /\bulovlig\w*|\blovstridig\w*|\bkobeloven|\bkreditaftaleloven/,
      /\badvokat\w*|\bjurist\w*|\bsagsanlaeg|\bsagsog\w*|\bretssag\w*|\b(?:i|for) retten\b|\bdomstol\w*|\bbyret\w*|\bforligsinstitution\w*|\bretslige skridt|\bstaevning/,
    ],
    regulator: [
      /\bfinanstilsynet|\bforbrugerombudsmand\w*|\bforbrugerklagenaevn\w*|\bankenaevn\w*|\bnaevnenes hus|\bforbrugerradet|\bombuds\w*|\bkonkurrence- og forbrugerstyrelsen/,
    ],
    complaint: [
      /\butilfreds med (?:jeres |din |hvordan )?(?:service|kundeservice|behandling\w*|svar\w*|afgorelse\w*|sagsbehandling\w*)/,
      /\beskaler\w*/,
      /\bklage\w*|\bklaget\b/,
      /\b(?:tale|snakke) med (?:en |din |jeres )?(?:chef|leder|overordnet|teamleder)\b/,
    ],
  },
  negation: /\b(?:ikke|ingen|intet|aldrig|uden)\s+(?:\w+\s+)?$/,
  anger: {
    profanity: /\b(?:fanden|fandens|for fanden|pis|pisse\w*|lort\w*|kraftedeme|satan|satans|helvede|rovhul\w*)\b/,
    insult:
      /\b(?:idioter?|idiotisk\w*|inkompetent\w*|uduelig\w*|tyve|tyveri|svindlere|bedragere|klovne|amatorer|logner\w*|patetisk\w*|elendig\w*|latterlig\w*|blodsugere|parasitter|ubrugelig\w*|vaerdilos\w*)\b/,
    address: /\b(?:i er|du er|jeres (?:firma|selskab) er)\b/,
    fedUp:
      /\b(?:traet af|dodtraet|har faet nok|faet nok|jeg giver op|draben|en joke|en vittighed|rasende|gal|sur|vred|irriteret|oppe at kore|skandale\w*|uacceptabelt|utroligt|sadan behandler i (?:\w+ )?kunder|spild af (?:min )?tid|kommer ingen vegne|sadan bliver (?:jeg|man) behandlet|cirkus\w*|teater|(?:er )?(?:tydeligvis |abenbart )?ligeglad\w*)\b/,
    sarcasm: new RegExp(
      [
        /\b(?:tak for ingenting|tusind tak for ingenting|(?:a|nej|arh),? (?:hvor )?(?:godt|fint|fantastisk|perfekt|dejligt)|flot klaret|godt klaret,? (?:casework|i|team)|bravo|sikke en overraskelse)\b/
          .source,
        // Thanks for a penalty: "tak for rykkergebyret".
        /\b(?:i|du) har (?:igen |endnu en gang )?(?:formaet|klaret)\b|\btak (?:\w+ ){0,3}?for (?:\w+ ){0,2}?(?:\w*gebyr\w*|rykker\w*|renter|inkasso\w*)\b|\bjeg er sikker pa,? at i har (?:travlt|meget)/
          .source,
        scareQuoted('hjaelp|service|kundeservice|support|svar|refusion|losning'),
      ].join('|'),
    ),
    praise:
      /\b(?:fantastisk\w*|fremragende|perfekt\w*|super\w*|dejlig\w*|flot\w*|glimrende|stralende|imponerende|godt arbejde|flot arbejde|verdensklasse|10\/10|fem stjerner|tillykke)\b/,
    failure:
      /\b(?:mislyk\w*|fejl\w*|afvist|odelagt|trukket (?:to|2) gange|ikke (?:kommet|modtaget|leveret|virker|refunderet)|aldrig (?:kommet|modtaget)|stadig|stadigvaek|endnu ikke|intet svar|igen|endnu en gang|vaek|forsvundet|\w*gebyr\w*|rykker\w*|til tiden|alligevel|i ko|telefonko\w*|standardsvar\w*|lagt pa|forkert\w*|ventet|venter)\b/,
    demand:
      /\b(?:jeg|vi) (?:vil have|kraever|forventer|forlanger) (?:\w+ ){0,3}?(?:penge\w*|refusion\w*|tilbage|erstatning)\b|\bpengene (?:tilbage|retur)\b/,
    repeated:
      /\b(?:(?:anden|tredje|fjerde|femte|\d+\.) gang (?:\w+ ){0,3}?(?:skriver|mailer|ringer|kontakter|sporger)|(?:skrevet|mailet|ringet|kontaktet) (?:\w+ ){0,3}?(?:gange|gang pa gang|igen og igen)|(?:stadig|endnu) (?:ikke )?(?:noget|intet|ingen) (?:svar|tilbagemelding)|ingen (?:har )?(?:svaret|kontaktet mig|vendt tilbage|hjaelper|laeser)|bliver ignoreret|ignorerer mig|uger uden svar|for (?:anden|tredje|fjerde|femte) gang|(?:brugt|spildt) (?:\w+ ){0,3}?(?:timer|dage|min fritid)|nogen,? der (?:rent )?faktisk (?:kan|laeser|svarer|tager)|(?:ventet|venter) (?:\w+ ){0,3}?(?:uger|maneder|timer)|(?:to|tre|fire|fem|flere|mange|\d+) gange (?:nu|allerede)|ikke svaret pa (?:\w+ ){0,2}?(?:mails|henvendelser|beskeder)|(?:forskellige|modstridende) svar|standardsvar\w*|automatiske? svar|(?:skriver|mailer|ringer|rykker) (?:\w+ ){0,2}?igen|(?:anden|tredje|fjerde|femte) (?:mail|besked|henvendelse)|i har igen|endnu en (?:forkert|fejlagtig|ny) (?:regning|rykker|mail|opkraevning)|laeser i (?:overhovedet|nogensinde|egentlig)|(?:uger|maneder) har jeg ventet|(?:timer?|minutter) i (?:telefon)?ko(?:en)?|hver (?:maned|gang|uge) (?:den |det )?samme|stadig ingen (?:penge|refusion)|den (?:anden|tredje|fjerde|femte|sjette),? jeg sender|ingen har ringet|lovet (?:et )?(?:opkald|svar)\b.{0,60}\b(?:ingen|aldrig|ikke)|ignoreret mine (?:\w+ ){0,2}?(?:mails|beskeder)|dag \d+ af (?:ventetid|ventetiden|venten))\b/,
    threat:
      /\b(?:(?:opsiger|opsige|lukker|sletter) (?:\w+ ){0,3}?(?:alt|alle mine \w+|min konto)|aldrig (?:mere|igen) (?:\w+ ){0,2}?(?:handle|bruge|bestille|kobe|anbefale)|skifter (?:\w+ )?(?:betalingslosning|udbyder|selskab)|i har (?:lige )?mistet en kunde|opsiger (?:min |mit )?(?:aftale|abonnement))\b/,
    public:
      /\b(?:(?:darlig|negativ) (?:anmeldelse|omtale|vurdering)|(?:skrive|skriver|poste|poster|dele|deler|laegge ud|laegger ud) (?:\w+ ){0,4}?(?:pa|i) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|sociale medier|nettet)|(?:kontakte|ga til|tippe) (?:\w+ )?(?:medierne|pressen|avisen|ekstra bladet|radioen)|advare (?:alle|alle jeg kender)|(?:historien|sagen) (?:\w+ ){0,2}?til (?:\w+ )?(?:ekstra bladet|bt|pressen|medierne|avisen|tv2|dr|kontant)|ekstra bladet|(?:skrive|skriver) en (?:\w+ )?anmeldelse|(?:gar|ga) (?:jeg )?til (?:pressen|medierne|avisen))\b/,
    resigned:
      /\b(?:(?:ok|fint|fair),? (?:sa )?(?:betaler|gor|tager) jeg (?:vel )?(?:det|den|gebyret)|glem det|det nytter ikke|ingen grund til at (?:skrive|sporge)|hvorfor gider jeg|sa jeg slipper for (?:jer|dig))\b/,
    loyalty: /\b(?:trofast|loyal|mangearig) kunde\b|\bkunde (?:hos jer )?(?:i|siden) (?:\w+ ){0,2}?(?:ar|\d+)\b/,
    ultimatum:
      /\b(?:ellers|i modsat fald|hvis ikke|sidste chance|sidste advarsel)\b|\b(?:hvis|om) (?:det|dette|sagen) ikke (?:\w+ ){0,4}?(?:inden|for|i dag|i morgen|pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|i morgen))\b/,
  },
  topics: {
    refunds:
      /\b(?:refusion\w*|refunder\w*|pengene tilbage|penge tilbage|retur\w*|returner\w*|sendt tilbage|sendte tilbage|kreditnota|krediteret|fortrydelsesret\w*)\b/g,
    delivery:
      /\b(?:lever\w*|pakke\w*|forsendelse\w*|fragt\w*|sporing\w*|track\w*|postnord|gls|dao|kommet frem|ankom\w*|pakkeshop\w*)\b/g,
    payments:
      /\b(?:betal\w*|traek\w*|trukket|afdrag\w*|rate\w*|forfald\w*|rykkergebyr\w*|gebyr\w*|rente\w*|faktura\w*|betalingsservice|saldo|belob\w*|kort|kortet|afvist|for tid|indfri\w*)\b/g,
    account:
      /\b(?:konto\w*|logge ind|login|adgangskode\w*|kodeord\w*|e-mail\w*|telefonnummer|verificer\w*|mitid|app\w*|profil\w*|brugernavn\w*|kode\w*|kobsgraense\w*)\b/g,
    orders: /\b(?:bestil\w*|ordre\w*|kob|kobet|kobt|vare|varen|varer|butik\w*|forhandler\w*|webshop\w*|kurv\w*)\b/g,
  },
  sentiment: {
    lexicon: `darlig:-2 elendig:-3 forfaerdelig:-3 frygtelig:-3 katastrofe:-3 katastrofalt:-3 skuffet:-2
      skuffende:-2 irriteret:-2 irriterende:-2 vred:-3 sur:-2 rasende:-3 uacceptabelt:-3 frakt:-3 skandale:-3
      skandalost:-3 patetisk:-3 latterligt:-2 trist:-2 traet:-2 vaerst:-3 hader:-3 god:2 godt:2 fint:2
      super:3 tak:2 tilfreds:2 hjaelpsom:2 venlig:2 perfekt:3 fantastisk:4 fremragende:4 dejligt:3`,
    negators: ['ikke', 'aldrig', 'ingen', 'intet'],
  },
};
