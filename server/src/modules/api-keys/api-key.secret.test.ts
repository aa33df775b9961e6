import { describe, expect, it } from 'vitest';
import {
  displayPrefix,
  generateApiKeySecret,
  hashApiKeySecret,
  modeOfSecret,
} from './api-key.secret.js';

describe('API key secrets', () => {
  it.each(['LIVE', 'TEST'] as const)(
    '%s keys carry their mode and 43 base62 characters',
    (mode) => {
      const secret = generateApiKeySecret(mode);
      expect(secret).toMatch(new RegExp(`^pk_${mode.toLowerCase()}_[0-9A-Za-z]{43}$`));
      expect(modeOfSecret(secret)).toBe(mode);
    },
  );

  it('never repeats', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => generateApiKeySecret('TEST')));
    expect(seen.size).toBe(1000);
  });

  it.each([
    ['', null],
    ['pk_test_', null],
    [`pk_prod_${'a'.repeat(43)}`, null],
    [`pk_test_${'a'.repeat(42)}`, null],
    [`pk_test_${'a'.repeat(42)}!`, null],
    [`pk_live_${'a'.repeat(43)}`, 'LIVE'],
  ])('modeOfSecret(%j) = %s', (secret, mode) => {
    expect(modeOfSecret(secret)).toBe(mode);
  });

  it('hashes with SHA-256 and shows a short prefix', () => {
    expect(hashApiKeySecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(displayPrefix(`pk_live_ABCD${'x'.repeat(39)}`)).toBe('pk_live_ABCD');
  });
});
