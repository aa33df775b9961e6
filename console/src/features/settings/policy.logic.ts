/**
 * Policy versions as the Policy tab shows them: which actions a version allows, why an action is
 * not open to the viewer, and a diff in words. Pure: the tab reads these rules, the server still
 * enforces its own (a stale page gets the server's refusal).
 */
import { asParams, paramsSummary } from './settings.logic';

export const POLICY_MODES = ['LIVE', 'TEST'] as const;
export type PolicyMode = (typeof POLICY_MODES)[number];

/**
 * The document cache refetches a query when a mutation returns one of its types. Policy
 * mutations return a PolicyVersion; queries of modes or diffs name it so they follow.
 */
export const POLICY_TYPENAMES = { additionalTypenames: ['PolicyVersion', 'ScoringPolicy'] };

/** The parts of a version the rules below read. */
export interface VersionFacts {
  number: number;
  status: 'DRAFT' | 'PUBLISHED';
  baseNumber: number;
  modes: readonly PolicyMode[];
  createdBy: string;
  editedBy: string;
  approvedBy?: string | null;
}

/** Which version each mode scores with, and whether LIVE needs four eyes. */
export interface PolicyState {
  liveVersion: number;
  testVersion: number;
  requireApproval: boolean;
}

/** A version number as people read it: 0 is the built-in defaults. */
export function versionName(number: number): string {
  return number === 0 ? 'the built-in defaults' : `version ${number}`;
}

/** The publish step the Policy tab offers for a version. */
export interface PublishStep {
  mode: PolicyMode;
  /** The button's text. */
  label: 'Publish to TEST' | 'Promote to LIVE' | 'Publish to LIVE';
  /** Why the step cannot be taken now, or null when it can. */
  blocked: string | null;
  /** Something to know before taking it (it is allowed). */
  warning: string | null;
}

/**
 * The next publish step. TEST first: a version not yet in TEST goes there, then is promoted
 * to LIVE; without it, straight to LIVE. A mode that moved past the version's base refuses it
 * (the server names the version to draft from; a mode behind the base is no conflict), and LIVE may need an approval, which only a
 * draft can receive: a draft published to TEST unapproved can never be promoted.
 */
export function publishStep(
  version: VersionFacts,
  policy: PolicyState,
  testFirst: boolean,
): PublishStep | null {
  if (version.modes.includes('LIVE')) return null;
  const toTest = testFirst && !version.modes.includes('TEST');
  const mode: PolicyMode = toTest ? 'TEST' : 'LIVE';
  const label = toTest
    ? 'Publish to TEST'
    : version.modes.includes('TEST')
      ? 'Promote to LIVE'
      : 'Publish to LIVE';
  const current = mode === 'LIVE' ? policy.liveVersion : policy.testVersion;
  const unapproved = policy.requireApproval && !version.approvedBy;
  let blocked: string | null = null;
  if (current > version.baseNumber)
    blocked = `${mode} moved to ${versionName(current)} after version ${version.number} was drafted from ${versionName(version.baseNumber)}: create a new draft from ${versionName(current)}.`;
  else if (mode === 'LIVE' && unapproved)
    blocked =
      version.status === 'DRAFT'
        ? 'This tenant requires another administrator to approve a draft before it goes LIVE.'
        : `Version ${version.number} was published without approval and cannot be approved any more: create a new draft from it and have that approved.`;
  const warning =
    mode === 'TEST' && unapproved && version.status === 'DRAFT'
      ? 'Not approved yet: once published to TEST a version can no longer be approved, so it could not be promoted to LIVE. Have it approved first.'
      : null;
  return { mode, label, blocked, warning };
}

/** Whether the viewer can approve a draft, and why not. */
export interface ApprovalState {
  /** Show the approval controls at all. */
  shown: boolean;
  /** Why the viewer cannot approve, or null when they can. */
  disabledReason: string | null;
}

/**
 * Four eyes: only when the tenant requires it and only for a draft not approved yet; the
 * viewer must have neither created nor last edited it (the server checks the same).
 */
export function approvalState(
  version: VersionFacts,
  requireApproval: boolean,
  viewerEmail: string | null,
): ApprovalState {
  if (!requireApproval || version.status !== 'DRAFT' || version.approvedBy)
    return { shown: false, disabledReason: null };
  const same = (label: string) =>
    viewerEmail !== null && label.toLowerCase() === viewerEmail.toLowerCase();
  if (same(version.createdBy))
    return {
      shown: true,
      disabledReason: 'You created this draft: another administrator must approve it.',
    };
  if (same(version.editedBy))
    return {
      shown: true,
      disabledReason: 'You edited this draft last: another administrator must approve it.',
    };
  return { shown: true, disabledReason: null };
}

/**
 * The versions a mode can be rolled back to: every published version it does not score with
 * now, newest first.
 */
export function rollbackTargets<V extends Pick<VersionFacts, 'number' | 'status'>>(
  versions: readonly V[],
  current: number,
): V[] {
  return versions
    .filter((v) => v.status === 'PUBLISHED' && v.number !== current)
    .sort((a, b) => b.number - a.number);
}

/** The fields of a built-in rule that say whether it differs from its defaults. */
export interface RuleDefaults {
  code: string;
  weight: number;
  defaultWeight: number;
  status: string;
  params: unknown;
  defaultParams: unknown;
}

/** Rules whose weight, status (ACTIVE by default) or parameters differ from their defaults. */
export function changedRules<R extends RuleDefaults>(rules: readonly R[]): R[] {
  return rules.filter(
    (r) =>
      r.weight !== r.defaultWeight ||
      r.status !== 'ACTIVE' ||
      canonical(r.params) !== canonical(r.defaultParams),
  );
}

/** JSON with object keys sorted, so key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** One row of a diff, in words. */
export interface ChangeRow {
  /** What changed, e.g. "Transaction thresholds" or "Rule HIGH_AMOUNT". */
  setting: string;
  before: string;
  after: string;
}

/** The API's `path` of a change, named for people. */
export function settingName(path: string): string {
  if (path === 'transactionThresholds') return 'Transaction thresholds';
  if (path === 'accountThresholds') return 'Account event thresholds';
  if (path === 'caseSettings') return 'Case settings';
  if (path.startsWith('rules.')) return `Rule ${path.slice('rules.'.length)}`;
  if (path.startsWith('customRules.')) return `Custom rule ${path.slice('customRules.'.length)}`;
  return path;
}

/**
 * A side of a change in words. Null is "default" for settings that fall back on the built-in
 * defaults, and "absent" for a custom rule that does not exist on that side.
 */
export function changeValueText(path: string, value: unknown): string {
  if (value === null || value === undefined)
    return path.startsWith('customRules.') ? 'absent' : 'default';
  const record = asParams(value);
  if (path.endsWith('Thresholds')) {
    const band = (key: string) => (typeof record[key] === 'number' ? String(record[key]) : '—');
    return `review ${band('review')} · challenge ${band('challenge')} · block ${band('block')}`;
  }
  if (path === 'caseSettings')
    return `BLOCK opens cases: ${record.openOnBlock ? 'yes' : 'no'} · SLA ${String(record.slaHours)} h`;
  if (path.startsWith('rules.')) {
    const parts: string[] = [];
    if (record.weight !== undefined) parts.push(`weight ${String(record.weight)}`);
    if (record.status !== undefined) parts.push(`status ${String(record.status).toLowerCase()}`);
    if (record.params !== undefined) parts.push(`parameters: ${paramsSummary(record.params)}`);
    return parts.length ? parts.join(' · ') : 'default';
  }
  if (path.startsWith('customRules.'))
    return `${String(record.status ?? '').toLowerCase()} · weight ${String(record.weight)} · when ${String(record.condition)}`;
  return JSON.stringify(value);
}

/** A diff from the API as rows to show. */
export function changeRows(
  changes: readonly { path: string; before?: unknown; after?: unknown }[],
): ChangeRow[] {
  return changes.map((c) => ({
    setting: settingName(c.path),
    before: changeValueText(c.path, c.before),
    after: changeValueText(c.path, c.after),
  }));
}

/** Where a new draft starts from: what a mode scores with, or a chosen version. */
export type DraftSource = { mode: PolicyMode } | { fromVersion: number };

/** The value of the "Start from" select for a source, and back. */
export function draftSourceValue(source: DraftSource): string {
  return 'mode' in source ? source.mode : String(source.fromVersion);
}

export function parseDraftSource(value: string): DraftSource {
  if (value === 'LIVE' || value === 'TEST') return { mode: value };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected LIVE, TEST or a version number`);
  return { fromVersion: n };
}

/** The longest note the server keeps. */
export const NOTE_MAX = 2000;

export function noteProblem(note: string): string | null {
  return note.trim().length > NOTE_MAX ? `At most ${NOTE_MAX} characters.` : null;
}
