// Runs a reader over a gzipped copy of a fixture, so `.json.gz` inputs are tested without committing
// binary files: the copy lives in a temporary workspace that is removed afterwards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CredentialFact, PrincipalFact, RecordSink, UsageEvent } from '../../src/model/records.js';
import { readSource } from '../../src/sources/read.js';
import type { SourceReader } from '../../src/sources/types.js';
import { FIXTURES, type Collected } from './collect.js';

/** Gzips `file` (relative to test/fixtures) into a temporary workspace and reads it with `reader`. */
export async function collectGzipped(
  reader: SourceReader,
  file: string,
  options: Record<string, unknown> = {},
  now = Date.parse('2026-11-25T12:00:00Z'),
): Promise<Collected> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'lastseen-gz-'));
  try {
    const name = `${path.basename(file)}.gz`;
    writeFileSync(path.join(workspace, name), gzipSync(readFileSync(path.join(FIXTURES, file))));
    const out = {
      usage: [] as UsageEvent[],
      credentials: [] as CredentialFact[],
      principals: [] as PrincipalFact[],
      rejected: [] as { line: number; reason: string }[],
      accepted: 0,
    };
    const sink: RecordSink = {
      usage: (e) => out.usage.push(e),
      credential: (f) => out.credentials.push(f),
      principal: (f) => out.principals.push(f),
      reject: (line, reason) => out.rejected.push({ line, reason }),
      accept: () => {
        out.accepted++;
      },
    };
    const result = await readSource(
      {
        type: reader.type,
        path: name,
        baseDir: workspace,
        options,
        location: { path: 'lastseen.yml', line: 1 },
      },
      reader,
      sink,
      { workspace, now },
    );
    return { ...out, result };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
