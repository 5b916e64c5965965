/** Cases in the customer's language, through the whole stack: serious ones to a person who speaks it, routine ones answered in it. */
import { caseHistory, openCase, waitForStatus } from '../support/cases';
import { eventually } from '../support/http';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '1h' });
});
afterAll(async () => sys?.close());

test('a German fraud case goes to a person urgently, for an agent who speaks German', async () => {
  const { caseId, token } = await openCase(sys, {
    subject: 'Karte gestohlen',
    message: 'Jemand hat meine Karte gestohlen und damit Sachen gekauft, die ich nie bestellt habe.',
  });
  const c = await waitForStatus(sys, caseId, token, 'escalated');
  expect(c).toMatchObject({ language: 'de', priority: 'urgent', escalation: { reason: 'sensitive_topic' } });
  expect(c.task.skills).toEqual(expect.arrayContaining(['fraud', 'lang:de']));
});

test('a routine Swedish question gets an answer from the Swedish article', async () => {
  const { caseId, token } = await openCase(sys, {
    subject: 'Betala tidigare',
    message: 'Hej! Kan jag betala min faktura tidigare än förfallodagen? Kostar det något?',
  });
  const c = await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  expect(c.language).toBe('sv');
  expect(c.aiAnswer.sources[0]).toMatch(/^kb\/sv\//);
});

test('a routine case in a language the AI may not answer goes to a person who speaks it', async () => {
  const { caseId, token } = await openCase(sys, {
    subject: 'Betale tidlig',
    message: 'Hei, kan jeg betale fakturaen min tidligere enn forfallsdatoen?',
  });
  const c = await waitForStatus(sys, caseId, token, 'escalated');
  expect(c).toMatchObject({ language: 'no', escalation: { reason: 'language' }, priority: 'normal' });
  expect(c.task.skills).toContain('lang:no');
  // the store is a read model: the triage event lands with the case's first write
  const supervisor = await sys.supervisorToken(uid('sup'));
  const triaged = await eventually(
    async () => (await caseHistory(sys, supervisor, caseId)).find((e) => e.type === 'triaged'),
    10_000,
    'the triaged event',
  );
  expect(triaged.data.language).toBe('no');
});

test('a case in a language without reviewed rules is treated as possibly serious: a person, at high priority', async () => {
  const { caseId, token } = await openCase(sys, {
    subject: 'Pagamento',
    message: 'Olá, alguém usou o meu cartão sem autorização e preciso de ajuda urgente.',
  });
  const c = await waitForStatus(sys, caseId, token, 'escalated');
  expect(c.escalation.reason).toMatch(/^(language|sensitive_topic)$/);
  expect(['high', 'urgent']).toContain(c.priority);
  expect(c.aiAnswer).toBeNull();
});
