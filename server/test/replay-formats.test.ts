import { afterAll, describe, expect, it } from 'vitest';
import { uniqueSlug } from './harness.js';
import { cli, gz, removeFiles, sql, tenantId } from './replay-fixtures.js';

afterAll(removeFiles);

describe('warden replay --format ecom', () => {
  it('scores a signup then a purchase per row, in time order, and summarizes signups', async () => {
    const header =
      'user_id,signup_time,purchase_time,purchase_value,device_id,source,browser,sex,age,ip_address,class';
    const lines = [header];
    // Rows out of time order, as in the real file; user 1 to 10 legitimate, 11 to 14 fraud
    // bursting on one device in the same minute.
    for (let u = 10; u >= 1; u--)
      lines.push(
        `${u},2/${u}/2015 10:0${u % 10},3/${u}/2015 12:30,${20 + u},DEV${u},SEO,Chrome,F,30,${16777216 + u * 300}.5,0`,
      );
    for (let u = 11; u <= 14; u++)
      lines.push(
        `${u},1/1/2015 0:0${u - 10},1/1/2015 0:0${u - 10},15,SHARED,Ads,Chrome,M,25,${1000000000 + u},1`,
      );
    const file = await gz('train.csv.gz', `${lines.join('\n')}\n`);
    await gz(
      'ip_country.csv.gz',
      'lower_bound_ip_address,upper_bound_ip_address,country\n16777216,16777471,Australia\n16777472,16780000,China\n',
    );
    const slug = uniqueSlug('ecom');
    const res = await cli('replay', '--format', 'ecom', '--tenant', slug, '--json', file);
    expect(res.stderr).toMatch(/^(replay: .*\n)*$/);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      events: 28,
      transactions: 14,
      scored: 14,
      accountEvents: 14,
      accountScored: 14,
      frauds: 4,
      chargebacks: 4,
      signups: { legitimate: 10, fraudulent: 4 },
    });
    expect(out.errors).toEqual([]);
    const id = await tenantId(slug);
    const stored = await sql<{ kind: string; user_id: string; ip: string; country: string | null }>(
      `select kind, user_id, ip, country from scored_event where tenant_id = $1 order by occurred_at, kind`,
      [id],
    );
    expect(stored).toHaveLength(28);
    expect(stored.find((s) => s.kind === 'TRANSACTION' && s.user_id === '1')).toMatchObject({
      ip: '1.0.1.44',
      country: 'CN',
    });

    const again = await cli('replay', '--format', 'ecom', '--tenant', slug, '--json', file);
    expect(JSON.parse(again.stdout)).toMatchObject({
      scored: 0,
      alreadyScored: 14,
      accountScored: 0,
      accountAlreadyScored: 14,
      signups: out.signups,
    });

    const evaluation = await cli('evaluate', '--tenant', slug, '--json');
    expect(JSON.parse(evaluation.stdout)).toMatchObject({
      events: 14,
      frauds: 4,
      signups: out.signups,
    });
  });
});

describe('warden replay --format warden', () => {
  it('reads JSON lines of transactions and account events', async () => {
    const at = (minute: number) => new Date(Date.UTC(2024, 0, 2, 10, minute)).toISOString();
    const lines = [
      {
        kind: 'account-event',
        input: { type: 'SIGNUP', externalUserId: 'u1', ip: '8.8.8.8', occurredAt: at(0) },
        fraud: false,
      },
      {
        kind: 'transaction',
        input: {
          userId: 'u1',
          amount: 12.5,
          currency: 'EUR',
          occurredAt: at(1),
          reference: 'tx-1',
        },
        fraud: false,
      },
      {
        kind: 'transaction',
        input: { userId: 'u1', amount: 900, currency: 'EUR', occurredAt: at(2) },
        fraud: true,
      },
      { kind: 'transaction', input: { userId: 'u2', amount: -1, occurredAt: at(3) } },
    ];
    const file = await gz('events.jsonl.gz', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const slug = uniqueSlug('jsonl');
    const res = await cli(
      'replay',
      '--format',
      'warden',
      '--tenant',
      slug,
      '--label-delay-days',
      '1',
      '--json',
      file,
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      events: 4,
      transactions: 3,
      scored: 2,
      failed: 1,
      accountScored: 1,
      frauds: 1,
      chargebacks: 1,
    });
    expect(out.errors).toEqual([
      expect.stringMatching(/^line-4: .*inputs\.\d+\.amount: must be greater than 0/),
    ]);
    const id = await tenantId(slug);
    const refs = await sql<{ reference: string | null }>(
      `select reference from scored_event where tenant_id = $1 order by occurred_at`,
      [id],
    );
    expect(refs.map((r) => r.reference)).toEqual([null, 'tx-1', 'line-3']);
  });
});
