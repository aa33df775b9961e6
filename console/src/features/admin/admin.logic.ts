/**
 * The platform admin's pages: tenant, rate-limit and reputation-list forms, checked in the
 * server's limits. Pure.
 */

/** The server's rule for a tenant slug: URL-safe and permanent. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const MAX_TENANT_NAME = 255;

/** What the create-tenant form holds. */
export interface NewTenantDraft {
  slug: string;
  name: string;
}

export const EMPTY_TENANT: NewTenantDraft = { slug: '', name: '' };

export type NewTenantProblems = Partial<Record<keyof NewTenantDraft, string>>;

/** What stops a tenant from being created, per field (empty when none). */
export function newTenantProblems(draft: NewTenantDraft): NewTenantProblems {
  const problems: NewTenantProblems = {};
  const slug = draft.slug.trim();
  if (!SLUG_PATTERN.test(slug))
    problems.slug =
      '2 to 63 lower-case letters, digits and hyphens, not starting with a hyphen (e.g. acme-pay).';
  const name = draft.name.trim();
  if (name === '') problems.name = 'Name the tenant, e.g. "Acme Payments".';
  else if (name.length > MAX_TENANT_NAME) problems.name = `At most ${MAX_TENANT_NAME} characters.`;
  return problems;
}

/** A slug suggested from a name typed first: "Acme Payments Ltd" → "acme-payments-ltd". */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** The server's bounds on a per-minute limit. */
export const MIN_RATE_LIMIT = 1;
export const MAX_RATE_LIMIT = 10_000_000;

export const RATE_LIMIT_FIELDS = ['scoringPerMinute', 'otherPerMinute'] as const;
export type RateLimitField = (typeof RATE_LIMIT_FIELDS)[number];

/** A tenant's limits as the server reads them back. */
export interface RateLimitsView {
  scoringPerMinute: number;
  otherPerMinute: number;
  tenantScoringPerMinute?: number | null;
  tenantOtherPerMinute?: number | null;
  defaults: { scoringPerMinute: number; otherPerMinute: number };
}

/** The form's text per limit; blank means "the server default". */
export type RateLimitsDraft = Record<RateLimitField, string>;

/** What `updateRateLimits` is sent: a number sets a limit, null returns it to the default. */
export type RateLimitsValue = Record<RateLimitField, number | null>;

const OWN: Record<RateLimitField, 'tenantScoringPerMinute' | 'tenantOtherPerMinute'> = {
  scoringPerMinute: 'tenantScoringPerMinute',
  otherPerMinute: 'tenantOtherPerMinute',
};

/** The tenant's own value of a limit, or null when the default applies. */
export function ownLimit(limits: RateLimitsView, field: RateLimitField): number | null {
  return limits[OWN[field]] ?? null;
}

export function rateLimitsToDraft(limits: RateLimitsView): RateLimitsDraft {
  const text = (field: RateLimitField) => {
    const own = ownLimit(limits, field);
    return own === null ? '' : String(own);
  };
  return { scoringPerMinute: text('scoringPerMinute'), otherPerMinute: text('otherPerMinute') };
}

/**
 * Reads the draft: blank is the default (null), else a whole number in the server's bounds.
 * Spaces, commas and underscores between digits are allowed ("5,000").
 */
export function parseRateLimits(draft: RateLimitsDraft): {
  value: RateLimitsValue | null;
  problems: Partial<Record<RateLimitField, string>>;
} {
  const problems: Partial<Record<RateLimitField, string>> = {};
  const value = {} as RateLimitsValue;
  for (const field of RATE_LIMIT_FIELDS) {
    const text = draft[field].trim().replace(/(?<=\d)[\s,_](?=\d)/g, '');
    if (text === '') {
      value[field] = null;
      continue;
    }
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < MIN_RATE_LIMIT || n > MAX_RATE_LIMIT) {
      problems[field] =
        `Enter a whole number from ${MIN_RATE_LIMIT} to ${MAX_RATE_LIMIT.toLocaleString('en-GB')}, or leave it blank for the default.`;
    } else value[field] = n;
  }
  return Object.keys(problems).length ? { value: null, problems } : { value, problems };
}

/** Whether saving `value` would change what the tenant has set. */
export function rateLimitsChanged(value: RateLimitsValue, limits: RateLimitsView): boolean {
  return RATE_LIMIT_FIELDS.some((field) => value[field] !== ownLimit(limits, field));
}

/** "5,000 / min (own limit)" or "1,000 / min (server default)". */
export function describeLimit(limits: RateLimitsView, field: RateLimitField): string {
  const source = ownLimit(limits, field) === null ? 'server default' : 'own limit';
  return `${limits[field].toLocaleString('en-GB')} / min (${source})`;
}

/** A tenant's state in the list. */
export function tenantStatus(tenant: { disabled: boolean }): 'Active' | 'Disabled' {
  return tenant.disabled ? 'Disabled' : 'Active';
}

export const REPUTATION_KINDS = ['DISPOSABLE_DOMAIN', 'TOR_EXIT', 'HOSTING_NETWORK'] as const;
export type ReputationKindName = (typeof REPUTATION_KINDS)[number];

export const REPUTATION_TEXT: Record<ReputationKindName, { label: string; hint: string }> = {
  DISPOSABLE_DOMAIN: {
    label: 'Disposable e-mail domains',
    hint: 'One domain per line, e.g. mailinator.com',
  },
  TOR_EXIT: {
    label: 'TOR exit addresses',
    hint: 'One IPv4 or IPv6 address per line, e.g. from check.torproject.org/torbulkexitlist',
  },
  HOSTING_NETWORK: {
    label: 'Hosting networks',
    hint: 'One CIDR per line (a data centre’s prefixes), e.g. 203.0.113.0/24',
  },
};

/**
 * The largest file the console sends: the request body may be at most 4 MB, and the file travels
 * inside it as a JSON string (line breaks and quotes take two bytes there).
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const REQUEST_OVERHEAD_BYTES = 2048;

/** Why a file read in the browser cannot be sent, or null. */
export function uploadProblem(content: string | null, fileName: string | null): string | null {
  if (content === null || fileName === null) return 'Choose a file to upload.';
  const bytes = new TextEncoder().encode(JSON.stringify(content)).length;
  if (bytes + REQUEST_OVERHEAD_BYTES > MAX_REQUEST_BYTES)
    return `${fileName} is too large to upload here (the limit is about 4 MB). Split it, or load it with \`warden reputation import\`.`;
  if (content.trim() === '') return `${fileName} is empty.`;
  return null;
}

/** What an import did, in a sentence. */
export function importSummary(result: {
  imported: number;
  added: number;
  removed: number;
  rejectedCount: number;
}): string {
  const parts = [
    `${result.imported.toLocaleString('en-GB')} valid ${result.imported === 1 ? 'entry' : 'entries'}`,
    `${result.added.toLocaleString('en-GB')} new`,
  ];
  if (result.removed > 0) parts.push(`${result.removed.toLocaleString('en-GB')} removed`);
  if (result.rejectedCount > 0)
    parts.push(
      `${result.rejectedCount.toLocaleString('en-GB')} ${result.rejectedCount === 1 ? 'line' : 'lines'} refused`,
    );
  return `${parts.join(', ')}.`;
}
