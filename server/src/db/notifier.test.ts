import { describe, expect, it } from 'vitest';
import { CASE_CHANNEL, WEBHOOK_CHANNEL, notify, notifyEach } from './notifier.js';

const notice = { type: 'CASE_OPENED', tenantId: 't1', mode: 'LIVE', caseId: 'c1' } as const;

describe('the notifier', () => {
  it('round-trips a case notice and drops what is not one', () => {
    expect(CASE_CHANNEL.decode(CASE_CHANNEL.encode(notice))).toEqual(notice);
    for (const bad of [
      'not json',
      'null',
      '{}',
      JSON.stringify({ ...notice, type: 'CASE_DELETED' }),
      JSON.stringify({ ...notice, mode: 'PROD' }),
      JSON.stringify({ ...notice, caseId: 7 }),
    ])
      expect(CASE_CHANNEL.decode(bad)).toBeNull();
  });

  it('announces with bind values, one statement however many payloads', () => {
    const one = notify(WEBHOOK_CHANNEL, '');
    expect(one.sql.text).toBe('select pg_notify($1, $2)');
    expect(one.sql.values(one.values)).toEqual(['warden_webhook', '']);
    expect(notifyEach(CASE_CHANNEL, [])).toEqual([]);
    const many = notifyEach(CASE_CHANNEL, [notice, { ...notice, caseId: 'c2' }]);
    expect(many).toHaveLength(1);
    const [channel, payloads] = many[0]!.sql.values(many[0]!.values) as [string, string];
    expect(channel).toBe('warden_case');
    expect((JSON.parse(payloads) as string[]).map((p) => CASE_CHANNEL.decode(p)!.caseId)).toEqual([
      'c1',
      'c2',
    ]);
  });
});
