// The byte scanner of one JSON line (github-audit-json-scan.ts) against JSON.parse, where its word-wise
// steps could go wrong: quotes, backslashes, control characters and multi-byte UTF-8 at every offset
// of a four-byte word, and keys that share their first bytes with the keys lastseen reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { F, Fields, TEXT } from '../../src/sources/github-audit-fold.js';
import { FALLBACK, RECORD, scanJsonLine } from '../../src/sources/github-audit-json-scan.js';

const scan = (line: string, pad = 0): { outcome: number; fields: Fields; bytes: Buffer; pad: number } => {
  // Padding shifts the line within its buffer, so every byte lands at each offset of a word.
  const bytes = Buffer.concat([Buffer.alloc(pad, 0x20), Buffer.from(line)]);
  const fields = new Fields();
  return { outcome: scanJsonLine(bytes, pad, bytes.length, fields), fields, bytes, pad };
};

const text = (r: ReturnType<typeof scan>, slot: number): string | undefined =>
  r.fields.kind[slot] === TEXT
    ? r.bytes.toString('utf8', r.fields.start[slot], r.fields.end[slot])
    : undefined;

const parses = (line: string): boolean => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

// Strings rich in what the scanner must stop at: raw (not escaped) control characters, quotes and
// backslashes among ASCII and multi-byte characters.
const raw = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      '"',
      '\\',
      '\\"',
      '\\n',
      '\\u00e9',
      '\t',
      '\u0001',
      '\u001f',
      'é',
      '€',
      '😀',
      '\u007f',
    ),
    {
      maxLength: 24,
    },
  )
  .map((parts) => parts.join(''));

describe('scanJsonLine', () => {
  it('reads a field as JSON.parse does, or hands the line over, whatever the string holds', () => {
    fc.assert(
      fc.property(raw, fc.integer({ min: 0, max: 7 }), (value, pad) => {
        const line = `{"action":"repo.create","actor":"${value}","@timestamp":1795496400000}`;
        const r = scan(line, pad);
        if (r.outcome === RECORD) {
          // Taken on as written: JSON.parse agrees, and the bytes are the value (no escape in them).
          expect(parses(line)).toBe(true);
          expect(text(r, F.actor)).toBe((JSON.parse(line) as { actor: string }).actor);
          expect(value.includes('\\')).toBe(false);
        } else {
          expect(r.outcome).toBe(FALLBACK);
          // Handed over only for invalid JSON or an escape in a field lastseen reads.
          expect(!parses(line) || value.includes('\\')).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts in a field it does not read exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(raw, fc.integer({ min: 0, max: 7 }), (value, pad) => {
        const line = `{"repo":"${value}","action":"repo.create","actor":"octocat","@timestamp":1795496400000}`;
        expect(scan(line, pad).outcome === RECORD).toBe(parses(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches whole keys only, not keys that begin or end like them', () => {
    const r = scan(
      '{"usex":"a","actor_id_bot":"b","user_agenX":"c","user_":"d","acto":"e","action":"x.y","actor":"octocat","created_at":"2026-11-20T10:00:00Z","programmatic_access_typo":"f","id":"g"}',
    );
    expect(r.outcome).toBe(RECORD);
    expect(text(r, F.actor)).toBe('octocat');
    expect(text(r, F.action)).toBe('x.y');
    expect(text(r, F.time)).toBe('2026-11-20T10:00:00Z');
    for (const slot of [F.user, F.userAgent, F.actorIsBot, F.accessType]) expect(r.fields.kind[slot]).toBe(0);
    const all = scan(
      '{"user":"u","token_id":"1","user_agent":"git/2.40","_document_id":"d","hashed_token":"h","actor_is_bot":true,"operation_type":"create","programmatic_access_type":"GitHub App server-to-server token","action":"a","actor":"b","@timestamp":1}',
    );
    expect(all.outcome).toBe(RECORD);
    expect(
      [F.user, F.tokenId, F.userAgent, F.documentId, F.hashedToken, F.operationType, F.accessType].map(
        (slot) => text(all, slot),
      ),
    ).toEqual(['u', '1', 'git/2.40', 'd', 'h', 'create', 'GitHub App server-to-server token']);
  });
});
