import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Je ne peux pas payer, l'appli plante" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:appli\w*|application|site|page|en ligne|bouton|code|erreur\w*|bug\w*|plante|beug\w*|ne fonctionne pas|marche pas|paypal|apple pay|google pay|connexion|connecter|en avance|anticip\w*|par avance)\b/;

export const fr: LanguageRules = {
  language: 'fr',
  letters: 'àâæçéèêëîïôœùûüÿ',
  vocabulary: `je me moi mon ma mes nous notre nos vous votre vos tu te toi ton ta tes il elle ils elles on le la
    les un une des du de et ou mais si parce que quand comment pourquoi quoi quel quelle où qui ne pas plus
    jamais rien aucun aucune encore déjà maintenant aujourd'hui hier demain est suis sont était été ai as avons
    avez ont avais peux peut pouvez pouvons veux veut voudrais voulez dois doit merci bonjour bonsoir salut
    madame monsieur cordialement pour avec sans sur sous dans par chez depuis après avant aussi seulement très
    bien argent paiement paiements échéance commande commandé colis livraison remboursement rembourser
    remboursé carte compte facture frais prélevé prélèvement payé payer acheté semaine semaines jours mois
    toujours svp s'il plaît aide reçu envoyé renvoyé retourné j'ai c'est n'ai n'est qu'il d'un l'application
    immédiatement suite`,
  sensitive: {
    self_harm: [
      /\bplus de raisons? de (?:continuer|vivre)\b|\btout arreter pour de bon\b|\ben finir pour de bon\b/,
      /\bpersonne ne (?:remarquerait|s'en apercevrait|me regretterait)\b|\bquand je ne serai plus la\b|\bsi je n'etais plus la\b/,
      /\b(?:suicid\w*|me suicider|me tuer|mettre fin a mes jours|en finir|envie de mourir|veux mourir|plus envie de vivre|me faire du mal|automutil\w*)/,
      // Despair said sideways: disappearing, not waking up, everyone better off, no way out.
      /\b(?:envie de|voudrais|veux|prefererais|mieux vaudrait|aimerais) (?:\w+ ){0,2}?dispara[it]tre\b|\b(?:ne (?:plus|pas) me|jamais me) (?:re)?reveiller\b|\b(?:serai(?:en)?t|seraient|serait) (?:bien )?mieux sans moi\b|\bmieux sans moi\b/,
      /\b(?:un fardeau|une charge) pour (?:tout le monde|ma famille|les autres|mes proches)\b|\b(?:ne vois|vois) (?:plus |aucune |pas )?(?:d')?issue\b|\b(?:aucune|sans|pas d') ?issue\b|\blettre d'adieu\b|\bplus (?:la force|le courage) de (?:vivre|continuer)\b/,
      /\bne veux plus (?:etre la|vivre|exister)\b|\bplus rien n'a de sens\b|\bla vie n'a plus (?:de|aucun) sens\b|\bne serai (?:plus la|bientot plus la)(?: tres| plus)? ?(?:longtemps)?\b/,
    ],
    fraud: [
      /\b(?:adresse)\w*\b.{0,60}\bjamais habite\b|\bcartes? volees\b/,
      /\b(?:mail|e-mail|sms|message|appel|courrier)\w* (?:\w+ )?(?:vient-il |vient |est-il )?vraiment de vous\b|\ben cachette\b|\ba mon insu\b|\bdans mon dos\b|\b(?:frere|soeur|fils|fille|mere|pere|ami|colocataire)\w*\b.{0,40}\b(?:achats?|commandes?|achete|commande) (?:\w+ ){0,3}?(?:sur|avec) (?:mon compte|ma carte)\b/,
      /\b(?:credit|pret|contrat|compte)\w* (?:\w+ ){0,2}?a mon nom\b|\bjamais rien signe\b|\bvendeu\w* (?:a |s'est )?(?:disparu|volatilise|injoignable|bloque)\b|\b(?:c'etait|c'est) (?:un |une )?(?:faux|fausse|fake|arnaque)\b/,
      /\barnaqu\w*|\bescroquer\w*|\bescroc\w*|\bhameconnage|\bpiratage|\bpirate[es]?\b|\busurpation d'identite|\bvol d'identite/,
      /\bnon autoris\w*|\bsans (?:mon )?(?:autorisation|accord|consentement)\b|\bje n'ai (?:jamais|pas) (?:\w+ ){0,2}?(?:autorise|effectue|fait|passe|valide) (?:\w+ ){0,2}?(?:achat|paiement|transaction|commande|prelevement)\w*|\bje n'ai jamais (?:rien )?(?:commande|achete)\b/,
      /\b(?:achat|paiement|transaction|prelevement|debit|operation)\w* (?:\w+ ){0,4}?(?:inconnu\w*|que je ne reconnais pas|que je n'ai pas (?:fait|effectue|autorise))|\bje ne reconnais pas\b/,
      /\bquelqu'un (?:a|aurait) (?:\w+ ){0,2}?(?:utilise|accede|commande|achete|ouvert|pirate|pris|change|modifie)\b|\ben mon nom\b|\ba mon nom\b(?=.{0,40}\b(?:compte|credit|achat|commande))/,
      // Purchases not made by me: "une commande de 1 300 € que je n'ai pas passée".
      /\b(?:achat|commande|paiement|prelevement|transaction|operation|debit)\w*\b.{0,60}?\bque je n'ai (?:\w+ )?(?:jamais |pas )(?:\w+ )?(?:effectu\w*|fait\w*|pass\w*|command\w*|autoris\w*|realis\w*)|\bje n'ai jamais (?:\w+ ){0,2}?(?:eu de compte|ete client\w*)\b|\b(?:utilise|usurpe|vole) (?:\w+ )?mon identite\b/,
      /\b(?:site|boutique|magasin|entreprise|societe|appli)\w*,? (?:dont|que) je n'ai jamais (?:entendu parler|utilise|visite|commande)|\bdont je ne sais rien\b|\bdont je n'ai jamais entendu parler\b/,
      /\b(?:en )?(?:disant|pretendant|affirmant) (?:qu'il|qu'elle|qu'ils|etre) (?:etait|etaient )?(?:de|du|de la|des) (?:banque|votre|vos|casework|police|service)|\b(?:lui|leur) ai (?:donne|communique|transmis) (?:le|mon|mes|les) (?:code|mot de passe|identifiant|coordonnees)/,
      /\bcodes? (?:\w+ ){0,4}?que je n'ai pas demande\w*|\bessaie\w* (?:d'acceder|de se connecter|de pirater|de rentrer) (?:a|sur|dans) mon compte|\b(?:il|elle|ils|mon ex|ex|quelqu'un|conjoint|compagnon)\b.{0,20}\b(?:connait|sait|a|avait|connaissait) (?:\w+ )?mon (?:mot de passe|code|identifiant|code pin)\b|\b(?:modifie|change)e?s?\b.{0,30}\bsans que je\b/,
      /\bfrais de (?:douane|livraison|port|reexpedition)\b.{0,60}\blien|\blien\b.{0,60}\bfrais de (?:douane|livraison|port)|\bpaye (?:via|par) (?:le|ce) lien\b/,
      // Phishing: a message that looked like ours, a link, card details given away.
      /\b(?:sms|mail|e-mail|courriel|message|appel|lien)\w*\b.{0,60}\b(?:semblait venir de vous|semblait etre de vous|se faisant passer pour|soi-disant de (?:votre part|vous)|au nom de (?:votre|casework))\b|\bclique\w* sur (?:un|le|ce) lien\b.{0,80}\b(?:carte|coordonnees bancaires)\b/,
      /\b(?:mon )?(?:adresse (?:e-?)?mail|mot de passe|numero) (?:a ete|ont ete) (?:change|modifie)e?s?\b|\bcommissariat\b|\bgendarmerie\b|\bplainte (?:au|a la|aupres de la) (?:commissariat|police|gendarmerie)\b|\b(?:copiee|skimm\w*|pickpocket\w*)\b/,
      /\b(?:carte|portefeuille|porte-monnaie|sac|telephone|identifiant|mot de passe|papiers)\w* (?:\w+ ){0,4}?(?:volee?s?|perdue?s?|clonee?|piratee?)\b/,
      /\bon m'a vole|\bvol de (?:ma |mon )?(?:carte|portefeuille|sac|telephone)|\bj'ai perdu (?:ma |mon )?(?:carte|portefeuille|porte-monnaie)/,
    ],
    hardship: [
      /\bcovid long\b|\bne (?:peux|pourrai) pas travailler\b|\binapte au travail\b|\ben prison\b|\bincarcere\w*|\bun seul salaire\b|\bserre financierement\b|\bfinancierement (?:\w+ )?(?:serre|difficile|tendu)\b/,
      {
        match:
          /\bne (?:\w+ ){0,2}?(?:peux|pourrai|pourrais|parviens|arrive) (?:\w+ ){0,3}?(?:pas|plus) (?:\w+ ){0,2}?(?:payer|rembourser|regler|honorer|faire face)\b|\bn'(?:arrive|arriverai|arrivons)\w* (?:\w+ ){0,2}?(?:pas|plus) (?:\w+ ){0,2}?(?:payer|rembourser|regler)\b|\bincapable de payer\b|\b(?:pas|plus) les moyens\b/,
        unless: TECHNICAL,
      },
      /\bdifficultes? financiere\w*|\bproblemes? (?:financier\w*|d'argent)|\bsituation (?:financiere )?(?:difficile|precaire)|\bsurendett\w*|\bendett\w*|\b(?:mes|des|de|beaucoup de|criblee? de) dettes\b|\bhuissier\w*|\brecouvrement|\bfins de mois difficiles/,
      /\b(?:perdu|perte de) (?:mon |son )?(?:emploi|travail|boulot|job|revenu\w*)|\bau chomage|\bchomage\b|\blicencie\w*|\blicenciement|\bsans emploi|\bpole emploi|\bfrance travail/,
      /\bmalad\w*|\bhopital|\bhospitalis\w*|\bcancer\w*|\bchimio\w*|\bdiagnostique\w*|\b(?:eu|victime d')un accident|\baccident (?:de (?:voiture|la route|travail)|grave)|\bhandicap\w*|\bdemence|\balzheimer|\bdepression|\bdepressi\w*|\bsante mentale|\bburn-?out|\bpsychiatr\w*|\baddiction/,
      /\bdeces\b|\bdecede\w*|\bmort\b|\bmorte\b|\bobseques|\benterrement|\bveuve?\b|\bdeuil\b/,
      /\btutelle\b|\bcuratelle\b|\bviolences? conjugales?/,
      /\b(?:conjoint|mari|femme|compagnon|compagne|copain|copine)\w* m'a quitte\w*|\bme (?:retrouve|suis retrouvee?) seule?\b|\b(?:mere|pere) celibataire\b|\bparent isole\b|\bplus assez (?:d'argent )?pour (?:manger|vivre|payer le loyer)\b|\bindemnites journalieres\b/,
      /\bje ne sais (?:\w+ )?pas comment (?:je vais |m'en )?(?:payer|sortir|faire face|rembourser|m'en sortir)\b|\barret (?:maladie|de travail)\b|\ben arret\b|\bopere\w*\b/,
      /\bjeux? d'argent|\baddiction aux jeux|\bparis sportifs|\bcasino\w*|\binterdit de jeux?|\binterdiction de jeux?|\bjoueur compulsif|\bsuccession\b|\bheritier\w*|\bheritage\b|\bnotaire\b/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:ex|ex-\w+|ancien (?:compagnon|conjoint|mari)|ancienne compagne)\b.{0,80}\b(?:forc\w*|oblige\w*|menac\w*)\b|\bm'a (?:forcee?|obligee?) a\b|\bemprise\b|\bviolences? economiques?/,
    ],
    privacy: [
      /\bretire (?:mon )?consentement\b|\bretrait de (?:mon )?consentement\b|\benregistrements? de (?:mes |nos )?(?:appels|conversations)\b/,
      /\b(?:informations|donnees|renseignements)\b.{0,40}\bsur moi\b/,
      /\brgpd\b|\bcnil\b|\bdroit (?:a l'oubli|d'acces|a l'effacement|de suppression)|\bfuite de donnees|\bprotection des donnees/,
      /\bdonnees personnelles\b.{0,40}\b(?:supprim\w*|effac\w*|acces|copie|vend\w*|partag\w*|transmis\w*|fuite)|\b(?:supprim\w*|effac\w*|vend\w*|partag\w*|transmis\w*)\b.{0,40}\b(?:mes )?donnees\b/,
    ],
    legal: [
      /\billegal\w*|\billicite\w*|\bclause abusive\b|\bpratiques? abusive\w*|\bcode de la consommation\b/,
      /\bavocat\w*|\bjuriste\w*|\btribunal\w*|\bjustice\b|\bporter plainte|\bplainte (?:contre|aupres|au penal)|\bpoursuites? judiciaires?|\bpoursuivre en justice|\bproces\b|\bmise en demeure|\bconciliateur\w*/,
    ],
    regulator: [
      /\bacpr\b|\bbanque de france|\bdgccrf\b|\bmediateur\w*|\bmediation\b|\bufc\b|\bque choisir|\b60 millions|\bassociation de consommateurs|\bsignalconso|\bautorite de (?:controle|regulation)\w*|\bombuds\w*/,
    ],
    complaint: [
      /\bmecontent\w* (?:de|du) (?:votre |la |le )?(?:service|traitement|reponse|decision|conseiller|service client)/,
      /\bremonte\w* a (?:un|votre) superieur\b|\bescalad\w*|\bescalader\b/,
      /\breclamation\w*|\bplainte\w*|\bme plaindre/,
      /\bparler (?:a|avec) (?:un|une|votre|le|la) (?:responsable|superieur\w*|manager|chef)\b/,
    ],
  },
  negation: /(?:\b(?:pas|ne|sans|aucune?|jamais|ni)|\bn')\s*(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:merde\w*|putain\w*|bordel\w*|connard\w*|connasse\w*|salaud\w*|salopard\w*|encul\w*|foutu\w*|foutre|chier|fait chier|nique\w*|ta gueule)\b/,
    insult:
      /\b(?:idiots?|incompetent\w*|voleurs?|escrocs?|bandits?|arnaqueurs?|menteurs?|minables?|lamentable\w*|honteu\w*|honte|scandaleu\w*|escroquerie|clowns?|amateurs?|pitoyable\w*|sangsues|vautours|rapaces|guignols|nuls?|nulles?|incapables?|(?:faire|fassent|font) (?:leur|votre) (?:travail|boulot|job))\b/,
    address: /\b(?:vous etes|t'es|tu es|votre (?:societe|entreprise|service) est)\b/,
    fedUp:
      /\b(?:j'en ai marre|marre|ras le bol|ras-le-bol|j'en peux plus|la goutte d'eau|c'est une blague|foutage de gueule|furieu\w*|enerve\w*|en colere|exaspere\w*|insupportable|inadmissible|inacceptable|n'importe quoi|hallucinant|incroyable|perte de temps|c'est comme ca que vous traitez|qu'on me traite|on me traite comme|cirque|mascarade|s'en fiche\w*|s'en fout\w*|se moque\w* de (?:moi|nous|ses clients))\b/,
    sarcasm: new RegExp(
      [
        /\b(?:merci pour rien|(?:oh|ah|ben),? (?:super|genial|bravo|parfait|formidable|top)|bravo,? (?:casework|l'equipe|vraiment)|bien joue|quelle surprise|c'est du joli)\b/
          .source,
        // Thanks for a penalty: "merci pour les frais de retard".
        /\bmerci (?:\w+ ){0,3}?(?:pour|des) (?:les |ces |des |la )?(?:frais|penalit\w*|relances?|majorations?|interets)\b|\bje suis sure? que vous (?:etes|avez) (?:tres |bien )?(?:occupe\w*|deborde\w*)/
          .source,
        scareQuoted('service|aide|support|service client|conseiller|reponse|remboursement|equipe|solution'),
      ].join('|'),
    ),
    praise:
      /\b(?:super|genial\w*|formidable\w*|fantastique\w*|parfait\w*|excellent\w*|magnifique\w*|merveilleu\w*|top|impeccable\w*|extraordinaire\w*|bravo|digne de ce nom|merci infiniment|impressionn\w*|chapeau|au top|10\/10|cinq etoiles|felicitations|du grand art)\b/,
    failure:
      /\b(?:echou\w*|echec|refuse\w*|rejete\w*|erreur\w*|bug\w*|casse\w*|preleve deux fois|debite deux fois|(?:pas|jamais) (?:arrive|recu|livre|rembourse)|toujours (?:pas|rien|aucun\w*)|aucune? (?:reponse|nouvelle|remboursement)|encore|de nouveau|perdu\w*|disparu\w*|frais|penalit\w*|majoration\w*|a temps|a l'heure|quand meme|en attente|raccroch\w*|reponses? automatique\w*|relances?|j'attends|mauvaise)\b/,
    demand:
      /\b(?:je (?:veux|voudrais|exige|demande|attends)|nous (?:voulons|exigeons)) (?:\w+ ){0,3}?(?:argent|rembourse\w*|remboursement)\b|\b(?:remboursez|rendez)-moi\b/,
    repeated:
      /\b(?:(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|\d+e|\d+eme) (?:fois|relance)|(?:ecrit|appele|relance|contacte) (?:\w+ ){0,3}?(?:plusieurs fois|fois|a maintes reprises|sans cesse)|toujours (?:pas de|aucune) (?:reponse|nouvelles|retour)|personne (?:ne )?(?:m'a )?(?:repond\w*|rappel\w*|aide\w*|lit)|on m'ignore|je suis ignore\w*|des semaines sans reponse|mon (?:deuxieme|troisieme|quatrieme|cinquieme) (?:mail|message|courrier|e-mail)|reponses? automatique\w*|(?:memes?|differentes|contradictoires) reponses|(?:attends|attendu|attente) (?:\w+ ){0,3}?(?:semaines|mois) (?:\w+ ){0,3}?reponse|quelqu'un qui (?:\w+ ){0,2}?(?:lise|lit|puisse|peut) (?:vraiment|reellement|enfin)|(?:minutes|heures?) (?:d'attente|au telephone|en attente)|vous relancer|vous lisez (?:vos|les|mes) (?:mails|messages|courriers) (?:au moins|seulement|vraiment)|lisez-vous|semaines que j'attends|mois que j'attends|(?:m'avez|avez) encore envoye|chaque (?:mois|fois|semaine) (?:le |la )?meme|toujours pas (?:d'argent|de remboursement)|deja mon (?:deuxieme|troisieme|quatrieme|cinquieme|sixieme)|personne n'a rappele|promettait un rappel\b.{0,60}\b(?:personne|jamais)|(?:\d+e|\d+eme) jour d'attente|jour \d+ d'attente)\b/,
    threat:
      /\b(?:(?:resilier|resilie|fermer|ferme|supprimer|annuler) (?:\w+ ){0,3}?(?:tout|tous mes \w+)|(?:plus jamais|jamais plus) (?:\w+ ){0,3}?(?:commander|acheter|utiliser|client|recommander)|(?:changer|passer) (?:de prestataire|chez (?:un )?concurrent|a la concurrence)|vous (?:venez de )?perdre un client|resilie mon (?:contrat|abonnement|compte))\b/,
    public:
      /\b(?:(?:mauvais|negatif) (?:avis|commentaire)|(?:publier|poster|partager|raconter|ecrire|mettre) (?:\w+ ){0,4}?(?:sur|a) (?:twitter|x|facebook|instagram|tiktok|trustpilot|youtube|google|les reseaux sociaux|les reseaux)|(?:contacter|contacte|contacterai|alerter|alerte|prevenir|previens) (?:\w+ )?(?:la presse|les medias|les journalistes|les journaux)|prevenir tout le monde|sites? d'avis|avis (?:negatifs?|en ligne|google)|sur les reseaux\b|60 millions|que choisir)\b/,
    resigned:
      /\b(?:laissez tomber|tant pis|je laisse tomber|j'abandonne|je vais (?:donc )?payer (?:ces frais|ca|quand meme)|a quoi bon|inutile de (?:vous )?(?:ecrire|demander|relancer)|debarrasse\w* de vous)\b/,
    loyalty:
      /\bclient (?:fidele|depuis|de longue date)\b|\bfidele client\b|\bdepuis (?:\w+ ){0,2}?ans (?:chez vous|client)\b/,
    ultimatum:
      /\b(?:sinon|a defaut|faute de quoi|dans le cas contraire|sans quoi|dernier (?:delai|avertissement))\b|\bd'ici (?:lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir|la fin)\b|\bsi (?:ce n'est|c'est|ca n'est) pas (?:\w+ ){0,2}?(?:lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd'hui)\b/,
  },
  topics: {
    refunds: /\b(?:rembours\w*|retour\w*|retourne\w*|renvoy\w*|avoir|retractation)\b/g,
    delivery:
      /\b(?:livr\w*|colis|envoi\w*|expedi\w*|transporteur\w*|suivi|coursier|arrive\w*|colissimo|chronopost|la poste|point relais)\b/g,
    payments:
      /\b(?:pai\w*|pay\w*|echeance\w*|prelev\w*|mensualit\w*|versement\w*|frais|penalit\w*|interet\w*|facture\w*|releve\w*|solde|montant|carte|refus\w*|en avance|anticip\w*)\b/g,
    account:
      /\b(?:compte|connexion|connecter|identifiant\w*|mot de passe|e-mail|adresse mail|numero de telephone|verifi\w*|application|appli|app|profil|code|plafond\w*)\b/g,
    orders: /\b(?:command\w*|achat\w*|achete\w*|article\w*|commer\w*|boutique\w*|magasin\w*|panier\w*|caisse)\b/g,
  },
  sentiment: {
    lexicon: `mauvais:-2 mauvaise:-2 nul:-2 nulle:-2 horrible:-3 terrible:-3 affreux:-3 catastrophe:-3
      catastrophique:-3 decu:-2 decue:-2 decevant:-2 deception:-2 enerve:-2 furieux:-4 furieuse:-4 colere:-3
      inacceptable:-3 inadmissible:-3 scandaleux:-3 honteux:-3 lamentable:-3 pitoyable:-3 ridicule:-2
      triste:-2 deteste:-3 pire:-3 bien:2 bon:2 bonne:2 super:3 merci:2 content:2 contente:2 satisfait:2
      aimable:2 rapide:1 parfait:3 genial:3 excellent:4 formidable:4 fantastique:4`,
    negators: ['pas', 'ne', 'jamais', 'plus'],
  },
};
