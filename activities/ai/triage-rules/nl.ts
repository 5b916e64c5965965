import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Ik kan niet betalen, de app crasht" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app|website|site|pagina|online|knop|code|fout\w*|foutmelding\w*|crasht|werkt niet|doet het niet|laadt|ideal|paypal|apple pay|google pay|inloggen|eerder|vooruit|vervroegd)\b/;

export const nl: LanguageRules = {
  language: 'nl',
  letters: 'éëïèöüáó',
  vocabulary: `ik mij me mijn m'n wij we ons onze jij je jou jouw u uw hij zij ze het de een en of maar als omdat
    dat niet geen nooit nog al nu vandaag gisteren morgen is zijn was waren ben bent heb hebt heeft hebben had
    werd worden wordt kan kunnen kon wil willen moet moeten zou zal graag alstublieft alsjeblieft bedankt dank
    hallo hoi goedendag groeten vriendelijke groet hoe wanneer waarom wat waar welke voor met van bij na sinds
    over onder op uit naar te tot zonder ook alleen even wel ja nee geld betaling betalingen termijn bestelling
    besteld pakket levering terugbetaling terug kaart rekening factuur kosten afgeschreven betaald betalen
    gekocht week weken dagen maand weer helaas vraag hulp ontvangen gestuurd teruggestuurd direct meteen
    onmiddellijk nu iemand niemand iets niets belde gebeld kreeg gekregen krijg krijgen gedaan doen kunt wilt jullie
    gisteren vorige volgende
    klantenservice duidelijk schelen niks`,
  sensitive: {
    self_harm: [
      /\bgeen redenen? meer om door te gaan\b|\bvoorgoed (?:laten )?stoppen\b/,
      /\bniemand zou (?:het )?(?:zelfs )?(?:merken|missen)\b|\bals ik er niet meer (?:ben|was|zou zijn)\b/,
      /\b(?:zelfmoord\w*|suicid\w*|mezelf (?:van kant maken|iets aandoen|ombrengen)|een eind(?:e)? aan (?:mijn leven|alles) maken|er een eind aan maken|wil niet meer leven|wil dood|niet meer willen leven|zelfbeschadig\w*)/,
      // Despair said sideways: "ik trek het niet meer", better off without me, not waking up.
      /\bik trek het niet (?:meer|langer)\b|\bik kan (?:het )?(?:echt |gewoon )?niet meer(?=[.!,;]|$| aan\b)|\bbeter af (?:zonder mij|als ik)\b|\b(?:iedereen|mijn familie|mijn kinderen) (?:\w+ ){0,3}?beter (?:af|zonder mij)\b/,
      /\b(?:wil|wou|zou (?:willen|liever)) (?:\w+ ){0,2}?(?:verdwijnen|er niet meer zijn|niet meer wakker worden)\b|\bniet meer wakker (?:te )?worden\b|\b(?:ik zie )?geen uitweg\b|\been last voor (?:iedereen|mijn familie|anderen)\b|\bheeft (?:allemaal )?geen zin meer\b|\bafscheidsbrie\w*|\bniets heeft (?:nog |meer )?zin\b|\bnergens (?:meer )?zin in\b|\bik ben er niet lang meer\b|\bniet lang meer (?:hier|er)\b/,
    ],
    fraud: [
      /\b(?:adres|bezorgadres)\w*\b.{0,60}\bnooit (?:heb )?gewoond\b|\bgestolen (?:kaarten|kaartgegevens)\b/,
      /\bstiekem\b.{0,30}\b(?:mijn|m'n) (?:account|rekening|kaart)\b|\b(?:mijn|m'n) (?:account|rekening|kaart)\b.{0,30}\bstiekem\b|\bachter mijn rug\b|\b(?:broer|zus|zoon|dochter|moeder|vader|vriend|huisgenoot)\w*\b.{0,40}\b(?:met|op|via) (?:mijn|m'n) (?:account|rekening|kaart) (?:\w+ ){0,2}?(?:besteld|gekocht|betaald)\b/,
      /\bverkoper (?:is |heeft )?(?:verdwenen|onbereikbaar|mij geblokkeerd|weg)\b|\b(?:was|is) (?:een )?(?:nep|oplichter|fake)\b|\b(?:e-mail|mail|sms|bericht|telefoontje|brief)\w* (?:\w+ )?(?:echt|werkelijk) van jullie\b|\bkomt (?:deze|dit|die) (?:\w+ )?(?:echt|wel) van jullie\b|\bnooit iets (?:ge)?tekend\b/,
      /\bfraude\w*|\boplicht\w*|\bopgelicht\w*|\bbedrog\b|\bbedrogen|\bzwendel\w*|\bidentiteitsfraude|\bidentiteitsdiefstal|\bgehackt|\bhacker\w*|\bphishing|\bnep(?:mail|sms|bericht|website)\w*/,
      /\bniet door mij (?:goedgekeurd|gedaan|geautoriseerd|gemaakt)|\bongeautoriseerd\w*|\bzonder (?:mijn )?(?:toestemming|medeweten)\b|\bik heb (?:\w+ ){0,3}?(?:nooit|niet) (?:goedgekeurd|geautoriseerd)\b/,
      /\bonbekende (?:afschrijving|betaling|transactie|aankoop|bestelling)\w*|\bherken\w* (?:\w+ ){0,3}?niet\b|\bniet herken\w*/,
      /\b(?:deze|die|dit|de) (?:aankoop|betaling|transactie|afschrijving|bestelling)\w* (?:\w+ ){0,3}?(?:nooit|niet) (?:gedaan|besteld|gemaakt|goedgekeurd|geplaatst)\b|\bnooit (?:iets )?(?:besteld|gekocht|aangevraagd)\b/,
      /\biemand (?:heeft|had) (?:\w+ ){0,3}?(?:gebruikt|ingelogd|toegang|besteld|gekocht|geopend|aangevraagd|overgenomen|gewijzigd|veranderd|aangepast)\b|\bop mijn naam\b/,
      // Purchases not made by me: "drie bestellingen die ik niet heb gedaan".
      /\b(?:bestelling|aankoop|aankopen|betaling|afschrijving|transactie|order)\w*\b.{0,60}?\b(?:die|dat|welke) ik (?:\w+ ){0,2}?(?:niet|nooit) (?:heb |had )?(?:gedaan|besteld|gemaakt|gekocht|geplaatst|goedgekeurd)\b|\bnooit (?:iets )?(?:\w+ ){0,3}?(?:besteld|gekocht|aangevraagd)\b|\b(?:nooit|geen) (?:\w+ )?klant (?:bij jullie )?geweest\b|\bhelemaal geen account\b|\bnooit een account\b/,
      /\b(?:webshop|winkel|site|website|bedrijf|app)\w*,? (?:waar|waarvan) ik (?:nog )?nooit (?:van )?(?:heb )?gehoord\b|\bwaar ik (?:helemaal )?(?:niets|niks) van (?:af )?weet\b/,
      /\bzei dat (?:hij|zij|ze) van (?:de bank|jullie|casework|de politie|de beveiliging\w*) (?:was|kwam|belde)\b|\bdeed zich voor als\b|\bgaf zich uit voor\b|\b(?:heb|had) (?:hem|haar|ze|hen) (?:de |mijn )?(?:code|pincode|wachtwoord|inlogcode|gegevens) (?:\w+ )?gegeven\b/,
      /\bcodes?,? die ik niet (?:heb )?aangevraagd\b|\bprobeert (?:er )?iemand (?:\w+ ){0,2}?(?:in|op) (?:mijn|m'n) (?:account|rekening)\b|\b(?:hij|zij|ze|mijn ex|ex|iemand|partner|vriend\w*)\b.{0,20}\b(?:weet|kent|heeft|had) (?:\w+ )?(?:mijn|m'n) (?:wachtwoord|pincode|inlogcode|inloggegevens)\b|\b(?:veranderd|gewijzigd|aangepast)\b.{0,30}\bzonder dat ik\b/,
      // Phishing: a message that looked like ours, a link, details typed in.
      /\b(?:mail|e-mail|sms|bericht|telefoontje|link|appje)\w*\b.{0,60}\b(?:van jullie leek|leek (?:te komen )?van jullie|zich voordeed als|namens jullie|uit naam van)\b|\bvia (?:de|een|die) link (?:\w+ ){0,3}?(?:ingelogd|inloggen|gegevens|betaald|ingevuld|ingevoerd)\b/,
      /\baangifte (?:\w+ ){0,3}?(?:gedaan|doen|gedaan bij)\b|\bbij de politie\b|\b(?:gejat|gepikt|gerold|beroofd|zakkenroller\w*|geskimd|gekopieerd)\b/,
      /\b(?:kaart|pinpas|bankpas|creditcard|portemonnee|portefeuille|telefoon|wachtwoord|identiteitsbewijs|id-kaart)\w* (?:\w+ ){0,4}?(?:gestolen|kwijt|verloren|gekopieerd|gehackt|geskimd)\b/,
      /\b(?:gestolen|verloren|kwijtgeraakt) (?:\w+ ){0,2}?(?:kaart|pinpas|bankpas|creditcard|portemonnee)\b/,
    ],
    hardship: [
      /\b(?:met spoed )?geopereerd\b|\bminder loon\b/,
      /\blong covid\b|\bkan (?:\w+ ){0,3}?niet werken\b|\barbeidsongeschikt\w*|\bgevangenis\b|\bdetentie\b|\b(?:een|1) inkomen\b|\bfinancieel (?:\w+ )?krap\b/,
      {
        match:
          /\bkan (?:\w+ ){0,4}?niet (?:meer )?(?:betalen|opbrengen|voldoen)\b|\bniet (?:meer )?(?:kan|kunnen) betalen\b/,
        unless: TECHNICAL,
      },
      /\bfinancie\w* (?:problemen|moeilijkheden|nood|zorgen|situatie)|\bgeldproblemen|\bgeldzorgen|\bkrap bij kas|\b(?:mijn|m'n|veel|hoge|grote|in de|met|heb|zit in de|opgebouwde|problematische) schulden\b|\bschuldhulp\w*|\bschuldsanering|\bbewindvoer\w*|\bdeurwaarder\w*|\bincassobureau\w*|\bbijstand\b|\bwsnp\b|\bbetalingsregeling\b/,
      /\b(?:mijn|m'n) (?:baan|werk|job|inkomen) (?:\w+ )?(?:kwijt|verloren)|\bwerk(?:e)?loos\w*|\bontslagen\b|\bontslag gekregen/,
      /\bziek\w*|\bkanker\b|\bchemo\w*|\bdiagnose gekregen|\bgediagnosticeerd|(?<!per )\bongeluk\b|\bgehandicapt|\bfunctiebeperking|\bdementie|\bdepressie\w*|\bdepressief|\bpsychisch\w*|\bangststoornis|\bgokverslaving|\bverslaafd|\bverslaving/,
      /\boverleden\b|\boverleed\b|\bgestorven\b|\bbegrafenis\w*|\bcrematie\w*|\bweduw\w*|\bnabestaande\w*|\bsterfgeval/,
      /\buitstel van betaling\b|\bhuiselijk geweld|\bonder bewind/,
      /\b(?:partner|man|vrouw|vriend|vriendin)\w* (?:heeft me|heeft mij|is) (?:\w+ )?(?:verlaten|vertrokken|weggegaan)\b|\bsta (?:er )?(?:nu )?alleen voor\b|\balleenstaande (?:moeder|vader|ouder)\b|\bniet (?:eens )?genoeg (?:geld )?(?:voor|om) (?:eten|boodschappen|de huur)\b/,
      /\bweet (?:\w+ )?niet hoe ik (?:\w+ ){0,3}?(?:betalen|rondkomen|redden|eruit kom)\b|\bopgenomen in\b|\bbudgetbeheer\w*|\bbudgetcoach\w*|\b(?:verstandelijke|lichamelijke) beperking|\bfunctiebeperking/,
      /\bgok\w*|\bcasino\w*|\bcruks\b|\bspeelverbod|\berfgenam\w*|\bnalatenschap|\bexecuteur|\bnotaris/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:ex|ex-\w+|vorige partner|mijn ex)\b.{0,80}\b(?:dwong|gedwongen|onder druk|bedreigde|dreigde)\b|\bdwong (?:mij|me)\b|\bvrouwenopvang|\bblijf-van-mijn-lijf\w*|\bfinancieel misbruik/,
    ],
    privacy: [
      /\btrek\w* (?:\w+ ){0,3}?toestemming\b.{0,50}\bin\b|\btoestemming (?:\w+ ){0,3}?intrekken\b|\bopnames? van (?:mijn|de) (?:telefoon)?gesprekken\b/,
      /\b(?:gegevens|informatie|data)\b.{0,40}\bover mij\b/,
      /\bhoe komen (?:ze|jullie|zij) aan (?:mijn|m'n) (?:gegevens|nummer|telefoonnummer|adres|e-mailadres)\b|\b(?:verkocht|doorgegeven|gedeeld|gelekt) (?:\w+ ){0,2}?(?:mijn|m'n) (?:nummer|telefoonnummer|adres|e-mailadres)\b|\bgegevens van (?:iemand anders|een andere klant)\b|\biets gelekt\b/,
      /\bavg\b(?=.{0,40}\b(?:verzoek|inzage|verwijder\w*|gegevens|recht))|\b(?:volgens|onder|op grond van) de avg\b|\bgdpr\b|\bprivacywet\w*|\bprivacyschending|\bschending van (?:mijn )?privacy|\binzageverzoek|\brecht op (?:vergetelheid|inzage|verwijdering)|\bautoriteit persoonsgegevens|\bdatalek\w*/,
      /\b(?:verwijder|wis|verwijderen|wissen|inzage|opvragen|verkocht|gedeeld|gelekt|doorgegeven|doorverkocht)\w* (?:\w+ ){0,3}?(?:persoonsgegevens|gegevens|data)\b|\b(?:persoonsgegevens|gegevens) (?:\w+ ){0,3}?(?:verwijderen|wissen|verkocht|gedeeld|gelekt|doorgegeven|inzien)\b/,
    ],
    legal: [
      /\billegaal\b|\bonrechtmatig\w*|\bniet wettig\b|\bin strijd met de wet\b/,
      /\badvoca(?:at|ten)\w*|\bjurist\w*|\brechtszaak|\brechter\b|\brechtbank|\bjuridische stappen|\bdagvaard\w*|\bgerechtelijk\w*|\brechtsbijstand\w*/,
    ],
    regulator: [
      /\bafm\b|\bdnb\b|\bkifid\b|\bacm\b|\bconsumentenbond|\bgeschillencommissie|\bombudsman\w*|\btoezichthouder\w*|\bautoriteit financiele markten|\bde nederlandsche bank|\bjuridisch loket|\bconsuwijzer/,
    ],
    complaint: [
      /\bontevreden (?:over|met) (?:jullie |uw |de )?(?:service|klantenservice|afhandeling|behandeling|reactie|beslissing|medewerker\w*)/,
      /\bescal\w*|\bgeescaleerd\b/,
      /\bklacht\w*|\bklagen\b|\bbeklag\b|\bklaag\b|\bbeklagen/,
      /\b(?:leidinggevende|manager|teamleider|chef|supervisor|afdelingshoofd) (?:\w+ )?(?:spreken|aan de lijn)\b|\bspreken met (?:een|uw|jullie) (?:leidinggevende|manager|teamleider)\b/,
    ],
  },
  negation: /\b(?:geen|niet|nooit|zonder)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:kut\w*|klote\w*|godverdomme|verdomme|godver|tering\w*|tyfus\w*|kanker\w*|klootzak\w*|lul\w*|kolere)\b/,
    insult:
      /\b(?:idioten?|idioot|incompetent\w*|oplichters?|dieven|dief|boeven|criminelen|leugenaars?|prutsers?|amateurs?|waardeloos|waardeloze|belachelijk\w*|schandalig\w*|schande|zielig|bloedzuigers?|zakkenvullers|(?:hun|jullie) werk (?:niet )?doen)\b/,
    address: /\b(?:jullie zijn|u bent|jij bent|je bent|jullie bedrijf is)\b/,
    fedUp:
      /\b(?:ben het zat|spuugzat|kotsbeu|ik heb er genoeg van|het is genoeg|de druppel|een grap|een aanfluiting|woedend|boos|kwaad|geergerd|ergerlijk|bizar|ongelooflijk|te gek voor woorden|zo ga je niet om met (?:\w+ )?klanten|zonde van (?:mijn )?tijd|tijdverspilling|schiet (?:niks|niets) op|zo word ik behandeld|zo behandelen jullie|circus|poppenkast|(?:kan|kon) (?:het )?(?:\w+ )?(?:niks|niets|geen bal) schelen)\b/,
    sarcasm: new RegExp(
      [
        /\b(?:bedankt voor niks|bedankt voor niets|dank je wel voor niks|(?:o|oh|nou),? (?:geweldig|fantastisch|super|top|prachtig|lekker)|goed gedaan,? (?:jongens|casework|team)|knap hoor|bravo|wat een verrassing)\b/
          .source,
        // Thanks for a penalty: "bedankt voor de aanmaningskosten".
        /\b(?:bedankt|dank je|dank u) (?:\w+ ){0,3}?voor (?:de |het )?(?:\w*kosten|boete|aanmaning\w*|rente)\b|\bik weet (?:zeker )?dat (?:het )?(?:jullie|u) (?:het )?(?:erg |heel )?druk (?:hebben|heeft|is)/
          .source,
        scareQuoted('hulp|service|klantenservice|support|antwoord|terugbetaling|oplossing'),
      ].join('|'),
    ),
    praise:
      /\b(?:geweldig\w*|fantastisch\w*|super\w*|top|prachtig\w*|perfect\w*|uitstekend\w*|heerlijk\w*|briljant\w*|ga zo door|(?:top|super|prima|knap) (?:\w+ )?hoor|indrukwekkend|10\/10|vijf sterren|gefeliciteerd|wereldklasse)\b/,
    failure:
      /\b(?:mislukt|geweigerd|afgewezen|fout\w*|kapot|dubbel (?:afgeschreven|betaald)|niet (?:aangekomen|ontvangen|geleverd|terugbetaald|gewerkt)|nooit aangekomen|nog steeds|alweer|weer|opnieuw|geen (?:antwoord|reactie|terugbetaling)|kwijt|verdwenen|aanmaning\w*|\w*kosten|boete|op tijd|toch|in de wacht|opgehangen|standaardantwoord\w*|verkeerde|wachtrij|gewacht|wacht ik)\b/,
    demand:
      /\b(?:ik|wij|we) (?:wil|willen|eis|eisen|verwacht|verwachten) (?:\w+ ){0,3}?(?:geld|terugbetaling|terug|vergoeding)\b|\bgeld terug\b/,
    repeated:
      /\b(?:(?:tweede|derde|vierde|vijfde|zoveelste|\d+e) keer (?:\w+ ){0,3}?(?:schrijf|mail|bel|contact|vraag)|voor de (?:tweede|derde|vierde|vijfde|zoveelste|\d+e) keer|(?:geschreven|gemaild|gebeld|contact opgenomen) (?:\w+ ){0,3}?(?:keer|keren|meerdere keren|telkens|steeds weer)|(?:nog steeds|nog altijd) geen (?:antwoord|reactie|bericht)|niemand (?:heeft )?(?:gereageerd|geantwoord|teruggebeld|helpt|leest)|word (?:\w+ )?genegeerd|weken zonder antwoord|(?:mijn|het) (?:tweede|derde|vierde|vijfde|zoveelste) (?:bericht|mail|e-mail|verzoek|herinnering)|wacht (?:al )?(?:\w+ ){0,2}?(?:weken|maanden) op (?:een )?(?:antwoord|reactie)|automatische (?:antwoorden|mails|berichten|reactie)|iemand die (?:\w+ ){0,2}?(?:echt|daadwerkelijk|werkelijk) (?:leest|kan beslissen|helpt|kijkt)|(?:verschillende|tegenstrijdige) antwoorden|(?:minuten|uur) in de wacht|in de wacht (?:\w+ ){0,2}?(?:minuten|uur)|(?:de|mijn|het) (?:tweede|derde|vierde|vijfde|zoveelste) (?:mail|e-mail|bericht|brief)|lezen jullie (?:\w+ ){0,3}?(?:eigenlijk|wel|ooit|uberhaupt)|(?:weken|maanden) wacht ik al|wacht ik al (?:\w+ )?(?:weken|maanden)|(?:uur|minuten) in de wachtrij|hebben (?:me |mij )?weer (?:een )?(?:verkeerde|foute|nieuwe)|elke (?:maand|keer|week) (?:hetzelfde|weer)|nog steeds geen (?:geld|terugbetaling)|(?:al )?mijn (?:tweede|derde|vierde|vijfde|zesde) over|er is nooit gebeld|beloofde (?:een )?(?:terugbel\w*|reactie)\b.{0,60}\b(?:nooit|niemand|niet)|dag \d+ van (?:wachten|het wachten))\b/,
    threat:
      /\b(?:(?:zeg|zeggen) (?:\w+ ){0,2}?(?:alles|al mijn \w+) op|(?:zeg|opzeggen|sluit|verwijder)\w* (?:\w+ ){0,3}?(?:alles|al mijn \w+)|nooit (?:meer|weer) (?:\w+ ){0,2}?(?:bestellen|kopen|gebruiken|aanraden)|(?:stap|ga) over naar (?:een )?(?:andere|concurrent)|jullie zijn (?:een )?klant kwijt|(?:zeg|zeggen) (?:mijn |ons )?(?:contract|abonnement|account) op)\b/,
    public:
      /\b(?:(?:op|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|social media)\b.{0,30}\b(?:zetten|plaatsen|delen|posten|schrijven)|(?:slechte|negatieve) (?:review|recensie|beoordeling)\w*|(?:zet|zetten|plaats|plaatsen|deel|delen|schrijf|schrijven|post|posten) (?:\w+ ){0,4}?(?:op|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|social media)|(?:naar|stap naar|inschakelen) (?:de )?(?:media|pers|krant|kassa|radar|tros radar|opgelicht)|iedereen waarschuwen|(?:review|recensie) (?:\w+ )?(?:schrijven|plaatsen))\b/,
    resigned:
      /\b(?:laat (?:maar )?zitten|laat maar\b|dan betaal ik (?:het )?(?:maar|wel)|ik geef (?:het )?op|heeft (?:toch )?geen zin (?:om|meer)|waarom doe ik (?:nog )?moeite|(?:dan )?ben ik (?:eindelijk )?van jullie af)/,
    loyalty: /\b(?:trouwe|vaste|jarenlange) klant\b|\bal (?:\w+ ){0,2}?jaar klant\b|\bklant sinds\b/,
    ultimatum:
      /\b(?:zo niet|anders|laatste kans|laatste waarschuwing)\b|\b(?:uiterlijk|voor) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vandaag)\b|\bals (?:dit|het) niet (?:\w+ ){0,4}?(?:vandaag|morgen|voor|binnen|uiterlijk)\b|\bals (?:dit|het) (?:\w+ ){0,2}?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vandaag) niet\b/,
  },
  topics: {
    refunds:
      /\b(?:terugbetal\w*|geld terug|terugstort\w*|retour\w*|teruggestuurd|terugsturen|creditnota|gecrediteerd|herroep\w*)\b/g,
    delivery:
      /\b(?:lever\w*|geleverd|pakket\w*|pakje|zending\w*|verzend\w*|verzonden|bezorg\w*|koerier|track\w*|aangekomen|postnl|dhl)\b/g,
    payments:
      /\b(?:betal\w*|betaald|termijn\w*|afschrijving\w*|afgeschreven|incasso|aanmaningskosten|kosten|rente|factuur\w*|saldo|bedrag|kaart|creditcard|geweigerd|aflossen|vervaldatum)\b/g,
    account:
      /\b(?:account\w*|inloggen|login|wachtwoord\w*|e-mailadres|e-mail|telefoonnummer|verifi\w*|app|profiel|gebruikersnaam|code|limiet\w*|bestedingslimiet)\b/g,
    orders: /\b(?:bestel\w*|aankoop\w*|gekocht|artikel\w*|winkel\w*|webshop\w*|winkelwagen\w*|kassa)\b/g,
  },
  sentiment: {
    lexicon: `slecht:-2 slechte:-2 slechtste:-3 verschrikkelijk:-3 vreselijk:-3 afschuwelijk:-3 rampzalig:-3
      ramp:-3 teleurgesteld:-2 teleurstellend:-2 boos:-3 kwaad:-3 woedend:-4 geergerd:-2 irritant:-2
      onacceptabel:-3 schandalig:-3 belachelijk:-3 waardeloos:-3 triest:-2 haat:-3 goed:2 super:3 top:3
      bedankt:2 dank:2 tevreden:2 vriendelijk:2 behulpzaam:2 perfect:3 fantastisch:4 geweldig:4
      uitstekend:4 fijn:2`,
    negators: ['niet', 'geen', 'nooit'],
  },
};
