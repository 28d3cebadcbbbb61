// Secret-looking values for leak tests, assembled at run time so that no committed file holds a string
// a secret scanner would flag. None is real: each has the form of its kind and nothing more.

const RANDOM = 'Q7r8S9t0A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Z9y8X7w6';

export const ACCESS_KEY_ID = ['AKIA', 'Z7Q3M9X2B4K8R1T5'].join('');

/** Each kind of secret lastseen must mask, with a marker substring that must never appear in any output. */
export const SECRETS = {
  'GitHub classic token': ['ghp', RANDOM.slice(0, 36)].join('_'),
  'GitHub fine-grained token': [
    'github',
    'pat',
    `11ABCDEFG0${RANDOM.slice(0, 12)}`,
    RANDOM.slice(12, 47),
  ].join('_'),
  'GitHub OAuth token': ['gho', RANDOM.slice(4, 40)].join('_'),
  'GitHub app token': ['ghs', RANDOM.slice(8, 44)].join('_'),
  'Slack bot token': ['xoxb', '1234567890', '2345678901', RANDOM.slice(0, 24)].join('-'),
  'AWS secret access key': RANDOM.slice(2, 42).replace(/Z/g, '/'),
  'JSON web token': [
    ['ey', 'J', 'hbGciOiJIUzI1NiJ9'].join(''),
    ['ey', 'J', 'zdWIiOiJsYXN0c2VlbiJ9'].join(''),
    RANDOM.slice(0, 30),
  ].join('.'),
  'private key': [
    ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '),
    `MIIEow${RANDOM}`,
    ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
  ].join('\n'),
  'high-entropy value': `Zx9${RANDOM.slice(5, 33)}`,
} as const;

export type SecretKind = keyof typeof SECRETS;

/** A part of each secret that a masked form never keeps (masks keep at most the kind's prefix). */
export function secretMarker(secret: string): string {
  const body = secret.replace(/^-----BEGIN [A-Z ]+-----\n/, '');
  return body.slice(12, 28);
}

/** The kinds whose secret appears in `text`, by marker. */
export function leakedKinds(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secretMarker(secret)))
    .map(([kind]) => kind);
}
