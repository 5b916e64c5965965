import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Non riesco a pagare, l'app si blocca" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:app|applicazione|sito|pagina|online|pulsante|tasto|codice|errore\w*|bug|si blocca|non funziona|caricamento|satispay|paypal|apple pay|google pay|accedere|accesso|login|in anticipo|anticipat\w*)\b/;

export const it: LanguageRules = {
  language: 'it',
  letters: 'àèéìíîòóùú',
  vocabulary: `io mi me mio mia miei mie noi ci nostro nostra voi vi vostro lei suo sua tu ti te tuo tua lui lo
    la il gli le un uno una del della dei e o ma se perché che quando come cosa dove quale chi non mai niente
    nulla nessun nessuna ancora già ora adesso oggi ieri domani è sono era stato stata ho hai ha abbiamo avete
    hanno avevo posso può possiamo potete vorrei voglio devo deve grazie buongiorno buonasera salve ciao saluti
    cordiali distinti per con senza su in di da dopo prima anche solo molto soldi denaro pagamento pagamenti
    rata rate ordine ordinato pacco consegna rimborso carta conto fattura addebito addebitato pagato pagare
    comprato acquisto settimana settimane giorni mese nuovo aiuto ricevuto inviato restituito subito
    immediatamente l'ordine c'è un'altra`,
  sensitive: {
    self_harm: [
      /\bnon ho piu motivi per andare avanti\b|\bfinire tutto per sempre\b/,
      /\bnessuno se ne accorgerebbe\b|\bnessuno (?:sentirebbe la mia mancanza|mi rimpiangerebbe)\b|\bquando non ci saro piu\b|\bse non ci fossi piu\b/,
      /\b(?:suicid\w*|togliermi la vita|uccidermi|ammazzarmi|farla finita|non voglio piu vivere|voglio morire|farmi del male|autolesion\w*)/,
      // Despair said sideways: "non ce la faccio più", not waking up, disappearing, a weight on everyone.
      /\bnon ce la faccio piu(?=[.!,;]|$| con)|\bnon (?:svegliarmi|risvegliarmi|svegliarsi) piu\b|\b(?:vorrei|voglio|meglio|penso di|pensato di) (?:\w+ ){0,2}?(?:sparire|scomparire)\b|\b(?:starebbero|stareste|starebbe) meglio senza di me\b|\bmeglio senza di me\b/,
      /\bun peso per (?:tutti|la mia famiglia|gli altri)\b|\bnon vedo (?:nessuna |piu )?(?:via d'uscita|uscita)\b|\bnessuna via d'uscita\b|\blettera d'addio\b|\bnon voglio (?:piu )?(?:stare qui|esserci|esistere)\b|\bniente ha piu senso\b|\bnon ha piu senso niente\b|\bnon ci saro (?:ancora per molto|piu|a lungo)\b/,
    ],
    fraud: [
      /\b(?:indirizzo)\w*\b.{0,60}\bmai abitato\b|\bcarte rubate\b/,
      /\b(?:email|mail|sms|messaggio|chiamata|lettera)\w* (?:e )?(?:davvero|veramente) (?:vostra|vostro|da voi)\b|\bdi nascosto\b|\balle mie spalle\b|\b(?:fratello|sorella|figlio|figlia|madre|padre|amico|compagno)\w*\b.{0,40}\b(?:acquisti|ordini|comprato|ordinato) (?:\w+ ){0,3}?(?:con|sul|dal) mio (?:account|conto)\b/,
      /\b(?:prestito|finanziamento|contratto)\w* a (?:mio nome|nome mio)\b|\bnon ho mai firmato (?:niente|nulla)\b|\bvenditore (?:e |si e )?(?:sparito|scomparso|irraggiungibile)\b|\b(?:era|e) (?:un |una )?(?:truffa|falso|fake)\b/,
      /\bfrode\w*|\bfraudolent\w*|\btruffa\w*|\btruffat\w*|\braggir\w*|\bphishing|\bhackerat\w*|\bfurto d'identita|\bclonat[ao]\b/,
      /\bnon autorizzat\w*|\bsenza (?:il mio )?(?:consenso|permesso|autorizzazione)\b|\bnon (?:ho )?(?:mai )?(?:fatto|effettuato|autorizzato|ordinato|acquistato) (?:\w+ ){0,2}?(?:acquist\w*|pagament\w*|addebit\w*|transazion\w*|ordin\w*|nulla|niente)\b/,
      /\b(?:addebit\w*|pagament\w*|transazion\w*|moviment\w*|acquist\w*) (?:\w+ ){0,4}?(?:sconosciut\w*|che non riconosco|non riconosco)|\bnon (?:lo |la )?riconosco\b/,
      /\bqualcuno (?:ha|abbia) (?:\w+ ){0,2}?(?:usato|utilizzato|accesso|acceduto|ordinato|comprato|aperto|richiesto|fatto acquisti|cambiato)\b|\ba mio nome\b(?=.{0,40}\b(?:conto|account|prestito|finanziamento|acquist\w*|ordin\w*))/,
      /\b(?:carta|portafoglio|borsa|telefono|cellulare|password|documenti)\w* (?:\w+ ){0,4}?(?:rubat\w*|pers[oa]|smarrit\w*|clonat\w*)\b/,
      // Purchases not made by me: "un ordine di 750 € che non ho fatto io"; a broken-into account.
      /\b(?:acquist|ordin|addebit|pagament|transazion|moviment)\w*\b.{0,60}?\bche non ho (?:mai )?(?:fatto|effettuato|ordinato|autorizzato|richiesto)\b|\bnon (?:sono )?mai stat[oa] (?:vostr[oa] )?client[ei]\b|\bnon ho mai aperto (?:un )?(?:account|conto)\b/,
      /\bviolat\w* (?:\w+ )?(?:account|conto|profilo)|\b(?:account|conto|profilo) (?:\w+ )?violat\w*|\bmi hanno (?:violato|hackerato|rubato) (?:l'account|il conto|il profilo)|\bhanno cambiato (?:la |l'|il )?(?:mail|email|e-mail|password|numero)/,
      /\b(?:sito|negozio|azienda|app)\w*,? (?:di cui|che) non (?:ho )?mai (?:sentito parlare|usato|visitato)|\bdi cui non so (?:niente|nulla)\b/,
      /\bdicendo di essere (?:della|del|di|dalla|dal) (?:banca|vostr\w*|polizia|casework|assistenza)|\b(?:gli|le) ho dato (?:il |la |i |le )?(?:mio |mia )?(?:codice|password|pin|dati)\b|\bcodici (?:\w+ ){0,4}?che non ho richiesto\b|\bcercando di (?:entrare|accedere) (?:nel|al|sul) mio (?:account|conto)\b/,
      /\b(?:il mio ex|ex|qualcuno|lui|lei|compagno)\b.{0,20}\b(?:conosce|sa|ha) (?:\w+ )?(?:la mia|il mio) (?:password|codice|pin)\b|\bhanno cambiato (?:la |l'|il )?(?:mia |mio )?(?:mail|email|e-mail|password|numero)\b|\bsenza che io (?:abbia|facessi|avessi)\b/,
      /\b(?:dazi|dogana|doganali|spese di spedizione)\b.{0,60}\blink|\blink\b.{0,60}\b(?:dazi|dogana|doganali)|\bpagato (?:tramite|con|dal|sul) (?:il )?link\b/,
      // Phishing: a message that looked like ours, a link, card details given away.
      /\b(?:sms|messaggio|email|mail|chiamata|telefonata|link)\w*\b.{0,60}\b(?:sembrava (?:vostr\w*|di voi|provenire da voi)|spacciandosi per|a nome vostro|fingendosi)\b|\bcliccato (?:sul|su un|il) link\b.{0,80}\b(?:carta|dati (?:della carta|bancari|di pagamento))\b/,
      /\bcarabinieri\b|\bpolizia\b|\bquestura\b|\bborseggi\w*|\bscippat\w*|\bcopiata\b/,
      /\bmi (?:hanno )?rubato (?:\w+ ){0,2}?(?:carta|portafoglio|borsa|telefono|cellulare)|\bho perso (?:\w+ ){0,2}?(?:carta|portafoglio)|\bfurto (?:della|del) (?:carta|portafoglio)/,
    ],
    hardship: [
      /\blong covid\b|\bnon posso lavorare\b|\bcarcere\b|\bprigione\b|\bun solo stipendio\b|\bstretti con i soldi\b/,
      {
        match:
          /\bnon (?:\w+ ){0,2}?(?:riesco|posso|potro|potrei|sono in grado) (?:\w+ ){0,2}?(?:a |di )?(?:pagare|saldare|permettermi|far fronte)\b|\bnon ho (?:piu )?(?:i )?soldi\b|\bnon arrivo a fine mese/,
        unless: TECHNICAL,
      },
      /\bdifficolta (?:economiche|finanziarie)|\bproblemi (?:economici|finanziari|di soldi)|\bcrisi economica|\bsituazione (?:economica )?(?:difficile|precaria)|\bdebiti\b|\bindebitat\w*|\bsovraindebit\w*|\bpignorament\w*|\bufficiale giudiziario|\brecupero crediti|\bcattivo pagatore|\bcrif\b/,
      /\b(?:perso|perdere) (?:il )?(?:lavoro|impiego|posto)|\bdisoccupat\w*|\blicenziat\w*|\blicenziamento|\bcassa integrazione|\bsenza lavoro/,
      /\bmalat\w*|\bospedal\w*|\bricoverat\w*|\bcancro|\btumore|\bchemio\w*|\bdiagnosi\b|\bincidente\b|\bdisabil\w*|\binvalidita|\bdemenza|\balzheimer|\bdepressione|\bdepress[oa]\b|\bsalute mentale|\bansia\b|\bludopatia/,
      /\bdecedut\w*|\be mort[oa]\b|\bmorto\b|\bmorta\b|\bmorte\b|\bfunerale|\blutto\b|\bvedov\w*/,
      /\bviolenza domestica|\bamministratore di sostegno|\btutore legale/,
      /\bdipendente dal gioco\b|\b(?:compagno|marito|moglie|compagna|fidanzat\w*) mi ha lasciat\w*|\brimast\w* sol[ao]\b|\b(?:madre|padre|genitore) single\b|\bnon ho (?:nemmeno|neanche|neppure) i soldi per (?:mangiare|la spesa|l'affitto)\b/,
      /\bnon so come (?:uscirne|pagare|fare a pagare|farcela)\b|\bnon ce la faccio a pagare\b|\bin malattia\b|\bintervento chirurgico\b|\bdopo un intervento\b|\boperat[oa] (?:al|alla|di)\b/,
      /\bgioco d'azzardo|\bazzardo\b|\bscommess\w*|\bslot machine\b|\bcasino online\b|\bautoesclusion\w*|\bvenut[oa] a mancare|\be mancat[oa]\b|\bci ha lasciat\w*|\beredi\b|\berede\b|\bereditare|\beredita\b|\bsuccessione\b|\bnotaio\b/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\bex (?:compagn[oa]|marito|moglie|partner|fidanzat[oa])\b.{0,80}\b(?:costringeva|costrett[oa]|obbligava|obbligat[oa]|minacciava)\b|\bmi (?:costringeva|costringe|obbligava|ha costrett[oa]) a\b/,
    ],
    privacy: [
      /\b(?:revoco|ritiro) (?:il mio )?consenso\b|\bregistrazioni delle (?:mie )?(?:telefonate|chiamate)\b/,
      /\b(?:dati|informazioni)\b.{0,40}\bsu di me\b/,
      /\bgdpr\b|\bgarante (?:della |per la )?privacy|\bprivacy\b.{0,40}\b(?:violat\w*|viola\w*|cancell\w*|dati)|\bprotezione dei dati|\bdiritto all'oblio|\bdiritto di accesso|\bviolazione dei dati/,
      /\bdati personali\b.{0,40}\b(?:cancell\w*|elimin\w*|accesso|copia|vendut\w*|condivis\w*|ceduti)|\b(?:cancell\w*|elimin\w*|vendut\w*|condivis\w*|ceduti)\b.{0,30}\bmiei dati\b/,
    ],
    legal: [
      /\billegal\w*|\billecit\w*|\bclausol\w* vessatori\w*|\bpratic\w* scorrett\w*|\bcodice del consumo\b/,
      /\bavvocat\w*|\b(?:ufficio|via|consulente|mio) legale|\bvie legali|\bazion\w* legal\w*|\bquerela\w*|\bdenuncia\w*|\btribunale|\bgiudice|\bcausa (?:legale|contro)|\bfare causa|\bfaro causa|\bdecreto ingiuntivo|\bdiffida\b/,
    ],
    regulator: [
      /\bbanca d'italia|\babf\b|\barbitro bancario|\bagcm\b|\bantitrust|\bcodacons|\baltroconsumo|\badiconsum|\bfederconsumatori|\bassociazion\w* (?:dei )?consumatori|\bconsob|\bivass|\bombuds\w*/,
    ],
    complaint: [
      /\b(?:insoddisfatt|scontent)\w* (?:del|dal|per il|per la|della) (?:vostro |vostra )?(?:servizio|assistenza|trattamento|risposta|decisione|gestione)/,
      /\bportat\w* a un superiore\b|\bescalation\b|\bescalare\b/,
      /\breclam\w*|\blamentel\w*|\blamentar\w*/,
      /\bparlare con (?:un|una|il|la) (?:responsabile|superiore|supervisore|direttore|capo)\b/,
    ],
  },
  negation: /\b(?:non|nessun|nessuna|nessuno|mai|senza|ne)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:cazz\w*|merda\w*|vaffanculo|fanculo|stronz\w*|porca (?:miseria|puttana|troia)|minchia|coglion\w*|incazzat\w*|fottut\w*|bastard\w*)\b/,
    insult:
      /\b(?:idioti?|incompetenti?|inetti?|ladri|ladro|truffatori|imbroglioni|bugiardi|buffoni|pagliacci|vergogn\w*|ridicol\w*|patetic\w*|dilettanti|sanguisughe|avvoltoi|strozzini|incapac\w*|inutili|(?:fare|facciano|fate) il (?:vostro|loro) lavoro)\b/,
    address: /\b(?:siete|sei|la vostra azienda e)\b/,
    fedUp:
      /\b(?:sono stuf[oa]|stuf[oa]|non ne posso piu|ne ho abbastanza|e una barzelletta|una presa in giro|la goccia|furios\w*|arrabbiat\w*|esasperat\w*|inaccettabile|fa schifo|che schifo|assurdo|incredibile|allucinante|perdita di tempo|(?:cosi|questo e come) trattate i (?:vostri )?clienti|mi trattate cosi|cosi mi trattate|circo|teatrino|pagliacciata|(?:non )?(?:gli |vi )?importa (?:niente|nulla)|se ne (?:fregano|frega))\b/,
    sarcasm: new RegExp(
      [
        /\b(?:grazie (?:tante )?per niente|(?:oh|ah),? (?:perfetto|fantastico|benissimo|ottimo|splendido|che bello)|bravi,? (?:davvero|complimenti)|complimenti,? (?:davvero|casework|vivissimi)|che sorpresa|bel lavoro,? (?:ragazzi|casework))\b/
          .source,
        // Thanks for a penalty: "grazie per la mora".
        /\bgrazie (?:\w+ ){0,3}?(?:per|della|delle|dei) (?:la |le |i )?(?:mora|penal\w*|commission\w*|solleciti|interessi)\b|\bsono sicur[oa] che (?:siete|avete) (?:molto )?(?:impegnati|occupati|da fare)/
          .source,
        scareQuoted('aiuto|servizio|assistenza|servizio clienti|supporto|risposta|rimborso|soluzione'),
      ].join('|'),
    ),
    praise:
      /\b(?:fantastic\w*|perfett\w*|ottim\w*|splendid\w*|meraviglios\w*|eccellent\w*|benissimo|stupend\w*|magnific\w*|complimenti|eccezional\w*|impeccabil\w*|bravissimi|bravi|10\/10|cinque stelle|di prima classe)\b/,
    failure:
      /\b(?:fallit\w*|rifiutat\w*|negat\w*|errore\w*|rott\w*|addebitato due volte|doppio addebito|non (?:e )?(?:arrivat\w*|ricevut\w*|funziona\w*|rimborsat\w*)|mai arrivat\w*|ancora (?:niente|nulla|non|nessun\w*)|nessuna risposta|di nuovo|ancora una volta|pers[oa]|sparit\w*|mora|penal\w*|puntual\w*|in tempo|in attesa|riattaccat\w*|risposta automatica|solleciti?|sbagliat\w*|aspetto|attesa)\b/,
    demand:
      /\b(?:voglio|pretendo|esigo|rivoglio|mi aspetto) (?:\w+ ){0,3}?(?:soldi|rimborso|denaro|indietro)\b|\bridatemi\b|\brestituitemi\b/,
    repeated:
      /\b(?:(?:seconda|terza|quarta|quinta|ennesima|\d+a) volta (?:\w+ ){0,3}?(?:scrivo|chiamo|contatto|chiedo|sollecito|che (?:vi )?scrivo)|(?:scritto|chiamato|contattato|sollecitato) (?:\w+ ){0,3}?(?:volte|piu volte|mille volte|ripetutamente)|ancora (?:nessuna|senza) rispost\w*|nessuno (?:mi )?(?:ha )?(?:risposto|richiamato|aiuta|legge)|mi state ignorando|settimane senza risposta|(?:la |il )?(?:mia |mio )?(?:seconda|terza|quarta|quinta|ennesima) (?:email|mail|messaggio|sollecito|richiesta)|(?:le )?leggete (?:almeno|davvero|mai)|(?:settimane|mesi) che aspetto|avete (?:\w+ )?(?:mandato|inviato|addebitato) di nuovo|(?:un'ora|ore|minuti) (?:di attesa|in attesa|al telefono)|qualcuno (?:\w+ ){0,2}?(?:leggesse|legga|leggera) (?:davvero|veramente)|(?:aspetto|attendo) (?:\w+ ){0,3}?(?:settimane|mesi) (?:\w+ ){0,2}?(?:risposta|rimborso)|rispost\w* (?:automatich\w*|divers\w*|contraddittori\w*|standard)|ogni (?:mese|volta|settimana) (?:lo stesso|la stessa)|ancora nessun (?:rimborso|pagamento)|gia il mio (?:secondo|terzo|quarto|quinto|sesto)|nessuno ha chiamato|prometteva una richiamata\b.{0,60}\b(?:nessuno|mai)|giorno \d+ di attesa|giorno \d+ che aspetto)\b/,
    threat:
      /\b(?:(?:chiudo|chiudere|cancello|cancellare|disdico|disdire) (?:\w+ ){0,3}?(?:tutto|tutti i miei \w+|l'account)|mai piu (?:\w+ ){0,2}?(?:ordinare|comprare|acquistare|usare|utilizzare|da voi)|non (?:comprero|ordinero|usero) (?:mai )?piu|cambio (?:\w+ )?(?:servizio|fornitore|metodo di pagamento)|avete perso un cliente|disdico il contratto|disdico(?=[.!]|$))\b/,
    public:
      /\b(?:(?:recensione|valutazione) (?:negativa|pessima)|(?:pessima|brutta|negativa) (?:recensione|valutazione)|(?:pubblicare|pubblico|scrivere|scrivero|raccontare|condividere) (?:\w+ ){0,4}?(?:su|sui) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|social)|(?:contattare|rivolgermi a|andare da|vado|andro) (?:\w+ )?(?:giornali|stampa|media|striscia|le iene)|avvisare tutti|raccontare la mia esperienza|(?:lo )?scrivo ovunque|scrivero ovunque|sui social)\b/,
    resigned:
      /\b(?:lasciate perdere|lascia perdere|pazienza,? (?:paghero|pago)|mi arrendo|paghero (?:la mora|e basta)|a che serve|inutile scrivere|(?:mi libero|liberarmi) di voi)\b/,
    loyalty:
      /\bcliente (?:fedele|da anni|affezionat\w*)\b|\bcliente da (?:\w+ ){0,2}?anni\b|\bda (?:\w+ ){0,2}?anni (?:cliente|con voi)\b/,
    ultimatum:
      /\b(?:in caso contrario|altrimenti|ultima possibilita|ultimo avviso)\b|\bse non (?:\w+ ){0,4}?(?:entro|oggi|domani)\b/,
  },
  topics: {
    refunds: /\b(?:rimbors\w*|restitu\w*|reso|resi|soldi indietro|nota di credito|recesso|storno)\b/g,
    delivery:
      /\b(?:consegn\w*|spedizion\w*|spedit\w*|pacco|pacchi|corriere\w*|tracking|tracciamento|arrivat\w*|arriva\w*|poste|bartolini|brt|gls)\b/g,
    payments:
      /\b(?:pagament\w*|pagat\w*|pagare|pago|rata|rate|addebit\w*|scadenz\w*|commission\w*|penal\w*|interess\w*|fattur\w*|estratto conto|saldo|importo|carta|rifiutat\w*|in anticipo|anticipat\w*)\b/g,
    account:
      /\b(?:account|accesso|accedere|login|password|email|e-mail|numero di telefono|verific\w*|app|applicazione|profilo|nome utente|codice|limite\w*)\b/g,
    orders: /\b(?:ordin\w*|acquist\w*|comprat\w*|articol\w*|prodott\w*|negozi\w*|commerciant\w*|carrello|cassa)\b/g,
  },
  sentiment: {
    lexicon: `male:-2 pessimo:-3 pessima:-3 orribile:-3 terribile:-3 disastro:-3 deluso:-2 delusa:-2
      deludente:-2 delusione:-2 arrabbiato:-3 arrabbiata:-3 furioso:-4 infastidito:-2 inaccettabile:-3
      vergognoso:-3 vergogna:-3 ridicolo:-2 triste:-2 odio:-3 peggio:-3 peggiore:-3 schifo:-3 bene:2 buono:2
      buona:2 ottimo:3 grazie:2 contento:2 contenta:2 soddisfatto:2 gentile:2 veloce:1 perfetto:3
      eccellente:4 fantastico:4 splendido:3`,
    negators: ['non', 'mai', 'ne'],
  },
};
