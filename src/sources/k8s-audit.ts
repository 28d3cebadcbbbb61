// kube-apiserver audit events (audit.k8s.io/v1 Event) as JSON lines, in the three shapes clusters export
// them: the apiserver's own log file (or webhook EventList batches), GKE's Cloud Audit Logs entries
// (`gcloud logging read --format=json`), and EKS's CloudWatch Logs events whose `message` holds the audit
// event (`aws logs filter-log-events` output, or one event per line). An event log of platform
// kubernetes. Only service accounts are principals here; see docs/sources/k8s-audit.md for what counts
// as use and why.
import type { UsageEvent } from '../model/records.js';
import { perSource, RecentIds } from './dedupe.js';
import { excerpt } from './excerpt.js';
import { forEachJsonRecord } from './json.js';
import { parseTimeValue } from './parse-time.js';
import { isObject, text } from './saved-response.js';
import type { ReadContext, SourceReader } from './types.js';

type Json = Record<string, unknown>;

const SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;
const STAGES = new Set(['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic']);
// A request is counted once, at the stage that carries its outcome; earlier stages repeat it.
const FINAL_STAGES = new Set(['ResponseComplete', 'Panic']);
// Granted to every authenticated user: they prove the credential works, not that its permissions are needed.
const SELF_REVIEWS = new Set(['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'selfsubjectreviews']);
const API_VERSION = /^v\d+((alpha|beta)\d+)?$/;
// kube-controller-manager's own controllers, each with its service account in kube-system: the platform's
// first-party identities (DESIGN.md §4 "Out of scope"), never undeclared, still judged when claimed.
const CONTROLLERS = new Set(
  (
    'attachdetach-controller bootstrap-signer certificate-controller clusterrole-aggregation-controller ' +
    'cronjob-controller daemon-set-controller deployment-controller disruption-controller endpoint-controller ' +
    'endpointslice-controller endpointslicemirroring-controller ephemeral-volume-controller expand-controller ' +
    'generic-garbage-collector horizontal-pod-autoscaler job-controller legacy-service-account-token-cleaner ' +
    'namespace-controller node-controller persistent-volume-binder pod-garbage-collector pv-protection-controller ' +
    'pvc-protection-controller replicaset-controller replication-controller resourcequota-controller ' +
    'root-ca-cert-publisher service-account-controller service-controller statefulset-controller token-cleaner ' +
    'ttl-after-finished-controller ttl-controller validatingadmissionpolicy-status-controller'
  ).split(' '),
);

/** One API request, whichever envelope it came in. */
interface ApiRequest {
  id?: string;
  at: number;
  /** False for a stage that a later one repeats (RequestReceived, ResponseStarted, GKE's first entry). */
  final: boolean;
  username?: string;
  impersonated?: string;
  verb: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  ok: boolean;
  userAgent?: string;
}

interface ReadState {
  recent: RecentIds;
  /** Controller service accounts already reported out of scope: at most one fact each. */
  firstParty: Set<string>;
  finalStages: number;
  earlierStages: number;
}

type Outcome = ApiRequest | { reject: string } | { ignore: true };

function serviceAccountOf(username: string | undefined): { namespace: string; name: string } | undefined {
  const m = username === undefined ? null : SERVICE_ACCOUNT.exec(username);
  return m ? { namespace: m[1], name: m[2] } : undefined;
}

/** An audit.k8s.io/v1 Event, as the apiserver writes it (and as EKS forwards it). */
function fromAuditEvent(event: Json): Outcome {
  if (event.kind !== undefined && event.kind !== 'Event')
    return { reject: `kind ${excerpt(event.kind, { quoted: false })} is not an audit Event` };
  const stage = text(event.stage);
  if (stage !== undefined && !STAGES.has(stage))
    return { reject: `unknown stage ${excerpt(stage, { quoted: false })}` };
  const at = parseTimeValue(event.requestReceivedTimestamp) ?? parseTimeValue(event.stageTimestamp);
  if (at === undefined) return { reject: 'no requestReceivedTimestamp or stageTimestamp' };
  const verb = text(event.verb);
  if (verb === undefined) return { reject: 'no verb' };
  if (!isObject(event.user)) return { reject: 'no user' };
  const status = isObject(event.responseStatus) ? event.responseStatus : {};
  const code = typeof status.code === 'number' ? status.code : undefined;
  const annotations = isObject(event.annotations) ? event.annotations : {};
  const objectRef = isObject(event.objectRef) ? event.objectRef : undefined;
  return {
    id: text(event.auditID),
    at,
    final: stage === undefined || FINAL_STAGES.has(stage),
    username: text(event.user.username),
    impersonated: isObject(event.impersonatedUser) ? text(event.impersonatedUser.username) : undefined,
    verb,
    resource: objectRef ? text(objectRef.resource) : undefined,
    subresource: objectRef ? text(objectRef.subresource) : undefined,
    namespace: objectRef ? text(objectRef.namespace) : undefined,
    name: objectRef ? text(objectRef.name) : undefined,
    ok:
      stage !== 'Panic' &&
      !(code !== undefined && code >= 400) &&
      annotations['authorization.k8s.io/decision'] !== 'forbid',
    userAgent: text(event.userAgent),
  };
}

/** A GKE Cloud Audit Logs entry: protoPayload is a google.cloud.audit.AuditLog for service k8s.io. */
function fromGkeEntry(entry: Json): Outcome {
  const payload = entry.protoPayload as Json;
  const type = text(payload['@type']);
  if (type !== undefined && !type.endsWith('google.cloud.audit.AuditLog'))
    return { reject: `protoPayload is a ${excerpt(type, { quoted: false, max: 60 })}, not an AuditLog` };
  // container.googleapis.com entries are Google Cloud API calls on the cluster resource, not Kubernetes API requests.
  if (text(payload.serviceName) !== undefined && payload.serviceName !== 'k8s.io') return { ignore: true };
  const at = parseTimeValue(entry.timestamp);
  if (at === undefined) return { reject: 'no timestamp' };
  const method = text(payload.methodName);
  if (method === undefined) return { reject: 'no protoPayload.methodName' };
  // io.k8s.<group…>.<version>.<resource>[.<subresource>].<verb>; a group may itself contain dots.
  const parts = method.split('.');
  const version = parts.findIndex((part, i) => i >= 2 && API_VERSION.test(part));
  const resource = version > 0 && version + 2 < parts.length ? parts[version + 1] : undefined;
  const subresource =
    resource !== undefined && version + 3 < parts.length ? parts.slice(version + 2, -1).join('/') : undefined;
  const target = /\/namespaces\/([^/]+)\/serviceaccounts\/([^/]+)/.exec(
    `/${text(payload.resourceName) ?? ''}`,
  );
  const operation = isObject(entry.operation) ? entry.operation : undefined;
  const flag = (v: unknown): boolean => v === true || v === 'true';
  const status = isObject(payload.status) ? payload.status : {};
  const code = typeof status.code === 'number' ? status.code : 0;
  const denied =
    Array.isArray(payload.authorizationInfo) &&
    payload.authorizationInfo.some((a) => isObject(a) && a.granted === false);
  const authentication = isObject(payload.authenticationInfo) ? payload.authenticationInfo : {};
  const request = isObject(payload.requestMetadata) ? payload.requestMetadata : {};
  return {
    id: (operation && text(operation.id)) ?? text(entry.insertId),
    at,
    // A long-running request (a watch) is logged twice: when it starts (first) and when it ends (last).
    final: !operation || flag(operation.last) || !flag(operation.first),
    username: text(authentication.principalEmail),
    verb: parts[parts.length - 1],
    resource,
    subresource: subresource || undefined,
    namespace: target?.[1],
    name: target?.[2],
    ok: code === 0 && !denied,
    userAgent: text(request.callerSuppliedUserAgent),
  };
}

/** A CloudWatch Logs event (EKS): its message is the audit event, as a JSON string. */
function fromCloudWatchEvent(event: Json): Outcome {
  const stream = text(event.logStreamName);
  // The cluster's log group also holds the api, authenticator, scheduler… streams: not audit events.
  if (stream !== undefined && !stream.startsWith('kube-apiserver-audit')) return { ignore: true };
  if (typeof event.message !== 'string') return { reject: 'CloudWatch event without a message' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.message);
  } catch {
    return { reject: 'the CloudWatch message is not JSON (an audit event was expected)' };
  }
  return isObject(parsed)
    ? fromAuditEvent(parsed)
    : { reject: 'the CloudWatch message is not a JSON object' };
}

function isBrowserOrWorkstation(userAgent: string | undefined): boolean {
  if (userAgent === undefined) return false;
  // A service account token in a browser (the dashboard) or in kubectl on a Mac or Windows laptop.
  return userAgent.startsWith('Mozilla/') || /^kubectl\/\S+ \((darwin|windows)\//.test(userAgent);
}

/** What one final request says about the service accounts involved. */
function usageOf(request: ApiRequest, line: number): UsageEvent[] {
  const target = request.resource
    ? `${request.resource}${request.subresource ? `/${request.subresource}` : ''}`
    : '(non-resource URL)';
  const action = `${request.verb} ${target}`;
  const events: UsageEvent[] = [];
  const actor = serviceAccountOf(request.username);
  if (actor) {
    const ownToken =
      request.resource === 'serviceaccounts' &&
      request.subresource === 'token' &&
      request.namespace === actor.namespace &&
      request.name === actor.name;
    const everyonesRight = request.resource === undefined || SELF_REVIEWS.has(request.resource);
    const event: UsageEvent = {
      principal: request.username!,
      at: request.at,
      action,
      meaningful: request.ok && !ownToken && !everyonesRight,
      ok: request.ok,
      line,
    };
    if (ownToken) event.login = true;
    if (isBrowserOrWorkstation(request.userAgent)) {
      event.interactive = true;
      event.detail = `user agent ${request.userAgent!.slice(0, 120)}`;
    }
    events.push(event);
  }
  if (request.impersonated && serviceAccountOf(request.impersonated)) {
    // Another service account acting through this one (Flux, Argo CD) uses its permissions as designed;
    // a person or an outside identity doing so is human use of a machine identity, not its own use.
    const byAutomation = actor !== undefined;
    const event: UsageEvent = {
      principal: request.impersonated,
      at: request.at,
      action,
      meaningful: request.ok && byAutomation,
      ok: request.ok,
      line,
      detail: `impersonated by ${(request.username ?? 'an unknown user').slice(0, 120)}`,
    };
    if (!byAutomation) event.interactive = true;
    events.push(event);
  }
  return events;
}

function count(outcome: Outcome, line: number, at: string, ctx: ReadContext, state: ReadState): void {
  const { sink, coverage } = ctx;
  if ('reject' in outcome) return sink.reject(line, at === '' ? outcome.reject : `${at}: ${outcome.reject}`);
  if ('ignore' in outcome) return sink.accept('ignored');
  coverage.observe(outcome.at);
  if (!outcome.final) {
    state.earlierStages++;
    return sink.accept('duplicate');
  }
  state.finalStages++;
  if (outcome.username === undefined) {
    // A failed authentication names nobody.
    if (!outcome.ok) return sink.accept('ignored');
    return sink.reject(line, at === '' ? 'no user.username' : `${at}: no user.username`);
  }
  const events = usageOf(outcome, line);
  // Users that are not service accounts are people, nodes, control-plane components or outside identities
  // (cloud IAM, certificates): other sources judge them, and they must never become undeclared here.
  if (events.length === 0) return sink.accept('ignored');
  if (outcome.id !== undefined && state.recent.seen(outcome.id)) return sink.accept('duplicate');
  for (const event of events) {
    sink.usage(event);
    const account = serviceAccountOf(event.principal);
    if (
      account?.namespace === 'kube-system' &&
      CONTROLLERS.has(account.name) &&
      !state.firstParty.has(account.name)
    ) {
      state.firstParty.add(account.name);
      sink.principal({
        principal: event.principal,
        aliases: [],
        kind: 'kubernetes-controller',
        outOfScope: true,
        line,
      });
    }
  }
  sink.accept();
}

function countRecord(value: unknown, line: number, at: string, ctx: ReadContext, state: ReadState): void {
  if (!isObject(value))
    return ctx.sink.reject(line, at === '' ? 'not a JSON object' : `${at}: not a JSON object`);
  // Containers (filter-log-events output, a webhook's EventList) are not records; each event in them is.
  const key = Array.isArray(value.events)
    ? 'events'
    : value.kind === 'EventList' && Array.isArray(value.items)
      ? 'items'
      : undefined;
  if (key !== undefined) {
    const items = value[key] as unknown[];
    if (items.length === 0) return ctx.sink.accept('ignored');
    items.forEach((item, i) => countRecord(item, line, `${at}${key}[${i}]`, ctx, state));
    return;
  }
  if (typeof value.message === 'string' || typeof value.logStreamName === 'string') {
    return count(fromCloudWatchEvent(value), line, at, ctx, state);
  }
  if (isObject(value.protoPayload)) return count(fromGkeEntry(value), line, at, ctx, state);
  count(fromAuditEvent(value), line, at, ctx, state);
}

export const k8sAudit: SourceReader = {
  type: 'k8s-audit',
  platform: 'kubernetes',
  coverage: 'events',

  async read(ctx) {
    const recent = perSource(ctx, 'k8s-audit', () => new RecentIds());
    const firstParty = perSource(ctx, 'k8s-audit/first-party', () => new Set<string>());
    const state: ReadState = { recent, firstParty, finalStages: 0, earlierStages: 0 };
    ctx.coverage.blindSpot(
      'the cluster audit policy decides what is logged: requests it sets to level None are invisible',
    );
    await forEachJsonRecord(() => ctx.file.open(), {
      record: (value, line) => countRecord(value, line, '', ctx, state),
      error: (line, reason) => ctx.sink.reject(line, reason),
    });
    if (state.earlierStages > 0 && state.finalStages === 0) {
      ctx.coverage.blindSpot(
        `${ctx.file.path} has no ResponseComplete events (the audit policy omits that stage?): its requests were not counted`,
      );
    }
  },
};
