// Huge and broken exports: each problem is reported with its file and line, the rest of the scan goes
// on, and a subject the broken file would have judged becomes unknown, never healthy: silence in a
// file that was not read to its end proves nothing. Big inputs are generated here, never committed.
import { appendFileSync, createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { RecordSink } from '../../src/model/records.js';
import { MAX_ROW_CHARS } from '../../src/sources/csv.js';
import { genericCsvReader } from '../../src/sources/generic-csv.js';
import { MAX_LINE_BYTES } from '../../src/sources/lines.js';
import { readSource } from '../../src/sources/read.js';
import { NOW, scanAll, workspaceWith } from './pipeline.js';

const HEADER = 'timestamp,actor,event_name';
const event = (actor: string, at = '2026-11-20T00:00:00Z') => `${at},${actor},deploy`;

/**
 * An inventory whose identities are judged by event logs (`file` or `file@platform`, platform acme by
 * default): an event log covers every principal of its platform, so silence in it is evidence.
 */
function acmeInventory(sources: string[], principals: string[]): string {
  const entries = sources.map((source) => {
    const [file, platform = 'acme'] = source.split('@');
    return (
      `  - { type: csv, path: ${file}, platform: ${platform}, window: 180d, generated-at: 2026-11-24T00:00:00Z,` +
      ' columns: { principal: actor, at: timestamp, action: event_name } }'
    );
  });
  const identities = principals.map((entry) => {
    const [principal, platform = 'acme'] = entry.split('@');
    return `  - { id: ${principal}, kind: service-account, platform: ${platform}, owner: "@acme/platform", principals: [${principal}] }`;
  });
  return ['version: 1', 'discover: false', 'sources:', ...entries, 'identities:', ...identities, ''].join(
    '\n',
  );
}

function statusOf(report: { subjects: { id: string; status: string }[] }): Record<string, string> {
  return Object.fromEntries(
    report.subjects.filter((s) => !s.id.startsWith('svc-x')).map((s) => [s.id, s.status]),
  );
}

/** Writes `lines` (a generator, so a 100 MB line is never one string) gzipped to `file`. */
async function writeGzipped(file: string, lines: () => Iterable<string | Buffer>): Promise<void> {
  await pipeline(Readable.from(lines()), createGzip({ level: 1 }), createWriteStream(file));
}

describe('a truncated .gz', () => {
  test('keeps the uses it read, reports the line where the data ends, and leaves the unread unknown', async () => {
    const lines = [HEADER, event('svc-early')];
    for (let i = 0; i < 30_000; i++) lines.push(event(`svc-x${i}`));
    lines.push(event('svc-late'));
    const gz = gzipSync(`${lines.join('\n')}\n`);
    const workspace = workspaceWith({
      'lastseen.yml': acmeInventory(
        ['events.csv.gz', 'other.csv@beta'],
        ['svc-early', 'svc-late', 'svc-other@beta'],
      ),
      'events.csv.gz': gz.subarray(0, Math.floor(gz.length / 2)),
      'other.csv': `${HEADER}\n${event('svc-other')}\n`,
    });
    const out = await scanAll(workspace);
    const [broken, other] = out.report.sources;
    const last = broken.errors.at(-1)!;
    expect(last.reason).toBe('the file could not be read to its end: unexpected end of file');
    expect(last.line).toBeGreaterThan(1000);
    expect(broken.failure).toBe(
      `events.csv.gz:${last.line}: could not be read to its end (unexpected end of file)`,
    );
    expect(broken.records).toBe(broken.accepted + broken.rejected);
    // The rest of the scan goes on: the other source is read and judges its subject.
    expect(other.failure).toBeUndefined();
    expect(statusOf(out.report)).toEqual({
      'svc-early': 'unknown',
      'svc-late': 'unknown',
      'svc-other': 'active',
    });
    // A use read before the break is still evidence.
    expect(out.report.subjects.find((s) => s.id === 'svc-early')?.lastMeaningfulUse).toBe(
      '2026-11-20T00:00:00.000Z',
    );
    expect(out.markdown).toContain(`events.csv.gz:${last.line}: could not be read to its end`);
  });
});

describe('a line of 100 MB', () => {
  test('in JSON lines is one rejected record with its line; the lines around it are read', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': [
        'version: 1',
        'discover: false',
        'sources:',
        '  - { type: jsonl, path: events.jsonl.gz, window: 30d, columns: { principal: actor, at: at, action: action } }',
        'identities: []',
        '',
      ].join('\n'),
    });
    const record = (actor: string) =>
      `${JSON.stringify({ actor, at: '2026-11-20T00:00:00Z', action: 'run' })}\n`;
    const chunk = Buffer.alloc(1 << 20, 'x');
    await writeGzipped(path.join(workspace, 'events.jsonl.gz'), function* () {
      yield record('svc-before');
      yield '{"actor":"svc-huge","padding":"';
      for (let i = 0; i < 100; i++) yield chunk;
      yield '"}\n';
      yield record('svc-after');
    });
    const heap = process.memoryUsage().heapUsed;
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    expect(source.errors).toEqual([
      { line: 2, reason: `line of ${100 * 2 ** 20 + 33} bytes is over the ${MAX_LINE_BYTES}-byte limit` },
    ]);
    expect([source.accepted, source.rejected]).toEqual([2, 1]);
    expect(out.report.subjects.map((s) => s.id).sort()).toEqual(['svc-after', 'svc-before']);
    expect((process.memoryUsage().heapUsed - heap) / 2 ** 20).toBeLessThan(200);
  });

  test('in a CSV is one rejected row with its line', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': acmeInventory(['events.csv.gz'], ['svc-before', 'svc-after']),
    });
    const chunk = Buffer.alloc(1 << 20, 'y');
    await writeGzipped(path.join(workspace, 'events.csv.gz'), function* () {
      yield `${HEADER}\n${event('svc-before')}\n2026-11-20T00:00:00Z,svc-huge,`;
      for (let i = 0; i < 100; i++) yield chunk;
      yield `\n${event('svc-after')}\n`;
    });
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    expect(source.errors).toEqual([{ line: 3, reason: `row longer than ${MAX_ROW_CHARS} characters` }]);
    expect([source.accepted, source.rejected]).toEqual([2, 1]);
    expect(statusOf(out.report)).toEqual({ 'svc-before': 'active', 'svc-after': 'active' });
  });
});

describe('a CSV with a quote never closed', () => {
  test('reports the row it opens on and fails the source, so the rows it swallowed prove nothing', async () => {
    const lines = [HEADER, event('svc-early'), '2026-11-20T00:00:00Z,svc-early,"deploy', event('svc-late')];
    const workspace = workspaceWith({
      'lastseen.yml': acmeInventory(['events.csv'], ['svc-early', 'svc-late']),
      'events.csv': `${lines.join('\n')}\n`,
    });
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    const reason = 'a quoted field is never closed (the rest of the file was read as one field)';
    expect(source.errors).toEqual([{ line: 3, reason }]);
    expect(source.failure).toBe(`events.csv:3: not read to its end (${reason})`);
    // Before the fix, svc-late was "inactive": the swallowed rows were taken for silence.
    expect(statusOf(out.report)).toEqual({ 'svc-early': 'unknown', 'svc-late': 'unknown' });
    expect(
      out.report.findings.find((f) => f.subject === 'svc-late' && f.rule === 'no-telemetry')?.message,
    ).toBe(
      'the activity of svc-late cannot be judged: its source could not be read (csv events.csv); its inactivity threshold is 90 days',
    );
  });
});

describe('a JSON export cut short', () => {
  test('reports the element that is cut and fails the source', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': [
        'version: 1',
        'discover: false',
        'sources:',
        '  - { type: jsonl, path: events.json, window: 30d, columns: { principal: actor, at: at } }',
        'identities: []',
        '',
      ].join('\n'),
      'events.json':
        '[\n  {"actor": "svc-a", "at": "2026-11-20T00:00:00Z"},\n  {"actor": "svc-b", "at": "2026-11-2',
    });
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    const reason = 'the JSON array ends before it is closed (truncated file?)';
    expect(source.errors).toEqual([{ line: 3, reason }]);
    expect(source.failure).toBe(`events.json:3: not read to its end (${reason})`);
    expect([source.accepted, source.rejected]).toEqual([1, 1]);
  });
});

describe('an export that is all garbage', () => {
  test('fails its source instead of proving every subject of the platform idle', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': acmeInventory(['events.csv'], ['svc-one']),
      'events.csv': `${HEADER}\nnot a time,svc-other,deploy\nnor this,svc-other,deploy\n`,
    });
    const out = await scanAll(workspace);
    expect(out.report.sources[0].failure).toBe('none of its 2 records could be read');
    expect(statusOf(out.report)).toEqual({ 'svc-one': 'unknown' });
  });

  test('with NUL bytes and bytes that are not UTF-8, each bad row is rejected with its line', async () => {
    const workspace = workspaceWith({
      'lastseen.yml': acmeInventory(['events.csv'], ['svc-one']),
      'events.csv': Buffer.concat([
        Buffer.from(`${HEADER}\n${event('svc-one')}\n`),
        Buffer.from([0x00, 0xff, 0xfe, 0x2c, 0x00, 0x2c, 0x0a]),
        Buffer.from(`${event('svc-one')}\n`),
      ]),
    });
    const out = await scanAll(workspace);
    const [source] = out.report.sources;
    expect(source.errors).toEqual([{ line: 3, reason: '"timestamp" is not a time' }]);
    expect([source.accepted, source.rejected]).toEqual([2, 1]);
    expect(statusOf(out.report)).toEqual({ 'svc-one': 'active' });
  });
});

describe('a file that changes while it is read', () => {
  test('is reported with its file and line, and fails its source', async () => {
    const workspace = workspaceWith({
      'events.csv': `${HEADER}\n${event('svc-one')}\n${event('svc-two')}\n`,
    });
    // Another process appending to the export mid-read: the reader's first act is to write to it.
    const racing = {
      ...genericCsvReader,
      async read(ctx: Parameters<typeof genericCsvReader.read>[0]) {
        appendFileSync(ctx.file.absolutePath, `${event('svc-three')}\n`);
        await genericCsvReader.read(ctx);
      },
    };
    const sink: RecordSink = { usage() {}, credential() {}, principal() {}, reject() {}, accept() {} };
    const result = await readSource(
      {
        type: 'csv',
        path: 'events.csv',
        baseDir: workspace,
        options: { columns: { principal: 'actor', at: 'timestamp' } },
        location: { path: 'lastseen.yml', line: 3 },
      },
      racing,
      sink,
      { workspace, now: NOW },
    );
    expect(result.summary.errors.at(-1)).toEqual({
      line: 5,
      reason: 'the file changed while it was read: its size went from 99 to 137 bytes while it was read',
    });
    expect(result.summary.failure).toBe(
      'events.csv changed while it was read; read a copy that nothing writes to',
    );
    expect(result.failed).toBe(true);
    writeFileSync(path.join(workspace, 'events.csv'), '');
  });
});
