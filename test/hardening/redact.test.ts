// The two masking helpers on their own: excerpt() for values a message quotes, maskText() for every
// string of the report. The pipeline tests show nothing leaks; these pin down what each keeps.
import { describe, expect, test } from 'vitest';
import { redact } from '../../src/config/secrets.js';
import { MAX_TEXT_CHARS, MAX_WORD_CHARS, maskText } from '../../src/report/redact.js';
import { excerpt, MAX_REASON_CHARS, safeReason } from '../../src/sources/excerpt.js';
import { ACCESS_KEY_ID, SECRETS, secretMarker } from './secrets.js';

// Forms redact() knows beyond the samples of secrets.ts, assembled so no committed line holds one.
const MORE_FORMS = [
  ['AIza', 'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'].join(''),
  ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_'),
  ['glpat', 'A1b2C3d4E5f6G7h8I9j0K'].join('-'),
  ['npm', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('_'),
  ['https://deploy', 'hunter2hunter2@registry.example.com'].join(':'),
  ['https://hooks.slack.com/services', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'].join('/'),
  `password: ${'Zq9rT4vW2xY7'}`,
];

describe('excerpt', () => {
  test('quotes a short value as JSON, or bare when asked', () => {
    expect(excerpt('ResponseFinished')).toBe('"ResponseFinished"');
    expect(excerpt('ResponseFinished', { quoted: false })).toBe('ResponseFinished');
    expect(excerpt(42)).toBe('"42"');
    expect(excerpt({ a: 1 })).toBe('"{\\"a\\":1}"');
  });

  test('cuts a long value to 40 characters, and blanks control characters and line separators', () => {
    expect(excerpt('x'.repeat(10_000), { quoted: false })).toBe(`${'x'.repeat(39)}…`);
    expect(excerpt('a\u0000b\nc\u2028d', { quoted: false })).toBe('a b c d');
  });

  test('masks every known form, and any long random run', () => {
    for (const [kind, secret] of Object.entries(SECRETS)) {
      expect({ kind, shown: excerpt(secret).includes(secretMarker(secret)) }).toEqual({ kind, shown: false });
    }
    expect(excerpt(SECRETS['GitHub classic token'])).toBe('"ghp_****"');
    expect(excerpt(SECRETS['high-entropy value'], { quoted: false })).toBe('Zx99****');
  });

  test('keeps ids that look random but are not secrets: UUIDs, hex digests, short ids, words', () => {
    for (const id of [
      '7d3a1c52-0b6e-4f1a-9c3e-2a1b4c5d6e01',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      ACCESS_KEY_ID,
      'system:serviceaccount:apps:etl',
      'arn:aws:iam::111122223333:user/svc-ci-deployer',
    ]) {
      expect(excerpt(id, { quoted: false, max: 100 })).toBe(id);
    }
  });

  test('a reason is masked and bounded, its line breaks kept', () => {
    expect(safeReason(`bad value ${SECRETS['GitHub app token']}\nnext`)).toBe('bad value ghs_****\nnext');
    expect(safeReason('r'.repeat(1_000))).toHaveLength(MAX_REASON_CHARS);
  });
});

describe('maskText', () => {
  test('masks whatever redact() masks (its quick pre-check must not let a form through)', () => {
    for (const sample of [...Object.values(SECRETS), ...MORE_FORMS]) {
      if (redact(sample) === sample && !/^[A-Za-z0-9/+]{40}$/.test(sample)) continue;
      expect({ sample: sample.slice(0, 12), masked: maskText(sample) !== sample }).toEqual({
        sample: sample.slice(0, 12),
        masked: true,
      });
      expect(maskText(`text around ${sample} here`)).not.toContain(sample);
    }
  });

  test('a masked id keeps a digest, so two masked ids stay apart; a masked message does not', () => {
    const one = maskText(SECRETS['GitHub classic token']);
    const two = maskText(SECRETS['GitHub OAuth token'].replace('gho_', 'ghp_'));
    expect(one).toMatch(/^ghp_\*\*\*\*~[0-9a-f]{8}$/);
    expect(two).toMatch(/^ghp_\*\*\*\*~[0-9a-f]{8}$/);
    expect(one).not.toBe(two);
    expect(maskText(`${SECRETS['GitHub classic token']} is not declared`)).toBe('ghp_**** is not declared');
  });

  test('an AWS secret access key is masked on its own, without its key id beside it', () => {
    expect(maskText(SECRETS['AWS secret access key'])).toMatch(/^[A-Za-z0-9/+]{4}\*\*\*\*~[0-9a-f]{8}$/);
  });

  test('bounds every string and every run without a space', () => {
    expect(maskText('word '.repeat(10_000)).length).toBeLessThanOrEqual(MAX_TEXT_CHARS + 1);
    const long = maskText(`principal ${'p'.repeat(100_000)} seen`);
    expect(long).toMatch(new RegExp(`^principal p{${MAX_WORD_CHARS - 16}}…~[0-9a-f]{8}`));
    expect(long.length).toBeLessThan(MAX_WORD_CHARS + 30);
  });

  test('leaves ordinary report text alone', () => {
    for (const text of [
      'token:3001',
      'secret:DEPLOY_KEY',
      'secret:env/production/API_TOKEN',
      'rotate the token and record the new id',
      'n6Vb2QPpbqS2D9Q0yZJtJ4xAQm8jK0uV3wXy1zB2c4E=',
      '2026-11-24T06:00:00.000Z',
      'lastseen/never-used',
    ]) {
      expect(maskText(text)).toBe(text);
    }
  });
});
