import { startSystem, type TestSystem } from '../support/system';
import { openCase, waitForStatus } from '../support/cases';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ CONFIRMATION_TIMEOUT: '2s' });
});
afterAll(async () => sys?.close());

test('a routine question gets an AI answer and waits for confirmation', async () => {
  const { caseId, token } = await openCase(sys);
  const c = await waitForStatus(sys, caseId, token, 'awaiting_confirmation');
  expect(c.aiAnswer.sources.length).toBeGreaterThan(0);
});
