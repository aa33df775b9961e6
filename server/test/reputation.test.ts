import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

// Platform lists are shared by every tenant: these addresses (198.51.100.240/28, TEST-NET-2)
// and the domain are used by no other test.
const TOR_IP = '198.51.100.241';
const HOSTING = '198.51.100.248/29';
const HOSTED_IP = '198.51.100.250';
const DOMAIN = `burner-${randomUUID().slice(0, 8)}.example`;

let server: TestServer;
let tenant: SeededTenant;
let dir: string;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { DATABASE_URL: inject('databaseUrl'), JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
  dir = await mkdtemp(path.join(tmpdir(), 'warden-reputation-'));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('reputation lists', () => {
  it('imports a list file from the CLI, reporting bad lines, and lists the counts', async () => {
    const file = path.join(dir, 'tor-exits.txt');
    await writeFile(file, `# TOR exits\n${TOR_IP}\n\nnot-an-ip\n${TOR_IP}  # again\n`);
    const res = await cli('reputation', 'import', '--kind', 'tor_exit', file, '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      kind: 'TOR_EXIT',
      valid: 1,
      invalidCount: 1,
      invalid: [{ line: 4, text: 'not-an-ip' }],
    });
    const again = await cli('reputation', 'import', '--kind', 'TOR_EXIT', file, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ valid: 1, added: 0 });

    const hosting = path.join(dir, 'hosting.txt');
    await writeFile(hosting, `${HOSTING}\n`);
    expect((await cli('reputation', 'import', '--kind', 'HOSTING_NETWORK', hosting)).code).toBe(0);
    const domains = path.join(dir, 'domains.txt');
    await writeFile(domains, `${DOMAIN}\n`);
    expect((await cli('reputation', 'import', '--kind', 'DISPOSABLE_DOMAIN', domains)).code).toBe(
      0,
    );

    const list = await cli('reputation', 'list', '--json');
    const counts = (JSON.parse(list.stdout) as { counts: Record<string, number> }).counts;
    expect(counts.TOR_EXIT).toBeGreaterThanOrEqual(1);
    expect(counts.HOSTING_NETWORK).toBeGreaterThanOrEqual(1);

    // A damaged or empty file never replaces a list.
    const damaged = await cli('reputation', 'import', '--kind', 'TOR_EXIT', '--replace', file);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/refusing to replace the list with a damaged file/);
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '<html>Service unavailable</html>\n');
    const wiped = await cli(
      'reputation',
      'import',
      '--kind',
      'HOSTING_NETWORK',
      '--replace',
      empty,
    );
    expect(wiped.code).toBe(1);
    expect(
      JSON.parse((await cli('reputation', 'list', '--json')).stdout).counts.HOSTING_NETWORK,
    ).toBe(counts.HOSTING_NETWORK);

    const bad = await cli('reputation', 'import', '--kind', 'NOPE', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--kind must be one of DISPOSABLE_DOMAIN, TOR_EXIT, HOSTING_NETWORK/,
    );
  });

  it('feeds TOR_EXIT, HOSTING_ASN and DISPOSABLE_EMAIL for transactions and account events', async () => {
    const tx = await server.gql<{ scoreTransaction: { matchedRules: { code: string }[] } }>(
      'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { matchedRules { code } } }',
      { input: { userId: `rep-${randomUUID()}`, amount: 20, ip: TOR_IP } },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(tx.data!.scoreTransaction.matchedRules.map((r) => r.code)).toContain('TOR_EXIT');

    const account = await server.gql<{ scoreAccountEvent: { matchedRules: { code: string }[] } }>(
      'mutation($input: AccountEventInput!) { scoreAccountEvent(input: $input) { matchedRules { code } } }',
      {
        input: {
          type: 'SIGNUP',
          externalUserId: `rep-${randomUUID()}`,
          email: `someone@${DOMAIN}`,
          ip: HOSTED_IP,
        },
      },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(account.data!.scoreAccountEvent.matchedRules.map((r) => r.code).sort()).toEqual([
      'DISPOSABLE_EMAIL',
      'HOSTING_ASN',
    ]);
  });
});
