/**
 * Who and what may reach the tenant: API keys, console users and webhook endpoints. The forms'
 * checks, in the server's limits. Pure.
 */

export const MODES = ['LIVE', 'TEST'] as const;
export type Mode = (typeof MODES)[number];

/** The server's limit on a key's name. */
export const MAX_KEY_NAME = 255;

/** Why an API key name cannot be used, or null. */
export function apiKeyNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Name the key after what uses it, e.g. "Checkout service".';
  if (trimmed.length > MAX_KEY_NAME) return `At most ${MAX_KEY_NAME} characters.`;
  return null;
}

/** A key is usable until revoked. */
export function apiKeyState(key: { revokedAt?: string | null }): 'Active' | 'Revoked' {
  return key.revokedAt ? 'Revoked' : 'Active';
}

/**
 * Roles a tenant admin may give. Platform admins are created by other platform admins (the
 * server refuses it with FORBIDDEN), so the form does not offer it.
 */
export const INVITABLE_ROLES = ['ANALYST', 'COMPLIANCE', 'TENANT_ADMIN'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** Each role in a line, for the role picker's hint. */
export const ROLE_TEXT: Record<InvitableRole, string> = {
  ANALYST: 'Analyst: works the review queue',
  COMPLIANCE: 'Compliance: reads cases, transactions and metrics',
  TENANT_ADMIN: 'Tenant admin: everything, settings included',
};

/** The server's password rules for console users. */
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 256;

/** What the add-user form holds. */
export interface NewUserDraft {
  email: string;
  role: InvitableRole;
  password: string;
}

export const EMPTY_USER: NewUserDraft = { email: '', role: 'ANALYST', password: '' };

export type NewUserProblems = Partial<Record<'email' | 'password', string>>;

/** What stops a user from being added, per field (empty when none). */
export function newUserProblems(draft: NewUserDraft): NewUserProblems {
  const problems: NewUserProblems = {};
  const email = draft.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 255)
    problems.email = 'Enter an e-mail address.';
  if (draft.password.length < MIN_PASSWORD)
    problems.password = `At least ${MIN_PASSWORD} characters (${MIN_PASSWORD - draft.password.length} more).`;
  else if (draft.password.length > MAX_PASSWORD)
    problems.password = `At most ${MAX_PASSWORD} characters.`;
  return problems;
}

/** The events an endpoint may subscribe to, as `WebhookEndpoint.events` documents them. */
export const WEBHOOK_EVENTS = ['case.opened', 'case.resolved', 'transaction.blocked'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_TEXT: Record<WebhookEvent, string> = {
  'case.opened': 'A review case was opened',
  'case.resolved': 'An analyst resolved a case',
  'transaction.blocked': 'A transaction was blocked',
};

/** What the add-endpoint form holds. */
export interface WebhookDraft {
  url: string;
  events: WebhookEvent[];
}

export const EMPTY_WEBHOOK: WebhookDraft = { url: '', events: [...WEBHOOK_EVENTS] };

export type WebhookProblems = Partial<Record<'url' | 'events', string>>;

/**
 * What stops an endpoint from being registered. Only https is accepted in production; the
 * server alone knows whether plain http is allowed (development), so http passes here.
 */
export function webhookProblems(draft: WebhookDraft): WebhookProblems {
  const problems: WebhookProblems = {};
  let url: URL | null = null;
  try {
    url = new URL(draft.url.trim());
  } catch {
    problems.url = 'Enter an absolute URL, e.g. https://example.com/warden.';
  }
  if (url) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      problems.url = 'Use an https:// URL.';
    else if (url.username || url.password) problems.url = 'Leave credentials out of the URL.';
    else if (url.href.length > 2000) problems.url = 'At most 2,000 characters.';
  }
  if (draft.events.length === 0) problems.events = 'Choose at least one event.';
  return problems;
}

/** Adds or removes one event, keeping the documented order. */
export function toggleEvent(events: readonly WebhookEvent[], event: WebhookEvent): WebhookEvent[] {
  const next = new Set(events);
  if (next.has(event)) next.delete(event);
  else next.add(event);
  return WEBHOOK_EVENTS.filter((e) => next.has(e));
}

/** A delivery's last response read at a glance: "HTTP 500: timeout", "HTTP 200", "—". */
export function deliveryResponse(d: {
  lastStatusCode?: number | null;
  lastError?: string | null;
}): string {
  const status = d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : '';
  const error = d.lastError ?? '';
  return [status, error].filter(Boolean).join(': ') || '—';
}
