// Finds values in the inventory that look like live secrets (a pasted token, a private key) so the
// secret-in-config rule can flag them, and masks such values in any text lastseen prints. The value
// itself is never stored or echoed: a finding says where and what kind, nothing more.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Scalar } from 'yaml';
import type { Location, SecretInConfig } from '../model/config.js';
import { findNode, keyText, nodeLocation, offsetLocation, type ParsedFile } from './yaml.js';

interface SecretPattern {
  kind: string;
  pattern: RegExp;
  /** How much of a match stays visible when masked: the prefix that tells the kind. */
  keep: number | ((match: string) => string);
}

// Prefixed token formats are unambiguous; everything else needs context (see contextualKind).
const PATTERNS: readonly SecretPattern[] = [
  {
    kind: 'private key',
    pattern:
      /-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----[^-]*(?:-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----)?/,
    keep: (match) => `${/^-----BEGIN [A-Z ]*-----/.exec(match)![0]}****`,
  },
  { kind: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/, keep: 4 },
  { kind: 'GitHub token', pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/, keep: 11 },
  { kind: 'Slack token', pattern: /\bxox[baprse]-[A-Za-z0-9-]{10,}/, keep: 5 },
  {
    kind: 'Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/]{20,}/,
    keep: 32,
  },
  {
    kind: 'JSON web token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/,
    keep: 3,
  },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/, keep: 4 },
  { kind: 'Stripe secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{16,}/, keep: 8 },
  { kind: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/, keep: 6 },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}/, keep: 4 },
  {
    kind: 'password in URL',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:(?![$%{<])[^\s/@]{3,}@/i,
    keep: (match) => `${match.slice(0, match.lastIndexOf(':') + 1)}****@`,
  },
];

/** Keys whose values are named secrets; a long random value under one is taken for the real thing. */
const SECRET_KEY =
  /(pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|auth)/i;
const ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;

export interface SecretContext {
  /** The mapping key the value sits under. */
  key?: string;
  /** An AWS access key id sits next to the value (in the same mapping or list). */
  nearAccessKeyId?: boolean;
}

/** What kind of secret `value` looks like, or undefined. Access key ids are ids, never secrets. */
export function looksLikeSecret(value: string, context: SecretContext = {}): string | undefined {
  for (const { kind, pattern } of PATTERNS) if (pattern.test(value)) return kind;
  return contextualKind(value, context);
}

function contextualKind(value: string, context: SecretContext): string | undefined {
  const awsSecret = AWS_SECRET.exec(value)?.[0];
  const secretKey = context.key !== undefined && SECRET_KEY.test(context.key);
  if (
    awsSecret &&
    looksRandom(awsSecret) &&
    (secretKey || context.nearAccessKeyId || ACCESS_KEY_ID.test(value))
  ) {
    return 'AWS secret access key';
  }
  if (secretKey && !/\s/.test(value) && value.length >= 16 && looksRandom(value)) return 'secret value';
  return undefined;
}

/** Mixed letters and digits with high entropy: a generated secret, not a word, path or hex digest. */
function looksRandom(text: string): boolean {
  if (/^[0-9a-f]+$/i.test(text) || !/[0-9]/.test(text) || !/[A-Za-z]/.test(text)) return false;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) entropy -= (count / text.length) * Math.log2(count / text.length);
  return entropy >= 3.5;
}

// `password: x`, `token=x`, `"secret":"x"`; not `secret:NAME` or `token:3001`, which are principal ids.
const ASSIGNMENT =
  /((?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key)["']?(?:\s*=\s*|\s*:\s+|:(?=["']))["']?)([^\s"',;]{8,})/gi;

/** `text` with every secret-looking substring masked (`ghp_****`), for messages and reports. */
export function redact(text: string): string {
  let out = text;
  for (const { pattern, keep } of PATTERNS) {
    out = out.replace(new RegExp(pattern.source, `${pattern.flags}g`), (match) =>
      typeof keep === 'number' ? `${match.slice(0, keep)}****` : keep(match),
    );
  }
  out = out.replace(ASSIGNMENT, (_match, assignment: string) => `${assignment}****`);
  if (ACCESS_KEY_ID.test(out)) {
    out = out.replace(new RegExp(AWS_SECRET.source, 'g'), (match) => (looksRandom(match) ? '****' : match));
  }
  return out;
}

/**
 * Every secret-looking value in a parsed inventory file: scalars (with their key and siblings as
 * context) and comments, each with the identity it sits in.
 */
export function findSecrets(file: ParsedFile): SecretInConfig[] {
  const found: (SecretInConfig & { start: number })[] = [];
  const owners = identityRanges(file);
  const identityAt = (offset: number) => {
    // Ranges are in document order and disjoint: binary search keeps big inventories linear-ish.
    let low = 0;
    let high = owners.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = owners[middle];
      if (offset < range.start) high = middle - 1;
      else if (offset >= range.end) low = middle + 1;
      else return range.id;
    }
    return undefined;
  };
  const add = (kind: string, start: number, location: Location) => {
    const identity = identityAt(start);
    found.push({ location, kind, ...(identity ? { identity } : {}), start });
  };
  visitScalars(file, (value, context, node) => {
    const kind = looksLikeSecret(value, context);
    if (kind && node.range) add(kind, node.range[0], nodeLocation(file, node));
  });
  for (const comment of file.comments) {
    const kind = looksLikeSecret(comment.source);
    if (kind) add(kind, comment.offset, offsetLocation(file, comment.offset));
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ location, kind, identity }) => ({ location, kind, ...(identity ? { identity } : {}) }));
}

interface Range {
  id: string;
  start: number;
  end: number;
}

function identityRanges(file: ParsedFile): Range[] {
  const list = findNode(file, ['identities'])?.node;
  if (!isSeq(list)) return [];
  const ranges: Range[] = [];
  for (const item of list.items) {
    if (!isMap(item) || !item.range) continue;
    const id = item.get('id');
    if (typeof id === 'string') ranges.push({ id, start: item.range[0], end: item.range[2] });
  }
  return ranges;
}

function visitScalars(
  file: ParsedFile,
  visit: (value: string, context: SecretContext, node: Scalar) => void,
): void {
  // Depth is bounded by the parser (MAX_DEPTH), so recursion here is safe.
  const walk = (node: unknown, key: string | undefined) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string') visit(node.value, { key }, node);
      return;
    }
    if (!isMap(node) && !isSeq(node)) return;
    const values = node.items.map((item) => (isPair(item) ? item.value : item));
    const nearAccessKeyId = values.some(
      (value) => isScalar(value) && typeof value.value === 'string' && ACCESS_KEY_ID.test(value.value),
    );
    for (const item of node.items) {
      if (isPair(item)) {
        const name = keyText(item.key);
        if (isScalar(item.key) && typeof item.key.value === 'string') visit(item.key.value, {}, item.key);
        if (isScalar(item.value) && typeof item.value.value === 'string') {
          visit(item.value.value, { key: name, nearAccessKeyId }, item.value);
        } else {
          walk(item.value, name);
        }
      } else if (isScalar(item) && typeof item.value === 'string') {
        visit(item.value, { key, nearAccessKeyId }, item);
      } else {
        walk(item, key);
      }
    }
  };
  walk(file.doc.contents, undefined);
}
