import { test } from 'vitest';
import { scan } from '../../src/scan.js';
import { redactReport } from '../../src/report/redact.js';
import { renderJson } from '../../src/report/json.js';

test('diff', async () => {
  for (const [ws, cfg] of [['examples/demo', undefined], ['/tmp/h8/ws10k', undefined]] as const) {
    const { report } = await scan({ workspace: ws, config: cfg, now: Date.parse('2026-11-25T12:00:00Z') });
    const t = Date.now();
    const r = redactReport(report);
    console.log('redact ms', Date.now() - t);
    const a = renderJson(report).split('\n'), b = renderJson(r).split('\n');
    let n = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && n++ < 10) console.log('-', a[i], '\n+', b[i]);
    console.log('changed lines', n);
  }
}, 120000);
