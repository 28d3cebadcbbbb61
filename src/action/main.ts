// The Action: inputs and the run's context in; scan; PR scope; files, annotations, summary, PR
// comment or tracking issue, outputs; fail when something blocks. User mistakes become an ::error on
// the file and line at fault with no stack; anything else is our bug and says so.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { formatUserError, isUserError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { buildAnnotations, GITHUB_ANNOTATION_CAPS, unannotated } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderSarifText } from '../report/sarif.js';
import { writeText } from '../report/write.js';
import { FRAMEWORKS, RULE_METADATA } from '../rules/metadata.js';
import { scan } from '../scan.js';
import { liveContextFromEnv } from '../sources/github/context.js';
import { readContext, resolveMode, type ActionContext } from './context.js';
import { createGitHubApi, GitHubApiError, type GitHubApi } from './github.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { commentBody, upsertPullRequestComment } from './comment.js';
import { applyPrScope, pullRequestFindings } from './pr-scope.js';
import { loadChangedLines } from './pull-request.js';
import { summaryMarkdown } from './summary.js';
import { syncTrackingIssue } from './tracking-issue.js';

/** Warnings the Action itself emits count against the same per-step cap as the findings' warnings. */
class Warnings {
  count = 0;
  emit(message: string): void {
    this.count++;
    core.warning(message);
  }
}

/** Runs the Action; the only entry point (src/action/index.ts calls it). */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(env);
  } catch (error) {
    if (isUserError(error)) {
      const at = error.location;
      // The annotation on the file and line at fault; setFailed adds the one-line summary.
      if (at) {
        core.error(error.message, {
          title: 'lastseen: configuration error',
          file: at.path,
          startLine: at.line,
          ...(at.column ? { startColumn: at.column } : {}),
        });
      }
      core.setFailed(formatUserError(error));
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.info(detail);
    core.setFailed(
      `lastseen internal error (a bug: please report it with this log): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const context = readContext(env);
  const mode = resolveMode(inputs.mode, context.eventName);
  const warnings = new Warnings();
  const api = inputs.token
    ? createGitHubApi({
        token: inputs.token,
        apiUrl: context.apiUrl,
        owner: context.owner,
        repo: context.repo,
        log: core.info,
      })
    : undefined;

  const workspace = path.resolve(context.workspace);
  const { report: scanned } = await scan({
    workspace,
    ...(inputs.config ? { config: path.relative(workspace, path.resolve(workspace, inputs.config)) } : {}),
    ...(inputs.now !== undefined ? { now: inputs.now } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    // Live sources read the API with the action's own token, not whatever GITHUB_TOKEN the job set.
    github: liveContextFromEnv(env, {
      apiUrl: context.apiUrl,
      ...(inputs.token ? { token: inputs.token } : {}),
    }),
  });

  const notes: string[] = [];
  let report = scanned;
  if (mode === 'pr') {
    const scope = await loadChangedLines(api, context, inputs.failScope);
    for (const warning of scope.warnings) warnings.emit(warning);
    for (const note of scope.notes) core.info(note);
    notes.push(...scope.summary);
    report = applyPrScope(report, scope.changed, scope.failScope);
  }

  const reportPath = writeOutput(workspace, inputs.report, renderJson(report));
  let htmlPath = '';
  if (inputs.html) {
    const { renderHtml } = await import('../report/html.js');
    htmlPath = writeOutput(workspace, inputs.html, renderHtml(report));
  }
  const sarifPath = writeOutput(
    workspace,
    inputs.sarif,
    renderSarifText(report, { rules: RULE_METADATA, frameworks: FRAMEWORKS }),
  );

  if (mode === 'pr') notes.push(...(await publishComment(api, context, inputs, report, warnings)));
  else notes.push(...(await publishIssue(api, context, inputs, report, warnings)));

  annotate(report, warnings);
  await writeSummary(report, {
    pullRequest: mode === 'pr',
    context,
    notes,
    toFile: Boolean(env.GITHUB_STEP_SUMMARY),
  });

  const s = report.summary;
  core.setOutput('findings', s.findings);
  core.setOutput('blocking', s.blocking);
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);
  core.setOutput('html', htmlPath);
  core.info(
    `lastseen: ${s.findings} findings, ${s.blocking} blocking (fail-on: ${report.failOn}${mode === 'pr' ? `, fail-scope: ${inputs.failScope}` : ''})`,
  );
  if (s.blocking > 0) {
    const where =
      mode === 'pr' && inputs.failScope === 'changed' ? ' on lines this pull request changes' : '';
    core.setFailed(
      `lastseen: ${s.blocking} blocking finding${s.blocking === 1 ? '' : 's'}${where} (fail-on: ${report.failOn}); see the annotations and the job summary`,
    );
  }
}

function writeOutput(workspace: string, target: string, text: string): string {
  const file = path.resolve(workspace, target);
  mkdirSync(path.dirname(file), { recursive: true });
  writeText(file, text);
  return file;
}

function annotate(report: Report, warnings: Warnings): void {
  // setFailed is an error annotation too, and the Action's own warnings came first.
  const caps = {
    error: GITHUB_ANNOTATION_CAPS.error - (report.summary.blocking > 0 ? 1 : 0),
    warning: Math.max(0, GITHUB_ANNOTATION_CAPS.warning - warnings.count),
    notice: GITHUB_ANNOTATION_CAPS.notice,
  };
  const annotations = buildAnnotations(report, { caps });
  for (const annotation of annotations) {
    const properties = {
      title: annotation.title,
      ...(annotation.file ? { file: annotation.file, startLine: annotation.line } : {}),
      ...(annotation.column ? { startColumn: annotation.column } : {}),
    };
    core[annotation.level](annotation.message, properties);
  }
  const left = unannotated(report, annotations);
  if (left > 0)
    core.info(
      `lastseen: ${left} findings are not annotated (GitHub shows 10 annotations of each level per step); the job summary, JSON report and SARIF list all of them`,
    );
}

async function publishComment(
  api: GitHubApi | undefined,
  context: ActionContext,
  inputs: ActionInputs,
  report: Report,
  warnings: Warnings,
): Promise<string[]> {
  if (inputs.comment === 'never') return [];
  if (!context.pullRequest)
    return ['No pull request number in this event (a merge queue run): no PR comment.'];
  if (!api) return ['No token: no PR comment.'];
  try {
    const outcome = await upsertPullRequestComment(
      api,
      context.pullRequest.number,
      commentBody(report, context.runUrl),
      {
        policy: inputs.comment,
        hasFindings: pullRequestFindings(report) > 0,
      },
    );
    if (outcome.action === 'skipped') return [`PR comment: skipped (${outcome.reason}).`];
    core.info(`lastseen: PR comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
    return [`PR comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`];
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    warnings.emit(`lastseen could not write the PR comment: ${error.message}`);
    return [`PR comment: not written (${error.message}).`];
  }
}

async function publishIssue(
  api: GitHubApi | undefined,
  context: ActionContext,
  inputs: ActionInputs,
  report: Report,
  warnings: Warnings,
): Promise<string[]> {
  if (!inputs.issue) return [];
  if (!api) return ['No token: no tracking issue.'];
  try {
    const outcome = await syncTrackingIssue(api, report, context.runUrl);
    if (outcome.action === 'skipped') return [`Tracking issue: nothing to do (${outcome.reason}).`];
    core.info(
      `lastseen: tracking issue #${outcome.number} ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`,
    );
    return [`Tracking issue #${outcome.number} ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}.`];
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    warnings.emit(`lastseen could not update the tracking issue: ${error.message}`);
    return [`Tracking issue: not updated (${error.message}).`];
  }
}

async function writeSummary(
  report: Report,
  options: { pullRequest: boolean; context: ActionContext; notes: string[]; toFile: boolean },
): Promise<void> {
  const markdown = summaryMarkdown(report, {
    pullRequest: options.pullRequest,
    notes: options.notes,
    ...(options.context.runUrl ? { detailsUrl: options.context.runUrl } : {}),
  });
  // Outside a runner (no GITHUB_STEP_SUMMARY) the summary goes to the log instead.
  if (!options.toFile) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
