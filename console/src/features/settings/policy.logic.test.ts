import { describe, expect, it } from 'vitest';
import {
  approvalState,
  changeRows,
  changeValueText,
  changedRules,
  draftSourceValue,
  noteProblem,
  parseDraftSource,
  publishStep,
  rollbackTargets,
  settingName,
  type PolicyState,
  type VersionFacts,
} from './policy.logic';

const draft = (over: Partial<VersionFacts> = {}): VersionFacts => ({
  number: 4,
  status: 'DRAFT',
  baseNumber: 3,
  modes: [],
  createdBy: 'ada@acme.test',
  editedBy: 'ada@acme.test',
  approvedBy: null,
  ...over,
});
const state = (over: Partial<PolicyState> = {}): PolicyState => ({
  liveVersion: 3,
  testVersion: 3,
  requireApproval: false,
  ...over,
});

describe('publishStep', () => {
  it('sends a draft to TEST first, then promotes it to LIVE', () => {
    expect(publishStep(draft(), state(), true)).toMatchObject({
      mode: 'TEST',
      label: 'Publish to TEST',
      blocked: null,
    });
    const inTest = draft({ status: 'PUBLISHED', modes: ['TEST'] });
    expect(publishStep(inTest, state({ testVersion: 4 }), true)).toMatchObject({
      mode: 'LIVE',
      label: 'Promote to LIVE',
      blocked: null,
    });
  });

  it('publishes straight to LIVE with TEST first off', () => {
    expect(publishStep(draft(), state(), false)).toMatchObject({
      mode: 'LIVE',
      label: 'Publish to LIVE',
      blocked: null,
    });
  });

  it('offers nothing for a version LIVE scores with', () => {
    expect(publishStep(draft({ status: 'PUBLISHED', modes: ['LIVE'] }), state(), true)).toBeNull();
  });

  it('names the version to draft from when the mode moved since', () => {
    const step = publishStep(draft(), state({ testVersion: 5 }), true);
    expect(step?.blocked).toBe(
      'TEST moved to version 5 after version 4 was drafted from version 3: create a new draft from version 5.',
    );
    expect(publishStep(draft({ baseNumber: 0 }), state(), false)?.blocked).toContain(
      'drafted from the built-in defaults',
    );
  });

  it('lets a version go to a mode that is behind its base (TEST left behind by a LIVE publish)', () => {
    expect(publishStep(draft(), state({ testVersion: 1 }), true)?.blocked).toBeNull();
  });

  it('holds a LIVE publish until the draft is approved, when the tenant requires it', () => {
    const required = state({ requireApproval: true });
    expect(publishStep(draft(), required, false)?.blocked).toMatch(/another administrator/);
    expect(publishStep(draft({ approvedBy: 'bob@acme.test' }), required, false)?.blocked).toBe(
      null,
    );
  });

  it('warns that an unapproved draft sent to TEST could never be promoted', () => {
    const required = state({ requireApproval: true });
    const step = publishStep(draft(), required, true);
    expect(step?.blocked).toBeNull();
    expect(step?.warning).toMatch(/no longer be approved/);
    const published = draft({ status: 'PUBLISHED', modes: ['TEST'] });
    expect(publishStep(published, { ...required, testVersion: 4 }, true)?.blocked).toMatch(
      /published without approval/,
    );
    expect(publishStep(draft({ approvedBy: 'bob@acme.test' }), required, true)?.warning).toBe(null);
  });
});

describe('approvalState', () => {
  it('is hidden unless the tenant requires approval of a draft not yet approved', () => {
    expect(approvalState(draft(), false, 'bob@acme.test').shown).toBe(false);
    expect(approvalState(draft({ status: 'PUBLISHED' }), true, 'bob@acme.test').shown).toBe(false);
    expect(approvalState(draft({ approvedBy: 'cy@acme.test' }), true, 'bob@acme.test').shown).toBe(
      false,
    );
  });

  it('lets another administrator approve', () => {
    expect(approvalState(draft(), true, 'bob@acme.test')).toEqual({
      shown: true,
      disabledReason: null,
    });
  });

  it('says why the creator or the last editor cannot', () => {
    expect(approvalState(draft(), true, 'ADA@acme.test').disabledReason).toMatch(
      /^You created this draft/,
    );
    const edited = draft({ createdBy: 'cy@acme.test', editedBy: 'bob@acme.test' });
    expect(approvalState(edited, true, 'bob@acme.test').disabledReason).toMatch(
      /^You edited this draft last/,
    );
  });
});

describe('rollbackTargets', () => {
  it('lists published versions other than the current one, newest first', () => {
    const versions = [
      { number: 2, status: 'PUBLISHED' as const },
      { number: 5, status: 'DRAFT' as const },
      { number: 4, status: 'PUBLISHED' as const },
      { number: 1, status: 'PUBLISHED' as const },
    ];
    expect(rollbackTargets(versions, 4).map((v) => v.number)).toEqual([2, 1]);
  });
});

describe('changedRules', () => {
  const rule = (over: object = {}) => ({
    code: 'HIGH_AMOUNT',
    weight: 30,
    defaultWeight: 30,
    status: 'ACTIVE',
    params: { limit: 1000, window: 60 },
    defaultParams: { window: 60, limit: 1000 },
    ...over,
  });

  it('keeps rules whose weight, status or parameters differ from the defaults', () => {
    const rules = [
      rule(),
      rule({ code: 'W', weight: 45 }),
      rule({ code: 'S', status: 'SHADOW' }),
      rule({ code: 'P', params: { limit: 500, window: 60 } }),
    ];
    expect(changedRules(rules).map((r) => r.code)).toEqual(['W', 'S', 'P']);
  });
});

describe('diff in words', () => {
  it('names the settings', () => {
    expect(settingName('transactionThresholds')).toBe('Transaction thresholds');
    expect(settingName('rules.HIGH_AMOUNT')).toBe('Rule HIGH_AMOUNT');
    expect(settingName('customRules.BIG_NIGHT')).toBe('Custom rule BIG_NIGHT');
  });

  it('reads null as default, or absent for a custom rule', () => {
    expect(changeValueText('transactionThresholds', null)).toBe('default');
    expect(changeValueText('rules.HIGH_AMOUNT', null)).toBe('default');
    expect(changeValueText('customRules.BIG_NIGHT', null)).toBe('absent');
  });

  it('spells out thresholds, case settings and rule overrides', () => {
    expect(
      changeRows([{ path: 'transactionThresholds', before: null, after: t(40, null, 85) }]),
    ).toEqual([
      {
        setting: 'Transaction thresholds',
        before: 'default',
        after: 'review 40 · challenge — · block 85',
      },
    ]);
    expect(changeValueText('caseSettings', { openOnBlock: true, slaHours: 8 })).toBe(
      'BLOCK opens cases: yes · SLA 8 h',
    );
    expect(
      changeValueText('rules.VELOCITY', { weight: 10, status: 'SHADOW', params: { limit: 3 } }),
    ).toBe('weight 10 · status shadow · parameters: limit 3');
    expect(
      changeValueText('customRules.BIG', { status: 'ACTIVE', weight: 20, condition: 'amount > 5' }),
    ).toBe('active · weight 20 · when amount > 5');
  });
});

describe('draft sources and notes', () => {
  it('round-trips the "start from" choice', () => {
    for (const source of [{ mode: 'LIVE' }, { mode: 'TEST' }, { fromVersion: 7 }] as const)
      expect(parseDraftSource(draftSourceValue(source))).toEqual(source);
    expect(() => parseDraftSource('latest')).toThrow(/LIVE, TEST or a version number/);
  });

  it('limits notes to what the server keeps', () => {
    expect(noteProblem('x'.repeat(2000))).toBeNull();
    expect(noteProblem('x'.repeat(2001))).toBe('At most 2000 characters.');
  });
});

function t(review: number | null, challenge: number | null, block: number | null) {
  return { review, challenge, block };
}
