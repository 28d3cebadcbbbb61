// The fast GitHub audit-log reader (byte scanners, packed fold, a second thread) must fold exactly what
// the streaming reader folds: the same principals, credentials, times, counts, days, hours, samples,
// and the same records, rejections (with lines and reasons), duplicates and window.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/collect.js';
import { startSpareWorker, takeSpareWorker } from '../../src/sources/github-audit-spare.js';
import { AuditFold } from '../../src/sources/github-audit-fold.js';
import { scanRange } from '../../src/sources/github-audit-range.js';
import { fileChunksSync } from '../../src/sources/github-audit-tail.js';
import { IdWindow } from '../../src/sources/id-window.js';
import { UsageTable } from '../../src/usage/usage-table.js';
import { foldAudit, readFastOnly, READ_KEYS, tempDir } from './github-audit-fast.helpers.js';

const DIR = path.join(FIXTURES, 'github-audit-log');

/** The fold, or the error a reader threw (a file that is not an audit log at all). */
async function outcome(dir: string, pattern: string, fast: boolean): Promise<unknown> {
  try {
    return await foldAudit(dir, pattern, fast);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function expectSameFold(dir: string, pattern: string): Promise<Awaited<ReturnType<typeof foldAudit>>> {
  const fast = await foldAudit(dir, pattern, true);
  const streaming = await foldAudit(dir, pattern, false);
  expect(fast).toEqual(streaming);
  return fast;
}

/**
 * A deterministic JSON-lines log: `lines` events over a few principals, with nearby duplicates. With
 * `replayAt`, the 600 lines from that line on repeat the 64 ids before it, newest first: a window that
 * starts empty there fills with the same ids in another order, and never catches up.
 */
function syntheticLog(lines: number, options: { replayAt?: number } = {}): string {
  const out: string[] = [];
  let seed = 7;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < lines; i++) {
    const replay = options.replayAt;
    if (replay !== undefined && i >= replay && i < replay + 600) {
      out.push(out[replay - 1 - ((i - replay) % 64)]);
      continue;
    }
    if (i > 40 && next(12) === 0) {
      out.push(out[i - 1 - next(30)]);
      continue;
    }
    const actor = ['deploy-bot', 'alice', 'ci[bot]', 'svc@example.com', 'dependabot[bot]'][next(5)];
    const at = 1_790_000_000_000 + next(15_000_000) * 1000;
    const fields = [
      `"@timestamp":${at}`,
      `"_document_id":"d${i}"`,
      `"action":"${['git.push', 'repo.update', 'oauth_authorization.create', 'org.add_member'][next(4)]}"`,
      `"actor":"${actor}"`,
      next(3) === 0 ? `"token_id":${3000 + next(3)}` : '',
      next(4) === 0 ? '"user_agent":"Mozilla/5.0 (X11) Firefox/133.0"' : '"user_agent":"git/2.43.0"',
      next(50) === 0 ? '"note":"esc\\"aped"' : '"actor_location":{"country_code":"US"}',
    ].filter((field) => field !== '');
    out.push(next(90) === 0 ? `{${fields.join(',')}` : `{${fields.join(',')}}`);
  }
  return `${out.join('\n')}\n`;
}

/** A finished fold as a test compares it: everything it holds, its table read out row by row. */
function foldSummary(fold: AuditFold) {
  const result = fold.result();
  const table = new UsageTable(0, result.usage);
  return {
    ...result,
    principals: result.principals.ids.map((principal, n) => ({
      principal,
      line: result.principals.lines[n],
      row: result.principals.rows[n],
      ...(result.principals.appActors[n] !== undefined && { appActor: result.principals.appActors[n] }),
    })),
    usage: result.principals.ids.map((id, n) =>
      table.summary(result.principals.rows[n], id, undefined, result.details),
    ),
    tokens: result.credentials.map((c) =>
      table.summary(c.row, `${c.principal}`, c.credential, result.details),
    ),
  };
}

describe('github-audit-log fast reader', () => {
  it('folds the streaming JSON-lines and CSV fixtures exactly as the streaming reader does', async () => {
    const stream = await expectSameFold(DIR, 'stream.jsonl');
    expect(stream.summary.rejected).toBe(1);
    await expectSameFold(DIR, 'web-export.csv');
  });

  it('agrees on JSON edge cases: escapes, key order, nesting, missing fields, odd values, bad lines', async () => {
    const out = await expectSameFold(DIR, 'fast-edge-cases.jsonl');
    // What a user would check: every line counted, each rejection with its line and reason.
    expect(out.summary.records).toBe(out.summary.accepted + out.summary.rejected);
    expect(out.summary.errors).toContainEqual({ line: 12, reason: '@timestamp is not a time' });
    expect(out.summary.errors).toContainEqual({ line: 13, reason: 'no action' });
    expect(out.summary.errors).toContainEqual({
      line: 32,
      reason: 'not an audit log event (expected a JSON object)',
    });
    expect(out.summary.duplicates).toBe(1);
    const ids = out.principals.map((p) => (p as { id: string }).id);
    // Escaped "deploy\u002dbot" is deploy-bot; duplicate keys keep the last; e-mails fold to lower case.
    expect(ids).toContain('deploy-bot');
    expect(ids).toContain('carol');
    expect(ids).toContain('svc@example.com');
    expect(ids).not.toContain('Svc@Example.com');
  });

  it('agrees on CSV edge cases: BOM, CRLF, quotes, line breaks in fields, short rows, blank rows', async () => {
    const out = await expectSameFold(DIR, 'fast-edge-cases.csv');
    expect(out.summary.records).toBe(out.summary.accepted + out.summary.rejected);
    expect(out.summary.errors).toEqual([
      { line: 11, reason: 'no @timestamp or created_at' },
      { line: 14, reason: '@timestamp is not a time' },
      { line: 15, reason: 'no action' },
    ]);
    expect(out.summary.duplicates).toBe(1);
  });

  it('leaves a CSV whose quote never closes to the streaming reader, which reports it', async () => {
    const out = await expectSameFold(DIR, 'fast-unclosed-quote.csv');
    expect(out.summary.failure).toMatch(/never closed/);
  });

  it('puts the window back as the earlier file left it when a later CSV goes to the streaming reader', async () => {
    const dir = tempDir();
    const header = '@timestamp,_document_id,action,actor';
    const row = (i: number) => `${1_790_000_000_000 + i * 60_000},d${i},git.push,svc-ci`;
    const first = Array.from({ length: 50 }, (_, i) => row(i));
    // The second file repeats ten of the first's ids, then a quote never closes.
    const second = [
      ...Array.from({ length: 20 }, (_, i) => row(40 + i)),
      '1790009000000,"d99,git.push,svc-ci',
    ];
    writeFileSync(path.join(dir, 'a.csv'), `${[header, ...first].join('\n')}\n`);
    writeFileSync(path.join(dir, 'b.csv'), `${[header, ...second].join('\n')}\n`);
    const out = await expectSameFold(dir, '*.csv');
    expect(out.summary.duplicates).toBe(10);
    expect(out.summary.failure).toMatch(/never closed/);
  });

  it('streams .gz exports through the same scanners', async () => {
    const dir = tempDir();
    for (const name of ['fast-edge-cases.jsonl', 'fast-edge-cases.csv']) {
      writeFileSync(path.join(dir, `${name}.gz`), gzipSync(readFileSync(path.join(DIR, name))));
      await expectSameFold(dir, `${name}.gz`);
    }
  });

  it('counts what a truncated .gz held before it broke off, as the streaming reader does', async () => {
    const dir = tempDir();
    const gz = gzipSync(Buffer.from(syntheticLog(20_000)));
    writeFileSync(path.join(dir, 'cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
    const out = await expectSameFold(dir, 'cut.jsonl.gz');
    expect(out.summary.accepted).toBeGreaterThan(1000);
    expect(out.summary.failure).toMatch(/could not be read to its end/);
  });

  it('shares one window of document ids across the files of an entry', async () => {
    await expectSameFold(DIR, 'overlap-*.json');
    const dir = tempDir();
    const log = syntheticLog(300);
    const lines = log.trimEnd().split('\n');
    writeFileSync(path.join(dir, 'a.jsonl'), `${lines.slice(0, 200).join('\n')}\n`);
    writeFileSync(path.join(dir, 'b.jsonl'), `${lines.slice(150).join('\n')}\n`);
    const out = await expectSameFold(dir, '*.jsonl');
    expect(out.summary.duplicates).toBeGreaterThanOrEqual(50);
  });

  it('reads any JSON lines, valid or not, to the same fold', async () => {
    const dir = tempDir();
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('2026-11-20T10:00:00Z', '1795496400000', '', 'Mozilla/5.0 Chrome/1', 'true'),
    );
    const key = fc.constantFrom(...READ_KEYS, 'repo');
    const event = fc.dictionary(
      key,
      fc.oneof(value, fc.array(value, { maxLength: 2 }), fc.dictionary(key, value)),
    );
    const line = fc.oneof(
      event.map((e) => JSON.stringify(e)),
      event.map((e) => JSON.stringify(e).slice(0, -1)),
      fc.string(),
      fc.constantFrom('', '  ', '[]', '{}', 'null'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
        writeFileSync(path.join(dir, 'random.jsonl'), lines.join('\n'));
        const fast = await outcome(dir, 'random.jsonl', true);
        expect(fast).toEqual(await outcome(dir, 'random.jsonl', false));
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('reads any CSV rows, quoted or not, to the same fold', async () => {
    const dir = tempDir();
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'deploy-bot',
        'git.push',
        '1795496400000',
        'true',
        'a,b',
        'say "hi"',
        'x\ny',
        '"q"t',
      ),
      fc.string({ maxLength: 6 }),
    );
    const quoted = cell.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c));
    const row = fc
      .array(fc.oneof(quoted, cell), { minLength: 0, maxLength: 6 })
      .map((cells) => cells.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 10 }), fc.boolean(), async (rows, crlf) => {
        const header = '@timestamp,actor,action,_document_id,user_agent,token_id';
        writeFileSync(path.join(dir, 'random.csv'), [header, ...rows].join(crlf ? '\r\n' : '\n'));
        expect(await outcome(dir, 'random.csv', true)).toEqual(await outcome(dir, 'random.csv', false));
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});

function withoutHow<T extends { how: unknown }>(read: T): Omit<T, 'how'> {
  const { how: _how, ...rest } = read;
  return rest;
}

/** The worker script bundled into `dir`, as the bundle ships it beside the CLI. */
async function bundledWorker(dir: string): Promise<URL> {
  const worker = path.join(dir, 'github-audit-worker.js');
  await build({
    entryPoints: [path.resolve(import.meta.dirname, '../../src/sources/github-audit-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: worker,
    logLevel: 'warning',
  });
  return new URL(`file://${worker}`);
}

describe('github-audit-log fast reader, split across two threads', () => {
  const threads = { threads: 2, minSplitBytes: 1, inProcessTail: true } as const;

  it('folds a file split in two exactly as one thread does, duplicates across the split included', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.jsonl');
    writeFileSync(file, syntheticLog(4000));
    const { how: one, ...whole } = await readFastOnly(file, 64, { threads: 1 });
    const { how: two, ...split } = await readFastOnly(file, 64, threads);
    expect([one, two]).toEqual(['one thread', 'joined']);
    expect(whole.counts.duplicates).toBeGreaterThan(100);
    expect(split).toEqual(whole);
  });

  it('reads on alone when the two windows disagree (old ids repeated after the split)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.jsonl');
    // The split falls near the middle byte, and the worker primes its window over the ~160 lines before
    // it. A replay of 600 lines around the middle puts both inside the replay: the main thread has
    // the replayed ids in its window in their first order, the worker meets them first in the replay's.
    const log = syntheticLog(4000);
    const middle = log.indexOf('\n', Math.floor(log.length / 2)) + 1;
    writeFileSync(file, syntheticLog(4000, { replayAt: log.slice(0, middle).split('\n').length - 300 }));
    const { how, ...split } = await readFastOnly(file, 64, threads);
    expect(how).toBe('alone');
    expect(split).toEqual(withoutHow(await readFastOnly(file, 64, { threads: 1 })));
  });

  it("folds the lines of each chunk before the chunk's buffer is read into again", async () => {
    // The reader scans a few dozen lines before it folds them, in place in the chunk's buffer: chunks
    // that are views of one buffer, read into again for each (as the worker reads), fold the same as
    // the whole text at once. Lines straddle every chunk boundary.
    const text = Buffer.from(syntheticLog(2000));
    function* reused(size: number): Generator<Buffer> {
      const buffer = Buffer.alloc(size);
      for (let at = 0; at < text.length; at += size) {
        const n = text.copy(buffer, 0, at, Math.min(text.length, at + size));
        yield buffer.subarray(0, n);
      }
    }
    const foldOf = async (chunks: Iterable<Buffer>) => {
      const fold = new AuditFold(new IdWindow(64));
      const end = await scanRange({ type: 'json' }, chunks, fold, {
        lineNumber: 0,
        offset: 0,
        atStart: true,
      });
      return { end, ...foldSummary(fold) };
    };
    const whole = await foldOf([text]);
    expect(whole.accepted).toBeGreaterThan(1500);
    for (const size of [997, 4096]) expect(await foldOf(reused(size))).toEqual(whole);
  });

  it('starts a fold over where a share begins, as a new fold over the window the lines before it left', async () => {
    // The worker folds the lines before its share (priming) and starts over at its first line: then
    // its fold is a new fold's, over a window filled by those lines, with line numbers from there.
    const text = Buffer.from(syntheticLog(3000));
    let at = 0;
    for (let line = 0; line < 1500; line++) at = text.indexOf(10, at) + 1;
    const window = new IdWindow(64);
    const restarted = new AuditFold(window);
    const digests: string[] = [];
    const end = await scanRange(
      { type: 'json' },
      [text.subarray(0, 70_001), text.subarray(70_001)],
      restarted,
      {
        lineNumber: 0,
        offset: 0,
        atStart: true,
        restart: { at, then: () => digests.push(window.digest()) },
      },
    );
    const primedWindow = new IdWindow(64);
    await scanRange({ type: 'json' }, [text.subarray(0, at)], new AuditFold(primedWindow), {
      lineNumber: 0,
      offset: 0,
      atStart: true,
    });
    expect(digests).toEqual([primedWindow.digest()]);
    const fresh = new AuditFold(primedWindow);
    const freshEnd = await scanRange({ type: 'json' }, [text.subarray(at)], fresh, {
      lineNumber: 0,
      offset: at,
      atStart: false,
    });
    expect(end).toEqual(freshEnd);
    expect(end.lineNumber).toBe(1500);
    const mine = foldSummary(restarted);
    expect(mine).toEqual(foldSummary(fresh));
    // What starting over must clear was there before it: tokens, browser details, rejections, repeats.
    expect(mine.credentials.length).toBeGreaterThan(0);
    expect(mine.details).toEqual(['web UI in Firefox']);
    expect(mine.rejectLines.length).toBeGreaterThan(5);
    expect(Math.min(...mine.rejectLines)).toBeLessThan(100);
    expect(mine.duplicates).toBeGreaterThan(50);
    // A restart point inside a line cannot be kept: the reader must not fold on as if it were.
    const inside = new AuditFold(new IdWindow(64));
    await expect(
      scanRange({ type: 'json' }, [text], inside, {
        lineNumber: 0,
        offset: 0,
        atStart: true,
        restart: { at: at + 5, then: () => undefined },
      }),
    ).rejects.toThrow(/runs across/);
  });

  it('starts a CSV fold over at a row, counting lines from there', async () => {
    const rows = ['@timestamp,_document_id,action,actor'];
    for (let i = 0; i < 400; i++) {
      const time = i % 97 === 0 ? 'not a time' : `${1_790_000_000_000 + i * 60_000}`;
      rows.push(`${time},d${i % 150},git.push,user${i % 7}`);
    }
    const text = Buffer.from(`${rows.join('\n')}\n`);
    const header = text.indexOf(10) + 1;
    let at = 0;
    for (let line = 0; line < 201; line++) at = text.indexOf(10, at) + 1;
    const format = {
      type: 'csv',
      layout: { columns: { timestamp: 0, documentId: 1, action: 2, actor: 3 } },
    } as const;
    const restarted = new AuditFold(new IdWindow(32));
    const end = await scanRange(format, [text.subarray(header)], restarted, {
      lineNumber: 1,
      offset: header,
      atStart: false,
      restart: { at, then: () => undefined },
    });
    const primed = new IdWindow(32);
    await scanRange(format, [text.subarray(header, at)], new AuditFold(primed), {
      lineNumber: 1,
      offset: header,
      atStart: false,
    });
    const fresh = new AuditFold(primed);
    expect(end).toEqual(
      await scanRange(format, [text.subarray(at)], fresh, { lineNumber: 0, offset: at, atStart: false }),
    );
    const [mine, theirs] = [restarted.result(), fresh.result()];
    // Rows 291 and 388 (lines 293 and 390 of the file; 92 and 189 from the restart) have no time.
    expect(mine.rejectLines).toEqual([92, 189]);
    expect(mine).toEqual(theirs);
  });

  it('reads a stretch of a file synchronously for the worker', () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.jsonl');
    const text = syntheticLog(300);
    writeFileSync(file, text);
    const bytes = Buffer.from(text);
    const from = 1000;
    const to = bytes.length - 500;
    // Each chunk is a view of one reused buffer: copied before the next is read.
    const parts: Buffer[] = [];
    for (const chunk of fileChunksSync(file, from, to)) parts.push(Buffer.from(chunk));
    expect(Buffer.concat(parts).equals(bytes.subarray(from, to))).toBe(true);
  });

  it('splits CSV too, and reads on alone when a quoted line break straddles the split', async () => {
    const dir = tempDir();
    const rows = ['@timestamp,_document_id,action,actor,repo'];
    const spanning = `"${'spans the middle\n'.repeat(4000)}"`;
    for (let i = 0; i < 3000; i++) {
      const repo = i === 1500 ? spanning : 'acme/api';
      rows.push(`${1_790_000_000_000 + (i % 997) * 60_000},d${i % 2500},git.push,user${i % 17},${repo}`);
    }
    const file = path.join(dir, 'log.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const straddling = await readFastOnly(file, 64, threads);
    expect(straddling.how).toBe('alone');
    expect(withoutHow(straddling)).toEqual(withoutHow(await readFastOnly(file, 64, { threads: 1 })));
    writeFileSync(file, `${rows.map((r) => r.replace(spanning, 'plain')).join('\n')}\n`);
    const plain = await readFastOnly(file, 64, threads);
    expect(plain.how).toBe('joined');
    expect(withoutHow(plain)).toEqual(withoutHow(await readFastOnly(file, 64, { threads: 1 })));
  });

  it('hands the second half to a real worker thread, with the same result', async () => {
    const dir = tempDir();
    const workerUrl = await bundledWorker(dir);
    const file = path.join(dir, 'log.jsonl');
    copyFileSync(path.join(DIR, 'fast-edge-cases.jsonl'), path.join(dir, 'edge.jsonl'));
    writeFileSync(file, syntheticLog(6000) + readFileSync(path.join(dir, 'edge.jsonl'), 'utf8'));
    const options = {
      threads: 2,
      minSplitBytes: 1,
      workerUrl,
      waitForWorker: true,
    };
    const { how, ...split } = await readFastOnly(file, 64, options);
    expect(how).toBe('joined');
    const single = withoutHow(await readFastOnly(file, 64, { threads: 1 }));
    expect(split).toEqual(single);
    // Without waiting, this thread may reach the end before the worker is up: the fold is the same.
    const racing = await readFastOnly(file, 64, { ...options, waitForWorker: false });
    expect(['one thread', 'joined']).toContain(racing.how);
    expect(withoutHow(racing)).toEqual(single);
  });

  it('takes the worker started ahead (the CLI starts one), or reads alone if that one failed', async () => {
    const dir = tempDir();
    const workerUrl = await bundledWorker(dir);
    const file = path.join(dir, 'log.jsonl');
    writeFileSync(file, syntheticLog(6000));
    const single = withoutHow(await readFastOnly(file, 64, { threads: 1 }));
    const options = { threads: 2, minSplitBytes: 1, workerUrl, waitForWorker: true };
    const previous = process.env.LASTSEEN_THREADS;
    process.env.LASTSEEN_THREADS = '2';
    try {
      // Started, it comes up and says so; ended here, a new one is started for the read.
      startSpareWorker(workerUrl);
      const probe = takeSpareWorker(workerUrl);
      expect(await probe?.ready).toBe(true);
      await probe?.worker.terminate();
      startSpareWorker(workerUrl);
      const { how, ...split } = await readFastOnly(file, 64, options);
      expect(how).toBe('joined');
      expect(split).toEqual(single);
      // It was taken: nothing is left for another reader of the same script.
      expect(takeSpareWorker(workerUrl)).toBeUndefined();
      // One for another script is not taken; one whose script throws at start-up is never ready, and
      // the file is read on this thread alone, to the same fold.
      const broken = path.join(dir, 'broken-worker.js');
      writeFileSync(broken, "throw new Error('no');\n");
      const brokenUrl = new URL(`file://${broken}`);
      startSpareWorker(brokenUrl);
      expect(takeSpareWorker(workerUrl)).toBeUndefined();
      const fallback = await readFastOnly(file, 64, { ...options, workerUrl: brokenUrl });
      expect(fallback.how).toBe('one thread');
      expect(withoutHow(fallback)).toEqual(single);
    } finally {
      if (previous === undefined) delete process.env.LASTSEEN_THREADS;
      else process.env.LASTSEEN_THREADS = previous;
    }
  });
});
