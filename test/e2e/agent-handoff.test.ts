/**
 * A case that goes straight to a person, in two browser contexts: the customer's page follows every
 * step live (no reload) while an agent claims, asks, gets the answer and resolves in the inbox.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousA11yProblems, signIn } from '../support/browser';
import { FRAUD } from '../support/cases';
import { startSystem, uid, type TestSystem } from '../support/system';

let sys: TestSystem;
let browser: Browser;
beforeAll(async () => {
  [sys, browser] = await Promise.all([startSystem({ ASSIGNMENT_TIMEOUT: '10m' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await sys?.close();
});

test('an escalated case is claimed, answered and resolved by an agent while the customer’s page updates live', async () => {
  const customer = await newPage(browser, sys.baseUrl);
  await customer.goto('/');
  await customer.getByLabel('Subject').fill(FRAUD.subject);
  await customer.getByLabel('Your message').fill(FRAUD.message);
  await customer.getByRole('button', { name: 'Send', exact: true }).click();
  await customer.getByRole('heading', { name: 'A person from our team will answer' }).waitFor();
  expect(await customer.getByTestId('next-step').textContent()).toMatch(/first reply by/);
  // a reload would drop this marker: every later change must arrive live
  await customer.evaluate('window.__sameDocument = true');

  const agentId = uid('ann');
  const agent = await newPage(browser, sys.baseUrl);
  await signIn(agent, '/agent', await sys.agentToken(agentId, 'Ann Lee'));
  const queued = agent.locator('.task', { hasText: FRAUD.subject });
  await queued.getByRole('button', { name: 'Claim' }).click();
  await agent.getByRole('heading', { name: FRAUD.subject }).waitFor();
  // the handoff: why it came to a person, what triage found, what the customer wrote
  await agent.getByText('Sensitive topic').first().waitFor();
  await agent.locator('.facts .chip', { hasText: 'fraud' }).waitFor();
  await agent.locator('.msg-customer', { hasText: 'card was stolen' }).waitFor();
  await agent.locator('.task-sla [data-testid=countdown]').first().waitFor();

  await customer.getByRole('heading', { name: 'Someone is working on your case' }).waitFor();

  await agent.getByLabel('Reply to the customer').fill('Sorry to hear that. Which digits does the card end in?');
  await agent.getByRole('button', { name: 'Send and wait for customer' }).click();
  await customer.getByText('Which digits does the card end in?').waitFor();
  await customer.getByRole('heading', { name: 'We need your answer' }).waitFor();

  await customer.getByRole('textbox', { name: 'Your answer' }).fill('It ends in 1234');
  await customer.getByRole('button', { name: 'Send', exact: true }).click();
  await agent.locator('.msg-customer', { hasText: 'It ends in 1234' }).waitFor();

  await agent.getByLabel('Reply to the customer').fill('We blocked the card and refunded the charge.');
  await agent.getByLabel('Resolution summary').fill('Card blocked, charge refunded');
  await agent.getByRole('button', { name: 'Resolve case' }).click();

  await customer.getByRole('heading', { name: 'Your case is resolved' }).waitFor();
  await customer.getByText('We blocked the card and refunded the charge.').waitFor();
  expect(await customer.evaluate('window.__sameDocument')).toBe(true);
  // the agent's list no longer holds it
  await agent.locator('.task', { hasText: FRAUD.subject }).waitFor({ state: 'detached' });
  expect(await seriousA11yProblems(agent)).toEqual([]);
  await Promise.all([customer.context().close(), agent.context().close()]);
});

test('the agent sign-in page explains how to get a token and has no serious accessibility problems', async () => {
  const page = await newPage(browser, sys.baseUrl);
  await page.goto('/agent');
  await page.getByText('npm run token -- <staffId> agent "Name"').waitFor();
  expect(await seriousA11yProblems(page)).toEqual([]);
  await page.context().close();
});
