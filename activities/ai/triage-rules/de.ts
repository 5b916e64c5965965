import type { LanguageRules } from './types';

// "Ich kann nicht zahlen, die App stürzt ab" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app|website|webseite|seite|online|button|knopf|fehler\w*|technisch\w*|paypal|apple pay|google pay|funktioniert|geht nicht|login|anmelden|einloggen|vorzeitig|fruher|im voraus|vorab)\b/;

export const de: LanguageRules = {
  language: 'de',
  letters: 'äöüß',
  vocabulary: `ich mich mir mein meine meinen meinem meiner wir uns unser unsere sie ihr ihre ihnen ihren du dich
    dir dein deine es der die das den dem des ein eine einen einem einer und oder aber wenn weil dass nicht
    kein keine keinen nichts nie noch schon jetzt sofort umgehend heute gestern morgen ist sind war waren bin
    bist habe hab hast hat haben hatte wurde wurden worden werden wird kann können konnte kannst möchte
    möchten will wollen muss müssen soll sollte bitte danke vielen dank hallo guten tag grüße freundlichen
    sehr geehrte geehrter geehrtes damen herren wie wann warum was wo welche welcher für mit von bei nach
    seit über unter auf aus zu zum zur im am um an bis ohne gegen auch nur mal doch ja nein geld zahlung
    zahlungen rate raten bestellung bestellt paket lieferung geliefert rückerstattung erstattet zurück karte
    konto rechnung gebühr abgebucht bezahlt zahlen bezahlen gekauft woche wochen tage monat immer wieder
    leider frage hilfe angekommen erhalten bekommen geschickt zurückgeschickt warum weshalb endlich`,
  sensitive: {
    self_harm: [
      /\b(?:selbstmord\w*|suizid\w*|selbstverletz\w*|mich (?:selbst )?umbringen|mir (?:selbst )?(?:etwas|was) an(?:zu)?tun|(?:mir )?das leben (?:zu )?nehmen|(?:will|mochte) nicht mehr leben|(?:will|mochte) (?:nur noch )?sterben|(?:allem )?ein ende (?:zu )?(?:setzen|machen))\b/,
    ],
    fraud: [
      /\bbetr(?:u|ue)g\w*|\bbetrogen\b|\bmissbrauch\w*|\bkartenmissbrauch/,
      /\b(?:nicht|nie) (?:von mir )?(?:autorisiert|genehmigt|veranlasst|freigegeben|getatigt)\b|\bunautorisiert\w*|\bunberechtigt\w*/,
      /\b(?:unbekannte[nr]?|fremde[nr]?) (?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf)\w*/,
      /\b(?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf)\w* (?:\w+ ){0,6}?(?:kenne ich nicht|nicht kenne|nicht zuordnen|nicht erkenne|nicht von mir|nie (?:gemacht|getatigt|bestellt))\b/,
      /\b(?:ich )?(?:habe|hab) (?:\w+ ){0,3}?(?:nie|niemals) (?:etwas )?(?:bestellt|gekauft|getatigt|autorisiert|beantragt|abgeschlossen)\b/,
      /\b(?:jemand|fremde|unbekannte|dritte)\w*\b.{0,50}\b(?:benutzt|verwendet|genutzt|zugegriffen|eingeloggt|bestellt|gekauft|eroffnet|missbraucht|abgebucht|zugriff)\b|\bin meinem namen\b/,
      /\b(?:karte|kreditkarte|bankkarte|ec-karte|girokarte|geldborse|portemonnaie|brieftasche|handy|ausweis|identitat|zugangsdaten|passwort|kartendaten)\w* (?:\w+ ){0,4}?(?:gestohlen|geklaut|entwendet|verloren|kopiert|kompromittiert)\b/,
      /\b(?:gestohlen|geklaut|verloren)\w* (?:\w+ ){0,2}?(?:karte|kreditkarte|bankkarte|geldborse|brieftasche|ausweis)\b/,
      /\bangeblich von (?:ihnen|euch|casework)|\b(?:kartendaten|zugangsdaten|passwort|pin|tan|code)\w* (?:\w+ ){0,3}?(?:eingegeben|weitergegeben|verraten|genannt)\b|\b(?:geld (?:ist |war )?(?:einfach )?weg|sind \d+ ?(?:€|euro)? weg)\b/,
      /\bidentitatsdiebstahl|\bidentitatsbetrug|\bgehackt|\bhacker\w*|\bkompromittiert|\bphishing|\bbetrugsmasche|\bkontouebernahme|\bkontoubernahme/,
    ],
    hardship: [
      {
        match:
          /\bkann (?:\w+ ){0,5}?(?:nicht|nicht mehr|kaum) (?:mehr )?(?:(?:be)?zahlen|leisten|aufbringen|begleichen)\b|\b(?:nicht|nicht mehr|kaum noch) (?:(?:be)?zahlen|leisten|aufbringen) (?:kann|konnen|konnte)\b/,
        unless: TECHNICAL,
      },
      /\bfinanziell\w* (?:not|notlage|schwierigkeit\w*|probleme?\w*|engpass\w*|sorgen|krise|am ende)\b|\bzahlungsschwierigkeit\w*|\bgeldsorgen|\bgeldnot\b|\bhartefall\b|\bnotlage\b|\bkein geld mehr\b/,
      /\b(?:meinen|meine|die|den) (?:job|arbeit|arbeitsstelle|stelle|arbeitsplatz|einkommen)\w* (?:\w+ ){0,2}?verloren\b|\barbeitslos\w*|\b(?:mir|wurde) (?:\w+ )?gekundigt\b|\bkurzarbeit|\bburgergeld|\bhartz|\bsozialhilfe|\binsolvenz\w*/,
      /\bkrank(?:e[nr]?|heit\w*|geschrieben|gemeldet|enhaus\w*)?\b|\bklinik\w*|\bkrebs\w*|\bchemo\w*|\bdiagnose\w*|\bunfall\b|\bbehinderung|\bschwerbehindert\w*|\bpflegefall|\bpflegebedurftig|\bdemenz|\bdepression\w*|\bdepressiv|\bpsychisch\w*|\bangststorung\w*|\bspielsucht|\bsuchtkrank\w*|\balkoholsucht|\bdrogensucht/,
      /\bverstorben\w*|\bgestorben|\bverstarb|\bstarb\b|\btod\b|\btodesfall|\bbeerdigung|\btrauerfall|\bwitwe\w*|\bhinterbliebene\w*/,
      /\b(?:meine|viele|hohe|in den|mit|habe|hab|voller) (?:\w+ )?schulden\b|\bverschuldet|\buberschuldet|\bschuldenfalle|\bschuldnerberatung|\binkasso\w*|\bgerichtsvollzieher|\bpfandung|\bkonto (?:ist )?(?:uberzogen|im minus)/,
      /\bstundung\w*|\bzahlungspause|\bhausliche gewalt|\bgesetzliche[nr]? betreuer\w*|\bvorsorgevollmacht|\bpflege (?:meine[nrs]? )?(?:mutter|vater|eltern|mannes|frau)/,
    ],
    privacy: [
      /\bdsgvo\b|\bdatenschutz\w*|\bauskunftsersuchen|\brecht auf (?:vergessen\w*|loschung|auskunft)|\bart(?:ikel|\.)? ?1[57] (?:dsgvo|ds-gvo)/,
      /\bdaten\w* (?:\w+ ){0,3}?(?:loschen|entfernen|herausgeben|verkauft|verkaufen|weitergegeben|weitergeben|weiterzugeben|weitergeleitet|geteilt)|\b(?:loschen|loschung|entfernen|auskunft)\w* (?:\w+ ){0,3}?(?:meiner |meine |aller )?(?:personenbezogenen |personlichen |gespeicherten )?daten\b/,
      /\bwoher haben sie meine daten|\bdatenleck|\bdatenpanne|\b(?:welche|alle) (?:\w+ )?daten (?:\w+ ){0,3}?(?:gespeichert|speichern|haben|uber mich)/,
    ],
    legal: [
      /\banwalt\w*|\brechtsanwalt\w*|\banwaltin|\bkanzlei\b|\bklage\b|\bverklag\w*|\bgericht(?:lich\w*|e|en|s)?\b|\brechtliche (?:schritte|mittel|konsequenzen)|\brechtsweg|\bmahnbescheid|\bjuristisch\w*|\brechtsschutz\w*/,
    ],
    regulator: [
      /\bbafin\b|\bverbraucherzentrale\w*|\bschlichtung\w*|\bombuds\w*|\baufsichtsbehorde\w*|\bdatenschutzbehorde\w*|\bdatenschutzbeauftragte\w*|\bverbraucherschutz\w*|\bbundesnetzagentur|\bwettbewerbszentrale|\bfinanzaufsicht/,
    ],
    complaint: [/\bbeschwer(?:de|den|en|t|e)\b|\bbeschwerde\w*|\bbeanstand\w*/],
  },
  negation: /\b(?:kein|keine|keinen|keiner|nicht|nie|ohne)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:scheiss\w*|scheisse|kacke|verdammte?\w*|verfickt\w*|fick\w*|arschloch\w*|arschlocher|wichser|hurensohn\w*|dreck\w*|leck mich)\b/,
    insult:
      /\b(?:idioten?|vollidioten?|inkompetent\w*|unfahig\w*|abzocker\w*|abzocke|diebe?|verbrecher\w*|lugner\w*|gauner\w*|halsabschneider\w*|unverschamt\w*|frechheit|schande|skandal\w*|armselig\w*|laienhaft\w*|saftladen|clowns?|witzfirma|witzladen)\b/,
    fedUp:
      /\b(?:die nase voll|es reicht|reicht mir|mir reicht(?:'s| es)|reicht jetzt|satt\b|stinksauer|stocksauer|sauer\b|wutend|genervt|unzumutbar|ein witz|lachhaft|so ein mist|zum kotzen|mir platzt)\b/,
    sarcasm:
      /\b(?:(?:vielen )?dank (?:auch )?fur nichts|danke fur nichts|na (?:toll|super|klasse|prima|grossartig|bravo)|ganz toll|echt toll|toll gemacht|super gemacht|gut gemacht,? (?:leute|casework|team)|bravo|was fur eine uberraschung)\b/,
    praise:
      /\b(?:toll\w*|super\w*|klasse|prima|grossartig\w*|fantastisch\w*|wunderbar\w*|hervorragend\w*|spitze|genial\w*|perfekt\w*|ausgezeichnet\w*|erstklassig\w*)\b/,
    failure:
      /\b(?:fehlgeschlagen|abgelehnt|fehler\w*|kaputt|defekt|doppelt (?:abgebucht|belastet)|nicht (?:angekommen|erhalten|geliefert|erstattet|funktioniert)|nie angekommen|immer noch|noch immer|keine (?:antwort|ruckmeldung|erstattung)|schon wieder|wieder|erneut|verloren|falsch\w*)\b/,
    demand:
      /\b(?:ich (?:will|mochte|fordere|verlange|erwarte)|wir (?:wollen|fordern|verlangen)) (?:\w+ ){0,3}?(?:geld|erstattung|ruckerstattung|ruckzahlung|zuruck)\b|\bgeld zuruck\b|\b(?:erstatten|uberweisen) sie (?:\w+ ){0,3}?(?:sofort|umgehend|jetzt)\b/,
    repeated:
      /\b(?:zum (?:zweiten|dritten|vierten|funften|x-ten|zigsten|wiederholten|\d+\.) ?(?:mal|male)|(?:zwei|drei|vier|funf|mehrere|mehrfach|etliche|zig|x) ?mal (?:\w+ ){0,3}?(?:geschrieben|angerufen|gemeldet|nachgefragt|kontaktiert|gebeten|gemailt)|(?:immer noch|noch immer|bis heute) keine (?:antwort|ruckmeldung|reaktion)|(?:niemand|keiner) (?:hat )?(?:geantwortet|reagiert|meldet sich|hat sich gemeldet)|werde (?:\w+ )?ignoriert|(?:wochen|tage)lang (?:keine antwort|nichts gehort|ignoriert))\b/,
    threat:
      /\b(?:(?:kundige|storniere|losche|schliesse|beende)\w* (?:\w+ ){0,3}?(?:alles|alle meine \w+)|nie (?:wieder|mehr) (?:\w+ ){0,2}?(?:bestellen|kaufen|nutzen|benutzen|verwenden|kunde))\b/,
    public:
      /\b(?:(?:schlechte|negative|vernichtende|1-sterne?) (?:bewertung|rezension)\w*|(?:auf|bei|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|social media|linkedin|den sozialen medien)\b.{0,30}\b(?:posten|teilen|veroffentlichen|schreiben|berichten|melden|bewerten)|(?:an )?(?:die )?(?:presse|medien|zeitung|offentlichkeit) (?:gehen|wenden|informieren|einschalten)|(?:presse|medien|offentlichkeit) (?:\w+ ){0,3}?(?:informieren|einschalten))\b/,
  },
  topics: {
    refunds:
      /\b(?:ruckerstattung\w*|erstatt\w*|geld zuruck|ruckzahlung\w*|zuruckgeschickt|zuruckgesendet|retour\w*|rucksendung\w*|zurucksenden|zuruckschicken|gutschrift\w*|widerruf\w*)\b/g,
    delivery:
      /\b(?:liefer\w*|geliefert|paket\w*|sendung\w*|versand\w*|versendet|verschickt|zustell\w*|kurier\w*|sendungsverfolgung|tracking|angekommen|ankunft|dhl|hermes|dpd)\b/g,
    payments:
      /\b(?:zahl\w*|bezahl\w*|rate|raten|ratenzahlung\w*|abbuchung\w*|abgebucht|lastschrift\w*|falligkeit\w*|fallig|mahngebuhr\w*|gebuhr\w*|zinsen|rechnung\w*|kontoauszug\w*|saldo|betrag|karte|kreditkarte|abgelehnt|vorzeitig|zahlungsplan)\b/g,
    account:
      /\b(?:konto|kontos|kundenkonto|login|einloggen|anmelden|anmeldung|passwort\w*|kennwort|e-mail-adresse|e-mail|telefonnummer|verifizier\w*|app|profil|benutzername|code|zwei-faktor|limit\w*|ausgabelimit)\b/g,
    orders: /\b(?:bestell\w*|einkauf\w*|gekauft|kauf|artikel|handler\w*|shop\w*|geschaft\w*|laden|warenkorb|kasse)\b/g,
  },
  sentiment: {
    lexicon: `schlecht:-2 schlechter:-2 schlechte:-2 schlechteste:-3 schlechtester:-3 schrecklich:-3 furchtbar:-3
      katastrophe:-3 katastrophal:-3 miserabel:-3 mies:-2 enttauscht:-2 enttauschend:-2 enttauschung:-2
      argerlich:-2 verargert:-2 wutend:-3 sauer:-2 unverschamt:-3 frechheit:-3 inakzeptabel:-3
      unakzeptabel:-3 unzumutbar:-3 nutzlos:-2 lacherlich:-2 peinlich:-2 traurig:-2 nervig:-2 genervt:-2
      horror:-3 albtraum:-3 schlimm:-2 schlimmste:-3 hasse:-3 ekelhaft:-3 dreist:-2 skandal:-3
      skandalos:-3 gut:2 super:3 toll:3 danke:2 dank:2 prima:3 klasse:3 zufrieden:2 freundlich:2
      hilfreich:2 perfekt:3 wunderbar:4 fantastisch:4 hervorragend:4 grossartig:3 gerne:1`,
    negators: ['nicht', 'kein', 'keine', 'nie', 'niemals'],
  },
};
