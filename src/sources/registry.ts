// Every source type lastseen reads. Adding a format is one reader file and one line here.
import { awsIamCredentialReportReader } from './aws-iam-credential-report.js';
import { genericCsvReader } from './generic-csv.js';
import { genericJsonlReader } from './generic-jsonl.js';
import { githubAuditLogReader } from './github-audit-log.js';
import { lastseenSummaryReader } from './lastseen-summary.js';
import { k8sAudit } from './k8s-audit.js';
import { awsAccessAnalyzer } from './aws-access-analyzer.js';
import { awsAccessKeys } from './aws-access-keys.js';
import { azureAppCredentials } from './azure-app-credentials.js';
import { azureSpSignins } from './azure-sp-signins.js';
import { gcpActivity } from './gcp-activity.js';
import { gcpServiceAccountKeys } from './gcp-service-account-keys.js';
import { githubActionsSecrets } from './github-actions-secrets.js';
import { githubAppInstallations } from './github-app-installations.js';
import { githubDeployKeys } from './github-deploy-keys.js';
import { githubPats } from './github-pats.js';
import { googleWorkspaceUsage } from './google-workspace-usage.js';
import { oktaSystemLog } from './okta-system-log.js';
import { slackMemberAnalytics } from './slack-member-analytics.js';
import type { SourceReader } from './types.js';
import { vaultAudit } from './vault-audit.js';

const READERS: SourceReader[] = [
  // readers are listed here, one line each
  awsIamCredentialReportReader,
  genericCsvReader,
  genericJsonlReader,
  githubAuditLogReader,
  lastseenSummaryReader,
  k8sAudit,
  vaultAudit,
  awsAccessKeys,
  awsAccessAnalyzer,
  gcpServiceAccountKeys,
  gcpActivity,
  azureSpSignins,
  azureAppCredentials,
  githubActionsSecrets,
  githubAppInstallations,
  githubDeployKeys,
  githubPats,
  googleWorkspaceUsage,
  oktaSystemLog,
  slackMemberAnalytics,
];

const BY_TYPE = new Map(READERS.map((reader) => [reader.type, reader]));

/** The reader for a source `type:`, or undefined when lastseen has none. */
export function readerFor(type: string): SourceReader | undefined {
  return BY_TYPE.get(type);
}

/** The source types this build reads, sorted. */
export function sourceTypes(): string[] {
  return [...BY_TYPE.keys()].sort();
}
