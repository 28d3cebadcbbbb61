// Terraform in JSON: configuration in JSON syntax (`.tf.json`), and the plans and states that
// `terraform show -json` writes. A plan or state holds the values Terraform resolved (a user name that
// came from a variable, say), so it names what the configuration alone cannot. JSON keeps no positions,
// so each resource's line is found in the text: its `"address"` in a plan or state, its name key after
// its type key in configuration.
import type { DiscoveredPrincipal, DiscoveryProblem } from './types.js';
import { declarationFor } from './terraform-resources.js';

export interface TerraformJsonDeclarations {
  principals: DiscoveredPrincipal[];
  problems: DiscoveryProblem[];
  /** False when the JSON is neither Terraform configuration nor a plan or state. */
  recognised: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `.tf.json` configuration or `terraform show -json` output; anything else is not recognised. */
export function readTerraformJson(source: string, path: string): TerraformJsonDeclarations {
  const out: TerraformJsonDeclarations = { principals: [], problems: [], recognised: false };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    if (path.endsWith('.tf.json')) {
      out.recognised = true;
      out.problems.push({
        path,
        line: 1,
        reason: `not valid JSON: ${(error as Error).message.slice(0, 120)}`,
      });
    }
    return out;
  }
  if (!isObject(data)) return out;
  const lines = new LineIndex(source);
  if (
    typeof data.format_version === 'string' &&
    (isObject(data.planned_values) || isObject(data.values) || Array.isArray(data.resource_changes))
  ) {
    out.recognised = true;
    readPlanOrState(data, path, lines, out);
  } else if (path.endsWith('.tf.json') || isObject(data.resource)) {
    out.recognised = true;
    readConfiguration(data, path, lines, out);
  }
  return out;
}

function readPlanOrState(data: Json, path: string, lines: LineIndex, out: TerraformJsonDeclarations): void {
  const seen = new Set<string>();
  const add = (resource: Json, values: unknown) => {
    const address = typeof resource.address === 'string' ? resource.address : undefined;
    const type = typeof resource.type === 'string' ? resource.type : undefined;
    const name = typeof resource.name === 'string' ? resource.name : undefined;
    if (!address || !type || !name || (resource.mode !== undefined && resource.mode !== 'managed')) return;
    // One principal per resource block: the instances of a count or for_each share its declaration.
    const blockAddress = address.replace(/\[[^\]]*\]/g, '');
    if (seen.has(blockAddress)) return;
    seen.add(blockAddress);
    const line =
      lines.lineOf(`"address":${JSON.stringify(address)}`) ?? lines.lineOf(JSON.stringify(address)) ?? 1;
    const found = declarationFor(
      type,
      name,
      isObject(values) ? values : {},
      { path, line },
      'terraform-json',
      blockAddress,
    );
    if (found) out.principals.push(found);
  };
  const walkModule = (module: unknown) => {
    if (!isObject(module)) return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (isObject(resource)) add(resource, resource.values);
    }
    for (const childModule of Array.isArray(module.child_modules) ? module.child_modules : [])
      walkModule(childModule);
  };
  const values = isObject(data.planned_values)
    ? data.planned_values
    : isObject(data.values)
      ? data.values
      : undefined;
  walkModule(values?.root_module);
  // A plan's resource changes name what planned_values may leave out; a deleted resource declares nothing.
  for (const change of Array.isArray(data.resource_changes) ? data.resource_changes : []) {
    if (!isObject(change) || !isObject(change.change)) continue;
    const actions = Array.isArray(change.change.actions) ? change.change.actions : [];
    if (actions.length === 1 && actions[0] === 'delete') continue;
    add(change, change.change.after);
  }
}

function readConfiguration(data: Json, path: string, lines: LineIndex, out: TerraformJsonDeclarations): void {
  const resources = data.resource;
  // JSON syntax allows the resource object, or an array of such objects.
  for (const group of Array.isArray(resources) ? resources : [resources]) {
    if (!isObject(group)) continue;
    for (const [type, byName] of Object.entries(group)) {
      for (const byNameGroup of Array.isArray(byName) ? byName : [byName]) {
        if (!isObject(byNameGroup)) continue;
        for (const [name, body] of Object.entries(byNameGroup)) {
          const line = lines.lineAfter(JSON.stringify(type), JSON.stringify(name)) ?? 1;
          const resolved = Array.isArray(body) ? body[0] : body;
          const found = declarationFor(
            type,
            name,
            isObject(resolved) ? resolved : {},
            { path, line },
            'terraform-json',
          );
          if (found) out.principals.push(found);
        }
      }
    }
  }
}

/** Finds where text occurs, as a 1-based line, ignoring the whitespace JSON allows around `:`. */
class LineIndex {
  private readonly compact: string;
  /** For each character of `compact`, its line in the source. */
  private readonly lineAt: Uint32Array;

  constructor(source: string) {
    let line = 1;
    const chars: string[] = [];
    const lineAt: number[] = [];
    let inString = false;
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      if (c === '\n') line++;
      if (inString) {
        if (c === '\\') {
          chars.push(c, source[i + 1] ?? '');
          lineAt.push(line, line);
          i++;
          continue;
        }
        if (c === '"') inString = false;
      } else if (c === '"') {
        inString = true;
      } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        continue;
      }
      chars.push(c);
      lineAt.push(line);
    }
    this.compact = chars.join('');
    this.lineAt = Uint32Array.from(lineAt);
  }

  lineOf(needle: string, from = 0): number | undefined {
    const at = this.compact.indexOf(needle, from);
    return at === -1 ? undefined : this.lineAt[at];
  }

  /** The line of `key` as an object key after the first `typeKey` object key. */
  lineAfter(typeKey: string, key: string): number | undefined {
    let from = 0;
    for (;;) {
      const typeAt = this.compact.indexOf(`${typeKey}:`, from);
      if (typeAt === -1) return undefined;
      const at = this.compact.indexOf(`${key}:`, typeAt + typeKey.length);
      if (at !== -1) return this.lineAt[at];
      from = typeAt + 1;
    }
  }
}
