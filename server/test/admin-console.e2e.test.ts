import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { UserService } from '../src/modules/users/user.service.js';
import { seedTenant, startTestServer, uniqueSlug, type TestServer } from './harness.js';
import { buildConsole, launchChromium, SHOTS } from './browser.js';

// A build of its own: the other browser tests build at the same time.
const CONSOLE_DIST = path.join(SHOTS, 'admin-console');

let server: TestServer;
let browser: Browser;
let root: { email: string; password: string };

beforeAll(async () => {
  await buildConsole(CONSOLE_DIST);
  // The production defaults, so the page shows what an operator would see.
  server = await startTestServer({
    CONSOLE_DIR: CONSOLE_DIST,
    RATE_LIMIT_SCORING_PER_MINUTE: '1000',
    RATE_LIMIT_OTHER_PER_MINUTE: '1000',
  });
  // The operators' own tenant with its platform admin.
  const home = await seedTenant(server);
  const em = server.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: home.id });
  root = { email: `root@${home.slug}.test`, password: `pw-${randomBytes(8).toString('hex')}` };
  await new UserService(em, home.id).create({ ...root, role: 'PLATFORM_ADMIN' }, SYSTEM_ACTOR);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ME = '{ me { kind tenant { slug } } }';

describe('platform admin console', () => {
  it('creates a tenant, sets its limits, adds its admin, disables it and loads a TOR list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(server.url.replace(/\/graphql$/, '/'));
    await page.fill('input[name=email]', root.email);
    await page.fill('input[name=password]', root.password);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin\/tenants$/);
    await page.waitForSelector('nav[aria-label=Main] >> text=Reputation lists');

    // Create a tenant: the slug follows the name.
    const slug = uniqueSlug('acme');
    await page.getByRole('textbox', { name: 'Name' }).fill('Acme Payments');
    await page.getByRole('textbox', { name: 'Slug' }).fill(slug);
    await page.click('button:has-text("Create tenant")');
    await page.waitForSelector('text=Tenant Acme Payments created.');
    const row = page.locator(`tr[data-tenant-slug="${slug}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(4).textContent()).toBe('Active');
    await row.getByRole('link', { name: 'Acme Payments' }).click();
    await page.waitForURL(/\/admin\/tenants\/[0-9a-f-]{36}$/);
    const tenantId = page.url().split('/').pop()!;

    // Its own scoring limit; the other stays the server default.
    const facts = page.getByLabel('Limits in force');
    await facts.getByText('1,000 / min (server default)').first().waitFor();
    await page.getByRole('textbox', { name: 'Scored events per minute' }).fill('5000');
    await page.click('button:has-text("Save rate limits")');
    await page.waitForSelector('text=Rate limits saved.');
    await facts.getByText('5,000 / min (own limit)').waitFor();

    // Its first tenant admin, who can sign in and make an API key.
    const adminEmail = `admin@${slug}.test`;
    await page.getByRole('textbox', { name: 'E-mail' }).fill(adminEmail);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('TENANT_ADMIN');
    await page.getByLabel('Initial password').fill('initial-password-1');
    await page.click('button:has-text("Add user")');
    await page.waitForSelector(`td:has-text("${adminEmail}")`);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS, 'admin-tenant.png'), fullPage: true });

    const login = await server.gql<{ login: { token: string } }>(
      'mutation($e: String!) { login(email: $e, password: "initial-password-1") { token } }',
      { e: adminEmail },
    );
    const token = login.data!.login.token;
    const key = await server.gql<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(name: "checkout", mode: LIVE) { secret } }',
      {},
      { auth: token },
    );
    const secret = key.data!.createApiKey.secret;
    expect((await server.gql(ME, {}, { auth: secret })).data).toEqual({
      me: { kind: 'API_KEY', tenant: { slug } },
    });
    const limits = await server.orm.em
      .getConnection()
      .execute('select rate_limit_scoring_per_minute as s from tenant where id = ?', [tenantId]);
    expect(limits[0]).toEqual({ s: 5000 });

    // Disabled after a confirmation: its key and its admin are refused from then on.
    await page.click('button:has-text("Disable tenant")');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Disable tenant' }).click();
    await page.waitForSelector('[data-testid=tenant-status]:has-text("Disabled since")');
    for (const auth of [secret, token]) {
      const refused = await server.gql(ME, {}, { auth });
      expect(refused.errors?.[0]?.message).toBe('Tenant is disabled');
    }

    // The tenant's admin forgot their password: a one-time password, shown once, which signs in.
    await page.getByRole('button', { name: `Reset password: ${adminEmail}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset password' }).click();
    const oneTime = page.getByText(`One-time password for ${adminEmail}`);
    await oneTime.waitFor();
    const oneTimePassword = await page.locator('.secret-once__input').inputValue();
    expect(oneTimePassword.length).toBeGreaterThan(8);
    // The tenant is disabled, so even the right password ends in "Tenant is disabled"; the old
    // one is now simply wrong.
    const signIn = (password: string) =>
      server.gql(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        {
          e: adminEmail,
          p: password,
        },
      );
    expect((await signIn('initial-password-1')).errors?.[0]?.message).toBe(
      'Invalid e-mail or password',
    );
    expect((await signIn(oneTimePassword)).errors?.[0]?.message).toBe('Tenant is disabled');

    // A TOR exit list from a file: the count goes up, the bad line is reported by number.
    await page.click('nav[aria-label=Main] >> text=Reputation lists');
    await page.waitForURL(/\/admin\/reputation$/);
    const count = page.getByTestId('count-TOR_EXIT');
    await count.waitFor();
    const before = Number((await count.textContent())!.replace(/\D/g, ''));
    const ip = () => `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;
    const ips = [...new Set([ip(), ip(), ip()])];
    await page.getByRole('combobox', { name: 'List' }).selectOption('TOR_EXIT');
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'tor-exits.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`# exits\n${ips.join('\n')}\nnot-an-address\n`),
    });
    await page.click('button:has-text("Upload")');
    await page.waitForSelector('text=tor-exits.txt:');
    const refusedLine = ips.length + 2;
    await page
      .getByRole('table', { name: 'Refused lines' })
      .getByText('"not-an-address" is not an IPv4 or IPv6 address')
      .waitFor();
    expect(
      await page.getByRole('table', { name: 'Refused lines' }).locator('td').first().textContent(),
    ).toBe(String(refusedLine));
    await expect
      .poll(async () =>
        Number(
          (await page.locator('[data-testid=count-TOR_EXIT]').textContent())?.replace(/\D/g, ''),
        ),
      )
      .toBeGreaterThan(before);
    await page.screenshot({ path: path.join(SHOTS, 'admin-reputation.png'), fullPage: true });

    await page.click('nav[aria-label=Main] >> text=Tenants');
    await row.waitFor();
    expect(await row.locator('td').nth(4).textContent()).toMatch(/^Disabled /);
    await page.screenshot({ path: path.join(SHOTS, 'admin-tenants.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
