/** A customer in a real browser: opens a case, reads the AI answer and its sources, confirms, rates. */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, seriousA11yProblems } from '../support/browser';
import { ROUTINE } from '../support/cases';
import { startSystem, type TestSystem } from '../support/system';

let sys: TestSystem;
let browser: Browser;
beforeAll(async () => {
  [sys, browser] = await Promise.all([startSystem({ CONFIRMATION_TIMEOUT: '10m' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

async function openCaseInBrowser(page: Page, subject: string, message: string) {
  await page.goto('/');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Your message').fill(message);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByTestId('next-step').waitFor();
  const stored = await page.evaluate('localStorage.getItem("casework.case")');
  return JSON.parse(String(stored)) as { caseId: string; token: string };
}

test('a customer’s case is answered by the AI with its sources, confirmed and rated; a reload shows the same case', async () => {
  const page = await newPage(browser, sys.baseUrl);
  const { caseId } = await openCaseInBrowser(page, ROUTINE.subject, ROUTINE.message);

  await page.getByRole('heading', { name: 'Did this answer solve it?' }).waitFor();
  const source = page.locator('.msg-ai .sources .chip').first();
  expect(await source.textContent()).toMatch(/^kb\//);
  // what happens next, and when
  expect(await page.getByTestId('next-step').textContent()).toMatch(/a person from our team takes over/);

  await page.reload();
  await page.getByRole('heading', { name: ROUTINE.subject }).waitFor();
  await page.getByRole('button', { name: 'Yes, that solved it' }).click();
  await page.getByRole('heading', { name: 'Your case is resolved' }).waitFor();

  await page.getByRole('radio', { name: '4 out of 5' }).click();
  await page.getByLabel('Anything you would like to tell us? (optional)').fill('quick and clear');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await page.getByText('You rated our help 4 out of 5').waitFor();

  const staff = await sys.supervisorToken('sup_check');
  const stored = (await sys.http.get(`/api/cases/${caseId}`, { token: staff })).body;
  expect(stored.status).toBe('resolved');
  expect(stored.resolution).toMatchObject({ by: 'ai', confirmed: true });
  expect(stored.feedback).toMatchObject({ rating: 4, comment: 'quick and clear' });
  await page.context().close();
});

test('the customer pages have no serious or critical accessibility problems', async () => {
  const page = await newPage(browser, sys.baseUrl);
  await page.goto('/');
  await page.getByRole('heading', { name: 'How can we help?' }).waitFor();
  expect(await seriousA11yProblems(page)).toEqual([]);

  await openCaseInBrowser(page, ROUTINE.subject, ROUTINE.message);
  await page.getByRole('button', { name: 'Yes, that solved it' }).waitFor();
  expect(await seriousA11yProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Yes, that solved it' }).click();
  await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
  expect(await seriousA11yProblems(page)).toEqual([]);
  await page.context().close();
});
