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
    igjen likevel umiddelbart straks`,
  sensitive: {
    self_harm: [
      /\b(?:selvmord\w*|sjolvmord\w*|ta livet mitt|ta livet av meg|vil (?:\w+ ){0,3}?ikke leve|orker ikke a leve|vil do\b|skade meg selv|selvskad\w*|gjore slutt pa (?:alt|livet))/,
    ],
    fraud: [
      /\bsvindel\w*|\bsvindl\w*|\bbedrageri\w*|\bbedratt\b/,
      /\buautoriser\w*|\bikke (?:godkjent|autorisert) av meg|\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldri|ikke) (?:godkjent|autorisert)\b/,
      /\b(?:ukjent|ukjente|fremmed|fremmede) (?:trekk|belastning|transaksjon|betaling|kjop|bestilling)\w*|\bkjenner ikke igjen\b|\bikke kjenner igjen\b/,
      /\b(?:jeg|vi) har (?:\w+ ){0,2}?(?:aldri|ikke) (?:bestilt|kjopt|handlet|gjort) (?:\w+ ){0,2}?(?:kjop\w*|betaling\w*|transaksjon\w*|bestilling\w*|konto\w*|lan\w*|noe)\b/,
      /\b(?:noen|en ukjent|en fremmed|uvedkommende) (?:har|hadde) (?:\w+ )?(?:brukt|logget inn|fatt tilgang|tatt over|bestilt|kjopt|handlet|apnet|sokt|tatt)\b|\bi mitt navn\b/,
      /\b(?:kort|kortet|bankkort\w*|kredittkort\w*|lommebok\w*|mobil\w*|telefon\w*|passord\w*|bankid)\b (?:\w+ ){0,4}?(?:stjalet|stjalt|mistet|borte|tapt|kapret|hacket)\b/,
      /\b(?:stjalet|stjal|mistet|mista|tapt) (?:\w+ ){0,2}?(?:kort|kortet|bankkort\w*|kredittkort\w*|lommebok\w*|bankid)\b/,
      /\bidentitetstyveri|\bid-tyveri|\bhacket|\bhacka\w*|\bkapret|\bphishing|\bsvindlere/,
    ],
    hardship: [
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
    ],
    privacy: [
      /\bgdpr\b|\bpersonvern\w*|\bdatatilsynet|\bretten til a bli glemt|\bbe om innsyn|\binnsynsbegjaering|\bdatalekkasje|\bdatainnbrudd/,
      /\b(?:slett|slette|sletter|fjern|fjerne)\w* (?:\w+ ){0,3}?(?:personopplysning\w*|opplysningene\w*|mine data|dataene mine|alle data)\b/,
      /\b(?:solgt|delt|lekket|gitt videre|lagrer|har dere om meg|hvilke) (?:\w+ ){0,3}?(?:personopplysning\w*|opplysninger om meg|data om meg)\b/,
    ],
    legal: [
      /\badvokat\w*|\bjurist\w*|\bsoksmal\w*|\bsaksok\w*|\bforliksradet|\b(?:i|for|til) retten\b|\bdomstol\w*|\btingrett\w*|\brettslige skritt|\brettssak\w*|\bga rettens vei/,
    ],
    regulator: [
      /\bfinanstilsynet|\bforbrukerradet|\bforbrukertilsynet|\bfinansklagenemnda|\bforbrukerklageutvalget|\bombud\w*/,
    ],
    complaint: [/\bklage\w*|\bklaget\b/],
  },
  negation: /\b(?:ikke|ikkje|ingen|ingenting|aldri|uten)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:faen|fanden|helvete|jaevla\w*|jaevlig\w*|javla\w*|dritt\w*|fy faen|satan|pokker|hore|kuk\w*|fitte)\b/,
    insult:
      /\b(?:idioter?|idiotisk\w*|inkompetent\w*|udugelig\w*|tyver?|tyveri|kjeltring\w*|svindlere|bedragere|klovner|amatorer|logner\w*|patetisk\w*|elendig\w*)\b/,
    fedUp:
      /\b(?:lei av|dritlei|har fatt nok|fatt nok|jeg gir opp|drapen|en vits|en spok|rasende|forbanna|forbannet|sint|irritert|oppgitt)\b/,
    sarcasm:
      /\b(?:takk for ingenting|tusen takk for ingenting|(?:a|oi|aha),? (?:sa )?(?:bra|flott|supert|fantastisk|perfekt)|bra jobba|godt jobba,? (?:casework|dere|team)|bravo|for en overraskelse)\b/,
    praise: /\b(?:flott\w*|fantastisk\w*|supert?|kjempebra|stralende|perfekt\w*|utmerket|glimrende|fremragende)\b/,
    failure:
      /\b(?:mislyk\w*|feil\w*|avvist|avslatt|odelagt|trukket (?:to|2) ganger|ikke (?:kommet|fatt|levert|fungerer|refundert)|aldri (?:kommet|fatt)|fortsatt|enda ikke|ingen svar|igjen|en gang til|borte|forsvunnet)\b/,
    demand:
      /\b(?:jeg|vi) (?:vil ha|krever|forventer|forlanger) (?:\w+ ){0,3}?(?:penge\w*|refusjon\w*|tilbake|erstatning)\b|\bpengene (?:mine )?tilbake\b/,
    repeated:
      /\b(?:(?:andre|tredje|fjerde|femte|\d+\.) gang(?:en)? (?:\w+ ){0,3}?(?:skriver|mailer|ringer|kontakter|tar kontakt|spor)|(?:skrevet|mailet|ringt|kontaktet) (?:\w+ ){0,3}?(?:ganger|gang pa gang|om og om igjen)|(?:fortsatt|enda) (?:ikke )?(?:noe|ingen|intet) (?:svar|tilbakemelding)|ingen (?:har )?(?:svart|tatt kontakt|kommet tilbake)|blir ignorert|ignorerer meg|uker uten svar)\b/,
    threat:
      /\b(?:(?:sier opp|si opp|avslutter|sletter) (?:\w+ ){0,3}?(?:alt|alle mine \w+)|aldri (?:mer|igjen) (?:\w+ ){0,2}?(?:handle|bruke|bestille|kjope))\b/,
    public:
      /\b(?:(?:darlig|negativ|slakt\w*) (?:anmeldelse|omtale|vurdering)|(?:skrive|skriver|poste|poster|dele|deler|legge ut|legger ut) (?:\w+ ){0,4}?(?:pa|i) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|sosiale medier)|(?:kontakte|ga til|tipse) (?:\w+ )?(?:media|pressen|avisen|vg|dagbladet)|advare (?:alle|alle jeg kjenner))\b/,
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
