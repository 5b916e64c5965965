import { scareQuoted, umlauts } from './pattern-helpers';
import type { LanguageRules } from './types';

// Patterns are spelled with umlauts: umlauts() lets each one hear "ä" typed as "a" or "ae" too.
const u = (source: string, flags?: string) => umlauts(source, flags);

// "Ich kann nicht zahlen, die App stürzt ab" is a technical problem, not hardship.
const TECHNICAL = u(
  String.raw`\b(?:app|website|webseite|seite|online|button|knopf|fehler\w*|technisch\w*|paypal|apple pay|google pay|funktioniert|geht nicht|login|anmelden|einloggen|vorzeitig|früher|im voraus|vorab)\b`,
);

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
      u(
        String.raw`\bkein(?:en)? grund mehr,? (?:weiterzumachen|zu leben|durchzuhalten)|\b(?:für immer|endgültig) (?:beenden|aufhören|schluss)|\balles (?:für immer )?beenden\b`,
      ),
      u(
        String.raw`\b(?:selbstmord\w*|suizid\w*|selbstverletz\w*|mich (?:selbst )?umbringen|mir (?:selbst )?(?:etwas|was) an(?:zu)?tun|(?:mir )?das leben (?:zu )?nehmen|(?:will|möchte) (?:ich )?(?:\w+ ){0,2}?nicht mehr leben|(?:will|möchte) (?:nur noch )?sterben|(?:allem )?ein ende (?:zu )?(?:setzen|machen))\b`,
      ),
      // Despair said sideways: not waking up, everyone better off, wanting to disappear, no way out.
      u(
        String.raw`\b(?:nicht mehr|nie (?:mehr|wieder)|einfach nicht) (?:\w+ )?aufzuwachen|\b(?:nicht mehr|nie (?:mehr|wieder)) aufwache|\bnicht mehr aufwachen\b|\b(?:besser|leichter|einfacher) (?:dran |für alle )?(?:ohne mich|wenn ich (?:nicht mehr|weg|einfach))`,
      ),
      u(
        String.raw`\b(?:alle|jeder|meine familie|meine kinder)\b(?: \w+){0,3} (?:ohne mich )?(?:besser dran|glücklicher)\b|\b(?:will|möchte|würde|wünschte|am liebsten)\b(?: \w+){0,3} (?:verschwinden|nicht mehr (?:da|hier) (?:sein|wäre))\b|\bnicht mehr (?:da|hier) wäre\b`,
      ),
      u(
        String.raw`\b(?:niemand|keiner) würde mich (?:\w+ )?(?:vermissen|bemerken)|\bwenn ich (?:weg|tot|nicht mehr da) wäre\b|\bwenn ich nicht mehr (?:bin|lebe)\b|\b(?:denke|dachte|überlege|überlegt)\b.{0,40}?\b(?:schluss zu machen|allem ein ende)|\beinfach schluss (?:zu )?machen\b|\bkeine kraft mehr (?:zu leben|für (?:das|dieses) leben)|\b(?:bald|dann) nicht mehr (?:da|hier) (?:sein|bin)\b|\bnicht mehr lange (?:da|hier)\b|\bich schaffe das (?:so |alles |einfach )?nicht mehr\b|\b(?:sehe )?keinen ausweg\b|\b(?:eine )?last für (?:alle|meine familie|andere|jeden)\b|\bhat (?:alles )?keinen sinn mehr\b|\b(?:ich )?halte (?:das|es) (?:alles )?nicht mehr aus\b|\bich kann (?:einfach |echt |wirklich )?nicht mehr(?=[.!,;]|$| und)|\babschiedsbrie\w*`,
      ),
    ],
    fraud: [
      u(
        String.raw`\b(?:stammen|sind|ist|war|waren) (?:\w+ )?nicht von mir\b|\b\w*(?:händler|shop|laden|geschäft)\w*,? (?:den|die|das|bei dem) ich (?:\w+ )?(?:nie|noch nie|niemals) (?:genutzt|benutzt|gehört|bestellt)\b`,
      ),
      u(
        String.raw`\b(?:adresse|lieferadresse)\b.{0,60}\b(?:nie|noch nie|niemals) (?:gewohnt|gewesen)\b|\bgestohlene[rn]? (?:karten|kartendaten|kartennummern)\b|\bliste (?:\w+ )?gestohlene\w*`,
      ),
      u(String.raw`\bbetr(?:u|ü|ue)g\w*|\bbetrogen\b|\bmissbrauch\w*|\bkartenmissbrauch`),
      u(
        String.raw`\b(?:nicht|nie) (?:von mir )?(?:autorisiert|genehmigt|veranlasst|freigegeben|getätigt)\b|\bunautorisiert\w*|\bunberechtigt\w*`,
      ),
      u(
        String.raw`\b(?:unbekannte[nr]?|fremde[nr]?|verdächtige[nr]?|seltsame[nr]?|merkwürdige[nr]?) (?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf|käufe|einkäufe|anmeldung|login|gerät|zugriff|aktivität)\w*`,
      ),
      u(
        String.raw`\b(?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf|käufe|einkäufe|einkauf|lastschrift)\w* (?:\w+ ){0,6}?(?:kenne ich nicht|nicht kenne|nicht zuordnen|nicht erkenne|nicht von mir|nie (?:gemacht|getätigt|bestellt))\b`,
      ),
      // Purchases not made by me, however it is put: "die habe ich definitiv nicht gemacht".
      u(
        String.raw`\b(?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf|käufe|einkäufe|einkauf|lastschrift)\w*\b.{0,80}?\b(?:habe|hab|hatte) ich (?:\w+ ){0,2}?(?:nicht|nie|niemals|gar nicht) (?:gemacht|getätigt|bestellt|gekauft|ausgelöst|veranlasst|autorisiert|abgeschlossen)\b`,
      ),
      u(
        String.raw`\b(?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf|käufe|einkäufe|einkauf|lastschrift)\w*\b.{0,40}?\b(?:die|den|das|welche) ich (?:\w+ ){0,2}?(?:nicht|nie|niemals) (?:gemacht|getätigt|bestellt|gekauft|ausgelöst|veranlasst|autorisiert|abgeschlossen)\b|\b(?:das|die|der) war(?:en)? (?:\w+ )?nicht ich\b|\bdas war ich nicht\b`,
      ),
      u(
        String.raw`\b(?:ich )?(?:habe|hab) (?:\w+ ){0,3}?(?:nie|niemals) (?:etwas )?(?:bestellt|gekauft|getätigt|autorisiert|beantragt|abgeschlossen)\b`,
      ),
      // Someone else in the account, or using my name.
      u(
        String.raw`\b(?:jemand|fremde|unbekannte|dritte)\w*\b.{0,50}\b(?:benutzt|verwendet|genutzt|zugegriffen|eingeloggt|angemeldet|bestellt|gekauft|eingekauft|eröffnet|missbraucht|abgebucht|zugriff|geändert|gewechselt|zurückgesetzt|übernommen)\b|\bin meinem namen\b|\bunter meinem namen\b|\bauf meinen namen (?:\w+ ){0,3}?(?:bestellt|eingekauft|gekauft|eröffnet|abgeschlossen)\b`,
      ),
      u(
        String.raw`\b(?:nie|noch nie|niemals|gar nicht|gar kein|kein) kunde\b(?: \w+){0,3} (?:war|bin|gewesen)\b|\b(?:habe|hab|hatte) (?:\w+ ){0,2}?(?:nie|noch nie|gar) kein (?:konto|kundenkonto)\b`,
      ),
      u(
        String.raw`\b(?:karte|kreditkarte|bankkarte|ec-karte|girokarte|\w*geldbörse|portemonnaie|portmonee|brieftasche|\w*tasche|rucksack|handy|smartphone|ausweis|identität|zugangsdaten|passwort|kartendaten)\w* (?:\w+ ){0,4}?(?:gestohlen|geklaut|entwendet|verloren|kopiert|geklont|ausgespäht|ausgelesen|kompromittiert|abhanden)\b`,
      ),
      u(
        String.raw`\b(?:gestohlen|geklaut|verloren)\w* (?:\w+ ){0,2}?(?:karte|kreditkarte|bankkarte|geldbörse|brieftasche|ausweis)\b|\b(?:beklaut|ausgeraubt|überfallen|taschendieb\w*|skimming)\b`,
      ),
      u(
        String.raw`\b(?:abbuchung|zahlung|transaktion|belastung|buchung|bestellung|kauf|käufe|einkäufe|einkauf|lastschrift)\w*\b.{0,40}?\b(?:von denen|von dem|von der|wovon) ich (?:\w+ )?nichts (?:weiß|weiss|wusste)\b|\b(?:er|sie|jemand|ex-?\w*|partner\w*|freund\w*|mann|frau|sohn|tochter|betrüger\w*)\b.{0,20}\b(?:kennt|hat|kannte|weiß|hatte|kennen) (?:\w+ )?mein(?:e)? (?:passwort|zugangsdaten|pin|kennwort|login)\b`,
      ),
      u(
        String.raw`\bgeändert,? ohne dass ich\b|\bversucht\w*,? (?:\S+ ){0,3}?(?:sich )?(?:in|auf) mein (?:konto|kundenkonto|account)\b|\b(?:codes?|sms|nachrichten|bestätigungscodes?)\w*,? (?:\w+ ){0,3}?die ich (?:\w+ )?(?:nicht|nie) angefordert\b|\baus der (?:\w+ )?(?:tasche|hand|jacke) (?:gezogen|gerissen|geklaut|gestohlen)\b`,
      ),
      u(
        String.raw`\b(?:kredit|ratenkredit|vertrag|konto|darlehen|kundenkonto|handyvertrag)\w* (?:\w+ ){0,3}?(?:auf|unter) meinen? namen\b|\b(?:nie|nichts|niemals) (?:etwas )?unterschrieben\b|\bverkäufer\w* (?:ist |hat sich )?(?:\w+ )?(?:verschwunden|weg|abgetaucht|nicht mehr erreichbar)\b|\bfake-?shop\w*`,
      ),
      u(
        String.raw`\b(?:mail|e-mail|sms|nachricht|anruf|brief)\w* (?:\w+ )?(?:wirklich|tatsächlich|echt) von (?:ihnen|euch|casework)\b|\bist (?:das|diese[rs]? \S+) (?:wirklich|tatsächlich|echt) von (?:ihnen|euch)\b|\bohne (?:mein wissen|meine erlaubnis|meine zustimmung|mich zu fragen)\b`,
      ),
      u(
        String.raw`\bheimlich\b.{0,30}\bmein\w* (?:konto|karte|account|namen)\b|\bmein\w* (?:konto|karte|account)\b.{0,30}\bheimlich\b|\b(?:bruder|schwester|sohn|tochter|mutter|vater|mitbewohner\w*|freund\w*)\b.{0,40}\b(?:mit|über|auf) meinem (?:konto|account|namen|karte) (?:\w+ ){0,2}?(?:bestellt|gekauft|eingekauft|bezahlt)\b`,
      ),
      // Phishing: a message that only looked like ours, data typed into a link, money gone.
      u(
        String.raw`\b(?:als|wie) (?:\w+ )?(?:mitarbeiter\w*|bank|polizei|support|kundenservice)\w* (?:\w+ ){0,3}?ausgegeben|\bangeblich von (?:ihnen|euch|casework)|\b(?:sms|e-mail|mail|nachricht|anruf|link|webseite|seite|brief)\w*\b.{0,60}\b(?:angeblich|vermeintlich|scheinbar|sah aus wie|aussah wie|wie von (?:ihnen|euch)|im namen von (?:ihnen|euch|casework))`,
      ),
      u(
        String.raw`\b(?:über|per|via) (?:den|einen|diesen|dem) link\b.{0,60}\b(?:bezahlt|gezahlt|eingegeben|angemeldet|eingeloggt|überwiesen)\b|\b(?:zustell|paket|zoll|versand|liefer|nachsende)\w*gebühr\w*\b.{0,60}\blink|\blink\b.{0,60}\b(?:zustell|paket|zoll|versand|liefer)\w*gebühr|\b(?:kartendaten|zugangsdaten|bankdaten|passwort|pin|tan|code)\w* (?:\w+ ){0,3}?(?:weitergegeben|verraten|genannt)\b|\b(?:kartendaten|bankdaten|kreditkartendaten|iban)\w* (?:\w+ ){0,3}?(?:eingegeben|angegeben)\b|\b(?:geld (?:ist |war )?(?:einfach )?weg|sind \d+ ?(?:€|euro)? weg)\b`,
      ),
      u(
        String.raw`\bidentitätsdiebstahl|\bidentitätsbetrug|\bgehackt|\bhacker\w*|\bkompromittiert|\bphishing|\bbetrugsmasche|\bkontoübernahme|\bübernommen\b.{0,20}\bkonto`,
      ),
      u(
        String.raw`\b(?:strafanzeige|anzeige (?:bei der polizei )?(?:ist |wurde )?(?:erstattet|gestellt|aufgegeben))|\bbei der polizei (?:\w+ ){0,2}?(?:angezeigt|gemeldet|gewesen)\b`,
      ),
    ],
    hardship: [
      u(
        String.raw`\b(?:notoperation|operation|operiert)\b|\baufgehört zu arbeiten,? um (?:sie|ihn|meine \w+|meinen \w+) zu pflegen\b|\bpflege (?:meine|meinen) (?:frau|mann|mutter|vater)\b`,
      ),
      {
        match: u(
          String.raw`\bkann (?:\w+ ){0,5}?(?:nicht|nicht mehr|kaum) (?:mehr )?(?:(?:be)?zahlen|leisten|aufbringen|begleichen)\b|\b(?:nicht|nicht mehr|kaum noch) (?:(?:be)?zahlen|leisten|aufbringen) (?:kann|können|konnte)\b`,
        ),
        unless: TECHNICAL,
      },
      u(
        String.raw`\bfinanziell\w* (?:not|notlage|schwierigkeit\w*|probleme?\w*|engpass\w*|sorgen|krise|am ende)\b|\bzahlungsschwierigkeit\w*|\bgeldsorgen|\bgeldnot\b|\bhärtefall\b|\bnotlage\b|\bkein geld mehr\b`,
      ),
      u(
        String.raw`\b(?:weiß|weiss) (?:\w+ )?nicht,? wie ich (?:\w+ ){0,3}?(?:bezahlen|zahlen|begleichen|schaffen|abbezahlen|zurückzahlen|über die runden)\b|\breicht (?:\w+ )?(?:vorne und hinten|hinten und vorne) nicht\b|\b(?:geld|einkommen|rente|lohn|gehalt) reicht (?:\w+ )?nicht\b`,
      ),
      u(
        String.raw`\b(?:meinen|meine|die|den) (?:job|arbeit|arbeitsstelle|stelle|arbeitsplatz|einkommen)\w* (?:\w+ ){0,2}?verloren\b|\barbeitslos\w*|\b(?:mir|wurde) (?:\w+ )?gekündigt\b|\bkurzarbeit|\bbürgergeld|\bhartz|\bsozialhilfe|\b\w*insolvenz\w*|\bjobcenter|\bgrundsicherung|\bkrankengeld`,
      ),
      u(
        String.raw`\bkrank(?:e[nr]?|heit\w*|geschrieben|gemeldet)?\b|\bkrebs\w*|\bchemo\w*|\bdiagnose\w*|\bunfall\b|\bbehinderung|\bschwerbehindert\w*|\bpflegefall|\bpflegebedürftig|\bdemenz|\bdepression\w*|\bdepressiv|\bpsychisch\w*|\bangststörung\w*|\bspielsucht|\bsuchtkrank\w*|\balkoholsucht|\bdrogensucht|\breha\b|\bintensivstation`,
      ),
      // A hospital is hardship for a patient, not for the nurse who works there.
      {
        match: u(String.raw`\bkrankenhaus\w*|\bklinik\w*`),
        unless: u(
          String.raw`\b(?:arbeite\w*|job|schicht\w*|pflege\w*) (?:\w+ )?(?:im|in der|in einem|in einer) (?:krankenhaus|klinik)|\bim (?:krankenhaus|klinik) (?:im )?schichtdienst`,
        ),
      },
      u(
        String.raw`\bverstorben\w*|\bgestorben|\bverstarb|\bstarb\b|\btod\b|\btodesfall|\bbeerdigung|\btrauerfall|\bwitwe\w*|\bhinterbliebene\w*|\berbin\b|\berben\b|\berbe\b|\berbschein|\bnachlass\w*|\btestamentsvollstreck\w*`,
      ),
      u(
        String.raw`\b(?:meine|viele|hohe|in den|mit|habe|hab|voller|auf) (?:\w+ )?(?:(?:über )?[\d.,]+ ?(?:€|euro) )?schulden\b|\bverschuldet|\büberschuldet|\bschuldenfalle|\bschuldnerberatung|\binkasso\w*|\bgerichtsvollzieher|\bpfändung|\bkonto (?:ist )?(?:überzogen|im minus)`,
      ),
      u(
        String.raw`\blong covid\b|\barbeitsunfähig\w*|\bkann (?:\w+ ){0,2}?nicht (?:mehr )?arbeiten\b|\bgefängnis\w*|\bin haft\b|\binhaftiert\b|\bfinanziell (?:\w+ ){0,2}?(?:eng|knapp|schwierig)\b|\ballein stemmen\b|\b\w*behinderung|\bbehindert\w*|\bgeld ist (?:\w+ ){0,2}?knapp\b|\bknapp bei kasse\b|\b(?:partner\w*|mann|frau|freund\w*|ehemann|ehefrau) (?:ist|hat mich) (?:\w+ )?(?:ausgezogen|verlassen|gegangen)\b|\bstehe (?:\w+ ){0,4}?allein da\b|\balleinerziehend\w*|\bkeine kraft mehr\b|\bberufsunfähig\w*|\berwerbsunfähig\w*`,
      ),
      u(
        String.raw`\bglücksspiel\w*|\bspielsüchtig|\bsportwetten|\bwettsucht|\bcasino\w*|\bzocken\b|\bspielersperre|\bselbstsperre|\bsperrdatei|\boasis\b`,
      ),
      // Economic abuse: a partner who made me buy, or whose debts are in my name.
      u(
        String.raw`\bex-?(?:partner\w*|freund\w*|mann|frau|ehemann|ehefrau)\b.{0,80}\b(?:gezwungen|zwang|genötigt|gedroht|bedroht|unter druck|musste ihm|musste ihr|ärger)\b|\b(?:hat|hatte) mich (?:\w+ )?(?:gezwungen|genötigt|unter druck gesetzt)\b|\bzwang mich\b|\bfrauenhaus\w*`,
      ),
      u(
        String.raw`\bstundung\w*|\bzahlungspause|\bhäusliche gewalt|\bgesetzliche[nr]? betreuer\w*|\bbetreuer(?:in)?\b|\bvormund\w*|\bvorsorgevollmacht|\bpflege (?:meine[nrs]? )?(?:mutter|vater|eltern|mannes|frau)`,
      ),
    ],
    privacy: [
      u(
        String.raw`\bkopie (?:\w+ ){0,3}?(?:meiner |aller )?(?:personenbezogenen |persönlichen |gespeicherten )?daten\b|\bpersonenbezogene\w* daten\b`,
      ),
      u(String.raw`\b(?:informationen|daten|angaben|unterlagen|notizen)\b.{0,40}\büber mich\b`),
      u(
        String.raw`\bdsgvo\b|\bdatenschutz\w*|\bauskunftsersuchen|\brecht auf (?:vergessen\w*|löschung|auskunft)|\bart(?:ikel|\.)? ?1[57] (?:dsgvo|ds-gvo)`,
      ),
      u(
        String.raw`\bdaten\w* (?:\w+ ){0,3}?(?:löschen|löscht|entfernen|herausgeben|verkauft|verkaufen|weitergegeben|weitergeben|weiterzugeben|weitergeleitet|geteilt)|\b(?:löschen|löschung|löscht|entfernen|auskunft)\w* (?:\w+ ){0,3}?(?:meiner |meine |aller )?(?:personenbezogenen |persönlichen |gespeicherten )?daten\b`,
      ),
      u(
        String.raw`\baufzeichnung\w* (?:\w+ ){0,2}?(?:telefonat|gespräch|anruf)\w*|\b(?:telefonat|gespräch|anruf)\w* (?:\w+ ){0,2}?aufgezeichnet\b`,
      ),
      u(
        String.raw`\bwiderspr(?:eche|uch|echen)\w* (?:\w+ ){0,4}?(?:nutzung|verarbeitung|verwendung|speicherung|weitergabe)\b|\b(?:nutzung|verarbeitung|verwendung|speicherung|weitergabe) (?:meiner|der) (?:persönlichen |personenbezogenen )?daten\b`,
      ),
      u(
        String.raw`\bwoher (?:haben sie|habt ihr|hat (?:\w+ ){0,3}?)meine (?:daten|nummer|telefonnummer|handynummer|adresse|e-mail)|\bdatenleck|\bdatenpanne|\b(?:welche|alle) (?:\w+ )?daten (?:\w+ ){0,3}?(?:gespeichert|speichern|haben|über mich)`,
      ),
      u(
        String.raw`\b(?:nummer|telefonnummer|handynummer|adresse|e-mail-adresse|daten)\b.{0,20}\b(?:weitergegeben|verkauft|weitergeleitet|gegeben)\b|\bdaten (?:von )?(?:einem |einer )?(?:anderen|fremden) (?:kunden|person)`,
      ),
    ],
    legal: [
      u(String.raw`\brechtswidrig\w*|\billegal\w*|\bunrechtmäßig\w*|\bgesetzwidrig\w*|\bverbraucherrecht\w*`),
      u(
        String.raw`\banwalt\w*|\brechtsanwalt\w*|\banwältin|\bkanzlei\b|\bklage\b|\bverklag\w*|\bgericht(?:lich\w*|e|en|s)?\b|\brechtliche (?:schritte|mittel|konsequenzen)|\brechtsweg|\bmahnbescheid|\bjuristisch\w*|\brechtsschutz\w*|\bmahnverfahren|\brechtsbeistand\w*|\brechtsberat\w*`,
      ),
    ],
    regulator: [
      u(
        String.raw`\bbafin\b|\bverbraucherzentrale\w*|\bschlichtung\w*|\bombuds\w*|\baufsichtsbehörde\w*|\bdatenschutzbehörde\w*|\bdatenschutzbeauftragte\w*|\bverbraucherschutz\w*|\bbundesnetzagentur|\bwettbewerbszentrale|\bfinanzaufsicht`,
      ),
    ],
    complaint: [
      umlauts(
        String.raw`\bunzufrieden (?:mit|über) (?:ihrem |dem |eurem |der |ihrer )?(?:service|kundenservice|umgang|bearbeitung|antwort|ergebnis|entscheidung|mitarbeiter\w*|behandlung)`,
      ),
      /\bbeschwer(?:de|den|en|t|e)\b|\bbeschwerde\w*|\bbeanstand\w*|\beskalier\w*|\beskalation\w*/,
      u(
        String.raw`\bmit (?:ihrem|eurem|einem|dem) (?:vorgesetzten|chef|teamleiter\w*|manager|geschäftsführer) (?:\w+ ){0,2}?(?:sprechen|reden|verbunden)|\b(?:vorgesetzten|teamleiter\w*|geschäftsführ\w*) (?:\w+ ){0,3}?(?:sprechen|kontaktieren|einschalten)\b`,
      ),
    ],
  },
  negation: /\b(?:kein|keine|keinen|keiner|nicht|nie|ohne)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:scheiss\w*|scheisse|kacke|verdammte?\w*|verfickt\w*|fick\w*|arschloch\w*|arschlocher|wichser|hurensohn\w*|dreck\w*|leck mich)\b/,
    insult: u(
      String.raw`\b(?:idioten?|vollidioten?|inkompetent\w*|unfähig\w*|abzocker\w*|abzocke|diebe?|verbrecher\w*|lügner\w*|gauner\w*|halsabschneider\w*|unverschämt\w*|frechheit|schande|skandal\w*|armselig\w*|laienhaft\w*|saftladen|drecksladen|sauladen|clowns?|witzfirma|witzladen|blutsauger\w*|versager|das (?:aller)?letzte|stümper\w*|amateurhaft\w*|dilettant\w*|(?:ihre|eure|seine|ihren) (?:arbeit|job) (?:zu )?mach\w*)\b`,
    ),
    address: /\b(?:ihr seid|sie sind|du bist|(?:euer|ihr) (?:laden|verein|haufen|service) ist|ihre firma ist)\b/,
    fedUp: u(
      String.raw`\b(?:die nase voll|die schnauze voll|es reicht|reicht mir|mir reicht(?:'s| es)|reicht jetzt|es langt|satt\b|stinksauer|stocksauer|sauer\b|wütend|genervt|unzumutbar|ein witz|lachhaft|so ein mist|zum kotzen|mir platzt|fassungslos|unfassbar|empörend|empört|verärgert|geht gar nicht|so behandelt man (?:\w+ )?kunden|so (?:behandeln sie|behandelt ihr|geht ihr mit) (?:\w+ )?kunden|bringt mich nicht weiter|(?:reine |pure )?zeitverschwendung|drehe mich im kreis|unglaublich|(?:werde|wird man|werden) (?:\w+ )?so behandelt|(?:ist es|ist das) (?:wirklich|denn|echt) so schwer|so schwer kann (?:das|es) (?:doch )?nicht sein|wie schwer kann (?:das|es) sein|theater|affentheater|zirkus|interessiert (?:sich )?(?:\w+ ){0,3}?(?:nicht|nichts|niemanden|keinen))\b`,
    ),
    sarcasm: new RegExp(
      [
        u(
          String.raw`\b(?:(?:vielen )?dank (?:auch )?für nichts|danke für nichts|na (?:toll|super|klasse|prima|großartig|bravo)|ganz toll|echt toll|toll gemacht|super gemacht|gut gemacht,? (?:leute|casework|team)|bravo|chapeau|was für eine überraschung|wer hätte das gedacht|freue mich (?:\w+ )?auf tag \d+)\b`,
        ).source,
        // Thanks for a penalty, or praise for how well we manage to ignore the customer.
        u(
          String.raw`\b(?:vielen |herzlichen )?dank\w* (?:\w+ ){0,2}?für (?:die|diese|eine|noch eine|den|das) (?:\w+ )?(?:mahnung\w*|\w*gebühr\w*|strafe|zinsen|erinnerung)\b|\bwie (?:\w+ ){0,2}?(?:sie|ihr) es (?:immer wieder )?(?:schaffen|schafft)\b|\b(?:sie|ihr) (?:haben|habt) es (?:\w+ )?geschafft\b|\b(?:ganz )?großes kino\b|\bich bin (?:mir )?sicher,? (?:sie|ihr) (?:sind|seid|haben|habt) (?:alle )?(?:sehr |total )?(?:beschäftigt|viel zu tun)`,
        ).source,
        scareQuoted(
          'kundenservice|service|hilfe|support|team|erstattung|gutschrift|lösung|antwort|beratung|kundendienst',
        ),
      ].join('|'),
    ),
    praise: u(
      String.raw`\b(?:toll\w*|super\w*|klasse|prima|großartig\w*|fantastisch\w*|wunderbar\w*|hervorragend\w*|spitze|genial\w*|perfekt\w*|ausgezeichnet\w*|erstklassig\w*|beeindruck\w*|weiter so|weltklasse|herzlichen glückwunsch|gratuliere|vorbildlich\w*|zehn von zehn|10/10|fünf sterne)\b`,
    ),
    failure: u(
      String.raw`\b(?:fehlgeschlagen|abgelehnt|fehler\w*|kaputt|defekt|doppelt (?:abgebucht|belastet)|nicht (?:angekommen|erhalten|geliefert|erstattet|funktioniert)|nie angekommen|immer noch|noch immer|keine (?:antwort|rückmeldung|erstattung)|schon wieder|wieder|erneut|verloren|falsch\w*|mahnung\w*|mahngebühr\w*|gebühr\w*|pünktlich|trotzdem|warteschleife|aufgelegt|abgewimmelt|ignoriert|niemand|keiner|keine meiner)\b`,
    ),
    demand: u(
      String.raw`\b(?:ich (?:will|möchte|fordere|verlange|erwarte)|wir (?:wollen|fordern|verlangen)) (?:\w+ ){0,3}?(?:geld|erstattung|rückerstattung|rückzahlung|zurück)\b|\bgeld zurück\b|\b(?:erstatten|überweisen) sie (?:\w+ ){0,3}?(?:sofort|umgehend|jetzt)\b`,
    ),
    repeated: u(
      String.raw`\b(?:zum (?:zweiten|dritten|vierten|fünften|x-ten|zigsten|wiederholten|\d+\.) ?(?:mal|male)|(?:zwei|drei|vier|fünf|mehrere|mehrfach|etliche|zig|x) ?mal (?:\w+ ){0,3}?(?:geschrieben|angerufen|gemeldet|nachgefragt|kontaktiert|gebeten|gemailt)|(?:immer noch|noch immer|bis heute) keine (?:antwort|rückmeldung|reaktion)|(?:niemand|keiner) (?:hat )?(?:geantwortet|reagiert|meldet sich|hat sich gemeldet|hilft|liest)|werde (?:\w+ )?ignoriert|(?:wochen|tage)lang (?:keine antwort|nichts gehört|ignoriert)|(?:meine|die) (?:zweite|dritte|vierte|fünfte|sechste|x-te|zigste|\d+\.) (?:e-mail|mail|nachricht|anfrage|erinnerung|beschwerde|anruf|schreiben)|(?:auf )?keine (?:meiner|der) (?:\w+ )?(?:e-mails|mails|nachrichten|anfragen|schreiben|anrufe)|wie (?:bereits|schon) (?:mehrfach|mehrmals|zweimal|dreimal|oft|in meiner letzten|geschrieben|erwähnt|mitgeteilt)|(?:erneut|nochmals|noch einmal|wiederholt|abermals) (?:nach(?:fragen|hake\w*|zufragen)?|melden|schreiben|anfragen|erinnern)|warteschleife|(?:automatische|automatisierte|vorgefertigte|nichtssagende|gleiche|selbe) (?:\w+ )?(?:antwort|antworten|mails|e-mails|textbausteine?)|textbaustein\w*|standardantwort\w*|(?:unterschiedliche|verschiedene|widersprüchliche) (?:antworten|auskünfte|aussagen)|(?:jemand|wer),? (?:der|die) (?:\w+ ){0,3}?(?:tatsächlich|wirklich|auch) (?:liest|entscheiden|helfen)|(?:warte|warten) (?:\w+ ){0,3}?(?:seit|schon) (?:\w+ ){0,2}?(?:wochen|monaten) (?:\w+ ){0,3}?auf (?:eine )?(?:antwort|rückmeldung|reaktion)|seit (?:\w+ ){0,2}?(?:wochen|monaten) (?:warte|warten)|(?:warte|warten) (?:\w+ ){0,2}?(?:immer noch|noch immer)|(?:jeden|jedes|jede) (?:monat|mal|woche) (?:das )?(?:gleiche|selbe|dasselbe)|(?:immer noch|noch immer) (?:kein|keine|nichts)|(?:liest|lesen) (?:das|hier|ihr|sie) (?:\w+ )?(?:überhaupt|eigentlich|denn|auch) (?:jemand|einer|irgendwer|meine)|(?:meine|mein|die|das ist meine) (?:zweite|dritte|vierte|fünfte|sechste) (?:nachricht|e-mail|mail|anfrage|zur?|an sie)|(?:rückruf|anruf|antwort|erstattung)\w* (?:\w+ ){0,6}?versprochen\b.{0,60}\b(?:keiner|niemand|nie|nicht|kein)|keiner kam|niemand hat (?:\w+ )?(?:angerufen|zurückgerufen)|meine (?:letzten )?(?:\w+ )?(?:e-mails|mails|nachrichten) ignoriert|tag \d+ des wartens|(?:jemand|wer),? (?:der|die) (?:\w+ ){0,3}?(?:tatsächlich|wirklich) (?:arbeitet|weiß|lesen|hier arbeitet))\b`,
    ),
    threat: u(
      String.raw`\b(?:(?:kündige|storniere|lösche|schließe|schliesse|beende)\w* (?:\w+ ){0,3}?(?:alles|alle meine \w+)|nie (?:wieder|mehr) (?:\w+ ){0,2}?(?:bestellen|kaufen|nutzen|benutzen|verwenden|kunde|empfehlen)|(?:wechsle|wechseln|gehe) (?:\w+ ){0,2}?zur konkurrenz|(?:sie|ihr) (?:haben|habt) (?:gerade )?(?:einen|mich als) kunden verloren|nicht (?:mehr )?weiterempfehlen|ich kündige(?=[.!]|$)|(?:mit|bei) meiner bank (?:\w+ ){0,2}?(?:klären|zurückholen|reklamieren|zurückbuchen))\b`,
    ),
    public: u(
      String.raw`\b(?:(?:schlechte|negative|vernichtende|1-sterne?|ein-sterne?)\w* (?:bewertung|rezension)\w*|1-stern\w*|(?:auf|bei|in) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|social media|linkedin|den sozialen medien)\b.{0,30}\b(?:posten|teilen|veröffentlichen|schreiben|berichten|melden|bewerten)|(?:teile|teilen|poste|posten|schreibe|veröffentliche|veröffentlichen|berichte|berichten|erzähle|erzählen|bewerte)\w* (?:\S+ ){0,5}?(?:auf|bei|in|im) (?:twitter|x|facebook|instagram|tiktok|trustpilot|google|youtube|social media|den sozialen medien|netz|internet)|(?:an )?(?:die )?(?:presse|medien|zeitung|öffentlichkeit) (?:gehen|wenden|informieren|einschalten)|(?:presse|medien|öffentlichkeit) (?:\w+ ){0,3}?(?:informieren|einschalten)|(?:gehe|gehen|wende mich|wenden uns) (?:\w+ )?(?:zur|an die) (?:presse|zeitung|medien|öffentlichkeit)|lokalzeitung|lokalpresse|verbrauchersendung|(?:alle|allen|jedem) (?:\w+ ){0,2}?(?:erzählen|warnen|abraten|raten)|finger von (?:euch|ihnen) (?:zu )?lassen|bewertung (?:\w+ ){0,3}?damit andere|damit andere wissen)\b`,
    ),
    resigned: u(
      String.raw`\b(?:dann (?:zahle|bezahle|mache|lasse|schlucke) ich (?:\w+ )?(?:eben|halt|einfach)|vergessen sie(?:'s| es)|vergesst es|ich gebe (?:es )?auf|hat (?:eh|ja eh|doch eh|ja|sowieso) keinen (?:sinn|zweck)|warum (?:schreibe|frage|melde) ich (?:überhaupt|eigentlich|noch)|damit ich (?:endlich )?(?:meine )?ruhe habe|hauptsache ich habe (?:meine )?ruhe)\b`,
    ),
    loyalty: u(
      String.raw`\b(?:treue[rn]?|langjährige[rn]?|langjährig) kund\w*|\bstammkund\w*|\bseit (?:\w+ ){0,2}?jahren (?:\w+ ){0,2}?kund\w*|\bkund\w* seit (?:\w+ ){0,2}?(?:jahren|\d+)`,
    ),
    ultimatum: u(
      String.raw`\b(?:ansonsten|andernfalls|anderenfalls|widrigenfalls|sonst)\b|\b(?:gebe|setze) (?:ihnen|euch) (?:\w+ ){0,2}?(?:frist|zeit|bis)\b|\bletzte (?:frist|chance|warnung|aufforderung)\b|\bwenn (?:das|dies|es) (?:\w+ ){0,3}?(?:bis|spätestens) (?:\w+ ){0,2}?nicht\b`,
    ),
  },
  topics: {
    refunds: u(
      String.raw`\b(?:rückerstattung\w*|erstatt\w*|geld zurück|rückzahlung\w*|zurückgeschickt|zurückgesendet|retour\w*|rücksendung\w*|zurücksenden|zurückschicken|gutschrift\w*|widerruf\w*)\b`,
      'g',
    ),
    delivery: u(
      String.raw`\b(?:liefer\w*|geliefert|paket\w*|sendung\w*|versand\w*|versendet|verschickt|zustell\w*|kurier\w*|sendungsverfolgung|tracking|angekommen|ankunft|dhl|hermes|dpd)\b`,
      'g',
    ),
    payments: u(
      String.raw`\b(?:zahl\w*|bezahl\w*|rate|raten|ratenzahlung\w*|abbuchung\w*|abgebucht|lastschrift\w*|fälligkeit\w*|fällig|mahngebühr\w*|gebühr\w*|zinsen|rechnung\w*|kontoauszug\w*|saldo|betrag|karte|kreditkarte|abgelehnt|vorzeitig|zahlungsplan)\b`,
      'g',
    ),
    account:
      /\b(?:konto|kontos|kundenkonto|login|einloggen|anmelden|anmeldung|passwort\w*|kennwort|e-mail-adresse|e-mail|telefonnummer|verifizier\w*|app|profil|benutzername|code|zwei-faktor|limit\w*|ausgabelimit)\b/g,
    orders: u(
      String.raw`\b(?:bestell\w*|einkauf\w*|gekauft|kauf|artikel|händler\w*|shop\w*|geschäft\w*|laden|warenkorb|kasse)\b`,
      'g',
    ),
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
