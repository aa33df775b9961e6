import currencyCodes from 'currency-codes';

const ISO_4217 = new Set(currencyCodes.codes());

export function isCurrency(code: string): boolean {
  return ISO_4217.has(code);
}

/**
 * Indicative units of USD per unit of each currency (late 2026). A tenant's own table
 * (`currencyRates` in its policy) takes precedence; amounts in a currency with no rate at all are
 * refused rather than guessed.
 */
export const DEFAULT_USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.13,
  JPY: 0.0067,
  CNY: 0.138,
  INR: 0.012,
  CAD: 0.73,
  AUD: 0.66,
  NZD: 0.6,
  SEK: 0.095,
  NOK: 0.093,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0027,
  RON: 0.217,
  TRY: 0.029,
  MAD: 0.1,
  DZD: 0.0075,
  TND: 0.32,
  EGP: 0.02,
  NGN: 0.00065,
  KES: 0.0077,
  ZAR: 0.055,
  XOF: 0.00165,
  XAF: 0.00165,
  AED: 0.272,
  SAR: 0.267,
  QAR: 0.275,
  KWD: 3.25,
  ILS: 0.27,
  BRL: 0.18,
  MXN: 0.055,
  ARS: 0.001,
  CLP: 0.00105,
  COP: 0.00025,
  PEN: 0.27,
  SGD: 0.75,
  HKD: 0.128,
  KRW: 0.00072,
  THB: 0.029,
  MYR: 0.22,
  IDR: 0.000063,
  PHP: 0.017,
  VND: 0.00004,
  PKR: 0.0036,
  BDT: 0.0083,
  UAH: 0.024,
};

/**
 * Converts `amount` in `currency` to `base` using `rates` (units of base per unit), falling back
 * to the shipped USD table through USD. Returns null when no rate is known.
 */
export function toBaseCurrency(
  amount: number,
  currency: string,
  base: string,
  rates: Readonly<Record<string, number>>,
): { amount: number; rate: number } | null {
  if (currency === base) return { amount, rate: 1 };
  const direct = rates[currency];
  if (direct !== undefined) return { amount: amount * direct, rate: direct };
  const fromUsd = DEFAULT_USD_RATES[currency];
  const baseUsd = DEFAULT_USD_RATES[base];
  if (fromUsd === undefined || baseUsd === undefined) return null;
  const rate = fromUsd / baseUsd;
  return { amount: amount * rate, rate };
}
