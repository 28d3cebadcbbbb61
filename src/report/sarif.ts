// SARIF 2.1.0 for github/codeql-action/upload-sarif. Rule metadata comes from rules/*.yml (passed in,
// so this stays pure); every result sits on the inventory line that declares its identity, so code
// scanning shows telemetry findings where someone can act on them.
import { createHash } from 'node:crypto';
import { SEVERITIES, type Severity } from '../model/config.js';
import type { Finding, Report } from '../model/report.js';
import type { Framework, RuleMetadata } from '../rules/types.js';
import { fitSarif } from './limits.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/lastseen/lastseen';
const RULES_DOC = `${INFORMATION_URI}/blob/main/docs/rules.md`;

/** The key under partialFingerprints; bump the version if what it hashes ever changes. */
export const FINGERPRINT_KEY = 'lastseenFindingHash/v1';

export interface FrameworkInfo {
  name: string;
  short: string;
  url: string;
}

export interface SarifCatalog {
  rules: readonly RuleMetadata[];
  frameworks?: Readonly<Partial<Record<Framework, FrameworkInfo>>>;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** GitHub reads security-severity as a CVSS-like score: over 9 critical, 7–8.9 high, 4–6.9 medium, under 4 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '7.5',
  medium: '5.0',
  low: '2.0',
};

const DEFAULT_LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** The result level: blocking findings are errors; the rest warn (medium and above) or note (low). */
export function sarifLevel(finding: Finding): SarifLevel {
  if (finding.blocking) return 'error';
  return finding.severity === 'low' ? 'note' : 'warning';
}

/** A hash of what the finding is about (rule, subject, credential), not where: it survives edits that move lines. */
export function findingFingerprint(finding: Pick<Finding, 'rule' | 'subject' | 'credential'>): string {
  return createHash('sha256')
    .update(`${finding.rule}\0${finding.subject}\0${finding.credential ?? ''}`)
    .digest('hex');
}

/** Placeholders of a remediation template, shown as what they stand for. */
function untemplate(text: string, code: boolean): string {
  return text
    .trim()
    .replace(/\{\{\s*([a-z-]+)\s*\}\}/g, (_, name: string) => (code ? `\`<${name}>\`` : `<${name}>`));
}

function referenceLabel(framework: Framework, id: string, catalog: SarifCatalog): string {
  const short = catalog.frameworks?.[framework]?.short ?? framework;
  return framework === 'owasp-nhi' ? `${short} ${id}:2025` : `${short} ${id}`;
}

function sarifRule(rule: RuleMetadata, catalog: SarifCatalog) {
  const references = rule.references.map((ref) => {
    const url = ref.url ?? catalog.frameworks?.[ref.framework]?.url;
    const label = referenceLabel(ref.framework, ref.id, catalog);
    return {
      text: `${label}: ${ref.title}${url ? ` (${url})` : ''}`,
      markdown: url ? `- [${label}](${url}): ${ref.title}` : `- ${label}: ${ref.title}`,
    };
  });
  const markdown = [
    rule.description.trim(),
    '',
    `**Remediation:** ${untemplate(rule.remediation, true)}`,
    ...(rule.help ? ['', rule.help.trim()] : []),
    '',
    '**References:**',
    '',
    ...references.map((ref) => ref.markdown),
  ].join('\n');
  const text = [
    rule.description.trim(),
    '',
    `Remediation: ${untemplate(rule.remediation, false)}`,
    '',
    'References:',
    ...references.map((ref) => `- ${ref.text}`),
  ].join('\n');
  return {
    id: `lastseen/${rule.name}`,
    name: pascal(rule.name),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() },
    helpUri: `${RULES_DOC}#${rule.name}`,
    help: { text, markdown },
    defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'non-human-identity', ...rule.references.map((ref) => `${ref.framework}/${ref.id}`)],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
      'problem.severity':
        rule.severity === 'low' ? 'recommendation' : rule.severity === 'medium' ? 'warning' : 'error',
    },
  };
}

/** A rule no catalog entry describes (a newer engine than its metadata): described from its findings. */
function fallbackRule(name: string, findings: Finding[]): RuleMetadata {
  const severity = findings.reduce<Severity>(
    (max, f) => (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(max) ? f.severity : max),
    'low',
  );
  return {
    name,
    title: name,
    severity,
    scope: ['subject'],
    description: `Findings of the lastseen rule ${name}.`,
    remediation: findings[0]?.remediation || 'See the finding.',
    references: [],
  };
}

/** SARIF rule names are identifiers by convention: `never-used` → `NeverUsed`. */
function pascal(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function suppressionReason(finding: Finding): string {
  const evidence = finding.evidence as { suppression?: { reason?: unknown; by?: unknown; until?: unknown } };
  const suppression = evidence.suppression;
  if (suppression && typeof suppression.reason === 'string') {
    const by = typeof suppression.by === 'string' ? ` (${suppression.by}` : '';
    const until =
      typeof suppression.until === 'string' ? `${by ? ', ' : ' ('}until ${suppression.until}` : '';
    return `${suppression.reason}${by}${until}${by || until ? ')' : ''}`;
  }
  return 'Suppressed in the inventory.';
}

/** Renders the report as a SARIF 2.1.0 log object (serialise with JSON.stringify). */
export function renderSarif(report: Report, catalog: SarifCatalog) {
  const known = new Map(catalog.rules.map((rule) => [rule.name, rule]));
  const byRule = new Map<string, Finding[]>();
  // Push, not spread: copying the list per finding is quadratic (20,000 undeclared principals took minutes).
  for (const finding of report.findings) {
    const ofRule = byRule.get(finding.rule);
    if (ofRule) ofRule.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const metadata = [...catalog.rules];
  for (const [name, findings] of byRule) if (!known.has(name)) metadata.push(fallbackRule(name, findings));
  metadata.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ruleIndex = new Map(metadata.map((rule, i) => [rule.name, i]));

  const results = report.findings.map((finding) => {
    const location = finding.location ?? { path: report.config, line: 1 };
    const region: { startLine: number; startColumn?: number } = { startLine: Math.max(1, location.line) };
    if (location.column) region.startColumn = location.column;
    const message = finding.remediation ? `${finding.message} Fix: ${finding.remediation}` : finding.message;
    const result = {
      ruleId: `lastseen/${finding.rule}`,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: sarifLevel(finding),
      message: { text: message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(location.path), uriBaseId: '%SRCROOT%' },
            region,
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding) },
      properties: {
        severity: finding.severity,
        'security-severity': SECURITY_SEVERITY[finding.severity],
        subject: finding.subject,
        credential: finding.credential,
        blocking: finding.blocking,
        ...(finding.changed === undefined ? {} : { changed: finding.changed }),
        ...(finding.location
          ? {}
          : {
              locationFallback:
                'The finding has no declaration of its own: it is placed on the inventory file.',
            }),
        evidence: finding.evidence,
      },
      ...(finding.suppressed
        ? { suppressions: [{ kind: 'inSource', justification: suppressionReason(finding) }] }
        : {}),
    };
    return result;
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'lastseen',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: metadata.map((rule) => sarifRule(rule, catalog)),
          },
        },
        automationDetails: { id: 'lastseen/' },
        results,
        properties: {
          now: report.now,
          config: report.config,
          failOn: report.failOn,
          summary: report.summary,
        },
      },
    ],
  };
}

/** A workspace-relative path as a relative URI reference (spaces and the like percent-encoded, slashes kept). */
function encodeUri(relativePath: string): string {
  return relativePath
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The SARIF as the file uploaded to code scanning. */
export function renderSarifText(report: Report, catalog: SarifCatalog): string {
  // Within GitHub's upload limits (limits.ts): the most severe results, and a note saying what was left out.
  return fitSarif(
    report,
    (fitted) => renderSarif(fitted, catalog),
    (log, { omitted, reason }) => {
      const run = log.runs[0];
      Object.assign(run.properties, { omittedResults: omitted });
      Object.assign(run, {
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [{ level: 'warning', message: { text: reason } }],
          },
        ],
      });
    },
  );
}
