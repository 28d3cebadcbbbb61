import { test } from 'vitest';
import { scanAll, workspaceWith, inventory } from './pipeline.js';
import { scan } from '../../src/scan.js';

test('explore 10k', async () => {
  const N = 10000;
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push(`svc-${i}`);
  const src = `type: csv
path: events.csv
window: 180d
platform: acme
generated-at: 2026-11-24T00:00:00Z
columns: { principal: actor, at: timestamp, action: event_name }`;
  const inv = inventory(src, ids).replace(/kind: service-account/g, 'kind: service-account, platform: acme');
  const rows = ['timestamp,actor,event_name'];
  for (let i = 0; i < N * 3; i++) rows.push(`2026-${i % 2 ? '11' : '04'}-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z,svc-${i % (N + 500)},deploy`);
  const ws = workspaceWith({ 'lastseen.yml': inv, 'events.csv': rows.join('\n') + '\n' });
  let t = Date.now();
  const r = await scan({ workspace: ws, now: Date.parse('2026-11-25T12:00:00Z') });
  console.log('scan ms', Date.now() - t, r.report.findings.length, r.report.subjects.length);
  t = Date.now();
  const out = await scanAll(ws);
  console.log('scan+render ms', Date.now() - t);
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') console.log(k, v.length, Buffer.byteLength(v));
}, 300000);
