import { describe, expect, it } from 'vitest';
import { useSeededServer } from './harness.js';

const ctx = useSeededServer();

const CHECK = 'allChecks { code status weight contribution detail }';
type Check = { code: string; status: string; weight: number; contribution: number; detail: string };

async function read(id: string): Promise<Check[]> {
  const res = await ctx.server.gql<{ transaction: { allChecks: Check[] } }>(
    `query($id: UUID!) { transaction(id: $id) { ${CHECK} } }`,
    { id },
    { auth: await ctx.tenant.token('ANALYST') },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.transaction.allChecks;
}

/** Scores a LIVE transaction and returns its id and checks. */
async function scoreTransaction(input: Record<string, unknown>) {
  const res = await ctx.server.gql<{
    scoreTransaction: { transactionId: string; allChecks: Check[] };
  }>(
    `mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId ${CHECK} } }`,
    { input },
    { auth: ctx.tenant.keys.LIVE.secret },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.scoreTransaction;
}

async function stored(id: string, path: string): Promise<unknown> {
  const rows = await ctx.server.orm.em
    .getConnection()
    .execute<{ v: unknown }[]>(`select result #> '${path}' as v from scored_event where id = ?`, [
      id,
    ]);
  return rows[0]?.v;
}

describe('stored checks', () => {
  it('stores each check as an array and reads it back as the score returned it', async () => {
    const scored = await scoreTransaction({
      userId: 'stored-checks-1',
      amount: 25_000,
      currency: 'USD',
    });
    const high = scored.allChecks.find((c) => c.code === 'HIGH_AMOUNT')!;
    expect(high.status).toBe('FIRED');
    expect(high.contribution).toBeGreaterThan(0);
    const first = (await stored(scored.transactionId, '{allChecks,0}')) as unknown[];
    expect(Array.isArray(first)).toBe(true);
    expect(first).toHaveLength(5);
    expect(await read(scored.transactionId)).toEqual(scored.allChecks);
  });

  it('reads results stored with checks as objects', async () => {
    const scored = await scoreTransaction({ userId: 'stored-checks-2', amount: 40 });
    await ctx.server.orm.em.getConnection().execute(
      `update scored_event set result = jsonb_set(result, '{allChecks}', (
         select jsonb_agg(jsonb_build_object('code', c->0, 'status', c->1, 'weight', c->2,
           'contribution', c->3, 'detail', c->4) order by n)
           from jsonb_array_elements(result->'allChecks') with ordinality as x(c, n)))
        where id = ?`,
      [scored.transactionId],
    );
    expect(await stored(scored.transactionId, '{allChecks,0,code}')).toBe(
      scored.allChecks[0]!.code,
    );
    expect(await read(scored.transactionId)).toEqual(scored.allChecks);
  });

  it('stores an account event’s checks the same way', async () => {
    const res = await ctx.server.gql<{
      scoreAccountEvent: { transactionId: string; allChecks: Check[] };
    }>(
      `mutation($input: AccountEventInput!) { scoreAccountEvent(input: $input) { transactionId ${CHECK} } }`,
      { input: { type: 'LOGIN', externalUserId: 'stored-checks-3' } },
      { auth: ctx.tenant.keys.LIVE.secret },
    );
    expect(res.errors).toBeUndefined();
    const scored = res.data!.scoreAccountEvent;
    const checks = (await stored(scored.transactionId, '{allChecks}')) as unknown[][];
    expect(checks.map((c) => c[0])).toEqual(scored.allChecks.map((c) => c.code));
    expect(checks.map((c) => c[4])).toEqual(scored.allChecks.map((c) => c.detail));
  });
});
