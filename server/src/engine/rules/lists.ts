import type { ListMatch, ListName } from '../types.js';
import { fired, pass, type RuleDefinition, type RuleOutcome } from './rule.js';

function describe(matches: ListMatch[], list: ListName): string | null {
  const hits = matches.filter((m) => m.list === list);
  if (hits.length === 0) return null;
  return hits
    .map(
      (m) =>
        `${m.kind.toLowerCase().replace('_', ' ')} ${m.value}${m.reason ? ` (${m.reason})` : ''}`,
    )
    .join('; ');
}

/** A list rule's outcome over the event's list matches (shared with the account pack). */
export function listOutcome(matches: ListMatch[], list: ListName): RuleOutcome {
  const text = describe(matches, list);
  return text
    ? fired(`on the ${list.toLowerCase()} list: ${text}`)
    : pass(`no ${list.toLowerCase()}-list entry`);
}

function listRule(list: ListName): RuleDefinition['evaluate'] {
  return (_e, ctx) => listOutcome(ctx.listMatches, list);
}

/** Which list each list rule reads (the account pack builds its list rules from it). */
export const LIST_OF_RULE: Readonly<Record<string, ListName>> = {
  DENYLIST_MATCH: 'DENY',
  ALLOWLIST_MATCH: 'ALLOW',
  WATCHLIST_MATCH: 'WATCH',
};

export const LIST_RULES: RuleDefinition[] = [
  {
    code: 'DENYLIST_MATCH',
    label: 'Deny-list match',
    dimension: 'LIST',
    weight: 100,
    action: 'BLOCK',
    priority: 100,
    params: {},
    description:
      'Blocks when the user, e-mail, domain, phone, IP, network, device, recipient or country is deny-listed.',
    evaluate: listRule('DENY'),
  },
  {
    code: 'ALLOWLIST_MATCH',
    label: 'Allow-list match',
    dimension: 'LIST',
    weight: 0,
    action: 'ALLOW',
    priority: 90,
    params: {},
    description:
      'Allows when an entity is allow-listed, unless a higher-priority blocking rule fired.',
    evaluate: listRule('ALLOW'),
  },
  {
    code: 'WATCHLIST_MATCH',
    label: 'Watch-list match',
    dimension: 'LIST',
    weight: 20,
    action: 'REVIEW',
    priority: 50,
    params: {},
    description: 'Sends the event to review when an entity is on the watch list.',
    evaluate: listRule('WATCH'),
  },
];
