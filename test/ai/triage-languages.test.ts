import { triage } from '../../activities/ai/triage';
import type { CaseText } from '../../activities/ai/types';

const AI_LANGUAGES = ['en', 'de', 'sv'];

function triageIn(message: string, extra: Partial<CaseText> = {}) {
  return triage({ subject: '', message, ...extra }, { aiLanguages: AI_LANGUAGES });
}

describe('triage: the language of the case', () => {
  it.each([
    ['When is my next payment due?', 'en'],
    ['Wann ist meine nächste Rate fällig?', 'de'],
    ['När dras nästa delbetalning?', 'sv'],
    ['Når trekkes neste avdrag?', 'no'],
    ['Hvornår bliver næste afdrag trukket?', 'da'],
    ['Milloin seuraava erä veloitetaan?', 'fi'],
    ['Wanneer wordt de volgende termijn afgeschreven?', 'nl'],
    ['Quand est prélevée ma prochaine échéance ?', 'fr'],
    ['¿Cuándo se cobra mi próxima cuota?', 'es'],
    ['Quando viene addebitata la prossima rata?', 'it'],
    ['Kiedy zostanie pobrana następna rata?', 'pl'],
    ['Olá, gostaria de saber quando vence o meu próximo pagamento, obrigado', 'pt'],
  ])('"%s" is %s', (message, language) => {
    expect(triageIn(message).language).toBe(language);
  });

  it('says und when the text has no words to go on', () => {
    expect(triageIn('??? 123').language).toBe('und');
  });

  it('lets the locale decide a text too short to tell Scandinavian languages apart', () => {
    expect(triageIn('Hej! Tak', { locale: 'da-DK' }).language).toBe('da');
    expect(triageIn('Hej! Tack', { locale: 'sv-SE' }).language).toBe('sv');
    expect(triageIn('??', { locale: 'nb-NO' }).language).toBe('no');
  });

  it('trusts a language the caller already knows', () => {
    expect(triageIn('Hello', { language: 'de-AT' }).language).toBe('de');
  });
});

describe('triage: decision order', () => {
  it('puts a serious flag first, with the language skill for the agent', () => {
    expect(triageIn('Meine Karte wurde gestohlen, bitte sperren!')).toMatchObject({
      escalate: true,
      reason: 'sensitive_topic',
      priority: 'urgent',
      topic: 'fraud',
      skills: ['fraud', 'lang:de'],
      language: 'de',
    });
  });

  it('then anger', () => {
    expect(triageIn('Na toll, schon wieder abgelehnt. Ich will mein Geld zurück, SOFORT.')).toMatchObject({
      escalate: true,
      reason: 'negative_sentiment',
      priority: 'high',
      skills: ['escalations', 'lang:de'],
    });
  });

  it('sends a language without reviewed rules to a person ahead of routine work, never to the bot', () => {
    const result = triageIn('Olá, gostaria de saber quando vence o meu próximo pagamento, obrigado');
    expect(result).toMatchObject({ escalate: true, reason: 'language', priority: 'high', language: 'pt' });
    expect(result.flags).toContain('unreviewed_language');
    expect(result.skills).toContain('lang:pt');
  });

  it('treats an unknown language the same way, without a language skill', () => {
    const result = triageIn('??? 123');
    expect(result).toMatchObject({ escalate: true, reason: 'language', priority: 'high', language: 'und' });
    expect(result.skills.some((s) => s.startsWith('lang:'))).toBe(false);
  });

  it('gives routine work in a reviewed language the AI may not answer to a person who speaks it', () => {
    expect(triageIn('Milloin seuraava erä veloitetaan?')).toMatchObject({
      escalate: true,
      reason: 'language',
      priority: 'normal',
      skills: ['payments', 'lang:fi'],
    });
  });

  it('leaves routine work in a language the AI answers to the AI', () => {
    expect(triageIn('När dras nästa delbetalning?')).toMatchObject({
      escalate: false,
      reason: null,
      priority: 'normal',
      skills: ['payments', 'lang:sv'],
    });
  });

  it('lets only English through when no AI languages are given', () => {
    expect(triage({ subject: '', message: 'Wann ist meine nächste Rate fällig?' })).toMatchObject({
      escalate: true,
      reason: 'language',
      priority: 'normal',
    });
  });
});

describe('triage: the serious rules of every language run on every message', () => {
  it('hears a Danish customer writing half in English', () => {
    expect(triageIn('Hej! Someone used my card, jeg forstår ikke hvad der sker')).toMatchObject({
      reason: 'sensitive_topic',
      skills: expect.arrayContaining(['fraud']),
    });
  });

  it('hears a Swede even when the language is known as Norwegian', () => {
    expect(
      triageIn('Jag har blivit av med jobbet och kan inte betala delbetalningarna', { language: 'no' }),
    ).toMatchObject({
      reason: 'sensitive_topic',
      priority: 'high',
      topic: 'hardship',
      skills: ['hardship', 'lang:no'],
    });
  });

  it.each([
    ['de', 'Ich möchte einen Gutschein als Gift für meine Schwester kaufen, geht das?'],
    ['sv', 'Jag har precis blivit gift och vill byta efternamn på mitt konto.'],
    ['en', 'Can I use a gift card to pay my instalment?'],
    ['en', 'My dog chewed the parcel, can I still return the item?'],
    ['sv', 'Det gäller min beställning från förra veckan, när kommer den?'],
    ['sv', 'Sjukt smidig app! Hur ändrar jag min adress?'],
    ['de', 'Ich kann die Rate nicht bezahlen, die App zeigt immer einen Fehler an.'],
    ['de', 'Kann ich meine Bestellung stornieren? Die Krankenkasse zahlt das nicht.'],
    ['en', 'I saw your ad on Instagram, how does pay in 4 work?'],
    ['en', 'Thanks, that was great. Can I pay off the rest early?'],
  ])('does not hear anything serious in a harmless %s message: %s', (_language, message) => {
    const result = triageIn(message);
    expect(result.escalate).toBe(false);
    expect(result.flags).toEqual([]);
  });
});

describe('triage: anger that does not look angry', () => {
  it('hears sarcasm around a failure with a demand in capitals', () => {
    const result = triageIn(
      "Oh great, another 'payment failed' email. Fantastic service, really. I want my money back NOW.",
    );
    expect(result).toMatchObject({ escalate: true, reason: 'negative_sentiment', priority: 'high' });
    expect(result.flags).toEqual(expect.arrayContaining(['sarcasm', 'capitalised_demand', 'angry']));
  });

  it.each([
    [
      'sv',
      'Åh toppen, betalningen misslyckades igen. Fantastisk service verkligen. Jag vill ha tillbaka mina pengar NU.',
    ],
    ['sv', 'Jag säger upp allt och kommer att skriva om er på Flashback.'],
    [
      'de',
      'Ich schreibe Ihnen jetzt zum dritten Mal und habe immer noch keine Antwort bekommen. Das ist eine Frechheit.',
    ],
    ['en', 'This is the third time I am writing about the same double charge and still no reply from anyone.'],
    ['en', 'Cancelling everything and I will be posting about this experience on Twitter.'],
  ])('escalates %s: %s', (_language, message) => {
    expect(triageIn(message)).toMatchObject({ escalate: true, reason: 'negative_sentiment' });
  });

  it.each([
    ['Great, thanks! My payment failed yesterday, what should I do?', 'sarcasm'],
    ['This is the second time I am asking: when will my refund arrive?', 'repeated_contact'],
    ['I want my refund NOW', 'capitalised_demand'],
    ['I will close my account for good after this last payment.', 'threat_to_leave'],
  ])('records one mild signal without escalating: %s', (message, flag) => {
    const result = triageIn(message);
    expect(result.escalate).toBe(false);
    expect(result.flags).toContain(flag);
  });
});
