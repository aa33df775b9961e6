import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../src/config.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const CONSOLE_DIST = path.join(REPO_ROOT, 'console', 'dist');
const SHOTS = path.join(REPO_ROOT, 'server', 'test-output');

let server: TestServer;
let tenant: SeededTenant;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`,
    );
  }
  // The console as `npm start` serves it.
  await promisify(execFile)('npm', ['run', '-s', '-w', 'console', 'build'], { cwd: REPO_ROOT });
  await mkdir(SHOTS, { recursive: true });
  server = await startTestServer({ CONSOLE_DIR: CONSOLE_DIST });
  tenant = await seedTenant(server);
  // Everything this tenant scores goes to review.
  await server.gql(
    'mutation { updateThresholds(kind: TRANSACTION, thresholds: { review: 0, challenge: null, block: 99 }) { baseCurrency } }',
    {},
    { auth: await tenant.token('TENANT_ADMIN') },
  );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('analyst console', () => {
  it('signs in, sees a new case arrive live, opens it, labels it, and the case leaves', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(server.url.replace(/\/graphql$/, '/'));
    await page.fill('input[name=email]', tenant.users.ANALYST.email);
    await page.fill('input[name=password]', tenant.users.ANALYST.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('text=Review queue');

    // Scored through the API with a key: the case appears without a reload.
    const scored = await server.gql<{ scoreTransaction: { caseId: string; decision: string } }>(
      'mutation { scoreTransaction(input: { userId: "console-e2e", amount: 2500 }) { caseId decision } }',
      {},
      { auth: tenant.keys.LIVE.secret },
    );
    const { caseId } = scored.data!.scoreTransaction;
    const row = page.locator(`tr[data-case-id="${caseId}"]`);
    await row.waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(SHOTS, 'console-queue.png') });

    await row.click();
    await page.waitForSelector('text=Why it was routed');
    expect(await page.locator('.rules li').count()).toBeGreaterThan(0);
    await page.keyboard.press('1');
    await page.screenshot({ path: path.join(SHOTS, 'console-case.png') });
    await page.click('button:has-text("Resolve case")');
    await row.waitFor({ state: 'detached', timeout: 10_000 });

    const feedback = await server.orm.em
      .getConnection()
      .execute<{ analyst_label: string }[]>(
        `select f.analyst_label from feedback f join review_case c on c.event_id = f.event_id where c.id = ?`,
        [caseId],
      );
    expect(feedback).toEqual([{ analyst_label: 'TRUE_FRAUD' }]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
