import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const uid = (p: string) => `${p}-${Math.random().toString(36).slice(2, 10)}`;
const auth = () => ({ auth: tenant.keys.LIVE.secret });
const SCORE =
  'mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId signals { positive } } }';
const CUSTOMER = `query($id: String!) { customer(externalId: $id) {
  externalId onboarded email phone country dateOfBirth kycLevel segment firstSeenAt lastSeenAt
  profile { trustLevel trustScore
    statistics { count total average max stdDev }
    patterns { typicalAmountMin typicalAmountMax typicalHours channels { name count } countries { name count } distinctRecipients transactionsPerDay }
    riskFactors { fraudLabels chargebacks disputes } } } }`;
const ONBOARD =
  'mutation($input: CustomerInput!) { onboardCustomer(input: $input) { externalId onboarded email phone country kycLevel profile { statistics { count } } } }';

type Customer = {
  externalId: string;
  onboarded: boolean;
  profile: {
    trustLevel: string;
    statistics: { count: number; total: number; average: number; max: number; stdDev: number };
    patterns: {
      typicalHours: number[];
      channels: { name: string; count: number }[];
      distinctRecipients: number;
    };
  };
};

describe('customers', () => {
  it('onboards, then links scores to the onboarded customer and keeps its profile', async () => {
    const id = uid('cust');
    const onboard = await server.gql<{ onboardCustomer: Record<string, unknown> }>(
      ONBOARD,
      {
        input: {
          externalId: id,
          email: 'Ada@Example.COM',
          phone: '+33 6 12 34 56 78',
          country: 'fr',
          kycLevel: 'VERIFIED',
        },
      },
      auth(),
    );
    expect(onboard.data?.onboardCustomer).toEqual({
      externalId: id,
      onboarded: true,
      email: 'ada@example.com',
      phone: '+33612345678',
      country: 'FR',
      kycLevel: 'VERIFIED',
      profile: { statistics: { count: 0 } },
    });
    const at = (h: number) => `2026-11-2${h % 3}T0${h % 3}:30:00Z`;
    for (const [i, amount] of [10, 20, 30, 40].entries()) {
      const r = await server.gql(
        SCORE,
        {
          input: {
            userId: id,
            amount,
            channel: 'app',
            occurredAt: at(i),
            recipient: { type: 'IBAN', value: `FR76 3000 6000 0112 3456 7890 18${i % 2}` },
          },
        },
        auth(),
      );
      expect(r.errors).toBeUndefined();
    }
    const c = (await server.gql<{ customer: Customer }>(CUSTOMER, { id }, auth())).data!.customer;
    expect(c.onboarded).toBe(true);
    expect(c.profile.statistics).toEqual({
      count: 4,
      total: 100,
      average: 25,
      max: 40,
      stdDev: 11.18,
    });
    expect(c.profile.patterns.channels).toEqual([{ name: 'app', count: 4 }]);
    expect(c.profile.patterns.distinctRecipients).toBe(2);
    expect(c.profile.patterns.typicalHours.sort()).toEqual([0, 1, 2]);

    // Onboarding again updates only what is sent, and keeps the profile.
    const again = await server.gql<{
      onboardCustomer: {
        email: string;
        country: string;
        profile: { statistics: { count: number } };
      };
    }>(ONBOARD, { input: { externalId: id, country: 'BE' } }, auth());
    expect(again.data?.onboardCustomer).toMatchObject({
      email: 'ada@example.com',
      country: 'BE',
      profile: { statistics: { count: 4 } },
    });
  });

  it('creates a not-onboarded customer on first score', async () => {
    const id = uid('walkin');
    await server.gql(SCORE, { input: { userId: id, amount: 5 } }, auth());
    const c = (await server.gql<{ customer: Customer }>(CUSTOMER, { id }, auth())).data!.customer;
    expect(c).toMatchObject({
      externalId: id,
      onboarded: false,
      profile: { trustLevel: 'NEW', statistics: { count: 1 } },
    });
  });

  it('reports every bad onboarding field', async () => {
    const res = await server.gql(
      ONBOARD,
      {
        input: {
          externalId: ' ',
          email: 'x',
          phone: '1',
          country: 'France',
          dateOfBirth: '31/12/1990',
        },
      },
      auth(),
    );
    const fields = (res.errors?.[0]?.extensions?.details as { field: string }[])
      .map((d) => d.field)
      .sort();
    expect(fields).toEqual([
      'input.country',
      'input.dateOfBirth',
      'input.email',
      'input.externalId',
      'input.phone',
    ]);
  });

  it('is NOT_FOUND for an unknown id and per mode', async () => {
    const id = uid('livecust');
    await server.gql(SCORE, { input: { userId: id, amount: 5 } }, auth());
    const res = await server.gql(CUSTOMER, { id }, { auth: tenant.keys.TEST.secret });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('checkRecipient', () => {
  const CHECK = `query($input: CheckRecipientInput!) { checkRecipient(input: $input) {
    riskLevel fanIn24h priorFraudCount flags relationship { isKnown timesSent firstSentAt lastSentAt } } }`;
  type Check = {
    riskLevel: string;
    fanIn24h: number;
    flags: string[];
    relationship: { isKnown: boolean; timesSent: number };
  };

  it('knows the relationship and counts the fan-in of a mule', async () => {
    const mule = `+2126${Math.floor(10_000_000 + Math.random() * 80_000_000)}`;
    const sender = uid('sender');
    for (let i = 0; i < 5; i++) {
      await server.gql(
        SCORE,
        {
          input: {
            userId: i === 0 ? sender : uid('victim'),
            amount: 100,
            recipient: { type: 'PHONE', value: mule },
          },
        },
        auth(),
      );
    }
    const known = (
      await server.gql<{ checkRecipient: Check }>(
        CHECK,
        { input: { type: 'PHONE', value: mule, senderUserId: sender } },
        auth(),
      )
    ).data!.checkRecipient;
    expect(known.relationship).toMatchObject({ isKnown: true, timesSent: 1 });
    expect(known.fanIn24h).toBe(5);
    expect(known.flags).toContain('HIGH_FAN_IN');
    expect(known.riskLevel).toBe('HIGH');

    const fresh = (
      await server.gql<{ checkRecipient: Check }>(
        CHECK,
        { input: { type: 'PHONE', value: mule, senderUserId: uid('new') } },
        auth(),
      )
    ).data!.checkRecipient;
    expect(fresh.relationship.isKnown).toBe(false);
    expect(fresh.fanIn24h).toBe(6);
    expect(fresh.flags).toEqual(expect.arrayContaining(['HIGH_FAN_IN', 'NEW_RECIPIENT']));
  });

  it('does not take a merchant paid by many for a mule: the scoring rule judges it', async () => {
    const shop = `shop-${uid('m')}`;
    for (let i = 0; i < 6; i++)
      await server.gql(
        SCORE,
        {
          input: { userId: uid('buyer'), amount: 30, recipient: { type: 'MERCHANT', value: shop } },
        },
        auth(),
      );
    const r = (
      await server.gql<{ checkRecipient: Check }>(
        CHECK,
        { input: { type: 'MERCHANT', value: shop, senderUserId: uid('buyer') } },
        auth(),
      )
    ).data!.checkRecipient;
    expect(r.fanIn24h).toBe(7);
    expect(r.flags).not.toContain('HIGH_FAN_IN');
    expect(r.riskLevel).toBe('MEDIUM');
  });

  it('flags a deny-listed recipient as critical', async () => {
    const iban = `DE89370400440532013${Math.floor(100 + Math.random() * 899)}`;
    await server.gql(
      'mutation($input: ListEntryInput!) { addListEntry(input: $input) { id } }',
      { input: { list: 'DENY', kind: 'RECIPIENT', value: iban } },
      auth(),
    );
    const r = (
      await server.gql<{ checkRecipient: Check }>(
        CHECK,
        { input: { type: 'IBAN', value: iban.replace(/(.{4})/g, '$1 '), senderUserId: uid('s') } },
        auth(),
      )
    ).data!.checkRecipient;
    expect(r.riskLevel).toBe('CRITICAL');
    expect(r.flags).toContain('DENY_LISTED');
  });
});
