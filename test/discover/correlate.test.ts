// correlate/discovered.ts: which declarations the inventory claims, and what becomes undeclared where.
import { describe, expect, it } from 'vitest';
import { addDiscoveredSubjects } from '../../src/correlate/discovered.js';
import type { DiscoveredPrincipal } from '../../src/discover/types.js';
import type { Subject } from '../../src/model/subject.js';
import { emptyStats } from '../../src/usage/accumulator.js';
import { config, identity } from '../helpers/config.js';

function declared(id: string, line: number, extra: Partial<DiscoveredPrincipal> = {}): DiscoveredPrincipal {
  return {
    id,
    aliases: [],
    platform: 'aws',
    kind: 'service-account',
    location: { path: 'infra/iam.tf', line },
    source: 'terraform',
    declaredAs: id.split(/[:.]/)[1] ?? id,
    ...extra,
  };
}

function seen(id: string, aliases: string[] = []): Subject {
  return {
    id,
    declared: false,
    principals: [id],
    aliases,
    usage: emptyStats(),
    credentials: [],
    coverage: { sources: [] },
    location: null,
    foundIn: 'telemetry',
  };
}

const undeclared = (subjects: Subject[]) =>
  subjects
    .filter((s) => !s.declared)
    .map((s) => `${s.id} ${s.foundIn} ${s.location ? `${s.location.path}:${s.location.line}` : '-'}`);

const user = declared('tf:aws_iam_user.ci', 1, { aliases: ['svc-ci'] });
const key = declared('tf:aws_iam_access_key.ci', 5, { kind: 'api-token', belongsTo: 'tf:aws_iam_user.ci' });

describe('addDiscoveredSubjects', () => {
  it('lets an identity that names the IAM user by ARN claim the Terraform user and, through it, its key', () => {
    const inventory = config([
      identity({ id: 'ci', principals: ['arn:aws:iam::111122223333:user/deploy/svc-ci'] }),
    ]);
    expect(undeclared(addDiscoveredSubjects(inventory, [], [user, key]))).toEqual([]);
  });

  it('makes an unclaimed key undeclared at its own line, apart from its unclaimed owner', () => {
    expect(undeclared(addDiscoveredSubjects(config([]), [], [user, key]))).toEqual([
      'tf:aws_iam_user.ci discovery infra/iam.tf:1',
      'tf:aws_iam_access_key.ci discovery infra/iam.tf:5',
    ]);
  });

  it('claims by glob, and by a declared credential id', () => {
    const inventory = config([
      identity({ id: 'all-tf-users', principals: ['tf:aws_iam_user.*'] }),
      identity({
        id: 'k',
        credentials: [{ id: 'tf:aws_iam_access_key.ci', location: { path: 'lastseen.yml', line: 9 } }],
      }),
    ]);
    expect(undeclared(addDiscoveredSubjects(inventory, [], [user, key]))).toEqual([]);
  });

  it('makes a Terraform secret and the workflow references to it one subject, at the resource', () => {
    const resource = declared('tf:github_actions_secret.npm', 6, {
      platform: 'github',
      kind: 'secret',
      aliases: ['secret:NPM_TOKEN'],
    });
    const reference = declared('secret:NPM_TOKEN', 23, {
      platform: 'github',
      kind: 'secret',
      aliases: ['secret:org/NPM_TOKEN'],
      source: 'workflow',
      location: { path: '.github/workflows/release.yml', line: 23 },
    });
    const subjects = addDiscoveredSubjects(config([]), [], [reference, resource]);
    expect(undeclared(subjects)).toEqual(['tf:github_actions_secret.npm discovery infra/iam.tf:6']);
    expect(subjects[0].aliases).toEqual(['secret:NPM_TOKEN', 'secret:org/NPM_TOKEN']);
    // An organization secret declared in the inventory claims the reference, and so the resource.
    const inventory = config([identity({ id: 'npm', principals: ['secret:org/NPM_TOKEN'] })]);
    expect(undeclared(addDiscoveredSubjects(inventory, [], [reference, resource]))).toEqual([]);
  });

  it('points an undeclared principal telemetry saw at the line that declares it, without a second subject', () => {
    const telemetry = seen('arn:aws:iam::111122223333:user/svc-ci', ['svc-ci']);
    const subjects = addDiscoveredSubjects(config([]), [telemetry], [user]);
    expect(undeclared(subjects)).toEqual(['arn:aws:iam::111122223333:user/svc-ci telemetry infra/iam.tf:1']);
    expect(subjects[0].aliases).toEqual(['svc-ci', 'tf:aws_iam_user.ci']);
  });
});
