import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/model/errors.js';
import { MAX_REPORTED_ERRORS } from '../../src/sources/read.js';
import { forEachLine } from '../../src/sources/lines.js';
import { parseTime } from '../../src/sources/parse-time.js';
import type { SourceReader } from '../../src/sources/types.js';
import { collect } from '../helpers/collect.js';

const t = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;

/** A reader of `<time> <principal>` lines: the smallest event log. */
const lineReader: SourceReader = {
  type: 'test-lines',
  platform: 'test',
  coverage: 'events',
  async read({ file, sink, coverage }) {
    coverage.blindSpot('test blind spot');
    await forEachLine(file.open(), {
      line(text, n) {
        const [time, principal] = text.split(' ');
        const at = parseTime(time);
        if (at === undefined || !principal) sink.reject(n, 'not a time and a principal');
        else {
          sink.usage({ principal, at, meaningful: true, ok: true, line: n });
          sink.accept();
        }
      },
    });
  },
};

describe('readSource', () => {
  it('counts every record as accepted or rejected, across files, naming the file when there are several', async () => {
    const out = await collect(lineReader, 'infra/events-2026-11-2?.txt');
    const { summary } = out.result;
    expect(summary.files).toEqual(['infra/events-2026-11-21.txt', 'infra/events-2026-11-22.txt']);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([5, 3, 2]);
    expect(summary.errors).toEqual([
      { line: 3, reason: 'infra/events-2026-11-21.txt: not a time and a principal' },
      { line: 2, reason: 'infra/events-2026-11-22.txt: not a time and a principal' },
    ]);
    expect(summary.blindSpots).toEqual(['test blind spot']);
    expect(out.result.failed).toBe(false);
  });

  it('without generation time or window, covers from the oldest to the newest event', async () => {
    const { result } = await collect(lineReader, 'infra/events-2026-11-2?.txt');
    expect(result.summary.generatedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(result.summary.generatedAtFrom).toBe('data');
    expect(result.summary.window).toEqual({
      from: '2026-11-20T10:00:00.000Z',
      to: '2026-11-22T10:00:00.000Z',
    });
  });

  it('takes the window back from the configured generation time', async () => {
    const extra = { generatedAt: t('2026-11-24T06:00:00Z'), window: 30 * DAY };
    const { result } = await collect(lineReader, 'infra/events-2026-11-21.txt', {}, extra);
    expect(result.summary.generatedAtFrom).toBe('config');
    expect(result.summary.window).toEqual({
      from: '2026-10-25T06:00:00.000Z',
      to: '2026-11-24T06:00:00.000Z',
    });
  });

  it('lets since/until override everything the data says', async () => {
    const extra = { since: t('2026-09-01T00:00:00Z'), until: t('2026-11-01T00:00:00Z') };
    const { result } = await collect(lineReader, 'infra/events-2026-11-21.txt', {}, extra);
    expect(result.summary.generatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(result.summary.window).toEqual({
      from: '2026-09-01T00:00:00.000Z',
      to: '2026-11-01T00:00:00.000Z',
    });
  });

  it('prefers the export’s own generation time and window start over the config and the data', async () => {
    const reporting: SourceReader = {
      ...lineReader,
      async read(ctx) {
        ctx.coverage.setGeneratedAt(t('2026-11-23T00:00:00Z'));
        ctx.coverage.setWindowFrom(t('2026-08-01T00:00:00Z'));
        await lineReader.read(ctx);
      },
    };
    const { result } = await collect(
      reporting,
      'infra/events-2026-11-21.txt',
      {},
      { generatedAt: t('2026-11-24T00:00:00Z') },
    );
    expect(result.summary.generatedAtFrom).toBe('export');
    expect(result.summary.window).toEqual({
      from: '2026-08-01T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
    });
  });

  it('keeps what a truncated .gz yielded, reports where it ends, and fails the source for coverage', async () => {
    const out = await collect(lineReader, 'infra/events-truncated.txt.gz');
    const { summary } = out.result;
    expect(summary.accepted).toBeGreaterThan(100);
    expect(summary.records).toBe(summary.accepted + summary.rejected);
    // 718 whole lines decompress before the cut: the data ends on line 719.
    expect(summary.errors.at(-1)).toEqual({
      line: 719,
      reason: 'the file could not be read to its end: unexpected end of file',
    });
    expect(summary.failure).toBe(
      'infra/events-truncated.txt.gz:719: could not be read to its end (unexpected end of file)',
    );
    // What was read is evidence of use, but the unread rest means silence proves nothing.
    expect(out.usage.length).toBe(summary.accepted);
    expect(out.result.failed).toBe(true);
  });

  it('fails a source whose glob matches nothing or whose file is missing, without throwing', async () => {
    const none = await collect(lineReader, 'infra/nothing-*.txt');
    expect(none.result.failed).toBe(true);
    expect(none.result.summary.failure).toBe('no file matches "infra/nothing-*.txt"');
    const missing = await collect(lineReader, 'infra/missing.txt');
    expect(missing.result.failed).toBe(true);
    expect(missing.result.summary.failure).toBe('infra/missing.txt: no such file');
    expect(missing.result.summary.window).toEqual({ from: null, to: null });
  });

  it('lets a configuration error through: the scan stops with it', async () => {
    const strict: SourceReader = {
      ...lineReader,
      async read(ctx) {
        throw new ConfigurationError('bad mapping', ctx.entry.location);
      },
    };
    await expect(collect(strict, 'infra/events-2026-11-21.txt')).rejects.toThrow(ConfigurationError);
  });

  it('caps the errors it lists, not the count', async () => {
    const noisy: SourceReader = {
      ...lineReader,
      async read({ sink }) {
        for (let i = 1; i <= MAX_REPORTED_ERRORS + 5; i++) sink.reject(i, 'bad');
      },
    };
    const { result } = await collect(noisy, 'infra/events-2026-11-21.txt');
    expect(result.summary.rejected).toBe(MAX_REPORTED_ERRORS + 5);
    expect(result.summary.errors).toHaveLength(MAX_REPORTED_ERRORS);
  });

  it('takes coverage from the reader, and the platform from the entry when it names one', async () => {
    const mapped: SourceReader = {
      ...lineReader,
      coverage: (entry) => (entry.options.snapshot ? 'snapshot' : 'events'),
    };
    const out = await collect(mapped, 'infra/events-2026-11-21.txt', { snapshot: true, platform: 'okta' });
    expect(out.result.coverage).toBe('snapshot');
    expect(out.result.platform).toBe('okta');
  });
});
