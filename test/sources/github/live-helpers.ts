// Reads one live source entry against the fake API and collects what it yields.
import type { SourceEntry } from '../../../src/model/config.js';
import type { CredentialFact, PrincipalFact, RecordSink, UsageEvent } from '../../../src/model/records.js';
import { readLiveSource, type LiveReadOptions } from '../../../src/sources/github/live.js';
import type { WorkflowSecretReference } from '../../../src/sources/github/secrets.js';
import { readerFor } from '../../../src/sources/registry.js';
import type { FakeGitHub } from './fake-github.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');
export const TOKEN = 'ghs_fakeinstallationtoken000000000000000';

export interface LiveExtra extends Partial<SourceEntry> {
  token?: string | null;
  references?: WorkflowSecretReference[];
}

export async function readLive(
  github: FakeGitHub,
  type: string,
  options: Record<string, unknown> = {},
  extra: LiveExtra = {},
) {
  const out = {
    usage: [] as UsageEvent[],
    credentials: [] as CredentialFact[],
    principals: [] as PrincipalFact[],
    rejected: [] as { line: number; reason: string }[],
  };
  const sink: RecordSink = {
    usage: (e) => out.usage.push(e),
    credential: (f) => out.credentials.push(f),
    principal: (f) => out.principals.push(f),
    reject: (line, reason) => out.rejected.push({ line, reason }),
    accept: () => {},
  };
  const { token, references, ...entryExtra } = extra;
  const entry: SourceEntry = {
    type,
    baseDir: '/tmp',
    options,
    location: { path: 'lastseen.yml', line: 7 },
    ...entryExtra,
  };
  const live: LiveReadOptions = {
    workspace: '/tmp',
    now: NOW,
    github: {
      apiUrl: github.url,
      repository: 'acme/app',
      waitScale: 0.001,
      ...(token !== null && { token: token ?? TOKEN }),
    },
    ...(references && { secretReferences: async () => references }),
  };
  const result = await readLiveSource(entry, readerFor(type)!, sink, live);
  return { ...out, result };
}
