// IAM Access Analyzer unused-access findings: `aws accessanalyzer list-findings-v2` and
// `get-finding-v2` output, optionally with the analyzer's own description (`get-analyzer`), whose
// tracking period (unusedAccessAge) sets the window the findings observe. A snapshot: a finding speaks
// only of the role, key or password it names. See docs/sources/aws-access-analyzer.md.
import type { SourceEntry } from '../model/config.js';
import { ConfigurationError } from '../model/errors.js';
import type { CredentialFact, PrincipalFact } from '../model/records.js';
import { DAY } from '../model/time.js';
import type { CoverageHints, SourceReader } from './types.js';
import { perSource } from './dedupe.js';
import { excerpt } from './excerpt.js';
import { forEachItem, isObject, SeenRecords, text, timeField, where } from './saved-response.js';

/** Per entry: findings already read, and the tracking period once an analyzer description says it. */
interface AnalyzerState {
  seen: SeenRecords;
  ageDays?: number;
  oldestAnalyzedAt?: number;
}

const ENVELOPES = ['findings', 'analyzers', 'analyzer'] as const;
/** The finding types that say a principal or credential is dormant, and where each keeps its details. */
const DETAILS_OF_TYPE: Record<string, string> = {
  UnusedIAMRole: 'unusedIamRoleDetails',
  UnusedIAMUserAccessKey: 'unusedIamUserAccessKeyDetails',
  UnusedIAMUserPassword: 'unusedIamUserPasswordDetails',
};

function ageOption(entry: SourceEntry): number | undefined {
  const age = entry.options['unused-access-age'];
  return typeof age === 'number' ? age : undefined;
}

function validAge(age: unknown): age is number {
  return typeof age === 'number' && Number.isInteger(age) && age >= 1 && age <= 365;
}

/** The findings' window opens one tracking period before the oldest analysis. */
function widenWindow(state: AnalyzerState, coverage: CoverageHints): void {
  if (state.ageDays !== undefined && state.oldestAnalyzedAt !== undefined) {
    coverage.setWindowFrom(state.oldestAnalyzedAt - state.ageDays * DAY);
  }
}

/** The name at the end of an IAM ARN (`arn:aws:iam::1:role/path/name` → `name`). */
function nameOf(arn: string): string | undefined {
  const m = /^arn:aws[\w-]*:iam::\d{12}:(?:user|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m?.[1];
}

/** The details object of the finding's type, from get-finding-v2's findingDetails (a union list). */
function detailsOf(finding: Record<string, unknown>, member: string): Record<string, unknown> | undefined {
  const list = finding.findingDetails;
  if (!Array.isArray(list)) return undefined;
  for (const details of list) if (isObject(details) && isObject(details[member])) return details[member];
  return undefined;
}

type Outcome =
  { ignored: true } | { error: string } | { facts: (PrincipalFact | CredentialFact)[]; analyzedAt: number };

/** What one finding says about dormancy. */
function readFinding(finding: Record<string, unknown>): Outcome {
  const type = text(finding.findingType);
  // Unused permissions narrow a principal's rights; they say nothing about whether it is used at all.
  if (!type || !Object.hasOwn(DETAILS_OF_TYPE, type)) return { ignored: true };
  const status = text(finding.status);
  if (status !== 'ACTIVE' && status !== 'ARCHIVED' && status !== 'RESOLVED') {
    return {
      error: `finding ${excerpt(text(finding.id) ?? '?', { quoted: false })} has no status ACTIVE, ARCHIVED or RESOLVED`,
    };
  }
  // RESOLVED: the access was removed, or used again; either way it is no evidence of dormancy.
  if (status === 'RESOLVED') return { ignored: true };
  const resource = text(finding.resource);
  if (!resource || !resource.startsWith('arn:')) return { error: `${type} finding has no resource ARN` };
  const analyzed = timeField(finding, 'analyzedAt');
  if (analyzed.error) return { error: analyzed.error };
  if (analyzed.t === undefined) return { error: `${type} finding has no analyzedAt` };

  const details = detailsOf(finding, DETAILS_OF_TYPE[type]);
  const last = details ? timeField(details, 'lastAccessed') : {};
  if (last.error) return { error: last.error };
  // An open finding means no use within the tracking period; before it, the finding may say nothing.
  const unknownWhy = details
    ? 'not used within the analyzer tracking period (Access Analyzer does not say whether ever)'
    : 'not used within the analyzer tracking period; the summary has no last access (run get-finding-v2)';
  const name = nameOf(resource);
  const principal: PrincipalFact = { principal: resource, aliases: name ? [name] : [] };

  if (type === 'UnusedIAMRole') {
    principal.kind = 'role';
    if (last.t !== undefined) principal.lastUsedAt = last.t;
    else principal.lastUsedUnknownReason = unknownWhy;
    return { facts: [principal], analyzedAt: analyzed.t };
  }
  principal.kind = 'user';
  let credential: string;
  if (type === 'UnusedIAMUserPassword') credential = 'password';
  else {
    // list-findings-v2 summaries carry no details: the key is named only by get-finding-v2.
    const keyId = details ? text(details.accessKeyId) : undefined;
    if (!keyId) return details ? { error: 'access key finding without accessKeyId' } : { ignored: true };
    credential = keyId;
  }
  // A finding stays open only while the access exists: removing or deactivating it resolves the finding.
  const fact: CredentialFact = {
    principal: resource,
    credential,
    active: true,
    credentialKind: credential === 'password' ? 'password' : 'access-key',
  };
  if (last.t !== undefined) fact.lastUsedAt = last.t;
  else fact.lastUsedUnknownReason = unknownWhy;
  return { facts: [principal, fact], analyzedAt: analyzed.t };
}

export const awsAccessAnalyzer: SourceReader = {
  type: 'aws-access-analyzer',
  platform: 'aws',
  coverage: 'snapshot',
  options: ['unused-access-age'],

  validate(entry) {
    const age = entry.options['unused-access-age'];
    if (age !== undefined && !validAge(age)) {
      throw new ConfigurationError(
        'unused-access-age: must be a whole number of days from 1 to 365',
        entry.location,
      );
    }
  },

  async read(ctx) {
    const { entry, file, sink, coverage } = ctx;
    const state = perSource<AnalyzerState>(ctx, 'aws-access-analyzer', () => ({
      seen: new SeenRecords(),
      ageDays: ageOption(entry),
    }));
    coverage.blindSpot(
      'IAM Access Analyzer only judges roles and users that existed for its whole tracking period',
    );

    await forEachItem(file, sink, ENVELOPES, (item, line, at) => {
      if (!isObject(item)) return sink.reject(line, where(at, 'not an object'));
      if (
        isObject(item.configuration) ||
        (text(item.arn)?.includes(':analyzer/') && !('findingType' in item))
      ) {
        return readAnalyzer(item, line, at);
      }
      const outcome = readFinding(item);
      if ('ignored' in outcome) return sink.accept('ignored');
      if ('error' in outcome) return sink.reject(line, where(at, outcome.error));
      if (!state.seen.first(outcome.facts)) return sink.accept('duplicate');
      coverage.setGeneratedAt(outcome.analyzedAt);
      if (state.oldestAnalyzedAt === undefined || outcome.analyzedAt < state.oldestAnalyzedAt) {
        state.oldestAnalyzedAt = outcome.analyzedAt;
      }
      widenWindow(state, coverage);
      for (const fact of outcome.facts) {
        if (typeof fact.lastUsedAt === 'number') coverage.observe(fact.lastUsedAt);
        if ('credential' in fact) sink.credential({ ...fact, line });
        else sink.principal({ ...fact, line });
      }
      sink.accept();
    });

    function readAnalyzer(analyzer: Record<string, unknown>, line: number, at: string): void {
      const configuration = isObject(analyzer.configuration) ? analyzer.configuration : {};
      const unused = configuration.unusedAccess;
      if (!isObject(unused)) return sink.accept('ignored');
      const age = unused.unusedAccessAge ?? 90;
      if (!validAge(age))
        return sink.reject(line, where(at, 'unusedAccessAge is not a number of days from 1 to 365'));
      // The entry's own setting wins: it is what the user says the findings were produced with.
      // Of several analyzers, the shortest period is the one every finding is sure to cover.
      state.ageDays = ageOption(entry) ?? Math.min(age, state.ageDays ?? age);
      widenWindow(state, coverage);
      sink.accept();
    }
  },
};
