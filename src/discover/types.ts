// What discovery finds in the repository (DESIGN.md §3 "Declarations discovered…"). A declaration is
// not telemetry: it says an identity exists and where, never that it was used. The only telemetry
// discovery yields is a value the platform itself wrote into a manifest (Kubernetes'
// `kubernetes.io/legacy-token-last-used` label), and it travels apart, as CredentialFacts.
import type { Location } from '../model/config.js';
import type { CredentialFact } from '../model/records.js';

/** Where a declaration was found: the kind of file that declares it. */
export type DeclarationSource = 'terraform' | 'terraform-json' | 'kubernetes' | 'workflow';

/** One identity (or credential) the repository declares, at the line that declares it. */
export interface DiscoveredPrincipal {
  /** The canonical principal id of DESIGN.md §3: `tf:<type>.<name>`, `system:serviceaccount:<ns>:<name>`, `secret:<NAME>`. */
  id: string;
  /** Other names it goes by (an IAM user's literal name, a service account's e-mail): identities claim these too. */
  aliases: string[];
  /** An identity kind when one fits (service-account, api-token, deploy-key, secret). */
  kind?: string;
  platform: string;
  location: Location;
  /**
   * The principal this one is a credential of, by id or alias (an access key → `tf:aws_iam_user.ci` or
   * the user name `svc-ci`). Declaring the owner covers its credentials.
   */
  belongsTo?: string;
  source: DeclarationSource;
  /** The Terraform resource type or Kubernetes kind, for messages and `lastseen init` comments. */
  declaredAs: string;
}

/**
 * A long-lived cloud credential handed to a workflow where the cloud's OIDC federation would do
 * (an `aws-access-key-id` input fed from a secret). Not a finding by itself: evidence for one.
 */
export interface LongLivedCredentialHint {
  /** The secret that carries the credential, as a principal id (`secret:AWS_ACCESS_KEY_ID`). */
  principal: string;
  location: Location;
  /** The action and its input, e.g. `aws-actions/configure-aws-credentials` `aws-access-key-id`. */
  action: string;
  input: string;
  advice: string;
}

/** A file discovery could not read, or a part of it that it could not understand. */
export interface DiscoveryProblem {
  path: string;
  line: number;
  reason: string;
}

/** Where each workflow references a secret, for the live Actions secrets reader's usage inference. */
export interface SecretReference {
  /** The secret name as GitHub stores it (upper case). */
  name: string;
  /** The workflow file, relative to the workspace (`.github/workflows/deploy.yml`). */
  workflow: string;
  line: number;
  /** The job's deployment environment when it is a literal: environment secrets take precedence. */
  environment?: string;
}

export interface Discovery {
  principals: DiscoveredPrincipal[];
  /** Platform-written values found in manifests (legacy token last use): real telemetry. */
  telemetry: CredentialFact[];
  hints: LongLivedCredentialHint[];
  secretReferences: SecretReference[];
  problems: DiscoveryProblem[];
  /** Every file read, relative to the workspace. */
  files: string[];
}

export function emptyDiscovery(): Discovery {
  return { principals: [], telemetry: [], hints: [], secretReferences: [], problems: [], files: [] };
}
