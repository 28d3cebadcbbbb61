import { test } from 'vitest';
import { readText } from '../helpers/read-text.js';
import { readerFor, sourceTypes } from '../../src/sources/registry.js';

const cases: Record<string, string> = {
  deepObjLine: '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000) + '\n',
  deepDoc: '{\n  "items": ' + '['.repeat(300_000) + ']'.repeat(300_000) + '\n}',
  deepObjDoc: '{\n  "value": ' + '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000) + '\n}',
};
const OPTS: Record<string, Record<string, unknown>> = { csv: { columns: { principal: 'a', at: 'b' } }, jsonl: { columns: { principal: 'x.y', at: 'b' } } };
test('explore', async () => {
  for (const type of sourceTypes()) for (const [name, text] of Object.entries(cases)) {
    const reader = readerFor(type)!;
    const t = Date.now();
    try {
      const out = await readText(reader, text, OPTS[type] ?? {});
      console.log(type.padEnd(26), name.padEnd(12), Date.now() - t, 'ms', out.accepted, JSON.stringify(out.rejected).slice(0, 150));
    } catch (e) { console.log(type.padEnd(26), name, 'THREW', String(e).slice(0, 150)); }
  }
}, 120000);
