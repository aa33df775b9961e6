import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../src/config.js';
import { freePort } from './ports.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';
import { buildConsole, launchChromium, SHOTS } from './browser.js';

const CONSOLE_DIST = path.join(REPO_ROOT, 'console', 'dist');

let server: TestServer;
let tenant: SeededTenant;
let browser: Browser;

beforeAll(async () => {
  // The console as `npm start` serves it.
  await buildConsole();
  server = await startTestServer({ CONSOLE_DIR: CONSOLE_DIST });
  tenant = await seedTenant(server);
  // Everything this tenant scores goes to review.
  await server.gql(
    'mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: null, block: 99 }) { baseCurrency } }',
    {},
    { auth: await tenant.token('TENANT_ADMIN') },
  );
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Collects uncaught errors and Content-Security-Policy refusals ("Refused to load/execute/apply
 * …"), which Chromium reports on the page's console: the served CSP must fit the console.
 */
function watch(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
}

/** Signs in through the login form and waits for the shell. */
async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.fill('input[name=email]', user.email);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('nav[aria-label=Main]');
}

describe('analyst console', () => {
  it('an analyst sees a test case arrive live, labels it fraud, and compliance sees the label in the metrics', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    watch(page, problems);
    await page.goto(server.url.replace(/\/graphql$/, '/'));
    await signIn(page, tenant.users.ANALYST);
    await page.waitForURL(/\/queue$/);
    // The case is scored with a TEST key: the console shows test data once switched to it.
    await page.click('.mode-switch button:has-text("Test")');
    await page.waitForSelector('text=Showing test data');
    await page.waitForSelector('.live:has-text("Live")');

    // Scored through the API: the case appears without a reload.
    const scored = await server.gql<{ scoreTransaction: { caseId: string; decision: string } }>(
      'mutation { scoreTransaction(input: { userId: "console-e2e", amount: 2500, currency: "EUR" }) { caseId decision } }',
      {},
      { auth: tenant.keys.TEST.secret },
    );
    const { caseId, decision } = scored.data!.scoreTransaction;
    expect(decision).toBe('REVIEW');
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.waitFor({ timeout: 10_000 });
    // A smaller one arrives after it and queues behind it (priority, then age).
    const second = await server.gql<{ scoreTransaction: { caseId: string } }>(
      'mutation { scoreTransaction(input: { userId: "console-e2e-small", amount: 40, currency: "EUR" }) { caseId } }',
      {},
      { auth: tenant.keys.TEST.secret },
    );
    const nextCaseId = second.data!.scoreTransaction.caseId;
    await page.locator(`tr[data-case-id="${nextCaseId}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=open-count] strong').textContent()).toBe('2');
    expect(await page.locator('tbody tr').first().getAttribute('data-case-id')).toBe(caseId);
    await page.screenshot({ path: path.join(SHOTS, 'console-queue.png') });

    // j selects the first row, Enter opens it.
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    await page.waitForSelector('text=Why it was routed');
    expect(
      await page.locator('.tx-explanation table').first().locator('tbody tr').count(),
    ).toBeGreaterThan(0);
    await page.keyboard.press('c');
    await page.waitForSelector(`.case-header dd:has-text("${tenant.users.ANALYST.email}")`);
    await page.keyboard.press('1');
    await page.selectOption('select:near(:text("Confidence"))', 'CONFIRMED');
    await page.fill(
      'textarea:near(:text("Note"))',
      'Card testing pattern, confirmed with the issuer.',
    );
    await page.screenshot({ path: path.join(SHOTS, 'console-case.png'), fullPage: true });
    await page.click('button:has-text("Resolve case")');
    // The next case opens with a fresh form; once it is done too, the queue is clear.
    await page.waitForURL(new RegExp(`/cases/${nextCaseId}$`));
    await page.waitForSelector('text=Why it was routed');
    expect(await page.locator('input[name=label]:checked').count()).toBe(0);
    await page.keyboard.press('2');
    await page.click('button:has-text("Resolve case")');
    await page.waitForURL(/\/queue$/);
    await page.waitForSelector('text=The queue is clear');
    expect(await row.count()).toBe(0);

    const feedback = await server.orm.em
      .getConnection()
      .execute<{ analyst_label: string; confidence: string; mode: string }[]>(
        `select f.analyst_label, f.confidence, f.mode from feedback f
           join review_case c on c.event_id = f.event_id where c.id = ?`,
        [caseId],
      );
    expect(feedback).toEqual([
      { analyst_label: 'TRUE_FRAUD', confidence: 'CONFIRMED', mode: 'TEST' },
    ]);

    // The transaction shows the label in its feedback history.
    await page.click('nav[aria-label=Main] >> text=Transactions');
    await page.waitForSelector('h1:has-text("Transactions")');
    await page
      .locator('tbody tr')
      .filter({ has: page.getByText('console-e2e', { exact: true }) })
      .first()
      .click();
    await page.waitForSelector('h2:has-text("Feedback history")');
    await page.waitForSelector('text=Card testing pattern, confirmed with the issuer.');
    await page.screenshot({ path: path.join(SHOTS, 'console-transaction.png'), fullPage: true });

    // Compliance signs in on the same browser (still on test data) and lands on the metrics.
    await page.click('button:has-text("Sign out")');
    await signIn(page, tenant.users.COMPLIANCE);
    await page.waitForURL(/\/metrics/);
    const fraudLabels = page.locator('[data-metric="fraud-labels"]');
    await fraudLabels.waitFor({ timeout: 10_000 });
    expect((await fraudLabels.textContent())?.trim()).toBe('1');
    await page.screenshot({ path: path.join(SHOTS, 'console-metrics.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('a tenant admin creates an API key, sees its secret once, and revokes it after confirming', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    watch(page, problems);
    await page.goto(server.url.replace(/\/graphql$/, '/settings/api-keys'));
    await signIn(page, tenant.users.TENANT_ADMIN);
    await page.waitForSelector('h3:has-text("Create a key")');
    await page.getByLabel('Name').fill('Checkout e2e');
    await page.click('button:has-text("Create key")');
    const secretBox = page.locator('.secret-once input');
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^pk_test_/);
    await page.screenshot({
      path: path.join(SHOTS, 'console-settings-api-keys.png'),
      fullPage: true,
    });

    // The key works until it is revoked.
    const me = '{ me { kind mode } }';
    expect((await server.gql(me, {}, { auth: secret })).data).toEqual({
      me: { kind: 'API_KEY', mode: 'TEST' },
    });
    await page.click('button:has-text("I have stored it")');
    expect(await page.locator('.secret-once').count()).toBe(0);
    await page.click('button[aria-label="Revoke Checkout e2e"]');
    const dialog = page.locator('[role=alertdialog]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await server.gql(me, {}, { auth: secret })).errors).toBeUndefined();
    await page.click('button[aria-label="Revoke Checkout e2e"]');
    await dialog.locator('button:has-text("Revoke key")').click();
    await page.waitForSelector('td:has-text("Revoked")');
    const refused = await server.gql(me, {}, { auth: secret });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.click('.tabs >> text=Rules');
    await page.waitForSelector('table');
    await page.screenshot({ path: path.join(SHOTS, 'console-settings-rules.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('every page of the console runs under the served Content-Security-Policy', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    watch(page, problems);
    const response = await page.goto(server.url.replace(/\/graphql$/, '/queue'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await signIn(page, tenant.users.TENANT_ADMIN);
    await page.waitForSelector('.live:has-text("Live")');
    const scored = await server.gql<{
      scoreTransaction: { caseId: string; transactionId: string };
    }>(
      'mutation { scoreTransaction(input: { userId: "csp-e2e", amount: 700, currency: "EUR" }) { caseId transactionId } }',
      {},
      { auth: tenant.keys.LIVE.secret },
    );
    const { caseId, transactionId } = scored.data!.scoreTransaction;
    const pages: [string, string][] = [
      [`/cases/${caseId}`, 'h2'],
      ['/transactions', 'table'],
      [`/transactions/${transactionId}`, 'h2'],
      ['/metrics', 'svg'],
      ['/settings/scoring', 'form'],
      ['/settings/rules', 'table'],
      ['/settings/lists', 'table'],
      ['/settings/api-keys', 'table'],
      ['/settings/users', 'table'],
      ['/settings/webhooks', 'form'],
    ];
    for (const [where, ready] of pages) {
      // Client-side navigation keeps the session, which lives in memory only.
      await page.evaluate(
        `history.pushState({}, '', ${JSON.stringify(where)}); dispatchEvent(new PopStateEvent('popstate'))`,
      );
      await page.waitForSelector(ready, { timeout: 15_000 });
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('the queue shows a lost connection, reconnects on its own and refetches the case it missed', async () => {
    // The browser's server goes down and comes back on the same port; scoring meanwhile goes
    // through the other replica, so the case's live event is sent while nobody listens.
    const port = String(await freePort());
    let front: TestServer | undefined = await startTestServer({
      CONSOLE_DIR: CONSOLE_DIST,
      PORT: port,
    });
    const team = await seedTenant(server);
    await server.gql(
      'mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: null, block: 99 }) { baseCurrency } }',
      {},
      { auth: await team.token('TENANT_ADMIN') },
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(front.url.replace(/\/graphql$/, '/queue'));
      await signIn(page, team.users.ANALYST);
      await page.waitForSelector('.live:has-text("Live")');
      await page.waitForSelector('text=The queue is clear');

      await front.close();
      front = undefined;
      await page.waitForSelector('.live:has-text("reconnecting")', { timeout: 15_000 });
      await page.screenshot({ path: path.join(SHOTS, 'console-queue-reconnecting.png') });
      const scored = await server.gql<{ scoreTransaction: { caseId: string } }>(
        'mutation { scoreTransaction(input: { userId: "missed-while-down", amount: 900 }) { caseId } }',
        {},
        { auth: team.keys.LIVE.secret },
      );
      const { caseId } = scored.data!.scoreTransaction;

      front = await startTestServer({ CONSOLE_DIR: CONSOLE_DIST, PORT: port });
      await page.waitForSelector('.live:has-text("Live")', { timeout: 30_000 });
      await page.locator(`tr[data-case-id="${caseId}"]`).waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid=open-count] strong').textContent()).toBe('1');
    } finally {
      await page.close();
      await front?.close();
    }
  }, 120_000);
});
