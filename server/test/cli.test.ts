import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { hashApiKeySecret } from '../src/modules/api-keys/api-key.secret.js';
import { uniqueSlug } from './harness.js';
import pg from 'pg';

const databaseUrl = inject('databaseUrl');
const env = { DATABASE_URL: databaseUrl, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('warden CLI', () => {
  it('migrate reports an up-to-date database', async () => {
    const res = await cli('migrate', '--json');
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(res.stdout)).toEqual({ applied: [] });
  });

  it('tenant create prints { id, slug, name } and refuses a duplicate slug clearly', async () => {
    const slug = uniqueSlug('cli');
    const res = await cli('tenant', 'create', '--slug', slug, '--name', 'CLI Bank', '--json');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toEqual({ id: expect.any(String), slug, name: 'CLI Bank' });
    expect(await sql('select name from tenant where id = $1', [out.id])).toEqual([
      { name: 'CLI Bank' },
    ]);

    const again = await cli('tenant', 'create', '--slug', slug, '--name', 'Other', '--json');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`error: A tenant with slug "${slug}" already exists\n`);
  });

  it('tenant create rejects a bad slug naming the field', async () => {
    const res = await cli('tenant', 'create', '--slug', 'Bad Slug!', '--name', 'x');
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/slug: must be 2 to 63 characters/);
  });

  it('apikey create prints the key once and stores only its hash', async () => {
    const slug = uniqueSlug('cli');
    await cli('tenant', 'create', '--slug', slug, '--name', 'Keys');
    const res = await cli(
      'apikey',
      'create',
      '--tenant',
      slug,
      '--mode',
      'live',
      '--name',
      'backend',
      '--json',
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toEqual({
      id: expect.any(String),
      key: expect.stringMatching(/^pk_live_/),
      prefix: out.key.slice(0, 12),
      mode: 'LIVE',
    });
    const rows = await sql<{ key_hash: string; name: string }>(
      'select key_hash, name from api_key where id = $1',
      [out.id],
    );
    expect(rows).toEqual([{ key_hash: hashApiKeySecret(out.key), name: 'backend' }]);
    const audit = await sql<{ action: string; actor_label: string }>(
      'select action, actor_label from audit_entry where entity_id = $1',
      [out.id],
    );
    expect(audit).toEqual([{ action: 'api_key.create', actor_label: 'cli' }]);
  });

  it('apikey create names an unknown tenant', async () => {
    const res = await cli('apikey', 'create', '--tenant', 'no-such-tenant', '--mode', 'test');
    expect(res).toMatchObject({ code: 1, stderr: 'error: Tenant "no-such-tenant" not found\n' });
  });

  it('user create prints { id, email, role } and validates the password', async () => {
    const slug = uniqueSlug('cli');
    await cli('tenant', 'create', '--slug', slug, '--name', 'Users');
    const email = `Analyst@${slug}.test`;
    const weak = await cli(
      'user',
      'create',
      '--tenant',
      slug,
      '--email',
      email,
      '--password',
      'short',
      '--role',
      'ANALYST',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: must be at least 10 characters/);
    const res = await cli(
      'user',
      'create',
      '--tenant',
      slug,
      '--email',
      email,
      '--password',
      'long-enough-pw',
      '--role',
      'analyst',
      '--json',
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      id: expect.any(String),
      email: email.toLowerCase(),
      role: 'ANALYST',
    });
    const rows = await sql<{ password_hash: string }>(
      'select password_hash from app_user where email = $1',
      [email.toLowerCase()],
    );
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('user disable / enable / reset-password act by e-mail, with one JSON object each', async () => {
    const slug = uniqueSlug('cli');
    await cli('tenant', 'create', '--slug', slug, '--name', 'People');
    const email = `leaver@${slug}.test`;
    const created = await cli(
      ...['user', 'create', '--tenant', slug, '--email', email, '--json'],
      ...['--password', 'long-enough-pw', '--role', 'ANALYST'],
    );
    const { id } = JSON.parse(created.stdout);
    const state = async () =>
      (
        await sql<{ disabled: boolean; token_version: number; must_change_password: boolean }>(
          `select disabled_at is not null as disabled, token_version, must_change_password
             from app_user where id = $1`,
          [id],
        )
      )[0]!;

    const disabled = await cli('user', 'disable', '--email', email.toUpperCase(), '--json');
    expect(disabled).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(disabled.stdout)).toEqual({ id, email, role: 'ANALYST', disabled: true });
    expect(await state()).toEqual({
      disabled: true,
      token_version: 1,
      must_change_password: false,
    });

    const enabled = await cli('user', 'enable', '--email', email);
    expect(enabled).toMatchObject({
      code: 0,
      stdout: `Enabled ${email}; they can log in again.\n`,
    });
    expect((await state()).disabled).toBe(false);

    const reset = await cli('user', 'reset-password', '--email', email, '--json');
    expect(reset.code).toBe(0);
    expect(reset.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(reset.stdout);
    expect(out).toEqual({ id, email, oneTimePassword: expect.any(String) });
    expect(await state()).toMatchObject({ token_version: 2, must_change_password: true });
    const audit = await sql<{ action: string; actor_label: string; after: unknown }>(
      'select action, actor_label, after from audit_entry where entity_id = $1 order by created_at',
      [id],
    );
    expect(audit.map((a) => [a.action, a.actor_label])).toEqual([
      ['user.create', 'cli'],
      ['user.update', 'cli'],
      ['user.update', 'cli'],
      ['user.reset_password', 'cli'],
    ]);
    expect(JSON.stringify(audit)).not.toContain(out.oneTimePassword);

    const text = await cli('user', 'reset-password', '--email', email);
    expect(text.stdout).toMatch(/shown once:\n\n {2}\S{20}\n/);
  });

  it('user disable names an unknown e-mail and refuses to leave a tenant without an admin', async () => {
    expect(await cli('user', 'disable', '--email', 'nobody@nowhere.test')).toMatchObject({
      code: 1,
      stderr: 'error: User "nobody@nowhere.test" not found\n',
    });
    expect(await cli('user', 'reset-password')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --email'),
    });
    const slug = uniqueSlug('cli');
    await cli('tenant', 'create', '--slug', slug, '--name', 'Lone');
    const email = `admin@${slug}.test`;
    await cli(
      ...['user', 'create', '--tenant', slug, '--email', email],
      ...['--password', 'long-enough-pw', '--role', 'TENANT_ADMIN'],
    );
    const res = await cli('user', 'disable', '--email', email);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/last active admin/);
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect(await cli('tenant', 'create', '--slug', 'x-y')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('missing --name'),
    });
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(await cli('apikey', 'create', '--tenant', 'x', '--mode', 'prod')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--mode must be test or live'),
    });
  });

  it('as a real process with --json prints exactly one JSON object on stdout', async () => {
    const slug = uniqueSlug('proc');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        path.resolve(import.meta.dirname, '../dist/cli/main.js'),
        'tenant',
        'create',
        '--slug',
        slug,
        '--name',
        'Proc',
        '--json',
      ],
      { env: { ...process.env, ...env, LOG_LEVEL: 'info' } },
    );
    expect(JSON.parse(stdout)).toMatchObject({ slug, name: 'Proc' });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toContain(slug);
  });
});
