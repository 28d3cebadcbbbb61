import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../src/rules/index.js';
import {
  DAY,
  NOW,
  REPORT,
  ago,
  at,
  config,
  credential,
  events,
  findingsOf,
  identity,
  policy,
  snapshot,
  subject,
  usage,
} from './helpers.js';

const dormantKey = () =>
  subject({
    credentials: [
      credential('access_key_1', { lastUsedAt: at('2026-08-21T12:00:00Z'), rotatedAt: undefined }),
    ],
  });

describe('stale telemetry', () => {
  const staleReport = (age: number) =>
    snapshot({ generatedAt: ago(age), windowTo: ago(age), generatedAtFrom: 'export' });

  it('fires for a source older than telemetry-max-age, not for one exactly that old', () => {
    expect(findingsOf([], { sources: [staleReport(7 * DAY)] })).toEqual([]);
    const [finding] = findingsOf([], { sources: [staleReport(8 * DAY)] });
    expect(finding).toMatchObject({
      rule: 'stale-telemetry',
      severity: 'medium',
      subject: REPORT,
      credential: null,
      location: { path: 'lastseen.yml', line: 4 },
      message: `${REPORT} was generated on 2026-11-17, 8 days ago; telemetry older than 7 days cannot judge activity, so what it alone covers is unknown`,
    });
    expect(finding.remediation).toBe(
      `Refresh ${REPORT} (export it again, or schedule the export) so that it is never older than 7d; set \`generated-at:\` on the source entry when the export carries no time of its own.`,
    );
  });

  it('says when the generation time is only the newest time in the data', () => {
    const [finding] = findingsOf([], {
      sources: [snapshot({ generatedAt: ago(10 * DAY), generatedAtFrom: 'data' })],
    });
    expect(finding.message).toContain('10 days ago (the newest time in its data: it may be older still)');
  });

  it('what a stale source alone covers is unknown, and no-telemetry says why', () => {
    const s = subject({
      coverage: { sources: [staleReport(8 * DAY)] },
      credentials: dormantKey().credentials,
    });
    const findings = findingsOf([s]);
    // Rotation does not rest on activity: a 400-day-old key is unrotated whatever the telemetry's age.
    expect(findings.map((f) => f.rule)).toEqual(['unrotated', 'stale-telemetry', 'no-telemetry']);
    expect(findings[2].message).toBe(
      `the activity of ci cannot be judged: covered only by stale telemetry (${REPORT}); its inactivity threshold is 90 days`,
    );
  });
});

describe('secret-in-config', () => {
  it('names the kind and the place, never the value, and is critical', () => {
    const cfg = config({
      identities: [identity('ci')],
      secrets: [
        {
          kind: 'AWS secret access key',
          identity: 'ci',
          location: { path: 'lastseen.yml', line: 14, column: 12 },
        },
      ],
    });
    const findings = findingsOf([subject({ lastUsedAt: ago(DAY) })], { config: cfg });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'secret-in-config',
      severity: 'critical',
      subject: 'ci',
      location: { path: 'lastseen.yml', line: 14, column: 12 },
      blocking: true,
      message:
        'a value at lastseen.yml:14 (in identity ci) looks like a live AWS secret access key; it is not shown here, and it must be treated as leaked',
      remediation:
        "Remove the AWS secret access key at lastseen.yml:14 from the inventory and from the repository's history, and revoke and rotate it now: anyone who can read the repository may have copied it.",
    });
  });

  it('outside any identity, the subject is the config file', () => {
    const cfg = config({ secrets: [{ kind: 'GitHub token', location: { path: 'lastseen.yml', line: 3 } }] });
    expect(findingsOf([], { config: cfg, sources: [] })[0]).toMatchObject({
      subject: 'lastseen.yml',
      rule: 'secret-in-config',
    });
  });
});

describe('every rule at once', () => {
  it('fires each of the 19 rules, and every remediation is filled in', () => {
    const TODAY = Math.floor(NOW / DAY);
    const hourOfWeek = new Array(168).fill(0);
    hourOfWeek[62] = 3;
    const busy = subject({
      id: 'busy',
      identity: identity('busy', {
        owner: null,
        reviewed: undefined,
        schedule: { cron: '0 2 * * *', tolerance: 3_600_000 },
        credentials: [],
      }),
      lastUsedAt: ago(DAY),
      usage: usage({
        days: [TODAY - 200, TODAY - 1],
        interactiveEvents: 1,
        interactive: [{ at: ago(DAY), detail: 'console sign-in', source: REPORT }],
        hourOfWeek,
        meaningfulEvents: 3,
      }),
      credentials: [
        credential('k1', { lastUsedAt: ago(DAY), rotatedAt: undefined, expiresAt: null }),
        credential('k2', { lastUsedAt: ago(DAY), expiresAt: NOW + 10 * DAY }),
        credential('k3', { lastUsedAt: ago(DAY), expiresAt: ago(DAY) }),
      ],
    });
    const dormant = subject({
      id: 'dormant',
      identity: identity('dormant', {
        owner: '@bob',
        licence: { cost: 20, currency: 'USD', per: 'month', renews: NOW + 20 * DAY },
        suppress: [
          {
            rule: 'inactive',
            until: ago(DAY),
            reason: 'migration',
            by: '@alice',
            location: { path: 'lastseen.yml', line: 40 },
          },
        ],
      }),
      credentials: [credential('d1', { lastUsedAt: ago(100 * DAY) })],
    });
    const fresh = subject({
      id: 'fresh',
      identity: identity('fresh'),
      credentials: [credential('f1', { lastUsedAt: null })],
    });
    const logins = subject({
      id: 'logins',
      identity: identity('logins'),
      usage: usage({ loginEvents: 4, events: 4, lastLogin: ago(DAY) }),
      coverage: { sources: [events(ago(180 * DAY))], windowFrom: ago(180 * DAY), windowTo: NOW },
    });
    const dark = subject({ id: 'dark', identity: identity('dark'), coverage: { sources: [] } });
    const ghost = subject({ declared: false, lastUsedAt: ago(DAY) });
    const subjects = [busy, dormant, fresh, logins, dark, ghost];
    const cfg = config({
      identities: subjects.flatMap((s) => (s.identity ? [s.identity] : [])),
      policy: policy({ requireExpiry: true }),
      secrets: [{ kind: 'GitHub token', identity: 'busy', location: { path: 'lastseen.yml', line: 30 } }],
    });
    const stale = snapshot({
      label: 'gcp-service-account-keys keys.json',
      type: 'gcp-service-account-keys',
      path: 'keys.json',
      generatedAt: ago(30 * DAY),
    });
    const owners = {
      lookup: (owner: string) =>
        owner === '@bob'
          ? { status: 'left' as const, detail: 'status left' }
          : { status: 'present' as const },
    };
    const findings = findingsOf(subjects, {
      config: cfg,
      sources: [snapshot(), events(ago(180 * DAY)), stale],
      owners,
    });
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RULE_NAMES));
    for (const finding of findings)
      expect(finding.remediation, `${finding.rule}: ${finding.remediation}`).not.toMatch(/<[a-z]+>|\{\{/);
  });
});
