// The documentation stays true to action.yml: every input and output is in docs/action.md's tables
// and nothing else is, and every workflow the docs show declares least-privilege `permissions:`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The first column of the Markdown table under `## heading`. */
function tableNames(markdown: string, heading: string): string[] {
  const section = markdown.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
}

/** Every workflow the docs show: docs/workflows/*.yml, and the YAML blocks with `jobs:` in the docs. */
function documentedWorkflows(): { where: string; workflow: Record<string, unknown> }[] {
  const found: { where: string; workflow: Record<string, unknown> }[] = [];
  for (const name of readdirSync(path.join(ROOT, 'docs/workflows'))) {
    found.push({ where: `docs/workflows/${name}`, workflow: YAML.parse(read(`docs/workflows/${name}`)) });
  }
  const pages = [
    'README.md',
    ...readdirSync(path.join(ROOT, 'docs'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => `docs/${n}`),
  ];
  for (const page of pages) {
    for (const [, block] of read(page).matchAll(/```yaml\n([\s\S]*?)```/g)) {
      if (!/^jobs:/m.test(block)) continue;
      found.push({ where: page, workflow: YAML.parse(block) });
    }
  }
  return found;
}

describe('docs', () => {
  const action = YAML.parse(read('action.yml')) as { inputs: object; outputs: object };
  const page = read('docs/action.md');

  it('docs/action.md lists exactly the inputs and outputs of action.yml', () => {
    expect(tableNames(page, 'Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
    expect(tableNames(page, 'Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('every workflow the docs show declares its permissions, and none asks for write-all', () => {
    const workflows = documentedWorkflows();
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    for (const { where, workflow } of workflows) {
      const jobs = Object.values(workflow.jobs as Record<string, { permissions?: unknown }>);
      const declared =
        workflow.permissions !== undefined || jobs.every((job) => job.permissions !== undefined);
      expect(declared, `${where}: a workflow without permissions:`).toBe(true);
      expect(JSON.stringify(workflow.permissions ?? {}), where).not.toMatch(/write-all/);
    }
  });
});
