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
    gisteren vorige volgende`,
  sensitive: {
    self_harm: [
      /\b(?:zelfmoord\w*|suicid\w*|mezelf (?:van kant maken|iets aandoen|ombrengen)|een eind(?:e)? aan (?:mijn leven|alles) maken|er een eind aan maken|wil niet meer leven|wil dood|niet meer willen leven|zelfbeschadig\w*)/,
    ],
    fraud: [
      /\bfraude\w*|\boplicht\w*|\bopgelicht\w*|\bbedrog\b|\bbedrogen|\bzwendel\w*|\bidentiteitsfraude|\bidentiteitsdiefstal|\bgehackt|\bhacker\w*|\bphishing|\bnep(?:mail|sms|bericht|website)\w*/,
      /\bniet door mij (?:goedgekeurd|gedaan|geautoriseerd|gemaakt)|\bongeautoriseerd\w*|\bzonder (?:mijn )?(?:toestemming|medeweten)\b|\bik heb (?:\w+ ){0,3}?(?:nooit|niet) (?:goedgekeurd|geautoriseerd)\b/,
      /\bonbekende (?:afschrijving|betaling|transactie|aankoop|bestelling)\w*|\bherken\w* (?:\w+ ){0,3}?niet\b|\bniet herken\w*/,
      /\b(?:deze|die|dit|de) (?:aankoop|betaling|transactie|afschrijving|bestelling)\w* (?:\w+ ){0,3}?(?:nooit|niet) (?:gedaan|besteld|gemaakt|goedgekeurd|geplaatst)\b|\bnooit (?:iets )?(?:besteld|gekocht|aangevraagd)\b/,
      /\biemand (?:heeft|had) (?:\w+ ){0,3}?(?:gebruikt|ingelogd|toegang|besteld|gekocht|geopend|aangevraagd|overgenomen)\b|\bop mijn naam\b/,
      /\b(?:kaart|pinpas|bankpas|creditcard|portemonnee|portefeuille|telefoon|wachtwoord|identiteitsbewijs|id-kaart)\w* (?:\w+ ){0,4}?(?:gestolen|kwijt|verloren|gekopieerd|gehackt|geskimd)\b/,
      /\b(?:gestolen|verloren|kwijtgeraakt) (?:\w+ ){0,2}?(?:kaart|pinpas|bankpas|creditcard|portemonnee)\b/,
    ],
    hardship: [
      {
        match:
          /\bkan (?:\w+ ){0,4}?niet (?:meer )?(?:betalen|opbrengen|voldoen)\b|\bniet (?:meer )?(?:kan|kunnen) betalen\b/,
        unless: TECHNICAL,
      },
      /\bfinancie\w* (?:problemen|moeilijkheden|nood|zorgen|situatie)|\bgeldproblemen|\bgeldzorgen|\bkrap bij kas|\bschulden\b|\bschuldhulp\w*|\bschuldsanering|\bbewindvoer\w*|\bdeurwaarder\w*|\bincassobureau\w*|\bbijstand\b|\bwsnp\b|\bbetalingsregeling\b/,
      /\b(?:mijn|m'n) (?:baan|werk|job|inkomen) (?:\w+ )?(?:kwijt|verloren)|\bwerk(?:e)?loos\w*|\bontslagen\b|\bontslag gekregen/,
      /\bziek\w*|\bkanker\b|\bchemo\w*|\bdiagnose gekregen|\bgediagnosticeerd|(?<!per )\bongeluk\b|\bgehandicapt|\bfunctiebeperking|\bdementie|\bdepressie\w*|\bdepressief|\bpsychisch\w*|\bangststoornis|\bgokverslaving|\bverslaafd|\bverslaving/,
      /\boverleden\b|\boverleed\b|\bgestorven\b|\bbegrafenis\w*|\bcrematie\w*|\bweduw\w*|\bnabestaande\w*|\bsterfgeval/,
      /\buitstel van betaling\b|\bhuiselijk geweld|\bonder bewind/,
    ],
    privacy: [
      /\bavg\b(?=.{0,40}\b(?:verzoek|inzage|verwijder\w*|gegevens|recht))|\b(?:volgens|onder|op grond van) de avg\b|\bgdpr\b|\bprivacywet\w*|\bprivacyschending|\bschending van (?:mijn )?privacy|\binzageverzoek|\brecht op (?:vergetelheid|inzage|verwijdering)|\bautoriteit persoonsgegevens|\bdatalek\w*/,
      /\b(?:verwijder|wis|verwijderen|wissen|inzage|opvragen|verkocht|gedeeld|gelekt|doorgegeven|doorverkocht)\w* (?:\w+ ){0,3}?(?:persoonsgegevens|gegevens|data)\b|\b(?:persoonsgegevens|gegevens) (?:\w+ ){0,3}?(?:verwijderen|wissen|verkocht|gedeeld|gelekt|doorgegeven|inzien)\b/,
    ],
    legal: [
      /\badvoca(?:at|ten)\w*|\bjurist\w*|\brechtszaak|\brechter\b|\brechtbank|\bjuridische stappen|\bdagvaard\w*|\bgerechtelijk\w*|\brechtsbijstand\w*/,
    ],
    regulator: [
      /\bafm\b|\bdnb\b|\bkifid\b|\bacm\b|\bconsumentenbond|\bgeschillencommissie|\bombudsman\w*|\btoezichthouder\w*|\bautoriteit financiele markten|\bde nederlandsche bank|\bjuridisch loket|\bconsuwijzer/,
    ],
    complaint: [/\bklacht\w*|\bklagen\b|\bbeklag\b|\bklaag\b|\bbeklagen/],
  },
  negation: /\b(?:geen|niet|nooit|zonder)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:kut\w*|klote\w*|godverdomme|verdomme|godver|tering\w*|tyfus\w*|kanker\w*|klootzak\w*|lul\w*|kolere)\b/,
    insult:
      /\b(?:idioten?|idioot|incompetent\w*|oplichters?|dieven|dief|boeven|criminelen|leugenaars?|prutsers?|amateurs?|waardeloos|waardeloze|belachelijk\w*|schandalig\w*|schande|zielig)\b/,
    fedUp:
      /\b(?:ben het zat|spuugzat|kotsbeu|ik heb er genoeg van|het is genoeg|de druppel|een grap|een aanfluiting|woedend|boos|kwaad|geergerd|ergerlijk)\b/,
    sarcasm:
      /\b(?:bedankt voor niks|bedankt voor niets|dank je wel voor niks|(?:o|oh|nou),? (?:geweldig|fantastisch|super|top|prachtig|lekker)|goed gedaan,? (?:jongens|casework|team)|knap hoor|bravo|wat een verrassing)\b/,
    praise:
      /\b(?:geweldig\w*|fantastisch\w*|super\w*|top|prachtig\w*|perfect\w*|uitstekend\w*|heerlijk\w*|briljant\w*)\b/,
    failure:
      /\b(?:mislukt|geweigerd|afgewezen|fout\w*|kapot|dubbel (?:afgeschreven|betaald)|niet (?:aangekomen|ontvangen|geleverd|terugbetaald|gewerkt)|nooit aangekomen|nog steeds|alweer|weer|opnieuw|geen (?:antwoord|reactie|terugbetaling)|kwijt|verdwenen)\b/,
    demand:
      /\b(?:ik|wij|we) (?:wil|willen|eis|eisen|verwacht|verwachten) (?:\w+ ){0,3}?(?:geld|terugbetaling|terug|vergoeding)\b|\bgeld terug\b/,
    repeated:
      /\b(?:(?:tweede|derde|vierde|vijfde|zoveelste|\d+e) keer (?:\w+ ){0,3}?(?:schrijf|mail|bel|contact|vraag)|(?:geschreven|gemaild|gebeld|contact opgenomen) (?:\w+ ){0,3}?(?:keer|keren|meerdere keren|telkens|steeds weer)|(?:nog steeds|nog altijd) geen (?:antwoord|reactie|bericht)|niemand (?:heeft )?(?:gereageerd|geantwoord|teruggebeld)|word (?:\w+ )?genegeerd|weken zonder antwoord)\b/,
    threat:
      /\b(?:(?:zeg|zeggen) (?:\w+ ){0,2}?(?:alles|al mijn \w+) op|(?:zeg|opzeggen|sluit|verwijder)\w* (?:\w+ ){0,3}?(?:alles|al mijn \w+)|nooit (?:meer|weer) (?:\w+ ){0,2}?(?:bestellen|kopen|gebruiken))\b/,
    public:
      /\b(?:(?:op|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|social media)\b.{0,30}\b(?:zetten|plaatsen|delen|posten|schrijven)|(?:slechte|negatieve) (?:review|recensie|beoordeling)\w*|(?:zet|zetten|plaats|plaatsen|deel|delen|schrijf|schrijven|post|posten) (?:\w+ ){0,4}?(?:op|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|social media)|(?:naar|stap naar|inschakelen) (?:de )?(?:media|pers|krant|kassa|radar|tros radar|opgelicht)|iedereen waarschuwen)\b/,
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
