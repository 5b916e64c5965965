import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "En pysty maksamaan, sovellus kaatuu" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:sovellu\w*|appi\w*|verkkosivu\w*|sivusto\w*|nappi\w*|painike\w*|koodi\w*|virhe\w*|virheilmoitu\w*|kaatu\w*|ei toimi|jumissa|mobilepay|paypal|apple pay|google pay|kirjautu\w*|pankkitunnu\w*|etuajassa|etukateen)\b/;

/** Finnish inflects heavily: patterns match stems and let \w* take the endings. */
export const fi: LanguageRules = {
  language: 'fi',
  letters: 'äöšž',
  vocabulary: `minä mä minun mun minua minulle minulla minulta me meidän meille sinä sä sinun te teidän teille
    teitä hän se ne ja tai mutta jos kun koska että ei en et emme ette eivät ole olen on oli olivat ollut ovat
    voi voin voinko voitteko haluan haluaisin pitää pitäisi miksi milloin miten mitä missä mikä kuka kiitos
    kiitoksia hei moi terve terveisin ystävällisin ystävällisesti yhä vielä vieläkään jo nyt heti tänään eilen
    huomenna kanssa ilman myös vain vaan paljon jotain joku mitään maksu maksun maksut maksua maksoin
    maksanut tilaus tilauksen tilaukseni paketti paketin kortti kortin korttini tili tilin tilini rahat
    rahani rahaa hyvitys palautus palautin lasku laskun maksuerä erä viikko viikkoa päivää kuukausi apua
    vastaus vastausta saanut saapunut takaisin uudelleen taas välittömästi salasana salasanani ostoksia tililläni
    tietää tehnyt`,
  sensitive: {
    self_harm: [
      /\bei ole (?:enaa )?syita jatkaa\b|\bloppumaan lopullisesti\b|\blopettaa kaiken lopullisesti\b/,
      /\bkukaan ei (?:edes )?(?:huomaisi|kaipaisi)\b|\bkun (?:minua|mua) ei (?:enaa )?ole\b|\bjos olisin poissa\b/,
      /\b(?:itsemurha\w*|tappaa itseni|tapan itseni|vahingoittaa itseani|itsetuho\w*|en halua (?:enaa )?elaa|haluan kuolla|lopettaa kaiken|paattaa elamani)/,
      // Despair said sideways: "en jaksa enää", easier for everyone if I were gone, not waking up.
      /\ben jaksa enaa(?=[.!,;]|$| mitaan| elaa| tata)|\b(?:kaikille|perheelle|muille|lapsille) olisi (?:\w+ )?(?:helpompaa|parempi|helpompi)\b|\bjos (?:mua|minua|mina|ma) ei (?:enaa )?olisi\b|\bparempi ilman minua\b/,
      /\b(?:haluan|haluaisin|toivon|toivoisin) (?:\w+ )?(?:kadota|haihtua|nukahtaa (?:enka|ja olla)|etten heraisi)\b|\b(?:en haluaisi|ei tarvitsisi|etten) (?:enaa )?hera\w*|\b(?:en nae|ei ole) (?:mitaan )?ulospaasya\b|\btaakka (?:kaikille|muille|perheelle|lapsilleni)\b|\bjaahyvaiskir\w*/,
      /\ben halua (?:enaa )?olla (?:taalla |olemassa )?(?:enaa|olemassa)\b|\b(?:millaan|mikaan|milloin) ei ole (?:enaa )?(?:mitaan )?(?:merkitysta|jarkea)\b|\ben ole (?:taalla )?enaa (?:kauan|pitkaan)\b/,
    ],
    fraud: [
      /\b(?:osoite|toimitusosoite)\w*\b.{0,60}\ben ole (?:koskaan )?asunut\b|\bvarastettu\w* (?:korttien|korttitieto)\w*/,
      /\b(?:tilillani|tililtani|tilini|korttini)\b.{0,30}\bsalaa\b|\bsalaa\b.{0,30}\b(?:tilill|kortill)\w*|\bselkani takana\b|\bilman (?:lupaani|tietamattani|kysymatta)\b|\b(?:veli|velje|sisko|sisare|poika|poja|tytar|tyttare|aiti|isa|ystava)\w*\b.{0,30}\b(?:ostoksia|tilannut|ostanut|kayttanyt)\b.{0,20}\b(?:tilillani|tiliani|korttiani)\b/,
      /\bmyyja (?:on )?(?:kadonnut|havinnyt|lopettanut vastaamisen|estanyt minut)\b|\b(?:oli|on) (?:huijaus|huijari|feikki|vale)\w*|\b(?:sahkoposti|viesti|tekstiviesti|puhelu|kirje)\w* (?:\w+ )?(?:oikeasti|todella|varmasti) (?:teilta|teidan)\b|\bonko (?:tama|tuo) (?:\w+ )?(?:oikeasti|todella) teilta\b|\ben ole (?:koskaan )?allekirjoittanut\b/,
      /\bpetos\w*|\bhuijau\w*|\bhuijari\w*|\bhuijattu|\bidentiteettivarkau\w*|\bhakkeroi\w*|\btietojenkalastelu\w*|\bkalasteluviest\w*/,
      /\bluvat(?:on|onta|toman|tomasti)\w*|\bilman (?:minun )?lupaa(?:ni)?\b|\ben ole (?:koskaan )?(?:tehnyt|hyvaksynyt|valtuuttanut) (?:\w+ )?(?:ostoa|maksua|tilausta|veloitusta)|\ben ole koskaan tilannut/,
      /\ben tunnista\b|\btuntemat(?:on|toman|onta)\w* (?:veloitu|maksu|tapahtuma|osto)\w*|\btunnistamat\w*/,
      /\bjoku (?:on )?(?:\w+ )?(?:kayttanyt|kaytti|kirjautunut|kirjautui|tilannut|tilannu|tilasi|ostanut|osti|avannut|avasi|hakenut|vaihtanut|vaihtoi|muuttanut|muutti)\b|\bnimissani\b|\b(?:mun|minun) nimissa\b|\btili (?:on )?(?:kaapattu|murrettu|hakkeroitu)/,
      // Purchases not made by me: "kolme ostosta, joita en ole tehnyt"; billed though never a customer.
      /\b(?:osto|ostos|tilau|veloitu|maksu|tapahtum|lasku)\w*\b.{0,60}?\b(?:joita|jota|joka|mita|jotka) en (?:ole |oo )?(?:itse )?(?:tehnyt|tilannut|ostanut|hyvaksynyt|tee|tehny)\b/,
      /\ben (?:oo|ole) (?:ikina|koskaan) (?:edes )?(?:asioinu\w*|kaynyt|ollut asiakkaa\w*|tilannut|ostanut|kayttanyt)\b/,
      // Phishing: a text asking to update payment details, card details typed into a link.
      /\b(?:tekstiviest|viest|sahkoposti|puhelu|linkki|linki)\w*\b.{0,80}\b(?:korttitiedo\w*|pankkitunnu\w*|maksutiedo\w*|tunnuks\w*|kortin numer\w*)|\b(?:naytti|vaikutti) (?:tulevan|olevan) (?:teilta|teidan)|\bteidan nimissanne/,
      /\b(?:verkkokaup|kaup|sivust|yrity|sovellu)\w*,? (?:josta|jossa|jota|jonka) en ole (?:koskaan |ikina )?(?:kuullut\w*|asioinut|kaynyt|kayttanyt)|\b(?:joista|josta) en tieda (?:yhtaan )?mitaan\b/,
      /\bsanoi olevansa (?:pankista|teilta|poliisista|casework\w*|asiakaspalvelu\w*)|\besiint\w* (?:\w+ )?(?:pankkina|teina|poliisina)|\bannoin (?:hanelle|heille|soittajalle) (?:\w+ )?(?:tunnuslu\w*|koodi\w*|salasan\w*|korttitiedo\w*|pankkitunnu\w*)/,
      /\bkoodeja,? joita en ole pyytanyt\b|\byrittaa\w* (?:\w+ ){0,2}?paasta tilille\w*|\b(?:ex\w*|entinen \w+|puoliso\w*|joku|han)\b.{0,20}\b(?:tietaa|tuntee|sai|tiesi) (?:minun )?(?:salasan\w*|tunnuslu\w*|pin\w*|tunnuks\w*)|\b(?:vaihdettu|muutettu) ilman\b|\bilman etta olen tehnyt mitaan\b/,
      /\b(?:tullimaksu|toimitusmaksu|postimaksu|lahetysmaksu|pakettimaksu)\w*\b.{0,60}\blinki|\blinki\w*\b.{0,60}\b(?:tulli|toimitus|posti|paketti)maksu|\bmaksoin linkin kautta\b/,
      /\brikosilmo\w*|\btutkintapyyn\w*|\bpoliisille\b|\bpoliisiin\b|\b(?:kopioitu|kloonattu|skimmattu|skimmaus)\b/,
      /\b(?:kortti|kortin|korttini|lompakko|lompakkoni|puhelin|puhelimeni|laukku|laukkuni|salasana|pankkitunnu)\w* (?:\w+ ){0,3}?(?:varastettu|varastettiin|vietiin|kadonnut|kadoksissa|hukassa|hukkunut|hakkeroitu|kopioitu|kloonattu)\b/,
      /\bvarasti\w* (?:\w+ ){0,2}?(?:kortin|korttini|lompakon|lompakkoni|puhelimeni)|\b(?:kadotin|hukkasin) (?:\w+ )?(?:kortin|korttini|lompakon|lompakkoni)/,
    ],
    hardship: [
      /\blong covid\b|\ben (?:pysty|voi) (?:tekemaan |tehda )?toita\b|\btyokyvyton\w*|\bvankila\w*|\byhdella tulolla\b|\btalous on (?:\w+ ){0,2}?tiukalla\b|\btiukoilla\b/,
      {
        match:
          /\ben (?:\w+ )?(?:pysty|kykene) (?:\w+ ){0,2}?maksamaan\b|\ben voi maksaa\b|\bei ole varaa\b|\bminulla ei ole (?:\w+ )?rahaa\b/,
        unless: TECHNICAL,
      },
      /\btalousvaike\w*|\btaloudelli\w* (?:vaike\w*|ongelm\w*|ahdinko|kriisi)|\brahavaike\w*|\brahahuol\w*|\bvelkaongelm\w*|\bvelkakierre|\bvelkajarjestely|\bvelkaneuvon\w*|\bpaljon velkaa|\bvelat\b|\bulosott\w*|\bperinta\w*|\bmaksuhairi\w*|\btoimeentulotu\w*|\bmaksuvapaa\w*/,
      /\b(?:menetin|menettanyt|menetetty) (?:\w+ )?(?:tyo\w*|tyopaikk\w*)|\btyoton\w*|\btyottom\w*|\bminut (?:on )?irtisanottu|\birtisanottiin|\bsain potkut|\blomautet\w*|\bkela\w*/,
      /\bsairas\w*|\bsairaala\w*|\bsairau\w*|\bsyopa\w*|\bsyovan|\bkemoterap\w*|\bsolunsalpaaj\w*|\bdiagnoosi\w*|\bonnettomuu\w*|\bvammai\w*|\bdementi\w*|\bmasennu\w*|\bmielenterveys\w*|\bahdistu\w*|\bpeliriippuvu\w*|\briippuvuu\w*/,
      /\bkuoli\w*|\bkuollut\b|\bmenehtyi|\bhautajais\w*|\bleski\w*|\bkuolinpe\w*|\bkuolema\w*/,
      /\bedunvalvoj\w*|\bvaltakirj\w*|\blahisuhdevakival\w*/,
      /\b(?:puoliso|mies|mieheni|vaimo|kumppani|poikaystava|tyttoystava)\w* (?:on )?(?:jatti minut|lahti|muutti pois)\b|\bmaksan (?:\w+ ){0,2}?laskut yksin\b|\byksinhuoltaja\w*|\brahat eivat riita\b|\braha ei riita\b/,
      /\ben tieda (?:\w+ )?(?:miten|kuinka) (?:\w+ )?(?:selvian|maksan|hoidan|paasen|selvia)\b|\bsairausloma\w*|\bleikkau\w*|\bkasaantu\w*|\bperintaan\b/,
      /\bpeliongelm\w*|\bpelaami\w*|\bpelivel\w*|\brahapel\w*|\bkasino\w*|\bvedonly\w*|\bpelikiel\w*|\bperikun\w*|\bperillis\w*|\bperunkirjoi\w*/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:entinen|exa\w*|ex|ex-\w+)\b.{0,80}\b(?:pakotti|painosti|uhkasi|pakottanut)\b|\bpakotti minut\b|\bturvakoti\w*|\btaloudellinen vakivalta\b/,
    ],
    privacy: [
      /\b(?:peruutan|perun|peruuttaa) suostumukse\w*|\btallentee\w* (?:\w+ )?puhelu\w*|\bpuheluiden tallent\w*/,
      /\b(?:tietoja|tiedot|henkilotiedot)\w*\b.{0,40}\b(?:minusta|minua koskevat)\b/,
      /\bmista (?:te )?(?:\w+ )?(?:saitte|olette saaneet) (?:\w+ )?(?:osoitteeni|numeroni|tietoni|sahkopostini|puhelinnumeroni)\b|\b(?:myyneet|myitte|luovuttaneet|luovutitte|antaneet|jakaneet) (?:\w+ ){0,2}?(?:numeroni|osoitteeni|tietoni|puhelinnumeroni)\b/,
      /\bgdpr\b|\btietosuoj\w*|\btietojen poist\w*|\bpoista\w* (?:\w+ ){0,3}?(?:tietoni|tiedot|henkilotietoni|dataa)|\bhenkilotiedo\w* (?:\w+ ){0,2}?(?:poist\w*|luovut\w*|myy\w*|vuot\w*)|\btarkastusoikeu\w*|\btietovuot\w*|\bunohdetuksi/,
    ],
    legal: [
      /\blaiton\w*|\blaittom\w*|\blainvastai\w*|\bkuluttajansuojalaki\w*/,
      /\basianajaj\w*|\blakimie\w*|\boikeu(?:teen|dessa|denkaynti\w*|stoim\w*)|\bkarajoille|\bkarajat|\bhaasta\w* (?:\w+ )?oikeuteen|\bkanne\b|\bkanteen\b/,
    ],
    regulator: [
      /\bfinanssivalvon\w*|\bfiva\b|\bkuluttajariitalautakun\w*|\bkuluttaja-asiamie\w*|\bkkv\b|\bkilpailu- ja kuluttajavirasto|\bvakuutus- ja rahoitusneuvon\w*|\bkuluttajaneuvon\w*|\bombuds\w*/,
    ],
    complaint: [
      /\btyytymaton (?:\w+ )?(?:palveluunne|asiakaspalveluunne|kasittelyyn|vastaukseenne|paatokseenne)/,
      /\beskaloi\w*/,
      /\bvalitu\w*|\bvalitan\b|\bvalittaa\b|\bvalitin\b/,
      /\b(?:puhua|puhumaan) (?:\w+ )?(?:esihenkilo\w*|esimieh\w*|esimies|johtaja\w*|vastaava\w*)/,
    ],
  },
  negation: /\b(?:ei|en|et|emme|ette|eivat|ilman)\s+(?:\w+\s+)?$/,
  anger: {
    profanity: /\b(?:vittu\w*|perkele\w*|saatana\w*|helvet\w*|paska\w*|jumalauta|kusipaa\w*|hitto|hiton|perse\w*)\b/,
    insult:
      /\b(?:skandaal\w*|idioott\w*|epapatev\w*|kyvyton\w*|varkaat|varas|huijarit|rikollis\w*|valehtelij\w*|amatoor\w*|surkea|surkeaa|saalittava\w*|naurettava\w*|hapea\w*|verenimij\w*|huijarifirma|pellet|hyodyt\w*|kelvot\w*)\b/,
    address: /\b(?:te olette|olette|sina olet|sa oot|firmanne on)\b/,
    fedUp:
      /\b(?:kyllastynyt|kyllastyin|riittaa jo|nyt riittaa|mitta on tays\w*|vitsi|raivoissa\w*|raivostu\w*|suuttu\w*|vihainen|turhautu\w*|ottaa paahan|kiukku\w*|kasittamaton\w*|uskomaton\w*|ajanhukka\w*|nain kohdellaan (?:\w+ )?asiakka\w*|nainko (?:minua|asiakkaita) kohdellaan|tallako tavalla|sirkus\w*|teatteri\w*|ei (?:\w+ )?kiinnosta)\b/,
    sarcasm: new RegExp(
      [
        /\b(?:kiitos ei mistaan|kiitos tyhjasta|(?:no|voi) (?:loistavaa|mahtavaa|hienoa|upeaa|kiva|nappiin)|hyvin toimittu|hieno suoritus|bravo|mika yllatys)\b/
          .source,
        // Thanks for a penalty: "kiitos muistutusmaksusta".
        /\bkiitos (?:\w+ ){0,3}?(?:muistutusmaksu\w*|viivastysmaksu\w*|kulu\w*|perinta\w*|maksusta)\b|\bolen varma,? etta teilla on (?:\w+ )?kiire/
          .source,
        scareQuoted('apu|palvelu|asiakaspalvelu|tuki|vastaus|hyvitys|ratkaisu'),
      ].join('|'),
    ),
    praise:
      /\b(?:loistava\w*|mahtava\w*|hieno\w*|upea\w*|taydellinen|taydellista|erinomai\w*|huippu\w*|ihana\w*|fantastinen|kiitos vaan|kiitti vaan|hyvaa tyota|vaikuttava\w*|10\/10|viisi tahtea|onneksi olkoon|maailmanluokka\w*)\b/,
    failure:
      /\b(?:epaonnistu\w*|hylat\w*|virhe\w*|rikki|veloitettu kahdesti|ei (?:ole )?(?:saapunut|tullut|toiminut|hyvitetty)|ei koskaan (?:saapunut|tullut)|yha|vielakaan|edelleen|ei vastausta|taas|uudelleen|kadonnut|(?:muistutus|viivastys|huomautus|karhu|lisa|perinta)maksu\w*|perintakulu\w*|ajallaan|ajoissa|silti|jono\w*|katkesi|katkaistiin|automaattis\w*|kukaan|odottanut|odotan|vaara\w*|virheelli\w*|puhelinjono\w*)\b/,
    demand:
      /\b(?:haluan|vaadin|odotan) (?:\w+ ){0,3}?(?:rahat\w*|rahani|hyvity\w*|takaisin|korvau\w*)\b|\brahat takaisin\b/,
    repeated:
      /\b(?:(?:toista|kolmatta|neljatta|viidetta|monetta|\d+\.) kertaa|(?:kirjoitin|kirjoittanut|soittanut|soitin|laittanut viestia|ottanut yhteytta) (?:\w+ ){0,3}?(?:kertaa|monta kertaa|useasti|yha uudelleen)|(?:vielakaan|edelleenkaan) (?:ei )?(?:mitaan )?(?:vastausta|vastattu)|(?:kukaan ei|eika kukaan) (?:ole )?(?:vastannut|vastaa|auta|lue)|minut (?:on )?sivuutettu|viikkoja ilman vastausta|(?:toinen|kolmas|neljas|viides) (?:kerta|viesti|sahkoposti|yhteydenotto)|(?:odottanut|odotan|odottaa) (?:\w+ ){0,2}?(?:vastausta|viikkoa|kuukautta|tuntia)|automaattis\w* (?:viest\w*|vastau\w*)|joku (?:oikeasti|todella|vihdoin) (?:lukisi|lukee|vastaisi|vastaa|auttaisi)|jonossa (?:\w+ ){0,2}?(?:minuuttia|tuntia|tunnin)|(?:minuuttia|tuntia|tunnin) jonossa|(?:eri|ristiriitaisia) vastauksia|(?:kolmesti|neljasti|monesti|useaan otteeseen)|(?:viikkoa|kuukautta|kuukauden) (?:olen )?odottanut|luetteko (?:te )?(?:edes|ollenkaan|koskaan)|(?:tunti|tunnin|tuntia|minuuttia|puoli tuntia) (?:puhelin)?jonossa|(?:taas|jalleen|uudestaan) (?:vaaran|virheellisen|uuden) (?:laskun|muistutuksen|maksun)|joka (?:kuukausi|kerta|viikko) sama|ei vielakaan (?:rahoja|rahaa|hyvitysta|vastausta)|(?:viides|neljas|kolmas) viestini|kukaan ei ole soittanut|luvattiin soitto\b.{0,60}\b(?:kukaan|ei)|odotuksen (?:\d+\.|\d+) paiva|\d+\. odotuspaiva)\b/,
    threat:
      /\b(?:(?:irtisanon|lopetan|suljen|poistan) (?:\w+ ){0,3}?(?:kaiken|kaikki|tilin|tilini|asiakkuuden|asiakkuuteni)|en (?:enaa|ikina) (?:\w+ ){0,2}?(?:tilaa|osta|kayta|asioi|suosittele)|siirryn toiseen (?:palveluun|yhtioon|pankkiin)|vaihdan (?:\w+ )?(?:palvelua|palveluntarjoajaa|maksutapaa|kilpailijalle)|irtisanon (?:\w+ )?(?:sopimukse\w*|tilin))\b/,
    public:
      /\b(?:(?:huono|negatiivi\w*|murska\w*) (?:arvostelu|arvio)\w*|(?:kirjoitan|kerron|laitan|julkaisen|jaan) (?:\w+ ){0,4}?(?:twitter\w*|x:ssa|facebook\w*|instagram\w*|tiktok\w*|trustpilot\w*|youtube\w*|some\w*|sosiaali\w* medi\w*|netti\w*|joka paikkaan|kaikille)|(?:otan yhteytta|kerron) (?:\w+ )?(?:mediaan|lehdistoon|lehteen|iltalehteen|iltasanomiin|toimittajille)|varoitan kaikkia|joka paikkaan)\b/,
    resigned:
      /\b(?:(?:hyva on|okei|ok),? (?:maksan|teen|hoidan) (?:sen|sitten)|antakaa olla|unohtakaa koko juttu|ihan sama|turha (?:edes )?(?:kysya|kirjoittaa|yrittaa)|luovutan|jotta paasen (?:teista|tasta) eroon)\b/,
    loyalty:
      /\b(?:uskollinen|pitkaaikainen|vanha) asiakas\b|\basiakkaana (?:\w+ ){0,2}?(?:vuotta|vuodesta)\b|\bollut (?:teidan )?asiakkaa\w* (?:\w+ ){0,2}?vuot\w*/,
    ultimatum:
      /\b(?:muussa tapauksessa|muuten|viimeinen (?:mahdollisuus|varoitus))\b|\b(?:jos|mikali) (?:\w+ ){0,4}?(?:ei|eika) (?:\w+ ){0,4}?(?:mennessa|tanaan|huomenna)\b|\b(?:hoitakaa|korjatkaa) (?:\w+ ){0,3}?tai\b/,
  },
  topics: {
    refunds:
      /\b(?:hyvity\w*|palautu\w*|palauti\w*|palautin|palautus\w*|rahat takaisin|takaisinmaksu\w*|peruutusoikeu\w*)\b/g,
    delivery:
      /\b(?:toimitu\w*|toimite\w*|paketti\w*|paketin|lahetys\w*|lahetet\w*|posti\w*|seuranta\w*|kuriiri\w*|saapu\w*|perill\w*|noutopist\w*)\b/g,
    payments:
      /\b(?:maksu\w*|maksa\w*|maksoi\w*|maksettu|era\w*|osamaksu\w*|erapaiva\w*|viivastys\w*|muistutusmaksu\w*|kulu\w*|korko\w*|lasku\w*|saldo\w*|summa\w*|kortti\w*|hylat\w*|etuajassa)\b/g,
    account:
      /\b(?:tili\w*|kirjautu\w*|salasana\w*|sahkoposti\w*|puhelinnumer\w*|vahvist\w*|pankkitunnu\w*|sovellu\w*|appi\w*|profiili\w*|kayttajatunnu\w*|koodi\w*|luottoraja\w*)\b/g,
    orders:
      /\b(?:tilau\w*|tilasin|tilattu|osto\w*|ostin|ostettu|tuote\w*|kauppa\w*|kaupa\w*|verkkokaup\w*|ostoskori\w*|kassa\w*)\b/g,
  },
  sentiment: {
    lexicon: `huono:-2 huonoa:-2 huonoin:-3 kamala:-3 kamalaa:-3 hirvea:-3 hirveaa:-3 surkea:-3 katastrofi:-3
      pettynyt:-2 pettymys:-2 vihainen:-3 raivoissani:-4 arsyttava:-2 arsyttaa:-2 kohtuuton:-3
      kohtuutonta:-3 naurettava:-2 tyhma:-2 hapeallinen:-3 hapea:-3 vihaan:-3 hyva:2 hyvaa:2 kiitos:2
      kiitoksia:2 loistava:3 mahtava:3 tyytyvainen:2 ystavallinen:2 nopea:1 erinomainen:4 taydellinen:3
      upea:3 ihana:3`,
    negators: ['ei', 'en', 'et', 'emme', 'ette', 'eivat'],
  },
};
