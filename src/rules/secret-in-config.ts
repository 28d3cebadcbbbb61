// secret-in-config: a value in the inventory that looks like a live secret. The value itself never
// reaches this stage: config/ hands over only what it looks like and where it is.
import type { Config } from '../model/config.js';
import type { RawFinding } from './types.js';

export function secretInConfig(config: Config): RawFinding[] {
  return config.secrets.map((secret) => {
    const where = `${secret.location.path}:${secret.location.line}`;
    const within = secret.identity ? ` (in identity ${secret.identity})` : '';
    return {
      subject: secret.identity ?? config.path,
      credential: null,
      location: secret.location,
      message: `a value at ${where}${within} looks like a live ${secret.kind}; it is not shown here, and it must be treated as leaked`,
      evidence: { kind: secret.kind, location: secret.location, identity: secret.identity ?? null },
      vars: { secret: secret.kind },
    };
  });
}
