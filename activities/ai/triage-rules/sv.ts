import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Jag kan inte betala, appen krånglar" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app\w*|hemsida\w*|webbplats\w*|sidan|online|knapp\w*|kod\w*|fel\w*|felmeddelande\w*|krasch\w*|krangl\w*|fungerar (?:inte|ej)|funkar (?:inte|ej)|laddar|swish|paypal|apple pay|google pay|logga in|inloggning|bankid|i fortid|i forvag|tidigare)\b/;

export const sv: LanguageRules = {
  language: 'sv',
  letters: 'åäöé',
  vocabulary: `jag mig min mitt mina vi oss vår vårt våra du dig din ditt dina ni er ert era han hon den det de dem
    och eller men om att som inte ingen inget inga aldrig redan fortfarande ännu nu idag igår imorgon är var
    varit blir blev blivit har hade haft kan kunde kunna vill ville ska skulle måste får fick fått kommer kom
    göra gjort gör hur när varför vad vilken vilket vem tack hej hallå hälsningar vänliga vänligen snälla
    med för på till av från över under efter utan sedan också bara mycket någon något några pengar pengarna
    betalning betalningen betalningar kortet kort konto kontot beställning beställningen paketet paket
    leverans återbetalning faktura fakturan avgift avgiften dragits dragit köpt köpte betala betalat skickade
    skickat returnerade hjälp hjälpa svar veckor dagar månad vecka igen direkt omedelbart genast bryr sig
    uppenbarligen kundservice kundtjänst
    inloggning inloggningen inloggningskoden mejl mejlet mejla lösenord lösenordet`,
  sensitive: {
    self_harm: [
      /\binga (?:skal|anledningar) kvar att (?:fortsatta|leva)\b|\b(?:ta slut|sluta) for gott\b|\bfa det att ta slut\b/,
      /\b(?:sjalvmord\w*|ta livet av mig|ta mitt (?:eget )?liv|vill (?:\w+ ){0,3}?inte leva|orkar inte leva|vill do\b|skada mig sjalv|sjalvskad\w*|gora slut pa (?:allt|mitt liv)|inte vill leva)/,
      // Despair said sideways: "orkar inte mer", no way out, easier for everyone if I disappeared.
      /\b(?:jag )?orkar inte (?:mer|langre)(?=[.!,;]|$| och| alls)|\b(?:ser )?ingen utvag\b|\b(?:enklast|bast|battre|lattare) for (?:alla|familjen|barnen|er) om jag\b|\b(?:battre|lattare) (?:\w+ )?utan mig\b/,
      /\b(?:vill|ville|onskar|skulle|kunde) (?:\w+ ){0,2}?forsvinna\b|\bom jag (?:\w+ ){0,2}?(?:forsvann|inte fanns|inte vaknade|var borta|dog)\b|\b(?:inte|aldrig) vakna (?:igen|upp)\b|\ben borda for (?:alla|familjen|andra|mina)\b|\bavskedsbrev\w*/,
      /\b(?:nar|efter att|om) jag (?:ar|var) borta\b|\bnar jag inte finns (?:kvar|langre)\b|\bingen skulle (?:ens )?(?:marka|sakna)\b|\bvill inte finnas (?:langre|kvar|mer|till)\b|\b(?:ingen|inte (?:finns )?nagon|finns ingen) mening med (?:nagonting|nagot|livet|att leva|allt)\b|\binte (?:kommer )?(?:att )?(?:vara|finnas) kvar (?:sa )?(?:lange|mycket langre)\b/,
    ],
    fraud: [
      /\bdet ar inte jag som (?:har )?(?:gjort|bestallt|handlat|kopt|godkant)\b|\b(?:ar|var) inte (?:gjorda|gjord|gjort) av mig\b/,
      /\b(?:adress|leveransadress)\w*\b.{0,60}\b(?:aldrig|inte) (?:har )?bott\b|\bstulna (?:kort|kortuppgifter|kortnummer)\b/,
      /\bbedrag\w*|\bbedra\b|\bbedragit/,
      /\bobehorig\w*|\b(?:jag|vi) har (?:\w+ )?(?:inte|aldrig) godkant\b|\binte godkant av mig\b/,
      /\bokand\w* (?:dragning|betalning|transaktion|kop|debitering|belastning|bestallning)\w*|\bkanner (?:inte|ej) igen\b|\binte kanner igen\b/,
      /\b(?:jag|vi) har (?:\w+ ){0,2}?(?:aldrig|inte) (?:bestallt|kopt|handlat|gjort) (?:\w+ ){0,2}?(?:kop\w*|betalning\w*|transaktion\w*|bestallning\w*|konto\w*|lan\w*|nagot)\b/,
      /\b(?:nagon|nan|obehoriga|okand\w*) (?:\w+ ){0,2}?(?:har|hade|ha) (?:\w+ )?(?:anvant|loggat in|kommit at|tagit over|bestallt|handlat|kopt|oppnat|ansokt|tagit|bytt|andrat)\b|\bi mitt namn\b|\bpa mitt personnummer\b/,
      // Purchases not made by me: "ett köp på 7 999 kr som inte är mitt", billed though never a customer.
      /\b(?:kop|kopet|kopen|bestallning\w*|betalning\w*|dragning\w*|transaktion\w*|faktur\w*)\b.{0,60}?\bsom (?:inte|ej) (?:ar|var) (?:mitt|mina|min|gjort av mig|gjorda av mig)\b|\b(?:kop|kopet|kopen|bestallning\w*|betalning\w*|dragning\w*|transaktion\w*)\b.{0,40}?\bsom jag (?:\w+ )?(?:inte|aldrig) (?:har )?(?:gjort|bestallt|kopt|godkant)\b/,
      /\baldrig (?:\w+ )?(?:handlat|bestallt|kopt) (?:nagot |nanting )?(?:dar|hos (?:er|dem|dom|den butiken|butiken)|fran (?:er|dem|dom|den butiken))\b|\baldrig (?:varit|ar) kund\b|\b(?:har|hade) aldrig (?:haft )?(?:nagot |ett )?konto hos er\b/,
      /\b(?:anvant|anvander|stulit|fatt tag pa|kapat|missbrukat) (?:\w+ )?(?:mitt|mina|min) (?:personnummer|uppgifter|identitet|bankid|namn|kortuppgifter)\b/,
      /\bsaljaren (?:ar |har )?(?:borta|forsvunnit|forsvann|blockerat mig|slutat svara)\b|\b(?:var|ar) (?:en )?(?:bluff|fejk|falsk)\b|\b(?:mejl|mail|sms|meddelande|samtal|brev)\w* (?:\w+ )?verkligen fran er\b|\bar (?:det har|detta) (?:\w+ )?verkligen fran er\b/,
      /\b(?:mitt konto|mitt kort|mitt namn)\b.{0,30}\bi smyg\b|\bi smyg\b.{0,30}\b(?:mitt konto|mitt kort)\b|\butan (?:min vetskap|mitt tillstand|mitt godkannande|att fraga mig)\b|\b(?:bror|syster|son|dotter|mamma|pappa|kompis|van|sambo)\w*\b.{0,30}\b(?:handlat|bestallt|kopt|betalat) (?:\w+ )?(?:pa|med|fran) mitt (?:konto|kort)\b/,
      /\b\w*(?:butik|webbshop|webbutik|sida|foretag|handlare|app)\w* (?:som )?jag (?:aldrig|inte) (?:har )?(?:hort talas om|hort om|handlat (?:i|pa|hos|fran)|anvant|besokt|varit pa)\b|\b(?:som|vilka) jag (?:inte|ej|aldrig) kanner till\b/,
      /\b(?:han|hon|de|dom|ex\w*|sambo\w*|nagon|nan|pojkvan\w*|flickvan\w*)\b.{0,20}\b(?:vet|kan|har|kanner till|fick|fatt) (?:\w+ )?mitt (?:losenord|bankid|pin|pinkod|inloggning)\b|\b(?:andrats|bytts|andrades|byttes)\b.{0,30}\butan att jag\b|\bforsoker (?:\w+ ){0,2}?ta sig in (?:pa|i) mitt\b|\bkoder (?:\w+ ){0,3}?som jag (?:inte|aldrig) (?:har )?(?:begart|bett om)\b/,
      /\b(?:sa|sade|pastod|uppgav) (?:att )?(?:de|han|hon|den) (?:var|jobbade|ringde) (?:fran|pa|hos) (?:banken|er|casework|polisen|kundtjansten|sakerhetsavdelningen|bedragerienheten)\b|\bgav (?:\w+ ){0,2}?(?:koden|bankid|losenordet|kortuppgifterna|kortnumret)\b.{0,20}\b(?:dem|honom|henne|personen)\b/,
      // Phishing: a message that looked like ours, a link, BankID or card details given away.
      /\b(?:sms|mejl|mail|e-post|samtal|lank|meddelande|brev)\w*\b.{0,60}\b(?:sag ut att komma fran er|sag ut som (?:det var )?(?:fran )?er|utgav sig for att vara|pastod sig vara|latsades vara|i ert namn)\b|\b(?:sms|mejl|mail|meddelande|samtal)\b.{0,80}\blank\w*\b.{0,80}\b(?:bankid|kortuppgifter|kortnummer)\b/,
      /\b(?:lamnade|gav|uppgav|skrev in|knappade in|fyllde i) (?:\w+ ){0,2}?(?:kortuppgifter|kortnummer|bankid|koden|losenord|cvc)\w*\b.{0,40}\b(?:lank|sida|sidan|nagon|han|hon|personen|samtal|sms)\b|\blurad\w*|\blurade mig\b|\bpolisanm\w*|\banmalt (?:\w+ )?(?:till|hos) polisen\b/,
      /\b(?:kort|kortet|kreditkort\w*|bankkort\w*|\w*planbok\w*|mobil\w*|telefon\w*|\w*vaska\w*|losenord\w*|bankid|legitimation\w*|id-kort\w*)\b (?:\w+ ){0,4}?(?:stulen|stulet|stulna|stals|snott|snodd|tappat|tappade|forlorat|borta|kapad|kapat|hackad|hackat|kopierat?s?|skimmat?s?|klonat?s?)\b|\b(?:ranad|ranade|bestulen|ficktjuv\w*|fickstold\w*|skimning|skimmad\w*)\b/,
      /\b(?:stulit|stal|snodde|snott|tappat|tappade|forlorat|blivit av med|blev av med) (?:\w+ ){0,2}?(?:kort|kortet|planbok\w*|bankkort\w*|kreditkort\w*|legitimation\w*|bankid)\b/,
      /\bidentitetsstold|\bid-stold|\bkapat|\bkapad|\bhackad\w*|\bhackat|\bhackare|\bbluff\w*|\bnatfiske|\bbedragare/,
    ],
    hardship: [
      /\bsportspel\w*|\bproblem med (?:spel|spelande|betting|kasino|casino)\b/,
      /\bpengarna ar (?:\w+ )?knappa\b|\bslutat (?:jobba|arbeta) for att ta hand om\b|\b(?:opererad|opererades|operation)\b/,
      {
        match:
          /\b(?:kan|klarar|kommer) (?:\w+ ){0,3}?(?:inte|ej) (?:langre |att kunna )?(?:betala|klara (?:av )?(?:att betala|betalningarna|rakningarna))\b|\b(?:har|hade) (?:\w+ )?inte rad\b|\binte har rad\b/,
        unless: TECHNICAL,
      },
      /\bekonomisk\w* (?:kris|svar\w*|problem\w*|trassel|trubbel|knipa)|\bekonomin (?:ar |har blivit )?(?:tight|kass|dalig|katastrofal|korkad)|\bpengarna racker inte|\bont om pengar|\bpengaknapp/,
      /\b(?:forlorat|forlorade|mist|miste|blivit av med|blev av med) (?:mitt |min )?(?:jobb\w*|arbete\w*|anstallning\w*|inkomst\w*)|\barbetslos\w*|\bpermitterad\w*|\buppsagd\w*|\bsagts upp\b|\bsocialbidrag|\bforsorjningsstod|\bkronofogd\w*|\bskuldsanering|\bbetalningsanmarkning\w*/,
      // A hospital is hardship for a patient, not for the nurse who works there.
      {
        match: /\bsjukhus\w*/,
        unless: /\b(?:jobbar|arbetar|jobb|pass|nattpass|sjukskoterska) (?:\w+ )?(?:pa|vid) (?:ett |en )?sjukhus\w*/,
      },
      /\bsjuk\b|\bsjukdom\w*|\bsjukskriv\w*|\bsjukpenning|\bcancer\w*|\bcellgift\w*|\bcytostatika|\bdiagnostiserad|\bfatt (?:en )?diagnos|\bolycka\b|\bfunktionsnedsatt\w*|\bfunktionshinder|\bdemens|\bdepression\w*|\bdeprimerad|\bpsykisk\w*|\bangest\w*|\bspelberoende|\bspelmissbruk|\balkoholmissbruk/,
      /\b(?:mamma|pappa|fru|maka|sambo|dotter|bror|syster|mormor|morfar|farmor|farfar|pojkvan|flickvan|foraldrar|min man|min make|min son|min far|min mor)\w* (?:\w+ ){0,2}?(?:dog|har dott|avled|gick bort|har gatt bort)\b|\bavliden\w*|\bavled\b|\bgatt bort|\bgick bort\b|\bbegravning\w*|\bdodsfall|\bdodsbo\w*|\bankling|\bankeman/,
      /\b(?:stora|mina|har|med|massa) skulder\b|\bskuldsatt|\bskuldfalla|\binkasso\w*/,
      /\bvald i nara relation|\bgod man\b|\bforvaltare\b|\bfullmakt\w*|\bbetalningsuppskov|\banstand med\b/,
      /\blong covid\b|\bkan inte (?:jobba|arbeta)\b|\barbetsoformog\w*|\bfangelse\w*|\bhaktad\b|\bekonomin (?:ar )?(?:\w+ )?(?:anstrangd|pressad|tight)\b|\bpa en inkomst\b/,
      /\b(?:sambo|man|make|fru|pojkvan|flickvan|partner) (?:har )?(?:lamnat mig|flyttat ut|gatt ifran mig|stuckit)\b|\bsitter (?:ensam )?med alla (?:rakningar|skulder)\b|\bensamstaende\b/,
      /\bvet (?:\w+ )?inte hur jag ska (?:klara|betala|losa|ta mig ur|fa ihop|ha rad)\b|\ba-kassa\w*|\bforsakringskassan\b|\bsjukersattning|\binlagd\b|\bopererad\b|\butbrand\b|\butmattningssyndrom/,
      /\bspelproblem\w*|\bspelpaus\b|\bspelskuld\w*|\bspelat bort\b|\bspelande\b|\bcasino\w*|\bbetting\b|\bvadslagning|\bstodlinjen|\barvinge\w*|\bbouppteckning|\btestamente/,
      // Economic abuse: a partner who made me buy, debts taken in my name.
      /\b(?:ex|expojkvan\w*|exflickvan\w*|exman|exmake|exfru|exsambo|ex-\w+|fd sambo|forra sambo\w*|fore detta \w+)\b.{0,80}\b(?:tvingade|tvingat|hotade|pressade|tvang)\b|\btvingade mig\b|\bkvinnojour\w*|\bskyddat boende\b|\bekonomiskt vald\b/,
    ],
    privacy: [
      /\bgdpr\b|\bdataskydd\w*|\bregisterutdrag|\bratten att (?:bli glomd|radera\w*|fa (?:mina )?(?:uppgifter|data) raderade)|\bdataintrang|\bdatalacka|\bimy\b|\bintegritetsskyddsmyndigheten|\bdatainspektionen|\bpersonuppgiftsansvarig/,
      /\b(?:radera|raderar|ta bort|tar bort|rensa)\w* (?:\w+ ){0,3}?(?:mina |alla )?(?:personuppgifter|uppgifter|data)\b/,
      /\b(?:salt|delat|lamnat ut|lackt|sparar|lagrar|har ni om mig|vilka) (?:\w+ ){0,3}?(?:personuppgifter|uppgifter om mig|data om mig)\b|\bpersonuppgifter (?:\w+ ){0,3}?(?:salts|delats|lackt|lamnats ut)/,
      /\b(?:aterkallar|drar tillbaka|aterkalla) (?:mitt )?samtycke\b|\binspelning\w* av (?:mina )?samtal\b|\bspelat in (?:mina )?samtal\b|\b(?:uppgifter|personuppgifter|information|data)\b.{0,30}\bom mig\b|\b(?:anvanda|anvander|anvandning av) (?:mina )?(?:uppgifter|personuppgifter|data) (?:till|for) (?:marknadsforing|reklam)\b/,
      /\b(?:salt|lamnat ut|gett|gav|delat|lackt) (?:\w+ ){0,2}?(?:mitt nummer|mitt telefonnummer|min adress|min e-post|min mejladress|mina uppgifter)\b|\bvarifran (?:har|fick) (?:ni|de|dom) (?:\w+ ){0,2}?(?:mitt|mina|min) (?:nummer|telefonnummer|uppgifter|adress)\b|\bnagon annans (?:uppgifter|namn|adress|personuppgifter)\b/,
    ],
    legal: [
      /\bolaglig\w*|\blagstridig\w*|\bkonsumentkoplagen|\bkonsumentkreditlagen|\bkonsumenttjanstlagen/,
      /\badvokat\w*|\bjurist\w*|\b(?:kommer att|ska|tanker) stamma\b|\bstamma (?:er|dig|foretaget|casework)\b|\bstamning\b|\bdomstol\w*|\btingsratt\w*|\brattsliga atgarder|\brattegang|\b(?:i|till) ratten\b|\bsmamal|\brattsskydd\w*/,
    ],
    regulator: [
      /\barn\b|\ballmanna reklamationsnamnden|\breklamationsnamnden|\bkonsumentverket|\bkonsumentombudsmannen|\bfinansinspektionen|\bkonsumenternas bank|\bkonsumentvagledare\w*|\bombudsman\w*/,
    ],
    complaint: [
      /\bmissnojd med (?:er |din |ert |hur )?(?:service|kundservice|kundtjanst|bemotande\w*|hantering\w*|svar\w*|beslut\w*|handlagg\w*)/,
      /\bklagomal\w*|\bklaga\w*|\bklagar\b|\bklagat\b|\bklagan\b/,
      /\b(?:prata|tala) med (?:en |din |er )?(?:chef|overordnad|arbetsledare|teamledare)\b|\bvill ha (?:en )?chef\b/,
    ],
  },
  negation: /\b(?:inte|ej|ingen|inget|inga|aldrig|utan)\s+(?:\w+\s+)?$/,
  anger: {
    profanity: /\b(?:fan|fy fan|javla\w*|javlar|helvete\w*|skit\w*|satans?|kuk\w*|fitta|hora|horunge|idjavl\w*)\b/,
    insult:
      /\b(?:idioter?|idiotisk\w*|inkompetent\w*|oduglig\w*|tjuvar?|tjuveri|bedragare|skurkar|lurendrejare|clowner|pajasar|amatorer|amatormassig\w*|lognare|patetisk\w*|uselt|usla|blodsugare|parasiter|vardelos\w*|bluffforetag|svindlare|(?:gora|gor|skota|skoter) sitt jobb)\b/,
    address: /\b(?:ni ar|du ar|ert (?:foretag|bolag) ar)\b/,
    fedUp:
      /\b(?:trott pa|less pa|har fatt nog|fatt nog|jag ger upp|droppen|ett skamt|skamtet|rasande|forbannad|arg|sur|vansinnig|heltokig|skandal\w*|oacceptabelt|ofattbart|sa (?:har )?behandlar ni (?:\w+ )?kunder|slos(?:eri|a) (?:med|pa) (?:min )?tid|tidsloseri|kommer ingenstans|bedrovligt|sa har blir (?:jag|man) behandlad|ar det (?:verkligen )?(?:sa )?svart|hur svart kan det vara|samma (?:gamla )?visa|cirkus|bryr (?:sig|ni) (?:\w+ )?(?:inte|inte ens))\b/,
    sarcasm: new RegExp(
      [
        /\b(?:tack for ingenting|tack sa mycket for ingenting|(?:ah|oh|aa|jaha),? (?:vad )?(?:bra|toppen|kanon|perfekt|underbart|fantastiskt)|snyggt jobbat|bra jobbat,? (?:casework|ni|team)|bravo|vilken overraskning|ser fram emot dag \d+)\b/
          .source,
        // Thanks for a penalty: "tack så mycket för påminnelseavgiften".
        /\b(?:ni|du) har lyckats\b|\btack (?:\w+ ){0,3}?for (?:\w+ ){0,2}?(?:\w*avgift\w*|inkassokrav\w*|ranta|rantan)\b|\bjag ar saker pa att (?:ni|du) (?:har|ar) (?:valdigt |mycket |fullt )?(?:upptagna|mycket att gora|fullt upp)/
          .source,
        scareQuoted('hjalp|service|kundservice|kundtjanst|support|svar|aterbetalning|losning|team'),
      ].join('|'),
    ),
    praise:
      /\b(?:toppen|kanon|fantastisk\w*|underbar\w*|lysande|perfekt\w*|utmarkt\w*|suverant|grym\w*|superbra|jattebra|stralande|fenomenal\w*|klockren|imponera\w*|bra jobbat|riktigt bra|varldsklass|toppklass|10\/10|fem stjarnor|grattis|snyggt|bra gjort)\b/,
    failure:
      /\b(?:misslyck\w*|nekad\w*|avvisad\w*|fel\w*|trasig\w*|dubbel\w* (?:dragning|debiter\w*)|dragits tva ganger|inte (?:kommit|fatt|levererats|fungerar|aterbetal\w*)|aldrig (?:kommit|fatt)|fortfarande|annu inte|inget svar|igen|an en gang|borta|forsvunn\w*|\w*avgift\w*|i tid|anda|kon|lade pa|standardsvar\w*|ingen har|vantat|vantar|la (?:de |hon |han )?pa|lade (?:de |hon |han )?pa)\b/,
    demand:
      /\b(?:jag|vi) (?:vill ha|vill|kraver|forvantar mig|begar) (?:\w+ ){0,3}?(?:pengar\w*|aterbetalning\w*|tillbaka|ersattning)\b|\bpengarna tillbaka\b/,
    repeated:
      /\b(?:(?:andra|tredje|fjarde|femte|\d+:e) gangen (?:\w+ ){0,3}?(?:skriver|mejlar|mailar|ringer|kontaktar|hor av mig|fragar)|(?:skrivit|mejlat|mailat|ringt|kontaktat|hort av mig) (?:\w+ ){0,3}?(?:ganger|gang pa gang|om och om igen)|(?:fortfarande|annu) (?:inget|inga|ingen) (?:svar|aterkoppling|besked)|ingen (?:har )?(?:svarat|hort av sig|aterkommit|hjalper|laser)|blir ignorerad|ignorerar mig|veckor utan svar|(?:mitt|mina) (?:andra|tredje|fjarde|femte) (?:mejl|mail|meddelande|arende)|(?:fatt|far) samma (?:\w+ )?(?:svar|standardsvar|mejl)|standardsvar\w*|automatiska? (?:svar|mejl|meddelanden)|(?:tva|tre|fyra|fem|flera|manga|\d+) ganger (?:nu|redan)|nagon (?:som )?faktiskt (?:laser|kan|svarar|hjalper|tar)|(?:vantat|vantar|vantade) (?:\w+ ){0,3}?(?:veckor|manader|timmar)|(?:minuter|timmar|timme) i (?:telefon)?kon?|i (?:telefon)?kon? i (?:\w+ )?(?:minuter|timmar|timme)|(?:olika|motstridiga) svar|(?:skriver|mejlar|mailar|ringer|hor av mig|paminner) (?:\w+ ){0,2}?(?:igen|aterigen|an en gang)|(?:andra|tredje|fjarde|femte|sjatte) (?:mejlet|mailet|meddelandet|brevet|samtalet)|laser ni (?:ens|alls|overhuvudtaget|nagonsin)|(?:varje|var) (?:manad|gang|vecka) samma\b|fortfarande (?:inga|inget|ingen) (?:pengar|aterbetalning)|(?:veckor|manader) har jag vantat|(?:vantar|vantat) (?:\w+ )?fortfarande|fortfarande (?:vantar|inget)|det (?:andra|tredje|fjarde|femte|sjatte) (?:jag skickar|jag skriver)|ingen har ringt|lovat (?:att )?(?:nagon )?(?:ringer|ringa|svara|aterkomma)\b.{0,60}\b(?:ingen|inget|aldrig|inte)|ignorerat mina (?:\w+ ){0,2}?(?:mejl|mail|meddelanden)|dag \d+ av (?:vantan|vantandet)|nagon som faktiskt (?:jobbar|arbetar)|(?:andra|tredje|fjarde|femte) gangen jag forklarar)\b/,
    threat:
      /\b(?:(?:sager upp|saga upp|avslutar|avsluta|tar bort|raderar) (?:\w+ ){0,3}?(?:allt|alla mina \w+)|aldrig (?:mer|igen) (?:\w+ ){0,2}?(?:handla|anvanda|bestalla|kopa|rekommendera)|(?:byta|byter) (?:\w+ )?(?:betalsatt|betalningslosning|leverantor|bolag)|byter till (?:en konkurrent|nagon annan)|ni har (?:precis )?forlorat en kund|jag sager upp mig(?=[.!]|$)|tar upp det med min bank)\b/,
    public:
      /\b(?:(?:dalig|negativ|sagande) (?:recension|omdome)|(?:skriva|skriver|posta|postar|dela|delar|lagga ut|lagger ut|beratta|berattar) (?:\w+ ){0,4}?(?:pa|i) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|sociala medier|flashback|natet|internet)|(?:kontakta|ga till|tipsa) (?:\w+ )?(?:media|pressen|tidningen|kvallspressen|aftonbladet|expressen|radion|lokaltidningen)|(?:gar|vander mig|vander jag mig) (?:jag )?till (?:media|pressen|tidningen|kvallspressen|aftonbladet|expressen)|varna (?:alla|alla jag kanner)|(?:skriva|skriver) en (?:\w+ )?recension|(?:beratta|berattar|saga|sager) (?:det )?(?:for|till) alla|avrada (?:alla|folk|andra)|sa att andra vet)\b/,
    resigned:
      /\b(?:(?:okej|ok|visst|fint),? (?:da )?(?:betalar|gor|tar) jag (?:val )?(?:det|den|avgiften)|glom det|strunt i det|det ar ingen ide|ingen ide att (?:fraga|skriva|ringa|klaga)|jag orkar inte brak\w*|varfor bryr jag mig|(?:sa|bara for att) jag slipper (?:er|dig|bråket|braket))\b/,
    loyalty:
      /\b(?:trogen|lojal|langvarig) kund\b|\bkund (?:hos er )?(?:i|sedan|sen) (?:\w+ ){0,2}?(?:ar|\d+)\b|\bi (?:\w+ )?ar som kund\b/,
    ultimatum:
      /\b(?:annars|i annat fall|sista chansen|sista varningen)\b|\bom (?:det|detta|ni) inte (?:\w+ ){0,4}?(?:senast|innan|fore|idag|imorgon|i dag|i morgon|till (?:mandag|tisdag|onsdag|torsdag|fredag|imorgon))\b|\bger er (?:till|en vecka|\d+)\b/,
  },
  topics: {
    refunds:
      /\b(?:aterbetal\w*|pengarna tillbaka|pengar tillbaka|retur\w*|returnera\w*|skickade tillbaka|skickat tillbaka|kreditering|kreditera\w*|angerratt\w*)\b/g,
    delivery:
      /\b(?:leverans\w*|leverera\w*|levererat|paket\w*|forsandelse\w*|frakt\w*|skickats|skickad|spara|sparning\w*|sparnummer|postnord|budet|ankom\w*|kommit fram|kom fram|utlamning\w*|ombud\w*)\b/g,
    payments:
      /\b(?:betal\w*|dragning\w*|dragits|dragit|avbetalning\w*|delbetalning\w*|forfallo\w*|forfaller|forseningsavgift\w*|avgift\w*|ranta|rantor|faktura\w*|autogiro|saldo|belopp|kort|kortet|nekad\w*|i fortid)\b/g,
    account:
      /\b(?:konto\w*|logga in|inloggning\w*|losenord\w*|e-post\w*|mejladress\w*|mailadress\w*|telefonnummer|verifier\w*|bankid|app\w*|profil\w*|anvandarnamn\w*|kod\w*|kopgrans\w*)\b/g,
    orders:
      /\b(?:bestall\w*|kop|kopet|kopt|kopte|vara|varan|varor|butik\w*|handlare\w*|affar\w*|kassan|varukorg\w*)\b/g,
  },
  sentiment: {
    lexicon: `dalig:-2 daligt:-2 uselt:-3 usel:-3 hemsk:-3 hemskt:-3 fruktansvard:-3 fruktansvart:-3
      katastrof:-3 katastrofal:-3 besviken:-2 besvikelse:-2 irriterad:-2 irriterande:-2 arg:-3 forbannad:-3
      sur:-2 oacceptabelt:-3 oforskamt:-3 skandal:-3 skandalost:-3 patetiskt:-3 lojligt:-2 trist:-2
      ledsen:-2 vardelost:-3 varst:-3 samsta:-3 hatar:-3 bra:2 toppen:3 kanon:3 tack:2 nojd:2 hjalpsam:2
      trevlig:2 perfekt:3 fantastisk:4 fantastiskt:4 underbart:4 utmarkt:3 grymt:3 jattebra:3 superbra:3`,
    negators: ['inte', 'ej', 'aldrig', 'ingen', 'inget'],
  },
};
