import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';
import { launchChromium } from './browser.js';

let server: TestServer;
let tenant: SeededTenant;
let browser: Browser;
let site: Server;
let siteUrl: string;

/** A tenant's own signup page, on another origin, loading the collector from Warden. */
function signupPage(wardenOrigin: string): string {
  return `<!doctype html><html><head><title>Sign up</title>
<script src="${wardenOrigin}/sdk/warden-signals.js"></script></head>
<body style="margin:0">
<form id="signup" style="padding:40px">
  <input id="email" name="email" autocomplete="off" style="width:300px;height:30px">
  <input id="password" name="password" type="password" style="width:300px;height:30px">
  <button id="go" type="submit" style="width:120px;height:40px">Create account</button>
</form>
<script>
  const form = document.getElementById('signup');
  const signals = Warden.attach(form);
  form.addEventListener('submit', (e) => { e.preventDefault(); window.collected = signals.collect(); });
</script></body></html>`;
}

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
  const origin = new URL(server.url).origin;
  site = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(signupPage(origin));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await server?.close();
});

describe('browser collector', () => {
  it('collects device and behaviour on a real form without calling Warden, and scores', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(siteUrl);
    // A person: moves the pointer along a curve, clicks, types, submits.
    await page.mouse.move(50, 50);
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(50 + i * 12, 50 + Math.round(30 * Math.sin(i / 3)), { steps: 3 });
      await page.waitForTimeout(45);
    }
    await page.click('#email');
    await page.keyboard.type('ann@example.com', { delay: 15 });
    await page.click('#password');
    await page.keyboard.type('s3cret-pass', { delay: 15 });
    await page.click('#go');
    const collected = (await page.evaluate('window.collected')) as {
      device: Record<string, unknown>;
      behavior: {
        formStartedAt: number;
        formSubmittedAt: number;
        mousePath: { x: number; y: number; t: number }[];
        keystrokeCount: number;
        pasteCount: number;
      };
    };
    await page.close();

    expect(collected.device).toMatchObject({
      userAgent: expect.stringContaining('HeadlessChrome'),
      screen: { width: expect.any(Number), height: expect.any(Number), pixelRatio: 1 },
      timezone: expect.any(String),
      language: expect.any(String),
      clientFingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(collected.behavior.keystrokeCount).toBe('ann@example.com'.length + 's3cret-pass'.length);
    expect(collected.behavior.pasteCount).toBe(0);
    expect(collected.behavior.mousePath.length).toBeGreaterThan(5);
    expect(collected.behavior.mousePath.length).toBeLessThanOrEqual(300);
    expect(collected.behavior.formSubmittedAt).toBeGreaterThan(collected.behavior.formStartedAt);
    // Only the page and the script itself: the collector never calls Warden's API.
    expect(requests.filter((u) => u.includes('/graphql'))).toEqual([]);
    expect(requests.map((u) => new URL(u).pathname).sort()).toEqual([
      '/',
      '/sdk/warden-signals.js',
    ]);

    // The tenant's backend forwards it with the end user's IP.
    const res = await server.gql<{
      scoreAccountEvent: {
        riskBand: string;
        allChecks: { code: string; status: string; detail: string }[];
        derivedSignals: { behavior: { pointerPoints: number; keystrokes: number } };
      };
    }>(
      `mutation($input: AccountEventInput!) { scoreAccountEvent(input: $input) {
        riskBand allChecks { code status detail } derivedSignals } }`,
      {
        input: {
          type: 'SIGNUP',
          externalUserId: 'browser-signup',
          email: 'ann@example.com',
          ip: '198.18.200.1',
          ...collected,
        },
      },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.errors?.map((e) => [e.message, JSON.stringify(e.extensions)])).toBeUndefined();
    const r = res.data!.scoreAccountEvent;
    expect(r.derivedSignals.behavior).toMatchObject({
      pointerPoints: collected.behavior.mousePath.length,
      keystrokes: 26,
    });
    // Headless Chromium is a robot, and says so in its user agent.
    expect(r.allChecks.find((c) => c.code === 'BOT_BEHAVIOR')).toMatchObject({
      status: 'FIRED',
      detail: expect.stringContaining('headless browser'),
    });
  });

  it('serves the script to any origin, and as an ES module', async () => {
    const origin = new URL(server.url).origin;
    const script = await fetch(`${origin}/sdk/warden-signals.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    const mod = await fetch(`${origin}/sdk/warden-signals.mjs`);
    expect(mod.status).toBe(200);
    expect(await mod.text()).toContain('export const collect');
  });
});
