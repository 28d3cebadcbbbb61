// The HCL block locator: the line of every top-level block, whatever comments, strings, templates and
// heredocs stand in between; and it never throws, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateBlocks } from '../../src/discover/hcl-locate.js';

describe('locateBlocks', () => {
  it('finds headers past comments, nested braces in templates, heredocs and one-line blocks', () => {
    const source = [
      '# resource "aws_iam_user" "in_a_comment" {', // 1
      '// resource "x" "y" {', // 2
      'locals { a = "${jsonencode({ b = "}" })}" }', // 3
      '/* multi', // 4
      '   line { */', // 5
      'resource "aws_iam_user" "a" {', // 6
      '  policy = <<-EOT', // 7
      '    resource "not" "a_block" {', // 8
      '    EOT', // 9
      '  name = "brace } in a string"', // 10
      '}', // 11
      'resource "aws_iam_access_key" "b" { user = aws_iam_user.a.name }', // 12
      'variable "v" {}', // 13
      'x = { resource = 1 }', // 14
      'data "aws_iam_user" "c" {', // 15
      '  user_name = "$${literal}"', // 16
      '}', // 17
    ].join('\n');
    expect(locateBlocks(source).map((b) => `${b.line} ${b.type} ${b.labels.join('.')}`)).toEqual([
      '3 locals ',
      '6 resource aws_iam_user.a',
      '12 resource aws_iam_access_key.b',
      '13 variable v',
      '15 data aws_iam_user.c',
    ]);
  });

  it('counts lines the same with CRLF line ends', () => {
    const source = 'resource "a" "one" {\r\n}\r\n\r\nresource "a" "two" {\r\n}\r\n';
    expect(locateBlocks(source).map((b) => b.line)).toEqual([1, 4]);
  });

  it('never throws, and finds generated blocks at their lines (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const filler = fc.constantFrom(
      '',
      '# c {',
      '// }',
      '/* { */',
      'x = "}"',
      'y = <<EOT\n{\nEOT',
      'z = "${a["}"]}"',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, name, filler), { maxLength: 8 }), (blocks) => {
        const lines: string[] = [];
        const expected: number[] = [];
        for (const [type, label, fill] of blocks) {
          if (fill) lines.push(...fill.split('\n'));
          expected.push(lines.length + 1);
          lines.push(`resource "${type}" "${label}" {`, '  a = 1', '}');
        }
        expect(
          locateBlocks(lines.join('\n'))
            .filter((b) => b.type === 'resource')
            .map((b) => b.line),
        ).toEqual(expected);
      }),
      { seed: 42, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => locateBlocks(text)).not.toThrow();
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
