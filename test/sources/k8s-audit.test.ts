import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../src/model/records.js';
import { k8sAudit } from '../../src/sources/k8s-audit.js';
import { readerFor } from '../../src/sources/registry.js';
import { collect } from '../helpers/collect.js';
import { collectGzipped } from '../helpers/gzip.js';
import { readText } from '../helpers/read-text.js';

const ETL = 'system:serviceaccount:apps:etl';

/** Records one JSON line holds: an event, or each event of a container (an empty one is one record). */
function recordsIn(line: string): number {
  let value: unknown;
  try {
    value = JSON.parse(line.trim());
  } catch {
    return 1;
  }
  const count = (v: unknown): number => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 1;
    const o = v as Record<string, unknown>;
    const items = Array.isArray(o.events)
      ? o.events
      : o.kind === 'EventList' && Array.isArray(o.items)
        ? o.items
        : undefined;
    if (items === undefined || items.length === 0) return 1;
    return items.reduce((sum: number, item) => sum + count(item), 0);
  };
  return count(value);
}

/** The fields a user checks, times as ISO strings, absent flags left out. */
function summary(event: UsageEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {
    principal: event.principal,
    at: new Date(event.at).toISOString(),
    action: event.action,
    meaningful: event.meaningful,
    ok: event.ok,
  };
  if (event.login) out.login = true;
  if (event.interactive) out.interactive = true;
  if (event.detail) out.detail = event.detail;
  return out;
}

describe('k8s-audit', () => {
  it('is registered as an event log of platform kubernetes', () => {
    expect(readerFor('k8s-audit')).toBe(k8sAudit);
    expect(k8sAudit.platform).toBe('kubernetes');
    expect(k8sAudit.coverage).toBe('events');
  });

  it('reads audit.k8s.io/v1 Events: service accounts are principals, other users are not', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/doc-example.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(5);
    expect(out.usage.map(summary)).toEqual([
      { principal: ETL, at: '2026-11-20T08:15:02.123Z', action: 'list pods', meaningful: true, ok: true },
      { principal: ETL, at: '2026-11-21T02:00:07.500Z', action: 'get secrets', meaningful: true, ok: true },
    ]);
    // alice@example.com and the node are read (they widen the window) but never become principals.
    expect(out.principals).toEqual([]);
    expect(out.result.summary.duplicates).toBe(1);
    expect(out.result.summary.window).toEqual({
      from: '2026-11-20T08:15:02.123Z',
      to: '2026-11-21T10:00:00.000Z',
    });
    expect(out.result.summary.blindSpots).toEqual([
      'the cluster audit policy decides what is logged: requests it sets to level None are invisible',
    ]);
  });

  it('counts a request once across its stages and once across repeated exports; a Panic is a failure', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/stages-dedupe.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(5);
    expect(out.result.summary.duplicates).toBe(3);
    expect(out.usage.map(summary)).toEqual([
      // A watch is dated when it was requested, not when it closed.
      {
        principal: ETL,
        at: '2026-11-22T06:00:00.000Z',
        action: 'watch configmaps',
        meaningful: true,
        ok: true,
      },
      { principal: ETL, at: '2026-11-22T06:10:00.000Z', action: 'create jobs', meaningful: false, ok: false },
    ]);
  });

  it('says so when the audit policy leaves out the stage that is counted', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/no-final-stage.jsonl');
    expect(out.usage).toEqual([]);
    expect(out.accepted).toBe(2);
    expect(out.result.summary.blindSpots).toContain(
      'k8s-audit/no-final-stage.jsonl has no ResponseComplete events (the audit policy omits that stage?): its requests were not counted',
    );
  });

  it('treats 4xx and 5xx responses, a forbid decision and failed authentication as not use', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/error-status.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(6);
    expect(out.usage.map((e) => [e.action, e.ok, e.meaningful])).toEqual([
      ['get secrets', false, false],
      ['get configmaps', false, false],
      ['create configmaps', false, false],
      ['list pods', false, false],
      ['create jobs', true, true],
    ]);
  });

  it('never credits a service account with what a node or another account does for it', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/node-for-sa.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(7);
    expect(out.usage.map(summary)).toEqual([
      // Its own TokenRequest: a token issue, evidence of life.
      {
        principal: ETL,
        at: '2026-11-24T03:01:00.000Z',
        action: 'create serviceaccounts/token',
        meaningful: false,
        ok: true,
        login: true,
      },
      // A token minted for apps:etl by another account is that account's use, and only its.
      {
        principal: 'system:serviceaccount:ci:token-broker',
        at: '2026-11-24T03:02:00.000Z',
        action: 'create serviceaccounts/token',
        meaningful: true,
        ok: true,
      },
      // Discovery and self reviews are rights every authenticated user has.
      {
        principal: ETL,
        at: '2026-11-24T03:03:00.000Z',
        action: 'get (non-resource URL)',
        meaningful: false,
        ok: true,
      },
      {
        principal: ETL,
        at: '2026-11-24T03:04:00.000Z',
        action: 'create selfsubjectaccessreviews',
        meaningful: false,
        ok: true,
      },
      {
        principal: 'system:serviceaccount:kube-system:replicaset-controller',
        at: '2026-11-24T03:06:00.000Z',
        action: 'create pods',
        meaningful: true,
        ok: true,
      },
    ]);
    // kube-controller-manager's own controllers are first-party: never undeclared.
    expect(out.principals).toEqual([
      {
        principal: 'system:serviceaccount:kube-system:replicaset-controller',
        aliases: [],
        kind: 'kubernetes-controller',
        outOfScope: true,
        line: 7,
      },
    ]);
  });

  it('credits an impersonated service account only when automation acts through it', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/impersonation.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.usage.map(summary)).toEqual([
      {
        principal: 'system:serviceaccount:apps:deployer',
        at: '2026-11-24T09:30:00.000Z',
        action: 'patch deployments',
        meaningful: false,
        ok: true,
        interactive: true,
        detail: 'impersonated by alice@example.com',
      },
      {
        principal: 'system:serviceaccount:flux-system:kustomize-controller',
        at: '2026-11-24T09:31:00.000Z',
        action: 'patch deployments',
        meaningful: true,
        ok: true,
      },
      {
        principal: 'system:serviceaccount:apps:deployer',
        at: '2026-11-24T09:31:00.000Z',
        action: 'patch deployments',
        meaningful: true,
        ok: true,
        detail: 'impersonated by system:serviceaccount:flux-system:kustomize-controller',
      },
      {
        principal: ETL,
        at: '2026-11-24T09:32:00.000Z',
        action: 'get secrets',
        meaningful: true,
        ok: true,
        interactive: true,
        detail: 'user agent kubectl/v1.31.2 (darwin/arm64) kubernetes/5864a46',
      },
    ]);
  });

  it('reads GKE Cloud Audit Logs entries from gcloud logging read --format=json', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/gke-envelope.json');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(9);
    // The watch's opening entry and the entry repeated by an overlapping export.
    expect(out.result.summary.duplicates).toBe(2);
    expect(out.usage.map(summary)).toEqual([
      { principal: ETL, at: '2026-11-24T14:00:00.118Z', action: 'list pods', meaningful: true, ok: true },
      {
        principal: ETL,
        at: '2026-11-24T14:08:12.500Z',
        action: 'watch configmaps',
        meaningful: true,
        ok: true,
      },
      { principal: ETL, at: '2026-11-24T14:02:00.000Z', action: 'get secrets', meaningful: false, ok: false },
      {
        principal: 'system:serviceaccount:ci:deployer',
        at: '2026-11-24T14:03:00.000Z',
        action: 'create rolebindings',
        meaningful: true,
        ok: true,
      },
      {
        principal: ETL,
        at: '2026-11-24T14:04:00.000Z',
        action: 'create serviceaccounts/token',
        meaningful: false,
        ok: true,
        login: true,
      },
    ]);
  });

  it('reads EKS audit events from aws logs filter-log-events output, skipping other log streams', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/eks-filter-log-events.json');
    expect(out.accepted).toBe(4);
    expect(out.rejected).toEqual([
      { line: 1, reason: 'events[4]: the CloudWatch message is not JSON (an audit event was expected)' },
    ]);
    expect(out.usage.map((e) => [e.principal, new Date(e.at).toISOString(), e.action])).toEqual([
      [ETL, '2026-11-24T12:00:00.000Z', 'list pods'],
      ['system:serviceaccount:kube-system:aws-node', '2026-11-24T12:00:01.000Z', 'get nodes'],
    ]);
  });

  it('reads EKS CloudWatch events saved one a line', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/eks-message-lines.jsonl');
    expect(out.rejected).toEqual([]);
    expect(out.accepted).toBe(3);
    expect(out.usage.map((e) => e.principal)).toEqual([ETL, 'system:serviceaccount:kube-system:aws-node']);
  });

  it('rejects what is not an audit event, with its line and a reason', async () => {
    const out = await collect(k8sAudit, 'k8s-audit/malformed.jsonl');
    expect(out.accepted).toBe(1);
    expect(out.usage).toHaveLength(1);
    expect(out.rejected).toEqual([
      { line: 2, reason: 'not valid JSON: Unexpected end of JSON input' },
      { line: 3, reason: 'not a JSON object' },
      { line: 4, reason: 'no requestReceivedTimestamp or stageTimestamp' },
      { line: 5, reason: 'unknown stage ResponseFinished' },
      { line: 7, reason: 'no verb' },
      { line: 8, reason: 'kind Policy is not an audit Event' },
      { line: 9, reason: 'no requestReceivedTimestamp or stageTimestamp' },
    ]);
    expect(out.result.summary.records).toBe(8);
  });

  it('reads a gzipped log the same as the plain one', async () => {
    const plain = await collect(k8sAudit, 'k8s-audit/doc-example.jsonl');
    const gzipped = await collectGzipped(k8sAudit, 'k8s-audit/doc-example.jsonl');
    expect(gzipped.usage).toEqual(plain.usage);
    expect(gzipped.accepted).toBe(plain.accepted);
    expect(gzipped.rejected).toEqual([]);
  });

  it('never throws on random input, and counts every record once', async () => {
    const event = fc.record(
      {
        kind: fc.constantFrom('Event', 'EventList', 'Policy'),
        auditID: fc.constantFrom('a', 'b', 'c'),
        stage: fc.constantFrom('RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic', 'Nope'),
        verb: fc.constantFrom('get', 'list', 'create', ''),
        user: fc.oneof(
          fc.record({ username: fc.constantFrom(ETL, 'system:node:n1', 'alice', 'system:serviceaccount:x') }),
          fc.anything(),
        ),
        impersonatedUser: fc.record({ username: fc.constantFrom(ETL, 'bob') }),
        objectRef: fc.oneof(
          fc.record({
            resource: fc.constantFrom('pods', 'serviceaccounts', 'selfsubjectreviews'),
            subresource: fc.constantFrom('token', 'log'),
            namespace: fc.constantFrom('apps', 'kube-system'),
            name: fc.constantFrom('etl', 'x'),
          }),
          fc.anything(),
        ),
        responseStatus: fc.record({ code: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.string()) }),
        requestReceivedTimestamp: fc.oneof(
          fc.constant('2026-11-20T08:15:02.123456Z'),
          fc.string(),
          fc.integer(),
        ),
        items: fc.array(fc.anything(), { maxLength: 3 }),
        events: fc.array(fc.anything(), { maxLength: 3 }),
        message: fc.oneof(
          fc.string(),
          fc.constant('{"verb":"get","user":{"username":"x"},"stageTimestamp":"2026-01-01"}'),
        ),
        protoPayload: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const line = fc.oneof(
      event.map((e) => JSON.stringify(e)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    // A first line that is an event keeps the file in JSON-lines shape whatever follows.
    const first =
      '{"kind":"Event","verb":"get","user":{"username":"alice"},"stageTimestamp":"2026-11-20T08:00:00Z"}';
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        const text = [first, ...lines].join('\n');
        const out = await readText(k8sAudit, text);
        const records = text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .reduce((sum, l) => sum + recordsIn(l), 0);
        expect(out.accepted + out.rejected.length).toBe(records);
        for (const r of out.rejected) {
          expect(r.line).toBeGreaterThanOrEqual(1);
          expect(r.reason).not.toBe('');
        }
        for (const u of out.usage) expect(u.principal.startsWith('system:serviceaccount:')).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
