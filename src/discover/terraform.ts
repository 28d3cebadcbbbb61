// Terraform configuration (`.tf`): parsed by a real HCL 2 parser (hcl2-parser, HashiCorp's hcl
// compiled to JavaScript: no native binary, no download), with each resource's line found by
// locateBlocks, since the parser reports structure but no positions.
import type { DiscoveredPrincipal, DiscoveryProblem } from './types.js';
import { locateBlocks } from './hcl-locate.js';
import { declarationFor } from './terraform-resources.js';

type Parse = (input: string) => [unknown, unknown];
let parser: Parse | undefined;

/** Loaded on first use (a dynamic import, which the bundler keeps lazy): the parser is large and most scans read no Terraform. */
async function parseHcl(source: string): Promise<unknown> {
  if (!parser) {
    const loaded = (await import('hcl2-parser')) as {
      parseToObject?: Parse;
      default?: { parseToObject: Parse };
    };
    parser = loaded.parseToObject ?? loaded.default!.parseToObject;
  }
  const [value, error] = parser(source);
  // The parser signals failure with a null value (its error object carries no message).
  if (
    value === null ||
    value === undefined ||
    (error !== null && error !== undefined && !isEmptyObject(error))
  ) {
    return undefined;
  }
  return value;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

export interface TerraformDeclarations {
  principals: DiscoveredPrincipal[];
  problems: DiscoveryProblem[];
}

/** The identities one `.tf` file declares (`path` relative to the workspace). */
export async function readTerraform(source: string, path: string): Promise<TerraformDeclarations> {
  const out: TerraformDeclarations = { principals: [], problems: [] };
  const parsed = await parseHcl(source);
  if (typeof parsed !== 'object' || parsed === null) {
    out.problems.push({ path, line: 1, reason: 'not valid HCL: terraform validate will say where' });
    return out;
  }
  const resources = (parsed as { resource?: unknown }).resource;
  if (typeof resources !== 'object' || resources === null) return out;

  // Lines of each resource header, in source order, by type and name (a repeated name keeps its order).
  const lines = new Map<string, number[]>();
  for (const block of locateBlocks(source)) {
    if (block.type !== 'resource' || block.labels.length !== 2) continue;
    const key = `${block.labels[0]}.${block.labels[1]}`;
    const list = lines.get(key) ?? [];
    list.push(block.line);
    lines.set(key, list);
  }

  for (const [type, byName] of Object.entries(resources as Record<string, unknown>)) {
    if (typeof byName !== 'object' || byName === null) continue;
    for (const [name, bodies] of Object.entries(byName as Record<string, unknown>)) {
      const list = Array.isArray(bodies) ? bodies : [bodies];
      list.forEach((body, i) => {
        const line = lines.get(`${type}.${name}`)?.[i];
        if (line === undefined) {
          out.problems.push({
            path,
            line: 1,
            reason: `resource ${type}.${name}: its line could not be found`,
          });
        }
        const found = declarationFor(
          type,
          name,
          (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>,
          { path, line: line ?? 1 },
          'terraform',
        );
        if (found) out.principals.push(found);
      });
    }
  }
  // The parser sorts by type and name; source order is what a reader of the file expects.
  out.principals.sort((a, b) => a.location.line - b.location.line);
  return out;
}
