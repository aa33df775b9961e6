import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE_WEIGHT_VALUES,
  confirmedFraud,
  decidingFeedback,
  evidenceWeight,
  type EvidenceItem,
} from '../src/domain/fraud-evidence.js';
import { ANALYST_LABELS, TENANT_ACTIONS, CONFIDENCES } from '../src/domain/feedback.js';
import { LABELLED_SQL } from '../src/modules/feedback/metrics.sql.js';
import { Sql, query } from '../src/db/executor.js';
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

const SCORE = `mutation($input: TransactionInput!) { scoreTransaction(input: $input) { transactionId } }`;
const SUBMIT = `mutation($input: FeedbackInput!, $key: String!) {
  submitFeedback(input: $input, idempotencyKey: $key) { id } }`;

/** One feedback item to send: a label with its confidence, or a tenant action; minutes after the payment. */
const feedbackItem = fc.record({
  minutes: fc.integer({ min: 0, max: 3 }),
  item: fc.oneof(
    fc.record({
      feedbackType: fc.constant('ANALYST_LABEL' as const),
      analystLabel: fc.constantFrom(...ANALYST_LABELS),
      confidence: fc.constantFrom(...CONFIDENCES),
    }),
    fc.record({
      feedbackType: fc.constant('TENANT_ACTION' as const),
      // Chargebacks weighted up: the interesting sequences mix them with labels.
      tenantAction: fc.constantFrom('CHARGEBACK', 'CHARGEBACK', 'CHARGEBACK', ...TENANT_ACTIONS),
    }),
  ),
});

const FEEDBACK_OF = new Sql(
  `select id, analyst_label, tenant_action, confidence, occurred_at, created_at
     from feedback where tenant_id = $tenant and event_id = $event`,
);
const FRAUD_FLAG = new Sql(
  `select fraud_confirmed, fraud_reported_at::text as reported_at, user_id from scored_event
    where tenant_id = $tenant and id = $event`,
);
/** The event's row of fraud_report, the copy a score's fraud-report look-ups read. */
const FRAUD_REPORT = new Sql(
  `select reported_at::text as reported_at, user_id from fraud_report
    where tenant_id = $tenant and event_id = $event`,
);
const FRAUD_COUNT = new Sql(
  `select fraud_count from customer
    where tenant_id = $tenant and mode = 'LIVE' and external_id = $user`,
);
const LABELLED = new Sql(LABELLED_SQL);

interface FeedbackRow {
  id: string;
  analyst_label: EvidenceItem['analystLabel'];
  tenant_action: EvidenceItem['tenantAction'];
  confidence: EvidenceItem['confidence'];
  occurred_at: Date;
  created_at: Date;
}

describe('fraud evidence: one definition for scoring, customers and metrics', () => {
  it('agrees on every sequence of labels and chargebacks, ties and reversals included', async () => {
    const day0 = Date.UTC(2026, 0, 1);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(feedbackItem, { minLength: 1, maxLength: 5 }), async (items) => {
        // Each sequence gets its own customer and its own UTC day, so the metrics window holds
        // exactly its one payment.
        const day = new Date(day0 + run++ * 86_400_000);
        const userId = `evidence-${randomUUID()}`;
        const auth = tenant.keys.LIVE.secret;
        const scored = await server.gql<{ scoreTransaction: { transactionId: string } }>(
          SCORE,
          { input: { userId, amount: 50, currency: 'USD', occurredAt: day.toISOString() } },
          { auth },
        );
        expect(scored.errors).toBeUndefined();
        const transactionId = scored.data!.scoreTransaction.transactionId;
        for (const { minutes, item } of items) {
          const occurredAt = new Date(day.getTime() + minutes * 60_000).toISOString();
          const res = await server.gql(
            SUBMIT,
            { input: { ...item, transactionId, occurredAt }, key: randomUUID() },
            { auth },
          );
          expect(res.errors).toBeUndefined();
        }

        const em = server.orm.em.fork();
        const rows = await query<FeedbackRow>(em, FEEDBACK_OF, {
          tenant: tenant.id,
          event: transactionId,
        });
        const evidence: EvidenceItem[] = rows.map((r) => ({
          id: r.id,
          analystLabel: r.analyst_label,
          tenantAction: r.tenant_action,
          confidence: r.confidence,
          occurredAt: new Date(r.occurred_at),
          createdAt: new Date(r.created_at),
        }));
        const fraud = confirmedFraud(evidence);
        const deciding = decidingFeedback(evidence);

        // Scoring's view: the flag the recipient's and customer's fraud history read.
        const [event] = await query<{
          fraud_confirmed: boolean;
          reported_at: string | null;
          user_id: string;
        }>(em, FRAUD_FLAG, { tenant: tenant.id, event: transactionId });
        expect(event!.fraud_confirmed).toBe(fraud);
        // ... and its copy in fraud_report: present exactly while confirmed, same report time.
        const report = await query<{ reported_at: string | null; user_id: string }>(
          em,
          FRAUD_REPORT,
          { tenant: tenant.id, event: transactionId },
        );
        expect(report).toEqual(
          fraud ? [{ reported_at: event!.reported_at, user_id: event!.user_id }] : [],
        );

        // The customer's fraud counter.
        const [customer] = await query<{ fraud_count: number }>(em, FRAUD_COUNT, {
          tenant: tenant.id,
          user: userId,
        });
        expect(customer!.fraud_count).toBe(fraud ? 1 : 0);

        // The metrics' labelled outcome of the window holding only this payment.
        const labelled = await query<{
          fraud_weight: number;
          legitimate_weight: number;
          n: number;
        }>(em, LABELLED, {
          tenant: tenant.id,
          mode: 'LIVE',
          from: day,
          to: new Date(day.getTime() + 86_400_000),
          ...EVIDENCE_WEIGHT_VALUES,
        });
        if (!deciding) {
          expect(labelled).toEqual([]);
        } else {
          expect(labelled).toHaveLength(1);
          const weight = evidenceWeight(deciding);
          expect(labelled[0]!.fraud_weight).toBeCloseTo(fraud ? weight : 0);
          expect(labelled[0]!.legitimate_weight).toBeCloseTo(fraud ? 0 : weight);
        }
      }),
      { numRuns: 40, seed: 20261207 },
    );
    // About 240 requests: allow for a loaded machine.
  }, 120_000);

  it('a clearing label after a chargeback clears, a chargeback after it confirms again', () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
    const item = (id: string, minutes: number, fields: Partial<EvidenceItem>): EvidenceItem => ({
      id,
      analystLabel: null,
      tenantAction: null,
      confidence: null,
      occurredAt: at(minutes),
      createdAt: at(minutes),
      ...fields,
    });
    const chargeback = item('a', 0, { tenantAction: 'CHARGEBACK' });
    const cleared = item('b', 1, { analystLabel: 'FALSE_POSITIVE', confidence: 'CONFIRMED' });
    const again = item('c', 2, { tenantAction: 'CHARGEBACK' });
    const suspicious = item('d', 3, { analystLabel: 'SUSPICIOUS', confidence: 'PROBABLE' });
    expect(confirmedFraud([chargeback])).toBe(true);
    expect(confirmedFraud([chargeback, cleared])).toBe(false);
    expect(confirmedFraud([chargeback, cleared, again])).toBe(true);
    // SUSPICIOUS and non-chargeback actions decide nothing.
    expect(confirmedFraud([chargeback, cleared, again, suspicious])).toBe(true);
    expect(decidingFeedback([suspicious, item('e', 4, { tenantAction: 'REFUND' })])).toBeNull();
  });
});
