import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { Mode } from '../../domain/modes.js';
import { parseInput } from '../../domain/validation.js';
import type { RiskLevel } from '../../engine/types.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import { fanInSurges } from '../../engine/rules/counterparty.js';
import { FAN_IN_MS, HISTORY_LONG_MS, HISTORY_SCAN, sqlInterval } from '../../engine/windows.js';
import { PolicyService } from '../policy/policy.service.js';
import { SAME_RECIPIENT } from '../scoring/enrichment.js';
import { transactionInputSchema } from '../scoring/ingest.js';

export interface RecipientCheck {
  riskLevel: RiskLevel;
  relationship: {
    isKnown: boolean;
    timesSent: number;
    firstSentAt: Date | null;
    lastSentAt: Date | null;
  };
  fanIn24h: number;
  priorFraudCount: number;
  flags: string[];
}

const recipientSchema = transactionInputSchema.shape.recipient.unwrap().unwrap();

const CHECK = new Sql(`
select
  (select to_jsonb(r) from customer_recipient r
    where r.tenant_id = $tenant and r.mode = $mode and r.user_id = $sender and r.recipient_key = $key) as relationship,
  (select count(distinct user_id) from scored_event
    where tenant_id = $tenant and mode = $mode and recipient_key = $key and user_id <> $sender
      and occurred_at > now() - ${sqlInterval(FAN_IN_MS)}) as fan_in,
  (select count(*) from scored_event
    where tenant_id = $tenant and mode = $mode and recipient_key = $key and fraud_confirmed) as fraud,
  (select count(*) from (select 1 from scored_event
    where tenant_id = $tenant and mode = $mode and recipient_key = $key
      and occurred_at > now() - ${sqlInterval(HISTORY_LONG_MS)}
    limit ${HISTORY_SCAN}) h) as received,
  (select coalesce(jsonb_agg(distinct list), '[]'::jsonb) from list_entry
    where tenant_id = $tenant and mode = $mode and kind = 'RECIPIENT' and ${SAME_RECIPIENT('value', '$value')}
      and removed_at is null and (expires_at is null or expires_at > now())) as lists`);

/** Risk of paying a recipient, before the payment: relationship, fan-in, lists, fraud history. */
export class RecipientService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  async check(input: {
    type: string;
    value: string;
    senderUserId: string;
  }): Promise<RecipientCheck> {
    const recipient = parseInput(
      recipientSchema,
      { type: input.type, value: input.value },
      'input',
    );
    const sender = input.senderUserId.trim();
    const key = `${recipient.type}:${recipient.value}`;
    const [row] = await query<{
      relationship: { times_sent: number; first_sent_at: string; last_sent_at: string } | null;
      fan_in: string;
      fraud: string;
      received: string;
      lists: string[];
    }>(this.em, CHECK, {
      tenant: this.tenantId,
      mode: this.mode,
      sender,
      key,
      value: recipient.value,
    });
    const rel = row!.relationship;
    const fanIn = Number(row!.fan_in) + 1;
    const fraud = Number(row!.fraud);
    const policy = await new PolicyService(this.em, this.tenantId).effective(this.mode);
    const fanInRule = policy.transactions.rules.find((r) => r.code === 'RECIPIENT_FAN_IN');
    const fanInParams = fanInRule?.params ?? RULES_BY_CODE.get('RECIPIENT_FAN_IN')!.params;
    const flags: string[] = [];
    if (row!.lists.includes('DENY')) flags.push('DENY_LISTED');
    if (row!.lists.includes('WATCH')) flags.push('WATCH_LISTED');
    if (row!.lists.includes('ALLOW')) flags.push('ALLOW_LISTED');
    if (fraud > 0) flags.push('PRIOR_FRAUD');
    // The scoring rule's own judgment: a shop or a landlord paid by many is no mule.
    if (fanInSurges(recipient.type, fanIn, Number(row!.received), fanInParams))
      flags.push('HIGH_FAN_IN');
    if (!rel) flags.push('NEW_RECIPIENT');
    const riskLevel: RiskLevel =
      flags.includes('DENY_LISTED') || flags.includes('PRIOR_FRAUD')
        ? 'CRITICAL'
        : flags.includes('HIGH_FAN_IN') || flags.includes('WATCH_LISTED')
          ? 'HIGH'
          : !rel
            ? 'MEDIUM'
            : 'LOW';
    return {
      riskLevel,
      relationship: {
        isKnown: rel !== null,
        timesSent: rel?.times_sent ?? 0,
        firstSentAt: rel ? new Date(rel.first_sent_at) : null,
        lastSentAt: rel ? new Date(rel.last_sent_at) : null,
      },
      fanIn24h: fanIn,
      priorFraudCount: fraud,
      flags,
    };
  }
}
