import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedLinesFromFiles, isChanged, parsePatch } from '../../src/action/changed-lines.js';

describe('parsePatch', () => {
  it('returns the new-file numbers of added lines; a changed line is a removal and an addition', () => {
    const patch = [
      '@@ -17,6 +17,8 @@ identities:',
      '   - id: ci-deployer',
      '     kind: service-account',
      '-    owner: "@acme/old-team"',
      '+    owner: "@acme/platform"',
      '+    purpose: Deploys main',
      '     principals: ["arn:aws:iam::111122223333:user/svc-ci-deployer"]',
      '@@ -40,3 +42,4 @@',
      '   - id: legacy-backup',
      '+    cadence: daily',
      '     owner: "@acme/data"',
      '-    purpose: old',
      '\\ No newline at end of file',
    ].join('\n');
    expect(parsePatch(patch)).toEqual([19, 20, 43]);
  });

  it('reads hunk headers without line counts and a file that is all new', () => {
    expect(parsePatch('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([1, 2, 3]);
    expect(parsePatch('@@ -5 +5 @@\n-x\n+y')).toEqual([5]);
  });

  it('finds nothing in a deletion-only patch', () => {
    expect(parsePatch('@@ -3,2 +2,0 @@\n-gone\n-also gone')).toEqual([]);
  });

  it('agrees with the edit that produced the patch (property)', () => {
    const op = fc.constantFrom(' ', '+', '-');
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 500 }),
        (ops, start) => {
          const expected: number[] = [];
          let line = start;
          const body = ops.map((mark, i) => {
            if (mark === '+') expected.push(line);
            if (mark !== '-') line++;
            return `${mark}line ${i}`;
          });
          const patch = [`@@ -${start},${ops.length} +${start},${line - start} @@`, ...body].join('\n');
          expect(parsePatch(patch)).toEqual(expected);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('changedLinesFromFiles', () => {
  it('counts every line of a file without a patch, skips removed files, and knows pure renames change nothing', () => {
    const changed = changedLinesFromFiles(
      [
        { filename: 'lastseen.yml', status: 'modified', patch: '@@ -1,1 +1,2 @@\n a\n+b' },
        { filename: 'telemetry/huge.csv', status: 'modified', changes: 90000 },
        { filename: 'old.yml', status: 'removed', patch: '@@ -1 +0,0 @@\n-a' },
        { filename: 'moved.yml', status: 'renamed', changes: 0, previous_filename: 'was.yml' },
      ],
      4,
    );
    expect(changed.complete).toBe(true);
    expect(isChanged(changed, 'lastseen.yml', 2)).toBe(true);
    expect(isChanged(changed, 'lastseen.yml', 1)).toBe(false);
    expect(isChanged(changed, 'telemetry/huge.csv', 12345)).toBe(true);
    expect(isChanged(changed, 'moved.yml', 1)).toBe(false);
    expect(isChanged(changed, 'untouched.yml', 1)).toBe(false);
    expect(changed.notes).toEqual([
      'telemetry/huge.csv: the API gives no diff (too large or binary), so every line of it counts as changed',
    ]);
  });

  it('counts unlisted files as changed when the API listed fewer files than the PR changes', () => {
    const changed = changedLinesFromFiles(
      [{ filename: 'a.yml', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }],
      3001,
    );
    expect(changed.complete).toBe(false);
    expect(isChanged(changed, 'a.yml', 2)).toBe(false);
    expect(isChanged(changed, 'lastseen.yml', 7)).toBe(true);
    expect(changed.notes[0]).toBe(
      'the files API listed 1 of the 3001 files this pull request changes; every line of an unlisted file counts as changed',
    );
  });
});
