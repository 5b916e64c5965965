import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Jeg kan ikke betale, appen krasjer" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app\w*|nettside\w*|siden|online|knapp\w*|kode\w*|feil\w*|feilmelding\w*|krasj\w*|fungerer (?:ikke|ikkje)|virker ikke|laster|vipps|paypal|apple pay|google pay|logge inn|innlogging|bankid|tidligere|pa forhand)\b/;

/** Norwegian: Bokmål first, with the commonest Nynorsk forms. */
export const no: LanguageRules = {
  language: 'no',
  aliases: ['nb', 'nn'],
  letters: 'æøåéèêóôò',
  vocabulary: `jeg eg meg deg min mitt mine vi oss vår vårt våre du din ditt dine dere han hun den det de dem og
    eller men om å at som ikke ikkje ingen ingenting aldri allerede fortsatt enda nå idag er var vært blir ble
    blitt har hadde hatt kan kunne vil ville skal skulle må får fikk fått kommer kom gjøre gjort gjør hvordan
    når hvorfor hva kva korleis kvifor hvilken hvem takk hei hallo hilsen vennlig vennligst med for på til av
    fra frå over under etter uten siden også bare mye noen noe penger pengene betaling betalingen betalinger
    kortet kort konto kontoen bestilling bestillingen pakken pakke levering refusjon faktura fakturaen gebyr
    gebyret trukket kjøpt kjøpte betale betalt sendte sendt returnerte hjelp hjelpe svar uker dager måned uke
    igjen likevel umiddelbart straks passord passordet handlet appen kjøp kjøpet
    broren søsteren bryr seg tydeligvis kundeservice smug deres`,
  sensitive: {
    self_harm: [
      /\bingen grunner (?:igjen )?til a (?:fortsette|leve)\b|\bta slutt for godt\b/,
      /\bingen ville (?:\w+ ){0,2}?(?:merket|merke|savnet|savne)\b|\bnar jeg er (?:borte|dod|ikke her lenger)\b|\bom jeg var borte\b/,
      /\b(?:selvmord\w*|sjolvmord\w*|ta livet mitt|ta livet av meg|vil (?:\w+ ){0,3}?ikke leve|orker ikke a leve|vil do\b|skade meg selv|selvskad\w*|gjore slutt pa (?:alt|livet))/,
      // Despair said sideways: "orker ikke mer", no way out, better for everyone without me.
      /\b(?:jeg |eg )?orker (?:ikke|ikkje) (?:mer|lenger)(?=[.!,;]|$| og)|\bingen (?:vei ut|utvei)\b|\b(?:bedre|lettere|enklere) for (?:alle|familien|barna) (?:om|hvis) jeg\b|\bbedre (?:\w+ )?uten meg\b/,
      /\b(?:vil|ville|onsker|skulle|kunne) (?:\w+ ){0,2}?forsvinne\b|\b(?:om|hvis) jeg (?:\w+ ){0,2}?(?:forsvant|ikke fantes|ikke vaknet|var borte|dode)\b|\b(?:ikke|aldri) (?:a )?vakne (?:igjen|opp)\b|\ben byrde for (?:alle|familien|andre)\b|\bavskjedsbrev\w*/,
      /\bvil (?:ikke|ikkje) (?:vaere|leve) (?:her )?(?:lenger|mer)\b|\bingen mening med (?:noe|livet|noe som helst|det hele)\b|\b(?:er|vaere) (?:ikke|ikkje) her (?:sa )?lenge til\b|\bikke (?:vaere )?her sa lenge til\b/,
    ],
    fraud: [
      /\b(?:adresse|leveringsadresse)\w*\b.{0,60}\baldri (?:har )?bodd\b|\bstjalne (?:kort|kortopplysninger)\b/,
      /\b(?:kontoen min|kortet mitt|min konto)\b.{0,30}\bi smug\b|\bi smug\b.{0,30}\b(?:kontoen min|kortet mitt)\b|\bbak ryggen min\b|\buten (?:min viten|mitt samtykke|a sporre meg)\b|\b(?:bror|broren|soster|sosteren|sonn|datter|mor|far|venn|kjaereste)\w*\b.{0,30}\b(?:handlet|bestilt|kjopt) (?:\w+ )?(?:pa|med) (?:kontoen min|kortet mitt|min konto)\b/,
      /\bselgeren (?:er |har )?(?:borte|forsvunnet|blokkert meg|sluttet a svare)\b|\b(?:var|er) (?:en )?(?:svindel|falsk|fake)\b|\b(?:e-posten|eposten|mailen|meldingen|sms-en|samtalen|brevet) (?:\w+ )?virkelig fra dere\b|\ber (?:denne|dette|det her) (?:\w+ )?virkelig fra dere\b/,
      /\bsvindel\w*|\bsvindl\w*|\bbedrageri\w*|\bbedratt\b/,
      /\buautoriser\w*|\bikke (?:godkjent|autorisert) av meg|\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldri|ikke) (?:godkjent|autorisert)\b/,
      /\b(?:ukjent|ukjente|fremmed|fremmede) (?:trekk|belastning|transaksjon|betaling|kjop|bestilling)\w*|\bkjenner ikke igjen\b|\bikke kjenner igjen\b/,
      /\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldri|ikke) (?:bestilt|kjopt|handlet|gjort) (?:\w+ ){0,2}?(?:kjop\w*|betaling\w*|transaksjon\w*|bestilling\w*|konto\w*|lan\w*|noe)\b/,
      /\b(?:noen|en ukjent|en fremmed|uvedkommende) (?:\w+ ){0,2}?(?:har|hadde|ha) (?:\w+ )?(?:brukt|logget inn|fatt tilgang|tatt over|bestilt|kjopt|handlet|apnet|sokt|tatt|byttet|endret|endra)\b|\bi mitt navn\b|\bpa mitt personnummer\b/,
      // Purchases not made by me: "tre kjøp som jeg ikke har gjort", billed though never a customer.
      /\b(?:kjop|kjopet|kjopene|bestilling\w*|betaling\w*|trekk\w*|transaksjon\w*)\b.{0,60}?\bsom (?:jeg|eg) (?:\w+ )?(?:ikke|ikkje|aldri) (?:har |hadde )?(?:gjort|bestilt|kjopt|godkjent)\b|\bsom (?:ikke|ikkje) er (?:mitt|mine|min|gjort av meg)\b/,
      /\baldri (?:\w+ )?(?:handlet|bestilt|kjopt) (?:noe )?(?:der|hos (?:dere|dem|den butikken))\b|\baldri (?:brukt dere|vaert kunde)\b|\bhar aldri (?:hatt )?(?:noen |en )?konto hos dere\b/,
      /\b(?:nettbutikk|butikk|side|firma|app)\w*,? (?:som )?jeg (?:aldri|ikke) (?:har )?(?:hort om|handlet (?:i|hos|pa)|brukt|besokt)\b|\bsom jeg (?:ikke|ikkje) (?:vet noe om|kjenner til)\b/,
      /\b(?:han|hun|de|eksen|ekskjaeresten|samboer\w*|noen)\b.{0,20}\b(?:vet|kan|har|fikk|fatt) (?:\w+ )?(?:passordet|koden|bankid|pinkoden|innloggingen|mitt passord)\b|\b(?:endret|byttet|endra)\b.{0,30}\buten at jeg\b/,
      /\bprover (?:\w+ ){0,2}?a komme (?:seg )?inn (?:pa|i) (?:kontoen|min)\b|\bkoder,? (?:\w+ ){0,3}?som jeg (?:ikke|aldri) har bedt om\b|\b(?:tatt|stjalet|napp\w*) fra (?:lomma|lommen|vesken|veska|jakka)\b/,
      /\b(?:sa|pasto) (?:at )?(?:han|hun|de) (?:var|ringte) fra (?:banken|dere|casework|politiet)\b|\butga seg for a vaere\b|\bga (?:\w+ ){0,2}?(?:koden|bankid|passordet|kortopplysning\w*)\b.{0,20}\b(?:ham|henne|dem)\b/,
      /\b(?:toll|pakke|frakt|leverings)\w*gebyr\w*\b.{0,60}\blenke|\blenke\w*\b.{0,60}\b(?:toll|pakke|frakt)\w*gebyr|\bbetalte via lenken\b/,
      // Phishing: a message that looked like ours, a link, BankID or card details given away.
      /\b(?:sms|e-post|epost|mail|melding|samtale|oppringning|lenke|link)\w*\b.{0,60}\b(?:sa ut som (?:den|det) kom fra dere|sa ut til a komme fra dere|utga seg for a vaere|pastod a vaere|i deres navn)\b|\b(?:sms|e-post|epost|mail|melding)\b.{0,80}\blenke\w*\b.{0,80}\b(?:bankid|kortopplysning\w*|kortnummer)\b/,
      /\b(?:ga|oppga|tastet inn|skrev inn|fylte inn) (?:\w+ ){0,2}?(?:kortopplysning\w*|kortnummer|bankid|koden|passord\w*)\b.{0,40}\b(?:lenke|siden|noen|han|hun|samtale|sms)\b|\blurt\b|\bpolitianmeld\w*|\banmeldt (?:\w+ )?til politiet\b/,
      /\b(?:kort|kortet|bankkort\w*|kredittkort\w*|lommebok\w*|mobil\w*|telefon\w*|veske\w*|passord\w*|bankid)\b (?:\w+ ){0,4}?(?:stjalet|stjalt|mistet|borte|tapt|kapret|hacket|skimmet|kopiert|klonet)\b|\b(?:ranet|robbet|lommetyv\w*|skimming)\b/,
      /\b(?:stjalet|stjal|mistet|mista|tapt) (?:\w+ ){0,2}?(?:kort|kortet|bankkort\w*|kredittkort\w*|lommebok\w*|bankid)\b/,
      /\bidentitetstyveri|\bid-tyveri|\bhacket|\bhacka\w*|\bkapret|\bphishing|\bsvindlere/,
    ],
    hardship: [
      /\blong covid\b|\bkan ikke (?:jobbe|arbeide)\b|\barbeidsufor\w*|\bfengsel\w*|\bsoner\b|\b(?:en|en eneste) inntekt\b|\bokonomien er (?:\w+ )?(?:stram|presset|trang)\b/,
      {
        match:
          /\b(?:kan|klarer|greier) (?:\w+ ){0,3}?(?:ikke|ikkje) (?:lenger )?(?:betale|klare (?:a betale|betalingene|regningene))\b|\bhar ikke (?:rad|penger)\b|\bikke rad til\b/,
        unless: TECHNICAL,
      },
      /\bokonomisk\w* (?:krise|vanskelig\w*|problem\w*|trobbel|knipe)|\bpengeproblem\w*|\bdarlig rad\b|\bblakk\b|\bpengene strekker ikke til/,
      /\b(?:mistet|miste|mister) (?:jobben|jobb|arbeidet|inntekten|stillingen)|\barbeidsledig\w*|\bpermitter\w*|\b(?:blitt|ble) (?:sagt opp|oppsagt)|\b(?:fra|pa|hos) nav\b|\bsosialhjelp|\bgjeldsordning|\binkasso\w*|\bnamsmann\w*|\bbetalingsanmerkning\w*/,
      /\bsyk\b|\bsykdom\w*|\bsykehus\w*|\bsykmeld\w*|\bsykemeld\w*|\bkreft\w*|\bcellegift\w*|\bdiagnostisert|\bfikk (?:en )?diagnose|\bulykke\b|\bnedsatt funksjonsevne|\bdemens|\bdepresjon\w*|\bdeprimert|\bpsykisk\w*|\bsliter med angst|\blider av angst|\bangstlidelse|\bspilleavhengig\w*|\brusmisbruk/,
      /\b(?:mor|far|mamma|pappa|mannen min|kona mi|kona min|samboer\w*|sonnen min|datteren min|broren min|soster\w* min|bestemor|bestefar)\b.{0,30}\b(?:dode|dodde|er dod|gikk bort|har gatt bort|omkom)\b|\bdodsfall|\bdodsbo\w*|\bbegravelse\w*|\benke\b|\benkemann|\bgikk bort\b|\bgatt bort\b|\bavdod\w*/,
      /\b(?:mye|stor|har|i|med|min) gjeld\b|\bgjeldsproblem\w*|\bgjeldsrad\w*/,
      /\bbetalingsutsettelse|\bavdragsfrihet|\bvold i nare relasjoner|\bfullmakt\w*/,
      /\b(?:samboer\w*|mann\w*|kone\w*|kjaereste\w*|partner\w*) (?:har )?(?:gatt fra meg|forlatt meg|flyttet ut)\b|\bsitter (?:alene )?med alle regning\w*|\balene(?:mor|far)\b|\benslig forsorger\b/,
      /\bvet (?:\w+ )?ikke hvordan (?:jeg|eg) skal (?:klare|betale|fa|komme ut)\b|\binnlagt\b|\boperert\b|\butbrent\b|\bgjeldsregister\w*/,
      /\bspilleproblem\w*|\bspillegjeld|\bpengespill|\bbetting\b|\bcasino\w*|\bspilleautomat\w*|\bselvutestenging|\barving\w*|\bskifteretten|\bskifte av (?:dodsbo|boet)/,
      // Economic abuse: a partner who made me buy, debts taken in my name.
      /\b(?:eksen|eksmann\w*|ekskone\w*|eksk\w*|ex|tidligere (?:samboer|kjaereste|mann|kone))\b.{0,80}\b(?:tvang|presset|truet)\b|\btvang meg\b|\bkrisesenter\w*|\bokonomisk vold\b/,
    ],
    privacy: [
      /\b(?:trekker|tar) (?:\w+ )?tilbake (?:\w+ )?samtykke\w*|\bsamtykke\w*\b.{0,60}\btilbake\b|\bopptak\w* av (?:\w+ )?samtale\w*/,
      /\b(?:opplysninger|data|informasjon)\b.{0,30}\bom meg\b/,
      /\bgdpr\b|\bpersonvern\w*|\bdatatilsynet|\bretten til a bli glemt|\bbe om innsyn|\binnsynsbegjaering|\bdatalekkasje|\bdatainnbrudd/,
      /\b(?:slett|slette|sletter|fjern|fjerne)\w* (?:\w+ ){0,3}?(?:personopplysning\w*|opplysningene\w*|mine data|dataene mine|alle data)\b/,
      /\b(?:solgt|delt|lekket|gitt videre|lagrer|har dere om meg|hvilke) (?:\w+ ){0,3}?(?:personopplysning\w*|opplysninger om meg|data om meg)\b/,
      /\b(?:solgt|gitt|delt|lekket) (?:\w+ ){0,2}?(?:nummeret mitt|mitt nummer|telefonnummeret mitt|adressen min|e-posten min|opplysningene mine)\b|\bhvor har dere fatt (?:\w+ ){0,2}?(?:nummeret|opplysningene|adressen)\b|\bnoen andres (?:opplysninger|navn|adresse)\b|\b(?:slett|slette|sletter) (?:\w+ ){0,3}?(?:all info|all informasjon|alt dere har)\b/,
    ],
    legal: [
      /\bulovlig\w*|\blovstridig\w*|\bforbrukerkjopsloven|\bfinansavtaleloven/,
      /\badvokat\w*|\bjurist\w*|\bsoksmal\w*|\bsaksok\w*|\bforliksradet|\b(?:i|for|til) retten\b|\bdomstol\w*|\btingrett\w*|\brettslige skritt|\brettssak\w*|\bga rettens vei/,
    ],
    regulator: [
      /\bfinanstilsynet|\bforbrukerradet|\bforbrukertilsynet|\bfinansklagenemnda|\bforbrukerklageutvalget|\bombud\w*/,
    ],
    complaint: [
      /\bmisfornoyd med (?:deres |din |hvordan )?(?:service|kundeservice|behandling\w*|svar\w*|avgjorelse\w*|saksbehandling\w*)/,
      /\beskaler\w*/,
      /\bklage\w*|\bklaget\b/,
      /\b(?:snakke|prate) med (?:en |din |deres )?(?:leder|sjef|overordnet|teamleder)\b/,
    ],
  },
  negation: /\b(?:ikke|ikkje|ingen|ingenting|aldri|uten)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:faen|fanden|helvete|jaevla\w*|jaevlig\w*|javla\w*|dritt\w*|fy faen|satan|pokker|hore|kuk\w*|fitte)\b/,
    insult:
      /\b(?:idioter?|idiotisk\w*|inkompetent\w*|udugelig\w*|tyver?|tyveri|kjeltring\w*|svindlere|bedragere|klovner|amatorer|logner\w*|patetisk\w*|elendig\w*|blodsugere|parasitter|ubrukelig\w*|verdilos\w*|(?:gjore|gjor) jobben (?:sin|deres))\b/,
    address: /\b(?:dere er|du er|(?:firmaet|selskapet) deres er)\b/,
    fedUp:
      /\b(?:lei av|dritlei|har fatt nok|fatt nok|jeg gir opp|drapen|en vits|en spok|rasende|forbanna|forbannet|sint|irritert|oppgitt|skandale\w*|uakseptabelt|utrolig|slik behandler dere (?:\w+ )?kunder|bortkastet tid|kaster bort tiden min|kommer ingen vei|(?:sann|slik) blir (?:jeg|man) behandlet|sirkus\w*|teater|bryr (?:seg|dere) (?:\w+ )?(?:ikke|ikkje))\b/,
    sarcasm: new RegExp(
      [
        /\b(?:takk? for ingenting|tusen takk for ingenting|(?:a|oi|aha),? (?:sa )?(?:bra|flott|supert|fantastisk|perfekt)|bra jobba|godt jobba,? (?:casework|dere|team)|bravo|for en overraskelse)\b/
          .source,
        // Thanks for a penalty: "tusen takk for purregebyret".
        /\bdere har (?:igjen |nok en gang )?klart\b|\btakk (?:\w+ ){0,3}?for (?:\w+ ){0,2}?(?:\w*gebyr\w*|purring\w*|renter|inkasso\w*)\b|\bjeg er sikker pa at dere har (?:veldig |mye |travelt)/
          .source,
        scareQuoted('hjelp|service|kundeservice|kundestotte|support|svar|refusjon|losning'),
      ].join('|'),
    ),
    praise:
      /\b(?:flott\w*|fantastisk\w*|supert?|kjempebra|stralende|perfekt\w*|utmerket|glimrende|fremragende|imponerende|godt jobbet|bra jobbet|takk skal (?:dere|du) ha|verdensklasse|10\/10|fem stjerner|gratulerer)\b/,
    failure:
      /\b(?:mislyk\w*|feil\w*|avvist|avslatt|odelagt|trukket (?:to|2) ganger|ikke (?:kommet|fatt|levert|fungerer|refundert)|aldri (?:kommet|fatt)|fortsatt|enda ikke|ingen svar|igjen|en gang til|borte|forsvunnet|\w*gebyr\w*|purring\w*|i tide|likevel|i ko|koen|koblet av|lagt pa|standardsvar\w*|telefonko\w*|ventet|venter)\b/,
    demand:
      /\b(?:jeg|vi) (?:vil ha|krever|forventer|forlanger) (?:\w+ ){0,3}?(?:penge\w*|refusjon\w*|tilbake|erstatning)\b|\bpengene (?:mine )?tilbake\b/,
    repeated:
      /\b(?:(?:andre|tredje|fjerde|femte|\d+\.) gang(?:en)? (?:\w+ ){0,3}?(?:skriver|mailer|ringer|kontakter|tar kontakt|spor)|(?:skrevet|mailet|ringt|kontaktet) (?:\w+ ){0,3}?(?:ganger|gang pa gang|om og om igjen)|(?:fortsatt|enda) (?:ikke )?(?:noe|ingen|intet) (?:svar|tilbakemelding)|ingen (?:har )?(?:svart|tatt kontakt|kommet tilbake|hjelper|leser)|blir ignorert|ignorerer meg|uker uten svar|(?:ulike|forskjellige|motstridende) svar|standardsvar\w*|automatiske? svar|(?:to|tre|fire|fem|flere|mange|\d+) ganger (?:na|allerede)|noen som faktisk (?:kan|leser|svarer|tar)|(?:ventet|venter) (?:\w+ ){0,3}?(?:uker|maneder|timer)|(?:minutter|timer|time) i (?:telefon)?ko(?:en)?|ikke svart pa (?:\w+ ){0,2}?(?:henvendelser|mailer|e-poster|meldinger)|(?:skriver|mailer|ringer|purrer) (?:\w+ ){0,2}?igjen|for (?:andre|tredje|fjerde|femte) gang|(?:andre|tredje|fjerde|femte) (?:e-post|epost|mail|melding|henvendelse)|leser dere (?:i det hele tatt|egentlig|noen gang)|(?:uker|maneder) har jeg ventet|hver (?:maned|gang|uke) (?:det |den )?samme|(?:fortsatt|enda) (?:ingen|ikke noen) (?:penger|refusjon)|den (?:andre|tredje|fjerde|femte|sjette) jeg sender|ingen har ringt|lovet at noen ringer\b.{0,60}\b(?:ingen|aldri|ikke)|ignorert (?:de )?(?:\w+ ){0,2}?(?:e-postene|mailene|meldingene) mine|dag \d+ av (?:venting|ventingen))\b/,
    threat:
      /\b(?:(?:sier opp|si opp|avslutter|sletter) (?:\w+ ){0,3}?(?:alt|alle mine \w+|kontoen)|aldri (?:mer|igjen) (?:\w+ ){0,2}?(?:handle|bruke|bestille|kjope|anbefale)|aldri mer(?=[.!,;]|$)|(?:bytter|bytte) (?:\w+ )?(?:betalingslosning|leverandor|selskap)|bytter til (?:en konkurrent|noen andre)|dere har (?:nettopp )?mistet en kunde|sier opp (?:avtalen|abonnementet|kontoen))\b/,
    public:
      /\b(?:(?:darlig|negativ|slakt\w*) (?:anmeldelse|omtale|vurdering)|(?:skrive|skriver|poste|poster|dele|deler|legge ut|legger ut) (?:\w+ ){0,4}?(?:pa|i) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|sosiale medier|nettet)|(?:kontakte|ga til|tipse) (?:\w+ )?(?:media|pressen|avisen|vg|dagbladet|lokalavisen|forbrukerinspektorene)|advare (?:alle|alle jeg kjenner)|(?:gar|ga) (?:jeg )?til (?:pressen|media|avisen)|(?:skrive|skriver) en (?:\w+ )?anmeldelse|(?:si|sier|fortelle|forteller) (?:det )?til alle)\b/,
    resigned:
      /\b(?:(?:ok|greit|fint),? (?:da )?(?:betaler|gjor|tar) jeg (?:vel )?(?:det|den|gebyret)|glem det|blas i det|det er ingen vits|ingen vits i a|hvorfor gidder jeg|sa jeg slipper (?:dere|deg|a))\b/,
    loyalty: /\b(?:trofast|lojal|mangearig) kunde\b|\bkunde (?:hos dere )?(?:i|siden) (?:\w+ ){0,2}?(?:ar|\d+)\b/,
    ultimatum:
      /\b(?:ellers|hvis ikke|i motsatt fall|siste sjanse|siste advarsel)\b|\b(?:hvis|om) (?:dette|det|kravet|saken) ikke (?:\w+ ){0,4}?(?:innen|for|i dag|i morgen|pa (?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|i morgen))\b/,
  },
  topics: {
    refunds:
      /\b(?:refusjon\w*|refunder\w*|pengene tilbake|penger tilbake|retur\w*|returner\w*|sendt tilbake|sendte tilbake|kreditnota|kreditert\w*|angrerett\w*)\b/g,
    delivery:
      /\b(?:lever\w*|pakke\w*|forsendelse\w*|frakt\w*|sporing\w*|sporingsnummer|posten|postnord|bring|kommet frem|kom frem|ankom\w*|hentested\w*)\b/g,
    payments:
      /\b(?:betal\w*|trekk\w*|trukket|avdrag\w*|delbetaling\w*|forfall\w*|purregebyr\w*|gebyr\w*|rente\w*|faktura\w*|avtalegiro|saldo|belop\w*|kort|kortet|avvist|nedbetal\w*)\b/g,
    account:
      /\b(?:konto\w*|logge inn|innlogging\w*|passord\w*|e-post\w*|telefonnummer|verifiser\w*|bankid|app\w*|profil\w*|brukernavn\w*|kode\w*|kjopsgrense\w*)\b/g,
    orders: /\b(?:bestill\w*|kjop\w*|vare|varen|varer|butikk\w*|forhandler\w*|nettbutikk\w*|handlekurv\w*)\b/g,
  },
  sentiment: {
    lexicon: `darlig:-2 elendig:-3 forferdelig:-3 grusom:-3 katastrofe:-3 katastrofalt:-3 skuffet:-2
      skuffende:-2 irritert:-2 irriterende:-2 sint:-3 forbanna:-3 uakseptabelt:-3 frekt:-3 skandale:-3
      skandalost:-3 patetisk:-3 latterlig:-2 trist:-2 lei:-2 verst:-3 hater:-3 bra:2 flott:3 supert:3
      takk:2 fornoyd:2 hjelpsom:2 hyggelig:2 perfekt:3 fantastisk:4 utmerket:3 kjempebra:3`,
    negators: ['ikke', 'ikkje', 'aldri', 'ingen'],
  },
};
