// The Terraform resource types that declare a non-human identity or one of its credentials, and how
// each maps to a principal (DESIGN.md §3): `tf:<type>.<name>`, with its literal name as an alias (an
// IAM user's name, a service account's e-mail), and for a credential the principal it belongs to.
// Attribute values arrive as the HCL parser writes them: a literal, or `${…}` for an expression.
import type { Location } from '../model/config.js';
import type { DeclarationSource, DiscoveredPrincipal } from './types.js';

type Body = Record<string, unknown>;

interface ResourceRule {
  platform: string;
  kind: string;
  aliases?(body: Body): (string | undefined)[];
  belongsTo?(body: Body): string | undefined;
}

/** A literal string attribute; undefined for an expression (`${…}`), a number or nothing. */
export function literal(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 1) return literal(value[0]);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.includes('${') ? undefined : trimmed;
}

/**
 * The principal an attribute points at: a reference to another resource (`${aws_iam_user.ci.name}` →
 * `tf:aws_iam_user.ci`), or a literal (a user name, an e-mail), as written.
 */
export function target(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 1) return target(value[0]);
  if (typeof value !== 'string') return undefined;
  const reference =
    /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?\.[A-Za-z_]+\s*\}$/.exec(
      value.trim(),
    );
  if (reference) return `tf:${reference[1]}.${reference[2]}`;
  return literal(value);
}

function first(body: Body, ...keys: string[]): unknown {
  for (const key of keys) if (body[key] !== undefined && body[key] !== null) return body[key];
  return undefined;
}

/** The `metadata` block of a kubernetes_* resource (a list of one block in parsed HCL, an object in plans). */
function metadata(body: Body): Body {
  const value = body.metadata;
  const block = Array.isArray(value) ? value[0] : value;
  return typeof block === 'object' && block !== null ? (block as Body) : {};
}

const upper = (name: string | undefined) => name?.toUpperCase();

function serviceAccountEmail(body: Body): string | undefined {
  const accountId = literal(body.account_id);
  const project = literal(body.project);
  if (body.email !== undefined && literal(body.email)) return literal(body.email)!.toLowerCase();
  return accountId && project ? `${accountId}@${project}.iam.gserviceaccount.com` : undefined;
}

function keyOwner(value: unknown): string | undefined {
  const owner = target(value);
  // `projects/{project}/serviceAccounts/{email}` names the account by its e-mail.
  const match = owner ? /^projects\/[^/]+\/serviceAccounts\/(.+)$/.exec(owner) : null;
  return match ? match[1].toLowerCase() : owner;
}

const RULES: Record<string, ResourceRule> = {
  aws_iam_user: { platform: 'aws', kind: 'service-account', aliases: (b) => [literal(b.name)] },
  aws_iam_access_key: { platform: 'aws', kind: 'api-token', belongsTo: (b) => target(b.user) },
  aws_iam_service_specific_credential: {
    platform: 'aws',
    kind: 'api-token',
    belongsTo: (b) => target(b.user_name),
  },
  aws_iam_signing_certificate: { platform: 'aws', kind: 'api-token', belongsTo: (b) => target(b.user_name) },
  google_service_account: {
    platform: 'gcp',
    kind: 'service-account',
    aliases: (b) => [serviceAccountEmail(b)],
  },
  google_service_account_key: {
    platform: 'gcp',
    kind: 'api-token',
    belongsTo: (b) => keyOwner(b.service_account_id),
  },
  azuread_application: { platform: 'azure', kind: 'service-account', aliases: (b) => [literal(b.client_id)] },
  azuread_service_principal: {
    platform: 'azure',
    kind: 'service-account',
    aliases: (b) => [literal(first(b, 'client_id', 'application_id'))],
  },
  azuread_application_password: {
    platform: 'azure',
    kind: 'api-token',
    belongsTo: (b) => target(first(b, 'application_id', 'application_object_id')),
  },
  azuread_application_certificate: {
    platform: 'azure',
    kind: 'api-token',
    belongsTo: (b) => target(first(b, 'application_id', 'application_object_id')),
  },
  azuread_service_principal_password: {
    platform: 'azure',
    kind: 'api-token',
    belongsTo: (b) => target(b.service_principal_id),
  },
  github_actions_secret: {
    platform: 'github',
    kind: 'secret',
    aliases: (b) => [literal(b.secret_name) && `secret:${upper(literal(b.secret_name))}`],
  },
  github_actions_environment_secret: {
    platform: 'github',
    kind: 'secret',
    aliases: (b) => {
      const name = upper(literal(b.secret_name));
      const environment = literal(b.environment);
      return [name && environment ? `secret:env/${environment}/${name}` : undefined];
    },
  },
  github_actions_organization_secret: {
    platform: 'github',
    kind: 'secret',
    aliases: (b) => [literal(b.secret_name) && `secret:org/${upper(literal(b.secret_name))}`],
  },
  github_repository_deploy_key: { platform: 'github', kind: 'deploy-key' },
  kubernetes_service_account: {
    platform: 'kubernetes',
    kind: 'service-account',
    aliases: (b) => {
      const name = literal(metadata(b).name);
      return [name && `system:serviceaccount:${literal(metadata(b).namespace) ?? 'default'}:${name}`];
    },
  },
};
RULES.kubernetes_service_account_v1 = RULES.kubernetes_service_account;

/** The resource types discovery reads, sorted (for docs and tests). */
export function terraformTypes(): string[] {
  return Object.keys(RULES).sort();
}

/** The declaration of one resource, or undefined when its type declares no identity. */
export function declarationFor(
  type: string,
  name: string,
  body: Body,
  location: Location,
  source: DeclarationSource,
  address = `${type}.${name}`,
): DiscoveredPrincipal | undefined {
  const rule = Object.hasOwn(RULES, type) ? RULES[type] : undefined;
  if (!rule) return undefined;
  const aliases = (rule.aliases?.(body) ?? []).filter((a): a is string => typeof a === 'string' && a !== '');
  const belongsTo = rule.belongsTo?.(body);
  return {
    id: `tf:${address}`,
    aliases: [...new Set(aliases)],
    kind: rule.kind,
    platform: rule.platform,
    location,
    ...(belongsTo !== undefined && { belongsTo }),
    source,
    declaredAs: type,
  };
}
