import { scareQuoted } from './pattern-helpers';
import type { LanguageRules } from './types';

// "Nie mogę zapłacić, aplikacja się zawiesza" is a technical problem, not hardship.
const TECHNICAL =
  /\b(?:aplikacj\w*|apka|apki|stron\w*|online|przycisk\w*|kod\w*|blad\w*|bledu|zawiesza|nie dziala|laduj\w*|blik|paypal|apple pay|google pay|zalogowa\w*|logowani\w*|wczesniej|z gory|przedterminow\w*)\b/;

export const pl: LanguageRules = {
  language: 'pl',
  letters: 'ąćęłńóśźż',
  vocabulary: `ja mnie mi mój moja moje moją mojego mojej my nas nasz nasza wy was pan pani państwo ty ciebie twój
    on ona ono oni one to ten ta te jest są był była było byłem byłam jestem mam ma mamy macie mają miałem
    miałam mogę może możemy możecie chcę chciałbym chciałabym muszę trzeba proszę dziękuję dzięki dzień dobry
    witam cześć pozdrawiam pozdrowienia poważaniem i oraz lub albo ale jeśli bo ponieważ że jak kiedy dlaczego
    czemu co gdzie który która kto nie nigdy nic żaden żadna jeszcze już teraz dzisiaj dziś wczoraj jutro dla
    z ze bez na w we do od po przed przez o u także też tylko bardzo pieniądze pieniędzy płatność płatności
    rata raty zamówienie zamówiłem zamówiłam paczka paczki przesyłka dostawa zwrot zwrotu karta kartę karty
    konto konta faktura opłata pobrano pobrana zapłaciłem zapłaciłam zapłacić kupiłem kupiłam tydzień tygodnie
    tygodni dni miesiąc znowu pomoc pomocy otrzymałem otrzymałam wysłałem odesłałem natychmiast się`,
  sensitive: {
    self_harm: [
      /\bnie mam (?:juz )?powodow,? (?:zeby|by) (?:dalej )?(?:zyc|ciagnac)\b|\bna zawsze zakonczyc\b/,
      /\bnikt by (?:nawet )?nie zauwazyl\w*|\bgdyby mnie nie bylo\b|\bkiedy mnie (?:juz )?nie bedzie\b/,
      /\b(?:samobojstw\w*|samobojcz\w*|odebrac sobie zycie|zabic sie|zabije sie|skonczyc ze soba|nie chce (?:juz )?zyc|chce umrzec|samookalecz\w*)/,
      // Despair said sideways: no way out, disappearing for good, better off without me, not waking up.
      /\bnie daj[e]? (?:juz )?rady(?=[.!,;]|$)|\bnie widze (?:juz )?(?:zadnego )?(?:wyjscia|sensu)\b|\bnie ma (?:juz )?wyjscia\b|\bbez wyjscia\b|\bznikn\w* na zawsze\b|\b(?:chce|chcialbym|chcialabym|gdybym|lepiej) (?:\w+ ){0,4}?znikn\w*/,
      /\b(?:wszystkim|rodzinie|dzieciom) (?:\w+ )?(?:byloby|bedzie) lepiej beze mnie\b|\blepiej beze mnie\b|\b(?:nie obudzic sie|sie (?:juz )?nie obudzic|nie obudze sie)\b|\bciezarem dla\b|\blist pozegnalny\b|\bnie chce (?:juz )?(?:tu byc|istniec|zyc dalej)\b|\bnic (?:juz )?nie ma sensu\b|\b(?:niedlugo|wkrotce|za chwile) mnie (?:tu )?nie bedzie\b/,
    ],
    fraud: [
      /\b(?:adres)\w*\b.{0,60}\bnigdy nie mieszkal\w*|\bskradzionych kart\b/,
      /\b(?:mail|e-mail|sms|wiadomosc|telefon|list)\w* (?:\w+ )?naprawde (?:jest )?od was\b|\bczy (?:ten|ta|to) \w+ (?:naprawde )?(?:jest )?od was\b|\bpo kryjomu\b|\bza moimi plecami\b|\b(?:brat|siostra|syn|corka|matka|ojciec|kolega|partner)\w*\b.{0,40}\b(?:zakupy|zamowil\w*|kupowal\w*|robil\w*) (?:\w+ ){0,3}?(?:z|na) moj\w* (?:konta|koncie|karty)\b/,
      /\b(?:pozyczk|kredyt|umow)\w* na moje (?:nazwisko|dane)\b|\bniczego nie podpisywal\w*|\bsprzedawc\w* (?:\w+ )?(?:zniknal\w*|przepadl\w*|zablokowal\w*|nie odpowiada)\b|\bto (?:byl|jest) (?:fake|oszust\w*|przekret)\b/,
      /\boszu\w*|\bwyludz\w*|\bnieautoryzowan\w*|\bbez (?:mojej )?(?:zgody|wiedzy|autoryzacji)\b|\bphishing\w*|\bzhakowan\w*|\bwlamani\w* na (?:konto|moje)|\bkradziez\w* tozsamosci/,
      /\bnie (?:\w+ ){0,2}?(?:robil\w*|dokonywal\w*|dokonal\w*|autoryzowal\w*|zamawial\w*|zlecal\w*|kupowal\w*) (?:\w+ ){0,2}?(?:transakcj\w*|platnosc\w*|zakup\w*|zamowien\w*|przelew\w*|niczego|nic)\b/,
      /\b(?:transakcj\w*|platnosc\w*|obciazeni\w*|zakup\w*|operacj\w*) (?:\w+ ){0,4}?(?:nieznan\w*|ktorej nie rozpoznaje|nie rozpoznaje)|\bnie rozpoznaje\b|\bnieznan\w* (?:transakcj\w*|platnosc\w*|obciazeni\w*)/,
      /\bktos (?:\w+ ){0,2}?(?:uzyl\w*|korzyst\w*|zalogowal\w*|zamowil\w*|kupil\w*|otworzyl\w*|wzial\w*|dostal sie|przejal\w*|zmienil\w*|zrobil zakupy)\b|\bna moje (?:nazwisko|dane)\b|\bprzejeci\w* (?:mojego )?konta\b/,
      // Purchases not made by me: "trzy zakupy, których nie robiłam", "zamówienie, którego nie składałem".
      /\b(?:zakup|zamowien|platnos|transakcj|obciazen|przelew)\w*\b.{0,60}?\b(?:ktorych|ktorego|ktorej|ktore|ktory) (?:\w+ )?nie (?:robil\w*|skladal\w*|dokonywal\w*|dokonal\w*|zamawial\w*|zlecal\w*|kupowal\w*|autoryzowal\w*|zrobil\w*)\b|\bnigdy nie (?:mialem|mialam|mial|mialam) (?:u was |tu )?konta\b|\bnigdy nie (?:kupowal\w*|zamawial\w*) (?:\w+ ){0,3}?(?:sklepie|u was)\b/,
      // Phishing and smishing: a text asking to top up a parcel fee, a link, card details given away.
      /\b(?:sms|wiadomos\w*|mail\w*|e-mail\w*|link\w*)\b.{0,80}\b(?:podal\w*|wpisal\w*) (?:\w+ ){0,3}?(?:dane karty|numer karty|dane do logowania|kod|haslo)|\bklikn\w* w link\b.{0,60}\b(?:dane karty|numer karty|podal\w*|wpisal\w*)|\bpodszywa\w*|\bpodszyl\w*|\bdoplac\w* (?:\w+ ){0,3}?(?:do|za) (?:przesylk|paczk)\w*/,
      /\b(?:strone|strona|sklep|firme|firma|aplikacj)\w*,? o (?:ktorej|ktorym) nigdy nie slyszal\w*|\bo (?:ktorych|ktorym|ktorej) nic nie wiem\b/,
      /\bpowiedzial\w*,? ze (?:jest|sa|dzwoni) z (?:banku|waszej|policji|casework\w*|dzialu)|\bpodal\w* (?:mu|jej|im) (?:kod|haslo|pin|dane)\b|\bkody (?:\w+ ){0,4}?o ktore nie prosil\w*|\bprobuje (?:\w+ )?(?:wejsc|zalogowac sie|dostac sie) na moje konto\b/,
      /\b(?:moj byly|byly|byla|ktos|on|ona|partner)\b.{0,20}\b(?:zna|ma|znal) (?:\w+ )?moje (?:haslo|pin|kod|dane logowania)\b|\bzmieniono (?:moj|mi) (?:e-mail|email|mail|haslo|numer)\b|\ba ja nic nie (?:robil\w*|zmienial\w*)\b/,
      /\b(?:oplat\w* celn\w*|cla\b|clo\b)\b.{0,60}\blink|\bzaplacil\w* przez link\b/,
      /\bpolicj\w*|\bprokuratur\w*|\bzawiadomienie o przestepstwie|\bkieszonkow\w*/,
      /\b(?:karta|karte|karty|portfel\w*|telefon\w*|haslo|dowod\w*)\b (?:\w+ ){0,4}?(?:skradzion\w*|ukradzion\w*|zgubion\w*|sklonowan\w*)\b/,
      /\b(?:ukradziono|ukradli|ukradl\w*|skradziono|zgubil\w*|stracil\w*) (?:\w+ ){0,2}?(?:karte|karty|portfel\w*|telefon\w*|dowod\w*)\b/,
    ],
    hardship: [
      /\blong covid\b|\bnie moge (?:teraz )?pracowac\b|\bniezdoln\w* do pracy\b|\bwiezieni\w*|\bz jednej pensji\b|\bfinansowo jest (?:\w+ )?ciezko\b|\bciezko finansowo\b/,
      {
        match:
          /\bnie (?:\w+ ){0,2}?(?:moge|jestem w stanie|dam rady|bede w stanie) (?:\w+ ){0,2}?(?:zaplacic|splacic|splacac|placic|oplacic)\b|\bnie stac mnie\b|\bnie mam (?:\w+ )?pieniedzy\b/,
        unless: TECHNICAL,
      },
      /\btrudn\w* sytuacj\w* (?:finansow\w*|materialn\w*)|\b(?:problem|problemy|klopoty|klopot) finansow\w*|\b(?:mam|mamy|spore|duze|ogromne) dlugi\b|\bw dlugach|\bdlugow\b|\bzadluz\w*|\bkomornik\w*|\bwindykac\w*|\bupadlosc konsumenck\w*/,
      /\b(?:stracil\w*|utracil\w*) (?:\w+ )?(?:prace|zatrudnienie|dochod\w*)|\bbezrobotn\w*|\bzwolnion\w* z pracy|\bzwolnili mnie|\bbez pracy|\bzasilk\w*|\bzasilek/,
      /\bchor(?:y|a|ego|ej|oba|oby|obe|obie|uje|owal\w*)\b|\bszpital\w*|\bnowotw\w*|\bna raka\b|\brak\w* (?:pluc|piersi|jelita|trzustki)|\bchemioterapi\w*|\bdiagnoz\w*|\bwypad(?:ek|ku)\b|\bniepelnospraw\w*|\bdemencj\w*|\bdepresj\w*|\bzdrowi\w* psychiczn\w*|\bhazardzist\w*|\buzaleznien\w*/,
      /\bzmarl\w*|\bsmierc\w*|\bzgon\w*|\bpogrzeb\w*|\bwdow\w*|\bzaloba|\bzalobie/,
      /\bwakacje kredytowe|\bodroczeni\w* (?:splaty|platnosci)|\bprzemoc domowa|\bopiekun prawny|\bpelnomocnictw\w*/,
      /\b(?:partner|maz|zona|chlopak|dziewczyna)\w* mnie zostawil\w*|\bzostal\w* sam\w* ze wszystki\w*|\bsamotn\w* (?:matka|ojciec|rodzic)\b|\bnie mam (?:nawet )?na jedzenie\b|\bnie mam za co (?:zyc|jesc)\b/,
      /\bnie wiem,? jak (?:\w+ )?(?:zaplacic|splacic|wyjsc|sobie poradzic|to splace)\b|\bzwolnieni\w* lekarski\w*|\bna zwolnieniu\b|\bl4\b|\bdlug\w* w (?:kilku|wielu|paru)\b/,
      /\bhazard\w*|\bbukmacher\w*|\bzaklad\w* (?:bukmacherski\w*|sportow\w*)|\bna zaklady\b|\bkasyn\w*|\bspadkobierc\w*|\bnotariusz\w*/,
      // Economic abuse: a partner who made me buy, debts in my name.
      /\b(?:byly|byla|bylym|ex|eks)\w*\b.{0,80}\b(?:zmuszal\w*|zmusil\w*|grozil\w*)\b|\bzmusza\w* mnie\b|\bprzemoc ekonomiczn\w*/,
    ],
    privacy: [
      /\b(?:wycofuj|odwoluj)\w* zgod\w*|\bnagrani\w* (?:moich )?rozm\w*/,
      /\b(?:dane|informacje)\b.{0,20}\bo mnie\b|\bskad (?:\w+ ){0,3}?(?:ma|macie|maja) moj (?:numer|adres|e-mail)\b/,
      /\brodo\b|\bochron\w* danych|\buodo\b|\bprawo do (?:bycia zapomnianym|usuniecia|dostepu)|\bwyciek\w* danych/,
      /\b(?:usun\w*|skasuj\w*|wykasuj\w*|sprzeda\w*|udostepni\w*) (?:\w+ ){0,3}?(?:moje |moich |wszystkie )?(?:dane|danych)\b/,
    ],
    legal: [
      /\bnielegaln\w*|\bbezprawn\w*|\bniezgodn\w* z prawem\b|\bprawa konsumenta\b/,
      /\bprawnik\w*|\badwokat\w*|\bkancelari\w*|\bsad(?:u|zie|owi?\w*)\b|\bpozew\b|\bpozwe\w*|\bpozwac\w*|\bpozwiemy|\bkroki prawne|\bdroge sadowa|\bdroga sadowa|\bwezwanie przedsadowe/,
    ],
    regulator: [
      /\buokik\b|\brzeczni\w* (?:finansow\w*|konsument\w*|praw)|\bknf\b|\bkomisj\w* nadzoru finansowego|\binspekcj\w* handlow\w*|\bombuds\w*|\bfederacj\w* konsument\w*/,
    ],
    complaint: [
      /\bniezadowolon\w* z (?:waszej |obslugi|sposobu|odpowiedzi|decyzji|traktowania)/,
      /\b(?:trafila|trafil|przekazac|przekazana) do przelozon\w*|\beskal\w*/,
      /\breklamacj\w*|\bskarg\w*|\bzazale\w*/,
      /\brozmawiac z (?:kierownikiem|przelozonym|szefem|menedzerem)\b|\b(?:kierownik\w*|przelozon\w*) (?:\w+ )?(?:rozmawiac|porozmawiac)\b/,
    ],
  },
  negation: /\b(?:nie|bez|zadn\w*|nigdy|ani)\s+(?:\w+\s+)?$/,
  anger: {
    profanity:
      /\b(?:kurw\w*|cholera\w*|cholern\w*|pierdol\w*|spierdal\w*|wkurw\w*|zajeb\w*|jeb\w*|chuj\w*|gowno\w*|dupek|skurwysyn\w*)\b/,
    insult:
      /\b(?:idioc\w*|idiota|debil\w*|kretyn\w*|niekompetentn\w*|zlodzie\w*|naciagacz\w*|klamc\w*|amator\w*|partacz\w*|zenad\w*|zalosn\w*|skandal\w*|hanba|wstyd|pijawki|krwiopijc\w*|beznadziejn\w*|nieudolni|(?:zrobic|robic|robicie) (?:swoja|wasza) robote)\b/,
    address: /\b(?:jestescie|jestes|wasza firma (?:jest|to))\b/,
    fedUp:
      /\b(?:mam dosc|mam tego dosc|dosc tego|mam serdecznie dosc|kpina|zart|zarty|zartujecie|szlag mnie trafia|wsciekl\w*|zdenerwowan\w*|zirytowan\w*|nie do przyjecia|skandaliczn\w*|nie do wiary|niewiarygodne|strata czasu|tak traktujecie (?:\w+ )?klientow|tak mnie traktujecie|cyrk\w*|kabaret|ma(?:cie|ja)? to (?:\w+ )?gdzies)\b/,
    sarcasm: new RegExp(
      [
        /\b(?:dziekuje za nic|dzieki za nic|no pieknie|no brawo|co za niespodzianka|brawo (?:wy|casework|naprawde)|gratuluje (?:wam|casework))\b/
          .source,
        // Thanks for a penalty: "dziękuję za opłatę za opóźnienie".
        /\bdziek\w* (?:\w+ ){0,3}?za (?:\w+ )?(?:oplat\w*|odset\w*|monit\w*|kar[aey])\b|\bna pewno (?:macie|jestescie) (?:bardzo )?(?:duzo pracy|zajeci)/
          .source,
        scareQuoted('pomoc|obsluga|obsluga klienta|wsparcie|odpowiedz|zwrot|rozwiazanie'),
      ].join('|'),
    ),
    praise:
      /\b(?:super|swietn\w*|wspanial\w*|rewelac\w*|fantastyczn\w*|doskonal\w*|idealn\w*|znakomic\w*|gratul\w*|brawo|pieknie|na medal|10\/10|piec gwiazdek|klasa swiatowa|swiatowa klasa)\b/,
    failure:
      /\b(?:nieudan\w*|odrzucon\w*|blad\w*|bledu|zepsut\w*|pobrano dwa razy|podwojn\w* obciazen\w*|nie (?:dotarl\w*|otrzymal\w*|doszl\w*|dziala|zwrocon\w*)|nigdy nie dotarl\w*|nadal|wciaz|dalej nie|brak odpowiedzi|znowu|ponownie|zgubion\w*|zagin\w*|oplat\w*|opoznieni\w*|w terminie|na czas|a i tak|mimo to|monit\w*|bledn\w*|czekam|czekania|rozlaczyl\w*|infolini\w*)\b/,
    demand:
      /\b(?:chce|zadam|oczekuje|domagam sie) (?:\w+ ){0,3}?(?:pieniedzy|pieniadze|zwrotu|zwrot|kasy|odszkodowania)\b|\boddajcie (?:\w+ )?(?:pieniadze|kase)\b/,
    repeated:
      /\b(?:(?:drugi|trzeci|czwarty|piaty|kolejny|enty|\d+\.?) raz (?:\w+ ){0,3}?(?:pisze|dzwonie|kontaktuje|pytam|zglaszam)|(?:pisze|dzwonie|pytam|zglaszam|przypominam) (?:juz )?(?:\w+ )?(?:drugi|trzeci|czwarty|piaty|kolejny) raz|po raz (?:drugi|trzeci|czwarty|piaty|kolejny|enty)|(?:pisal\w*|dzwonil\w*|kontaktowal\w*|zglaszal\w*) (?:\w+ ){0,3}?(?:razy|kilka razy|wielokrotnie|w kolko)|(?:nadal|wciaz|dalej) (?:brak|nie ma|bez) (?:odpowiedzi|reakcji)|nikt (?:mi )?nie (?:odpowiedzial|odpisal|oddzwonil|pomaga|czyta)|jestem ignorowan\w*|ignorujecie mnie|tygodnie bez odpowiedzi|(?:moja|to juz moja) (?:druga|trzecia|czwarta|piata|kolejna) (?:wiadomosc|prosba|reklamacja|mail\w*)|(?:moj|to juz moj) (?:drugi|trzeci|czwarty|piaty|kolejny) (?:mail|e-mail|list)|czytacie (?:w ogole |te )?(?:maile|wiadomosci)|w ogole czytacie|(?:tygodni|tygodnie|miesiac\w*) czekam|czekam (?:\w+ ){0,2}?(?:tygodni|tygodnie|miesiac\w*)|znowu (?:\w+ ){0,2}?(?:wyslaliscie|pobraliscie|naliczyliscie)|(?:godzin\w*|minut\w*) (?:czekania|na infolinii|w kolejce)|uprzejmie przypominam|(?:czekam|czekalem|czekalam) (?:\w+ ){0,3}?(?:tygodni\w*|miesi\w*) (?:\w+ ){0,2}?na odpowiedz|odpowiedzi? automatyczn\w*|rzeczywiste zajecie|ktos (?:wreszcie|w koncu|naprawde) (?:przeczyta|zajmie|odpowie)|co (?:miesiac|tydzien|raz) (?:ten sam|to samo|ta sama)|(?:nadal|wciaz|dalej) brak (?:pieniedzy|zwrotu)|to juz moja (?:druga|trzecia|czwarta|piata|szosta)|nikt nie zadzwonil|obiecywala telefon\b.{0,60}\b(?:nikt|nigdy)|dzien \d+ czekania|\d+\. dzien czekania)\b/,
    threat:
      /\b(?:(?:zamykam|zamkne|usuwam|usune|rezygnuje(?: ze| z)?) (?:\w+ ){0,3}?wszystk\w*|(?:nigdy wiecej|juz nigdy) (?:\w+ ){0,2}?(?:nie )?(?:zamowie|kupie|skorzystam|uzyje|polece)|zrezygnuj\w* z (?:\w+ ){0,2}?(?:uslug|wspolpracy)|rezygnuje(?=[.!,;]|$)|stracil\w* klienta|wypowiadam umow\w*)\b/,
    public:
      /\b(?:(?:negatywn\w*|zl[aey]\w*) (?:opini\w*|recenzj\w*)|(?:opisze|opublikuje|napisze|wrzuce|udostepnie) (?:\w+ ){0,4}?(?:na|w) (?:twitter\w*|x|facebook\w*|instagram\w*|tiktok\w*|trustpilot\w*|youtube|google|mediach spolecznosciowych|social mediach|sieci|internecie|opiniach)|(?:zglosze|zglaszam|pojde|ide) (?:\w+ )?(?:do )?(?:mediow|prasy|telewizji|gazety)|ostrzege wszystkich|opisze wszystko|opini\w* w internecie)\b/,
    resigned:
      /\b(?:trudno,? (?:zaplace|zaplacimy)|dajcie spokoj|niewazne|poddaje sie|szkoda (?:slow|gadac)|po co (?:w ogole )?(?:pisze|pisac)|(?:zeby|by) sie od was uwolnic|uwolnic sie od was|miec was z glowy)\b/,
    loyalty: /\b(?:wiern\w*|stal\w*|wieloletni\w*) klient\w*|\bklient\w* od (?:\w+ ){0,2}?lat\b/,
    ultimatum:
      /\b(?:w przeciwnym (?:razie|wypadku)|inaczej|ostatnia szansa|ostatnie ostrzezenie)\b|\bjak (?:tego )?(?:dzis|jutro) nie\b|\bjesli (?:\w+ ){0,4}?nie (?:\w+ ){0,4}?(?:do|dzis|jutro|w ciagu)\b/,
  },
  topics: {
    refunds: /\b(?:zwrot\w*|zwroc\w*|zwraca\w*|odeslal\w*|odeslan\w*|korekt\w*|odstapieni\w*)\b/g,
    delivery:
      /\b(?:dostaw\w*|dostarcz\w*|przesylk\w*|paczk\w*|kurier\w*|wysylk\w*|wyslan\w*|sledzeni\w*|dotarl\w*|doszl\w*|inpost|paczkomat\w*|poczta)\b/g,
    payments:
      /\b(?:platnosc\w*|placi\w*|zaplac\w*|splat\w*|rat[aeyi]|rat|pobran\w*|pobrano|termin\w*|oplat\w*|odset\w*|faktur\w*|saldo|kwot\w*|kart\w*|odrzucon\w*|wczesniej|przedterminow\w*|blik)\b/g,
    account:
      /\b(?:kont[aoeu]?|logowani\w*|zalogowa\w*|zaloguj\w*|haslo|hasla|email\w*|e-mail\w*|numer telefonu|weryfikac\w*|aplikac\w*|profil\w*|login|kod\w*|limit\w*)\b/g,
    orders: /\b(?:zamow\w*|zakup\w*|kupil\w*|produkt\w*|towar\w*|sklep\w*|sprzedawc\w*|koszyk\w*|kasa)\b/g,
  },
  sentiment: {
    lexicon: `zle:-2 zly:-2 zla:-2 fatalnie:-3 fatalny:-3 okropny:-3 okropnie:-3 tragedia:-3 tragiczny:-3
      beznadziejny:-3 beznadziejnie:-3 rozczarowany:-2 rozczarowana:-2 rozczarowanie:-2 wsciekly:-4
      wsciekla:-4 zdenerwowany:-3 zdenerwowana:-3 skandal:-3 skandaliczne:-3 zenada:-3 zalosne:-3
      smieszne:-2 smutny:-2 nienawidze:-3 najgorszy:-3 najgorsza:-3 dobrze:2 dobry:2 dobra:2 super:3
      dziekuje:2 dzieki:2 zadowolony:2 zadowolona:2 mily:2 uprzejmy:2 szybko:1 idealnie:3 swietnie:3
      doskonale:4 wspaniale:4`,
    negators: ['nie', 'nigdy'],
  },
};
