// Remediation hints are templates in rules/*.yml ({{subject}}, {{credential}}, …). The engine fills
// the values every finding has; rules add their own (threshold, expires, saving, …).

/** The placeholders a remediation template may use (schema/rule.schema.json lists the same). */
export const TEMPLATE_VARIABLES = [
  'subject',
  'owner',
  'credential',
  'kind',
  'platform',
  'threshold',
  'location',
  'config',
  'source',
  'secret',
  'rule',
  'until',
  'expires',
  'renews',
  'saving',
  'reason',
  'state',
  'successor',
] as const;

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Fills a template. A value that is missing stays visible as `<name>`, so a hint never silently
 * loses a word.
 */
export function renderTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => values[name] ?? `<${name}>`).trim();
}
