// A normalised Config built in code, for tests of the stages after config/.
import { DEFAULT_POLICY, type Config, type Identity } from '../../src/model/config.js';

export function identity(partial: Partial<Identity> & { id: string }): Identity {
  return {
    principals: [],
    credentials: [],
    suppress: [],
    location: { path: 'lastseen.yml', line: 1 },
    ...partial,
  };
}

export function config(identities: Identity[], partial: Partial<Config> = {}): Config {
  return {
    version: 1,
    path: 'lastseen.yml',
    workspace: '/workspace',
    files: ['lastseen.yml'],
    policy: DEFAULT_POLICY,
    sources: [],
    people: [],
    discover: { enabled: false, paths: [], baseDir: '/workspace' },
    identities,
    secrets: [],
    ...partial,
  };
}
