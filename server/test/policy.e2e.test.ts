import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { UserService } from '../src/modules/users/user.service.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';
import { buildConsole, launchChromium, signedInPage, SHOTS } from './browser.js';

// A build of its own: the other browser tests build console/dist at the same time.
const CONSOLE_DIST = path.join(SHOTS, 'policy-console');

let server: TestServer;
let tenant: SeededTenant;
let browser: Browser;

beforeAll(async () => {
  await buildConsole(CONSOLE_DIST);
  server = await startTestServer({ CONSOLE_DIR: CONSOLE_DIST });
  tenant = await seedTenant(server);
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const consoleUrl = (pathname: string) => server.url.replace(/\/graphql$/, pathname);

const signedIn = (email: string, password: string) =>
  signedInPage(browser, consoleUrl('/'), email, password);

async function openPolicyTab(page: Page, version?: number): Promise<void> {
  await page.goto(consoleUrl(`/settings/policy${version ? `?version=${version}` : ''}`));
  await page.getByRole('heading', { name: 'Policy versions' }).waitFor();
}

/** The history row of a version. */
function historyRow(page: Page, number: number): Locator {
  return page
    .getByRole('table', { name: 'Version history' })
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Open version ${number}`, exact: true }) });
}

async function newDraft(page: Page, note: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New draft' });
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'New draft' }).click();
}

async function setReview(page: Page, review: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Transactions' });
  await form.getByLabel('Review from').fill(String(review));
  await form.getByRole('button', { name: 'Save thresholds' }).click();
  await form.getByText('Transactions thresholds saved.').waitFor();
}

/** Clicks the page's publish button, then the same verb in the confirmation. */
async function publish(page: Page, label: string): Promise<Locator> {
  await page.locator('.policy-publish').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: label }).click();
  await dialog.waitFor({ state: 'detached' });
  return dialog;
}

interface Modes {
  scoringPolicy: { liveVersion: number; testVersion: number; requireApproval: boolean };
}

async function serverModes(): Promise<Modes['scoringPolicy']> {
  const res = await server.gql<Modes>(
    '{ scoringPolicy { liveVersion testVersion requireApproval } }',
    {},
    { auth: await tenant.token('TENANT_ADMIN') },
  );
  return res.data!.scoringPolicy;
}

/** The policy version a mode's score records. */
async function scoredWith(mode: 'LIVE' | 'TEST'): Promise<number> {
  const res = await server.gql<{ scoreTransaction: { policyVersion: number } }>(
    'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { policyVersion } }',
    { input: { userId: `u-${randomBytes(4).toString('hex')}`, amount: 20 } },
    { auth: tenant.keys[mode].secret },
  );
  return res.data!.scoreTransaction.policyVersion;
}

describe('policy versions in the console', () => {
  it('drafts, publishes to TEST, promotes to LIVE, shows the diff and rolls LIVE back', async () => {
    const { email, password } = tenant.users.TENANT_ADMIN;
    const page = await signedIn(email, password);
    await openPolicyTab(page);
    await page.getByText('No versions yet').waitFor();

    await newDraft(page, 'Review earlier');
    await page.waitForURL(/\?version=1$/);
    await page.getByRole('heading', { name: /^Version 1 Draft/ }).waitFor();
    await setReview(page, 40);
    const fromBase = page.getByRole('table', { name: /^Against the version it was drafted from/ });
    await fromBase.getByRole('row', { name: /Transaction thresholds/ }).waitFor();
    expect(await fromBase.getByRole('row', { name: /Transaction thresholds/ }).textContent()).toBe(
      'Transaction thresholdsdefaultreview 40 · challenge — · block 85',
    );
    expect(await page.getByLabel('TEST first').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'policy-draft.png'), fullPage: true });

    await publish(page, 'Publish to TEST');
    await page.getByText('TEST scores with version 1.').waitFor();
    await historyRow(page, 1).getByText('TEST', { exact: true }).waitFor();
    expect(await historyRow(page, 1).getByText('LIVE', { exact: true }).count()).toBe(0);
    expect(await serverModes()).toMatchObject({ liveVersion: 0, testVersion: 1 });
    expect([await scoredWith('TEST'), await scoredWith('LIVE')]).toEqual([1, 0]);

    await page.locator('.policy-publish').getByRole('button', { name: 'Promote to LIVE' }).click();
    const confirm = page.getByRole('alertdialog');
    // The confirmation names what LIVE traffic gets.
    await confirm.getByText('review 40 · challenge — · block 85').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'policy-promote.png') });
    await confirm.getByRole('button', { name: 'Promote to LIVE' }).click();
    await page.getByText('LIVE scores with version 1.').waitFor();
    await historyRow(page, 1).getByText('LIVE', { exact: true }).waitFor();
    expect(await serverModes()).toMatchObject({ liveVersion: 1, testVersion: 1 });
    expect(await scoredWith('LIVE')).toBe(1);

    // A second version straight to LIVE, then LIVE goes back to version 1.
    await newDraft(page, 'Review later');
    await page.waitForURL(/\?version=2$/);
    await setReview(page, 60);
    await page.getByLabel('TEST first').uncheck();
    await publish(page, 'Publish to LIVE');
    await page.getByText('LIVE scores with version 2.').waitFor();
    const diff = page.getByRole('table', { name: /^Against the version it was drafted from/ });
    expect(await diff.getByRole('row', { name: /Transaction thresholds/ }).textContent()).toBe(
      'Transaction thresholdsreview 40 · challenge — · block 85review 60 · challenge — · block 85',
    );
    expect([await scoredWith('LIVE'), await scoredWith('TEST')]).toEqual([2, 1]);
    await page.screenshot({ path: path.join(SHOTS, 'policy-published.png'), fullPage: true });

    const rollback = page.getByRole('form', { name: 'Roll back LIVE' });
    await rollback.getByLabel('Roll LIVE back to').selectOption('1');
    await rollback.getByRole('button', { name: 'Roll back LIVE' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/instead of version 2/).waitFor();
    await dialog.getByRole('button', { name: 'Roll LIVE back' }).click();
    await rollback.getByText('LIVE scores with version 1 again.').waitFor();
    await historyRow(page, 1).getByText('LIVE', { exact: true }).waitFor();
    expect(await serverModes()).toMatchObject({ liveVersion: 1, testVersion: 1 });
    expect(await scoredWith('LIVE')).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'policy-rollback.png'), fullPage: true });
    await page.close();
  }, 120_000);

  it('with approval required, a second admin approves and the first publishes', async () => {
    const em = server.orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
    const second = { email: `second-admin@${tenant.slug}.test`, password: 'second-admin-pw-1' };
    await new UserService(em, tenant.id).create({ ...second, role: 'TENANT_ADMIN' }, SYSTEM_ACTOR);

    const { email, password } = tenant.users.TENANT_ADMIN;
    const page = await signedIn(email, password);
    await openPolicyTab(page);
    await page.getByLabel('Require approval for LIVE').check();
    await expect.poll(async () => (await serverModes()).requireApproval).toBe(true);

    // The one-step tabs say that their changes go through the Policy tab.
    await page.goto(consoleUrl('/settings/rules'));
    await page.getByText(/requires approval of policy changes/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'policy-rules-notice.png') });

    await openPolicyTab(page);
    await newDraft(page, 'Four eyes');
    await page.waitForURL(/\?version=3$/);
    await setReview(page, 55);
    const approve = page.getByRole('button', { name: 'Approve version 3' });
    expect(await approve.isDisabled()).toBe(true);
    await page
      .getByText('You created this draft: another administrator must approve it.')
      .waitFor();
    await page.getByLabel('TEST first').uncheck();
    const toLive = page.locator('.policy-publish').getByRole('button', { name: 'Publish to LIVE' });
    expect(await toLive.isDisabled()).toBe(true);
    await page.getByText(/requires another administrator to approve/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'policy-needs-approval.png'), fullPage: true });

    const reviewer = await signedIn(second.email, second.password);
    await openPolicyTab(reviewer, 3);
    await reviewer.getByRole('button', { name: 'Approve version 3' }).click();
    await reviewer.getByText(`Approved by ${second.email}.`).waitFor();
    await reviewer.close();

    await page.reload();
    await page.getByText(`Approved by ${second.email}.`).waitFor();
    expect(await page.getByLabel('TEST first').isChecked()).toBe(true);
    await publish(page, 'Publish to TEST');
    await page.getByText('TEST scores with version 3.').waitFor();
    await publish(page, 'Promote to LIVE');
    await page.getByText('LIVE scores with version 3.').waitFor();
    const row = historyRow(page, 3);
    await row.getByText('LIVE', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(second.email);
    await page.screenshot({ path: path.join(SHOTS, 'policy-approved.png'), fullPage: true });
    expect(await serverModes()).toMatchObject({ liveVersion: 3, testVersion: 3 });
    expect([await scoredWith('LIVE'), await scoredWith('TEST')]).toEqual([3, 3]);
    await page.close();
  }, 120_000);
});
