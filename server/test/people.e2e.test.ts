import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';
import { buildConsole, launchChromium, SHOTS } from './browser.js';

// A build of its own: the other browser tests build console/dist at the same time.
const CONSOLE_DIST = path.join(SHOTS, 'people-console');

let server: TestServer;
let tenant: SeededTenant;
let browser: Browser;

beforeAll(async () => {
  await buildConsole(CONSOLE_DIST);
  // Open views re-check their session every second here (at most 30 s in production).
  server = await startTestServer({ CONSOLE_DIR: CONSOLE_DIST }, { sessionRecheckMs: 1000 });
  tenant = await seedTenant(server);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openConsole(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url.replace(/\/graphql$/, '/'));
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

describe('people in the console', () => {
  it('an admin resets an analyst’s password; the analyst signs in with it once and sets their own', async () => {
    const admin = await openConsole();
    await signIn(admin, tenant.users.TENANT_ADMIN.email, tenant.users.TENANT_ADMIN.password);
    await admin.waitForSelector('nav[aria-label=Main]');
    await admin.goto(server.url.replace(/\/graphql$/, '/settings/users'));
    const analyst = tenant.users.ANALYST;
    await admin.click(`button[aria-label="Reset password: ${analyst.email}"]`);
    await admin.click('[role=alertdialog] button:has-text("Reset password")');
    const secret = admin.getByRole('textbox', { name: `One-time password for ${analyst.email}` });
    await secret.waitFor();
    const oneTimePassword = await secret.inputValue();
    expect(oneTimePassword).toMatch(/^\S{20}$/);
    await admin.screenshot({ path: path.join(SHOTS, 'people-reset.png'), fullPage: true });
    await admin.click('button:has-text("I have stored it")');
    await expect(secret.count()).resolves.toBe(0);

    const page = await openConsole();
    await signIn(page, analyst.email, oneTimePassword);
    await page.getByRole('heading', { name: 'Set your password' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'people-set-password.png') });
    await page.getByLabel('One-time password').fill(oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill('my-own-new-password');
    await page.getByLabel('New password again').fill('my-own-new-password');
    await page.click('button:has-text("Set password")');
    await page.waitForSelector('nav[aria-label=Main]');
    await page.waitForURL(/\/queue$/);
    await page.close();
    await admin.close();

    const check = await server.gql<{ login: { mustChangePassword: boolean } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { mustChangePassword } }',
      { e: analyst.email, p: 'my-own-new-password' },
    );
    expect(check.data?.login.mustChangePassword).toBe(false);
  });

  it('disabling a user signs out their open console', async () => {
    const compliance = tenant.users.COMPLIANCE;
    const watcher = await openConsole();
    await signIn(watcher, compliance.email, compliance.password);
    await watcher.waitForURL(/\/metrics$/);
    // Compliance reads the queue too: its live view keeps a subscription open.
    await watcher.goto(server.url.replace(/\/graphql$/, '/queue'));
    await watcher.waitForSelector('.live:has-text("Live")');

    const admin = await openConsole();
    await signIn(admin, tenant.users.TENANT_ADMIN.email, tenant.users.TENANT_ADMIN.password);
    await admin.waitForSelector('nav[aria-label=Main]');
    await admin.goto(server.url.replace(/\/graphql$/, '/settings/users'));
    await admin.click(`button[aria-label="Disable: ${compliance.email}"]`);
    await admin.click('[role=alertdialog] button:has-text("Disable user")');
    await admin
      .getByRole('row', { name: new RegExp(compliance.email) })
      .getByText(/^Disabled/)
      .waitFor();
    await admin.screenshot({ path: path.join(SHOTS, 'people-users.png'), fullPage: true });

    await watcher.getByText('Your session has ended. Please sign in again.').waitFor({
      timeout: 15_000,
    });
    await watcher.close();
    await admin.close();
  });
});
