/**
 * The variables a custom rule's CEL condition may read, per event kind. The console lists them
 * with their type and an example; the validator checks conditions against them; activation.ts
 * builds values of exactly these names and types. Every value is present on every event: an
 * unknown fact takes the neutral value each description gives, so a comparison never meets null.
 * Numbers are CEL doubles (write 2.0, not 2, in arithmetic with them).
 */
import { ACCOUNT_RULES_BY_CODE } from '../account/rules.js';
import { RULES_BY_CODE } from '../rules/index.js';
import type { EventKind } from '../types.js';
import { ACCOUNT_VARIABLES } from './account-variables.js';
import { TIME, v, type VariableSpec, type VariableType } from './catalogue.js';

export { ACCOUNT_VARIABLES };
export { VARIABLE_TYPES, type VariableSpec, type VariableType } from './catalogue.js';

const windowOf = (who: string, missing: string): VariableSpec[] => [
  v(
    `velocity.${who}.count1h`,
    'double',
    `Events of this ${who} in the hour before this one; 0 ${missing}.`,
    `velocity.${who}.count1h >= 5`,
  ),
  v(
    `velocity.${who}.sum1h`,
    'double',
    `Amount (base currency) of those events; 0 ${missing}.`,
    `velocity.${who}.sum1h > 1000`,
  ),
  v(
    `velocity.${who}.count24h`,
    'double',
    `Events of this ${who} in the 24 hours before this one; 0 ${missing}.`,
    `velocity.${who}.count24h >= 20`,
  ),
  v(
    `velocity.${who}.sum24h`,
    'double',
    `Amount (base currency) of those events; 0 ${missing}.`,
    `velocity.${who}.sum24h > 10000`,
  ),
];

/** Variables of a transaction. */
export const TRANSACTION_VARIABLES: readonly VariableSpec[] = [
  v('amount', 'double', 'Amount as sent, in the currency of the event.', 'amount > 20000'),
  v('amountBase', 'double', "Amount in the tenant's base currency.", 'amountBase > 10000'),
  v(
    'currency',
    'string',
    'ISO 4217 code of amount: the currency sent, else the base currency.',
    "currency == 'USD'",
  ),
  v(
    'type',
    'string',
    'Transaction type, e.g. INTERNATIONAL_TRANSFER.',
    "type == 'INTERNATIONAL_TRANSFER'",
  ),
  v('channel', 'string', "Channel the integrator reports; '' when none.", "channel == 'web'"),
  ...TIME,
  v(
    'customer.known',
    'bool',
    'Whether the customer was seen before this event.',
    '!customer.known && amount > 1000',
  ),
  v(
    'customer.count',
    'double',
    'Transactions scored before this one; 0 for a new customer.',
    'customer.count < 3',
  ),
  v(
    'customer.average',
    'double',
    'Mean amount (base currency) of those; 0 for a new customer.',
    'amountBase > customer.average * 10.0',
  ),
  v(
    'customer.max',
    'double',
    'Largest amount (base currency) so far; 0 for a new customer.',
    'amountBase > customer.max',
  ),
  v(
    'customer.stdDev',
    'double',
    'Standard deviation of those amounts; 0 for a new customer.',
    'amountBase > customer.average + 3.0 * customer.stdDev',
  ),
  v(
    'customer.trustScore',
    'double',
    'Trust 0–100 from activity and account age (0 after fraud or for a new customer), as on the customer page.',
    'customer.trustScore < 20',
  ),
  v(
    'customer.ageDays',
    'double',
    'Days since the account was opened (else first seen); 0 for a new customer.',
    'customer.ageDays < 7',
  ),
  v(
    'customer.fraudCount',
    'double',
    "Confirmed frauds on the customer's past transactions; 0 when none or new.",
    'customer.fraudCount > 0',
  ),
  v(
    'customer.country',
    'string',
    "Country of residence from onboarding; '' when unknown.",
    'customer.country != geo.country',
  ),
  v(
    'recipient.isKnown',
    'bool',
    'Whether this customer paid this recipient before; false when no recipient was sent.',
    '!recipient.isKnown',
  ),
  v(
    'recipient.timesSent',
    'double',
    'Payments from this customer to the recipient before; 0 when no recipient was sent.',
    'recipient.timesSent == 0 && amount > 5000',
  ),
  v(
    'recipient.fanIn24h',
    'double',
    'Distinct senders to the recipient in 24 hours, this one included; 0 when no recipient was sent.',
    'recipient.fanIn24h >= 5',
  ),
  v(
    'recipient.fraudCount',
    'double',
    'Confirmed-fraud payments to the recipient; 0 when no recipient was sent.',
    'recipient.fraudCount > 0',
  ),
  v(
    'recipient.type',
    'string',
    "Recipient type, e.g. IBAN, MERCHANT; '' when no recipient was sent.",
    "recipient.type == 'WALLET'",
  ),
  v(
    'recipient.country',
    'string',
    "Country of the recipient; '' when unknown.",
    'recipient.country != customer.country',
  ),
  ...windowOf('user', 'for the first event'),
  ...windowOf('device', 'when no device was sent'),
  ...windowOf('ip', 'when no IP was sent'),
  v('device.id', 'string', "Device identifier; '' when none was sent.", "device.id == ''"),
  v(
    'device.known',
    'bool',
    'Whether this customer used the device before; false when none was sent.',
    '!device.known && amount > 1000',
  ),
  v(
    'ip.country',
    'string',
    "Country of the IP address; '' when unknown.",
    'ip.country != geo.country',
  ),
  v('ip.tor', 'bool', 'Whether the IP is a Tor exit node.', 'ip.tor'),
  v(
    'ip.hosting',
    'bool',
    'Whether the IP belongs to a hosting provider.',
    'ip.hosting && amount > 500',
  ),
  v(
    'geo.country',
    'string',
    "Country the integrator reports for the event; '' when none.",
    "geo.country == 'NG'",
  ),
  v(
    'geo.distanceKm',
    'double',
    "Kilometres from the customer's previous located event; 0 when unknown.",
    'geo.distanceKm > 1000',
  ),
  v(
    'geo.speedKmh',
    'double',
    'Speed needed to cover that distance since then; 0 when unknown.',
    'geo.speedKmh > 900',
  ),
  v(
    'rules',
    'map',
    'Built-in rule code → whether it fired as an ACTIVE rule (SHADOW and DISABLED rules give false).',
    'rules.NEW_DEVICE && amount > 1000',
  ),
  v(
    'model.active',
    'bool',
    'Whether an ACTIVE learned model scored the event.',
    'model.active && model.score > 80',
  ),
  v(
    'model.score',
    'double',
    "The ACTIVE model's fraud probability × 100; 0 without one (a SHADOW model never acts).",
    'model.score > 90',
  ),
];

/** Built-in codes `rules.<CODE>` may name, per kind. */
export const BUILT_IN_CODES: Readonly<Record<EventKind, readonly string[]>> = {
  TRANSACTION: [...RULES_BY_CODE.keys()],
  ACCOUNT: [...ACCOUNT_RULES_BY_CODE.keys()],
};

/** The catalogue of one event kind. */
export function variablesOf(kind: EventKind): readonly VariableSpec[] {
  return kind === 'TRANSACTION' ? TRANSACTION_VARIABLES : ACCOUNT_VARIABLES;
}

/** A catalogue as a tree: a group (customer, velocity.user…) or a variable with its type. */
export interface VariableNode {
  type: VariableType | 'group';
  children: Map<string, VariableNode>;
}

function treeOf(specs: readonly VariableSpec[]): VariableNode {
  const root: VariableNode = { type: 'group', children: new Map() };
  for (const spec of specs) {
    let node = root;
    for (const part of spec.name.split('.')) {
      let child = node.children.get(part);
      if (!child) node.children.set(part, (child = { type: 'group', children: new Map() }));
      node = child;
    }
    node.type = spec.type;
  }
  return root;
}

const TREES: Record<EventKind, VariableNode> = {
  TRANSACTION: treeOf(TRANSACTION_VARIABLES),
  ACCOUNT: treeOf(ACCOUNT_VARIABLES),
};

/** The catalogue of one kind as a tree rooted at the top-level names. */
export function variableTree(kind: EventKind): VariableNode {
  return TREES[kind];
}
