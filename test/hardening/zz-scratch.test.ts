import { test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { scanAll, workspaceWith, inventory, userError } from './pipeline.js';
import { scan } from '../../src/scan.js';

const GHP = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const csvSource = `type: csv
path: events.csv
window: 180d
generated-at: 2026-11-24T00:00:00Z
columns: { principal: actor, at: timestamp, action: event_name }`;

test('explore', async () => {
  // 1. values echoed in reject reasons
  const rows = ['timestamp,actor,event_name', `2026-11-20T00:00:00Z,svc-one,deploy`, `${GHP},svc-one,deploy`, `2026-11-20T00:00:00Z,${GHP},deploy`, `2026-11-20T00:00:00Z,,deploy`];
  const ws = workspaceWith({ 'lastseen.yml': inventory(csvSource), 'events.csv': rows.join('\n') + '\n' });
  const out = await scanAll(ws, {});
  console.log(JSON.stringify(out.report.sources, null, 1));
  console.log('LEAK', out.all.includes(GHP), out.all.split(GHP).length - 1);
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string' && v.includes(GHP)) console.log('leak in', k);
  console.log(out.report.subjects.map(s => [s.id, s.status]));
  // 2. unclosed quote
  const ws2 = workspaceWith({ 'lastseen.yml': inventory(csvSource, ['svc-one','svc-two']), 'events.csv': ['timestamp,actor,event_name', `2026-11-20T00:00:00Z,svc-one,"deploy`, `2026-11-20T00:00:00Z,svc-two,deploy`].join('\n') + '\n' });
  const out2 = await scanAll(ws2, {});
  console.log(JSON.stringify(out2.report.sources, null, 1));
  console.log(out2.report.subjects.map(s => [s.id, s.status]));
  // 3. truncated gz
  const lines = ['timestamp,actor,event_name'];
  for (let i = 0; i < 20000; i++) lines.push(`2026-11-20T00:00:00Z,svc-${i % 3 === 0 ? 'one' : 'x' + i},deploy`);
  lines.push(`2026-11-20T00:00:00Z,svc-two,deploy`);
  const gz = gzipSync(lines.join('\n'));
  const ws3 = workspaceWith({ 'lastseen.yml': inventory(csvSource.replace('events.csv', 'events.csv.gz'), ['svc-one','svc-two']), 'events.csv.gz': gz.subarray(0, gz.length / 2) });
  const out3 = await scanAll(ws3, {});
  console.log(JSON.stringify({ ...out3.report.sources[0], errors: out3.report.sources[0].errors.slice(-2) }, null, 1));
  console.log(out3.report.subjects.filter(s => s.declared).map(s => [s.id, s.status]));
  // 4. outside paths
  for (const p of ['../x.csv', '/etc/passwd', '../../*.csv']) {
    const ws4 = workspaceWith({ 'lastseen.yml': inventory(csvSource.replace('events.csv', p)) });
    console.log(p, await userError(scan({ workspace: ws4 })).catch(e => 'THREW ' + e));
  }
}, 60000);
