import { test } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
test('big', async () => {
  for (const w of ['/tmp/yproto/big-valid', '/tmp/yproto/big-bad']) {
    const t0 = Date.now();
    try { const c = await loadConfig({ workspace: w }); console.log('RESULT', w, c.identities.length, Date.now() - t0, 'ms'); }
    catch (e) { console.log('RESULT', w, (e as Error).message.slice(0, 400), Date.now() - t0, 'ms'); }
  }
}, 120000);
