import type { EntityManager } from '@mikro-orm/postgresql';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { query } from '../../db/executor.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { parseInput } from '../../domain/validation.js';
import { stdDev, trustLevel, trustScore, type TrustLevel } from '../../engine/profile.js';
import { CustomerEntity } from './customer.entity.js';
import { ONBOARD } from './customer.store.js';

export const KYC_LEVELS = ['NONE', 'BASIC', 'VERIFIED', 'ENHANCED'] as const;
export type KycLevel = (typeof KYC_LEVELS)[number];

const onboardSchema = (now: Date) =>
  z.object({
    externalId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters'),
    email: z.string().trim().toLowerCase().max(255).email('must be an e-mail address').nullish(),
    phone: z
      .string()
      .max(32)
      .transform((v, ctx) => {
        const p = parsePhoneNumberFromString(v);
        if (!p?.isPossible()) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be a phone number in international format',
          });
          return z.NEVER;
        }
        return p.number;
      })
      .nullish(),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .nullish(),
    dateOfBirth: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
      .refine((d) => {
        const parsed = new Date(`${d}T00:00:00Z`);
        return (
          !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(d) && d >= '1900-01-01'
        );
      }, 'must be a real calendar date from 1900 on')
      .refine((d) => Date.parse(d) < now.getTime(), 'must be a past date')
      .nullish(),
    accountOpenedAt: z
      .date()
      .refine((d) => d.getTime() <= now.getTime() + 5 * 60_000, 'must not be in the future')
      .nullish(),
    kycLevel: z.enum(KYC_LEVELS).nullish(),
    segment: z.string().trim().max(64, 'must be at most 64 characters').nullish(),
  });

export type OnboardInput = z.input<ReturnType<typeof onboardSchema>>;

export interface CustomerProfile {
  statistics: { count: number; total: number; average: number; max: number; stdDev: number };
  patterns: {
    typicalAmountMin: number;
    typicalAmountMax: number;
    typicalHours: number[];
    channels: { name: string; count: number }[];
    countries: { name: string; count: number }[];
    distinctRecipients: number;
    /** Transactions per active day between the first and the last event. */
    transactionsPerDay: number;
  };
  trustLevel: TrustLevel;
  trustScore: number;
  riskFactors: { fraudLabels: number; chargebacks: number; disputes: number };
}

const DAY_MS = 86_400_000;

const ranked = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

/** A customer's profile as shown to integrators and analysts; derived from the running row. */
export function profileOf(c: CustomerEntity, now: Date): CustomerProfile {
  const stats = {
    count: c.txCount,
    mean: c.amountMean,
    m2: c.amountM2,
    max: c.amountMax,
    total: c.amountTotal,
  };
  const sd = stdDev(stats);
  const hours = c.hourHistogram
    .map((n, hour) => ({ hour, share: c.txCount ? n / c.txCount : 0 }))
    .filter((h) => h.share >= 0.1)
    .map((h) => h.hour);
  const opened = c.accountOpenedAt ?? c.firstSeenAt ?? c.createdAt;
  const ageDays = Math.max(0, (now.getTime() - opened.getTime()) / DAY_MS);
  const span =
    c.firstSeenAt && c.lastSeenAt
      ? Math.max(1, (c.lastSeenAt.getTime() - c.firstSeenAt.getTime()) / DAY_MS)
      : 1;
  const score = trustScore({ count: c.txCount, accountAgeDays: ageDays, fraudCount: c.fraudCount });
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    statistics: {
      count: c.txCount,
      total: round(c.amountTotal),
      average: round(c.amountMean),
      max: c.amountMax,
      stdDev: round(sd),
    },
    patterns: {
      typicalAmountMin: round(Math.max(0, c.amountMean - sd)),
      typicalAmountMax: round(c.amountMean + sd),
      typicalHours: hours,
      channels: ranked(c.patterns.channels),
      countries: ranked(c.patterns.countries),
      distinctRecipients: c.recipientCount,
      transactionsPerDay: c.txCount ? round(c.txCount / span) : 0,
    },
    trustLevel: trustLevel(score, c.fraudCount, c.txCount),
    trustScore: score,
    riskFactors: {
      fraudLabels: c.fraudCount,
      chargebacks: c.chargebackCount,
      disputes: c.disputeCount,
    },
  };
}

/** Customers of one tenant and mode. */
export class CustomerService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  /**
   * Creates or updates the onboarding data of `externalId`; a customer first seen through
   * scoring becomes onboarded, keeping its profile. Absent fields keep their value.
   */
  async onboard(input: OnboardInput): Promise<CustomerEntity> {
    const v = parseInput(onboardSchema(new Date()), input, 'input');
    await query(this.em, ONBOARD, {
      tenant: this.tenantId,
      mode: this.mode,
      externalId: v.externalId,
      histogram: JSON.stringify(Array.from({ length: 24 }, () => 0)),
    });
    const customer = await this.get(v.externalId);
    if (v.email !== undefined) customer.email = v.email ?? null;
    if (v.phone !== undefined) customer.phone = v.phone ?? null;
    if (v.country !== undefined) customer.country = v.country ?? null;
    if (v.dateOfBirth !== undefined) customer.dateOfBirth = v.dateOfBirth ?? null;
    if (v.accountOpenedAt !== undefined) customer.accountOpenedAt = v.accountOpenedAt ?? null;
    if (v.kycLevel !== undefined) customer.kycLevel = v.kycLevel ?? null;
    if (v.segment !== undefined) customer.segment = v.segment ?? null;
    customer.updatedAt = new Date();
    await this.em.flush();
    return customer;
  }

  async get(externalId: string): Promise<CustomerEntity> {
    const customer = await this.em.findOne(
      CustomerEntity,
      { mode: this.mode, externalId },
      { refresh: true },
    );
    if (!customer) throw new NotFoundError('Customer');
    return customer;
  }
}
