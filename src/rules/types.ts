// The shapes the rules stage works with: rule metadata (compiled from rules/*.yml), the context a
// rule function receives, and the raw findings it returns before the engine finishes them.
import type { Config, Location, Policy, Severity } from '../model/config.js';
import type { Subject } from '../model/subject.js';
import type { OwnerDirectory } from './owners.js';
import type { SubjectVerdict } from './verdict.js';

export type Framework = 'owasp-nhi' | 'nist-csf' | 'cis';

export type RuleScope = 'subject' | 'credential' | 'source' | 'inventory';

export interface RuleReference {
  framework: Framework;
  id: string;
  title: string;
  url?: string;
}

/** One rules/<name>.yml, as schema/rule.schema.json describes it. */
export interface RuleMetadata {
  name: string;
  title: string;
  severity: Severity;
  scope: RuleScope[];
  description: string;
  /** A template: {{subject}}, {{owner}}, {{credential}}, {{threshold}}, {{location}}, … */
  remediation: string;
  references: RuleReference[];
  help?: string;
}

/** What a rule returns: the engine adds the subject, remediation, location and blocking. */
export interface RawFinding {
  /** Set by rules that judge a subject other than the one in the context (scan-wide rules). */
  subject?: string;
  credential: string | null;
  /** Omitted: the rule's severity (the yml default, or the policy's override). */
  severity?: Severity;
  message: string;
  evidence: Record<string, unknown>;
  /** Omitted: the credential's declaration, else the subject's. */
  location?: Location | null;
  /** Values for the remediation template beyond the ones every finding has. */
  vars?: Record<string, string>;
}

export interface RuleContext {
  now: number;
  /** The policy for this subject: the config's, with the identity's own overrides. */
  policy: Policy;
  config: Config;
  verdict: SubjectVerdict;
  /** This rule's severity: the policy's override, else the yml default. */
  severity: Severity;
  /** Another rule's severity the same way (never-used borrows inactive's). */
  severityOf(rule: string): Severity;
  /** Labels of sources older than telemetry-max-age. */
  staleSources: ReadonlySet<string>;
  owners?: OwnerDirectory;
}

/** A rule over one subject. */
export type SubjectRule = (subject: Subject, ctx: RuleContext) => RawFinding[];
