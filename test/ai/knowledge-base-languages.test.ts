import path from 'node:path';
import { loadKnowledgeBase } from '../../activities/ai/knowledge-base';
import { offlineResolve } from '../../activities/ai/offline-resolver';
import { loadConfig } from '../../src/config';

const DEFAULT_CONFIDENCE_THRESHOLD = loadConfig({}).policy.aiConfidenceThreshold;

const kb = loadKnowledgeBase(path.join(__dirname, '../../kb'));

describe('knowledge base in several languages', () => {
  it('loads English from the top folder and one folder per other language', () => {
    expect(kb.languages()).toEqual(['de', 'en', 'sv']);
    expect(kb.get('kb/refunds')?.language).toBe('en');
    expect(kb.get('kb/de/refunds')?.language).toBe('de');
    expect(kb.get('kb/sv/refunds')?.language).toBe('sv');
  });

  it('translates articles that exist in English, under the same name and topic', () => {
    const translated = kb.articles.filter((a) => a.language !== 'en');
    expect(translated.length).toBeGreaterThanOrEqual(20);
    for (const a of translated) {
      const [, language, name] = a.id.split('/');
      expect(language).toBe(a.language);
      expect(kb.get(`kb/${name}`)?.topic).toBe(a.topic);
    }
  });

  it.each([
    ['Wann ist meine nächste Rate fällig?', 'kb/de/payment-schedule'],
    ['Rückerstattung nicht erhalten', 'kb/de/refunds'],
    ['Ich habe mein Passwort vergessen', 'kb/de/login-password-reset'],
    ['Mein Paket ist nie angekommen', 'kb/de/delivery-not-arrived'],
    ['Warum wurde mir eine Mahngebühr berechnet?', 'kb/de/late-fees'],
    ['Wie kann ich die Karte für meine Raten wechseln?', 'kb/de/change-payment-method'],
    ['Wo finde ich meine Kontoauszüge?', 'kb/de/statements'],
    ['Meine Zahlung ist fehlgeschlagen', 'kb/de/failed-payments'],
  ])('finds the German article for "%s"', (query, id) => {
    expect(kb.search(query, 3, 'de')[0]?.article.id).toBe(id);
  });

  it.each([
    ['När dras nästa betalning?', 'kb/sv/payment-schedule'],
    ['Jag har inte fått återbetalningen', 'kb/sv/refunds'],
    ['Jag har glömt lösenordet', 'kb/sv/login-password-reset'],
    ['Paketet har aldrig kommit', 'kb/sv/delivery-not-arrived'],
    ['Varför fick jag en förseningsavgift?', 'kb/sv/late-fees'],
    ['Hur fungerar dela upp i 4?', 'kb/sv/pay-in-4'],
    ['Kan jag betala hela köpet i förtid?', 'kb/sv/paying-early'],
    ['Var hittar jag kontoutdragen?', 'kb/sv/statements'],
  ])('finds the Swedish article for "%s"', (query, id) => {
    expect(kb.search(query, 3, 'sv')[0]?.article.id).toBe(id);
  });

  it('reads German compounds and Swedish definite forms through their parts', () => {
    expect(kb.termsOf('Zahlungsplan', 'de')).toEqual(['zahlungsplan', 'zahlung']);
    expect(kb.termsOf('Zahlungen', 'de')).toEqual(['zahlung']);
    expect(kb.termsOf('betalningsplanen', 'sv')).toEqual(expect.arrayContaining(['betalningsplan', 'betalning']));
    expect(kb.search('Rückerstattungsantrag', 3, 'de')[0]?.article.id).toBe('kb/de/refunds');
  });

  it('searches only the articles of the language asked for', () => {
    expect(kb.search('Passwort vergessen', 5, 'en').every((h) => h.article.language === 'en')).toBe(true);
    expect(kb.search('refund', 5, 'fr')).toEqual([]);
  });
});

describe('offline resolver in the customer language', () => {
  it('answers a German question with the German article, in German', () => {
    const answer = offlineResolve(kb, {
      subject: 'Zahlung',
      message: 'Meine Zahlung ist fehlgeschlagen, was passiert jetzt?',
      language: 'de',
    });
    expect(answer.sources[0]).toBe('kb/de/failed-payments');
    expect(answer.needsHuman).toBe(false);
    expect(answer.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
    expect(answer.text).toMatch(/^Es tut mir leid, dass Ihre Zahlung nicht geklappt hat/);
    expect(answer.text).toContain('Das steht in unserem Hilfeartikel „Was passiert, wenn eine Zahlung fehlschlägt“:');
    expect(answer.text).toContain('Falls das Ihre Frage nicht beantwortet');
  });

  it('answers a Swedish question with the Swedish article, in Swedish', () => {
    const answer = offlineResolve(kb, {
      subject: 'Återbetalning',
      message: 'Jag skickade tillbaka jackan för två veckor sedan men har inte fått någon återbetalning.',
      language: 'sv',
    });
    expect(answer.sources[0]).toBe('kb/sv/refunds');
    expect(answer.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
    expect(answer.text).toMatch(/^Tack för att du hör av dig om din återbetalning\./);
    expect(answer.text).toContain('Så här står det i vår hjälpartikel ”Så fungerar återbetalningar och returer”:');
  });

  it('leaves a language the help centre lacks to a person', () => {
    const answer = offlineResolve(kb, {
      subject: 'Remboursement',
      message: 'Où est mon remboursement ?',
      language: 'fr',
    });
    expect(answer).toMatchObject({ confidence: 0, sources: [], needsHuman: true });
  });
});
