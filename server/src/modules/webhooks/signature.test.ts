import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, sign, verify } from './signature.js';

describe('webhook signatures', () => {
  const secret = generateWebhookSecret();
  const body = '{"type":"case.opened"}';
  const now = 1_800_000_000_000;
  const t = now / 1000;

  it('verify what was signed, and nothing else', () => {
    const header = sign(secret, t, body);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verify(secret, header, body, now)).toBe(true);
    expect(verify(secret, header, `${body} `, now)).toBe(false);
    expect(verify(generateWebhookSecret(), header, body, now)).toBe(false);
    expect(verify(secret, header.replace('t=1800000000', 't=1800000001'), body, now)).toBe(false);
    expect(verify(secret, 'v1=00', body, now)).toBe(false);
  });

  it('refuse old timestamps', () => {
    expect(verify(secret, sign(secret, t - 301, body), body, now)).toBe(false);
    expect(verify(secret, sign(secret, t - 299, body), body, now)).toBe(true);
  });

  it('make distinct secrets', () => {
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
  });
});
