import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_FILTER } from '../src/db/tenant-filter.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/audit.service.js';
import { UserService } from '../src/modules/users/user.service.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const VERSION_FIELDS = 'id number status baseNumber modes note createdBy approvedBy';
interface Version {
  id: string;
  number: number;
  status: string;
  baseNumber: number;
  modes: string[];
  note: string | null;
  createdBy: string;
  approvedBy: string | null;
}
const SCORE = `mutation($input: TransactionInput!) { scoreTransaction(input: $input) { decision policyVersion } }`;
const uid = (p: string) => `${p}-${randomBytes(4).toString('hex')}`;

/** A tenant with a second administrator, and helpers to call the API as either. */
async function tenantWithTwoAdmins() {
  const tenant = await seedTenant(server);
  const admin = await tenant.token('TENANT_ADMIN');
  const em = server.orm.em.fork();
  em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const email = `second-admin@${tenant.slug}.test`;
  const user = await new UserService(em, tenant.id).create(
    { email, password: `pw-${randomBytes(8).toString('hex')}`, role: 'TENANT_ADMIN' },
    SYSTEM_ACTOR,
  );
  const second = (
    await server.signer.sign({ userId: user.id, tenantId: tenant.id, role: 'TENANT_ADMIN' })
  ).token;
  const call = async <T>(auth: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await server.gql<T>(query, variables, { auth });
    return res;
  };
  const draft = async (auth = admin, variables: Record<string, unknown> = {}) =>
    (
      await call<{ createPolicyDraft: Version }>(
        auth,
        `mutation($fromVersion: Int, $mode: Mode, $note: String) { createPolicyDraft(fromVersion: $fromVersion, mode: $mode, note: $note) { ${VERSION_FIELDS} } }`,
        variables,
      )
    ).data!.createPolicyDraft;
  const setReview = (auth: string, draftId: string, review: number) =>
    call<{ updateDraftThresholds: Version }>(
      auth,
      `mutation($id: UUID!, $t: ThresholdsInput!) { updateDraftThresholds(draftId: $id, kind: TRANSACTION, thresholds: $t) { ${VERSION_FIELDS} } }`,
      { id: draftId, t: { review, challenge: null, block: 85 } },
    );
  const publish = (auth: string, draftId: string, mode: 'LIVE' | 'TEST', note?: string) =>
    call<{ publishPolicy: Version }>(
      auth,
      `mutation($id: UUID!, $mode: Mode!, $note: String) { publishPolicy(draftId: $id, mode: $mode, note: $note) { ${VERSION_FIELDS} } }`,
      { id: draftId, mode, note },
    );
  const score = async (mode: 'LIVE' | 'TEST') =>
    (
      await server.gql<{ scoreTransaction: { decision: string; policyVersion: number } }>(
        SCORE,
        { input: { userId: uid('u'), amount: 20 } },
        { auth: tenant.keys[mode].secret },
      )
    ).data!.scoreTransaction;
  return { tenant, admin, second, email, call, draft, setReview, publish, score };
}

describe('policy versions', () => {
  it('scores with the version each mode was published to: a TEST publish is invisible to LIVE', async () => {
    const t = await tenantWithTwoAdmins();
    expect(await t.score('LIVE')).toEqual({ decision: 'ALLOW', policyVersion: 0 });
    const d = await t.draft(t.admin, { note: 'review everything' });
    expect(d).toMatchObject({ number: 1, status: 'DRAFT', baseNumber: 0, modes: [] });
    expect((await t.setReview(t.admin, d.id, 0)).errors).toBeUndefined();
    const published = await t.publish(t.admin, d.id, 'TEST', 'first try');
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishPolicy).toMatchObject({
      status: 'PUBLISHED',
      modes: ['TEST'],
      note: 'first try',
    });
    expect(await t.score('TEST')).toEqual({ decision: 'REVIEW', policyVersion: 1 });
    expect(await t.score('LIVE')).toEqual({ decision: 'ALLOW', policyVersion: 0 });
    // Then LIVE, from the same base.
    expect((await t.publish(t.admin, d.id, 'LIVE')).data!.publishPolicy.modes).toEqual([
      'LIVE',
      'TEST',
    ]);
    expect(await t.score('LIVE')).toEqual({ decision: 'REVIEW', policyVersion: 1 });
    const stored = await t.call<{ transactions: { edges: { node: { policyVersion: number } }[] } }>(
      t.admin,
      '{ transactions(first: 1) { edges { node { policyVersion } } } }',
    );
    expect(stored.data!.transactions.edges[0]!.node.policyVersion).toBe(1);
  });

  it('never changes a published version', async () => {
    const t = await tenantWithTwoAdmins();
    const d = await t.draft();
    await t.publish(t.admin, d.id, 'LIVE');
    const edit = await t.setReview(t.admin, d.id, 5);
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(edit.errors?.[0]?.message).toMatch(/published and cannot change/);
    const again = await t.publish(t.admin, d.id, 'LIVE');
    expect(again.errors?.[0]?.message).toMatch(/already LIVE/);
  });

  it('publishes to a mode left behind its base: TEST after a version went straight to LIVE', async () => {
    const t = await tenantWithTwoAdmins();
    const v1 = await t.draft();
    expect((await t.publish(t.admin, v1.id, 'LIVE')).errors).toBeUndefined();
    const v2 = await t.draft();
    expect(v2.baseNumber).toBe(v1.number);
    await t.setReview(t.admin, v2.id, 0);
    const toTest = await t.publish(t.admin, v2.id, 'TEST');
    expect(toTest.errors).toBeUndefined();
    expect(await t.score('TEST')).toEqual({ decision: 'REVIEW', policyVersion: v2.number });
    expect((await t.score('LIVE')).policyVersion).toBe(v1.number);
  });

  it('lets one of two concurrent publishes from the same base win', async () => {
    const t = await tenantWithTwoAdmins();
    const [a, b] = [await t.draft(), await t.draft()];
    expect([a.baseNumber, b.baseNumber]).toEqual([0, 0]);
    const results = await Promise.all([
      t.publish(t.admin, a.id, 'LIVE'),
      t.publish(t.second, b.id, 'LIVE'),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors![0]!.message).toMatch(
      /LIVE moved to version \d after this version was drafted from 0/,
    );
    const winner = won[0]!.data!.publishPolicy.number;
    expect((await t.score('LIVE')).policyVersion).toBe(winner);
  });

  it('requires a second administrator to approve a LIVE publish when the tenant asks for four eyes', async () => {
    const t = await tenantWithTwoAdmins();
    await t.call(t.admin, 'mutation { updatePolicyApproval(requireApproval: true) }');
    const d = await t.draft();
    await t.setReview(t.admin, d.id, 0);
    // TEST needs no approval; LIVE does.
    expect((await t.publish(t.admin, d.id, 'TEST')).errors).toBeUndefined();
    const refused = await t.publish(t.admin, d.id, 'LIVE');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/approve/);
    const APPROVE = `mutation($id: UUID!) { approvePolicy(draftId: $id) { ${VERSION_FIELDS} } }`;
    // A published version cannot be approved any more: approval belongs to drafts.
    const late = await t.call(t.second, APPROVE, { id: d.id });
    expect(late.errors?.[0]?.message).toMatch(/already published/);

    const d2 = await t.draft();
    await t.setReview(t.admin, d2.id, 1);
    const self = await t.call(t.admin, APPROVE, { id: d2.id });
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(self.errors?.[0]?.message).toMatch(/neither created nor last edited/);
    const ok = await t.call<{ approvePolicy: Version }>(t.second, APPROVE, { id: d2.id });
    expect(ok.data!.approvePolicy.approvedBy).toBe(t.email);
    // An edit after approval withdraws it: the approver did not see the change.
    const edited = await t.setReview(t.admin, d2.id, 2);
    expect(edited.data!.updateDraftThresholds.approvedBy).toBeNull();
    expect((await t.publish(t.admin, d2.id, 'LIVE')).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await t.call(t.second, APPROVE, { id: d2.id });
    expect((await t.publish(t.admin, d2.id, 'LIVE')).errors).toBeUndefined();
    // The one-step mutations would bypass four eyes: refused.
    const legacy = await t.call(
      t.admin,
      'mutation { updateRuleSettings(input: { code: "HIGH_AMOUNT", weight: 1 }) { version } }',
    );
    expect(legacy.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rolls a mode back to an earlier published version', async () => {
    const t = await tenantWithTwoAdmins();
    const v1 = await t.draft();
    await t.setReview(t.admin, v1.id, 0);
    await t.publish(t.admin, v1.id, 'LIVE');
    const v2 = await t.draft();
    expect(v2.baseNumber).toBe(v1.number);
    expect((await t.setReview(t.admin, v2.id, 60)).errors).toBeUndefined();
    await t.publish(t.admin, v2.id, 'LIVE');
    expect(await t.score('LIVE')).toEqual({ decision: 'ALLOW', policyVersion: v2.number });
    const ROLLBACK = `mutation($v: Int!) { rollbackPolicy(mode: LIVE, toVersion: $v) { ${VERSION_FIELDS} } }`;
    const back = await t.call<{ rollbackPolicy: Version }>(t.admin, ROLLBACK, { v: v1.number });
    expect(back.data!.rollbackPolicy.modes).toEqual(['LIVE']);
    expect(await t.score('LIVE')).toEqual({ decision: 'REVIEW', policyVersion: v1.number });
    const draftOnly = await t.draft();
    const never = await t.call(t.admin, ROLLBACK, { v: draftOnly.number });
    expect(never.errors?.[0]?.message).toMatch(/never published/);
    const audit = await t.call<{ auditEntries: { edges: { node: { action: string } }[] } }>(
      t.admin,
      '{ auditEntries(first: 20) { edges { node { action } } } }',
    );
    const actions = audit.data!.auditEntries.edges.map((e) => e.node.action);
    for (const a of ['create', 'thresholds.update', 'publish', 'rollback'])
      expect(actions).toContain(`policy.version.${a}`);
  });

  it('diffs two versions and keeps the one-step mutations working as published versions', async () => {
    const t = await tenantWithTwoAdmins();
    const res = await t.call<{ updateRuleSettings: { version: number; liveVersion: number } }>(
      t.admin,
      'mutation { updateRuleSettings(input: { code: "HIGH_AMOUNT", weight: 55 }) { version liveVersion testVersion } }',
    );
    expect(res.data!.updateRuleSettings).toMatchObject({ version: 1, liveVersion: 1 });
    expect((await t.score('TEST')).policyVersion).toBe(1);
    const d = await t.draft();
    await t.setReview(t.admin, d.id, 40);
    const diff = await t.call<{ policyDiff: { path: string; before: unknown; after: unknown }[] }>(
      t.admin,
      `{ policyDiff(from: 0, to: ${d.number}) { path before after } }`,
    );
    expect(diff.data!.policyDiff).toEqual([
      {
        path: 'transactionThresholds',
        before: null,
        after: { review: 40, challenge: null, block: 85 },
      },
      { path: 'rules.HIGH_AMOUNT', before: null, after: { weight: 55 } },
    ]);
    const missing = await t.call(t.admin, '{ policyDiff(from: 0, to: 999) { path } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("keeps every tenant's versions to itself", async () => {
    const [a, b]: [SeededTenant, SeededTenant] = [
      await seedTenant(server),
      await seedTenant(server),
    ];
    const adminA = await a.token('TENANT_ADMIN');
    const adminB = await b.token('TENANT_ADMIN');
    const created = await server.gql<{ createPolicyDraft: Version }>(
      'mutation { createPolicyDraft { id number } }',
      {},
      { auth: adminA },
    );
    const id = created.data!.createPolicyDraft.id;
    const read = await server.gql(
      'query($id: UUID!) { policyVersion(id: $id) { id } }',
      { id },
      { auth: adminB },
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const publish = await server.gql(
      'mutation($id: UUID!) { publishPolicy(draftId: $id, mode: LIVE) { id } }',
      { id },
      { auth: adminB },
    );
    expect(publish.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await server.gql<{ policyVersions: Version[] }>(
      '{ policyVersions { id } }',
      {},
      { auth: adminB },
    );
    expect(list.data!.policyVersions).toEqual([]);
    // Analysts read versions but do not change them; API keys do neither of the changes.
    const analyst = await a.token('ANALYST');
    const denied = await server.gql('mutation { createPolicyDraft { id } }', {}, { auth: analyst });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byKey = await server.gql(
      'mutation { createPolicyDraft { id } }',
      {},
      { auth: a.keys.LIVE.secret },
    );
    expect(byKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
