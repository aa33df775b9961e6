import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../src/config.js';

/** Debian's Chromium: Playwright cannot download its own browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots of the browser tests (git-ignored). */
export const SHOTS = path.join(REPO_ROOT, 'server', 'test-output');

/**
 * Builds the console as `npm start` serves it. `outDir` (absolute) gives a test file a build of
 * its own, since browser test files run in parallel and one build must not empty another's;
 * without it the build goes to console/dist.
 */
export async function buildConsole(outDir?: string): Promise<string> {
  const args = ['run', '-s', '-w', 'console', 'build'];
  if (outDir) args.push('--', '--outDir', outDir, '--emptyOutDir');
  await promisify(execFile)('npm', args, { cwd: REPO_ROOT });
  await mkdir(SHOTS, { recursive: true });
  return outDir ?? path.join(REPO_ROOT, 'console', 'dist');
}

/** Headless Chromium with the flags this machine needs (no sandbox as root, no network chatter). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`,
    );
  }
  await mkdir(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A new page signed in to the console at `consoleUrl` as `email`, its main navigation shown. */
export async function signedInPage(
  browser: Browser,
  consoleUrl: string,
  email: string,
  password: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(consoleUrl);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('nav[aria-label=Main]');
  return page;
}
