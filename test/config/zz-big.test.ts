import { test } from 'vitest';
import { readYamlFile } from '../../src/config/yaml.js';
import { validateInventory } from '../../src/config/validate.js';
test('big', async () => {
    const w = '/tmp/yproto/big-bad';
    let t0 = Date.now();
    const f = await readYamlFile(w + '/lastseen.yml', w);
    console.log('STAGE parse', Date.now() - t0); t0 = Date.now();
    try { validateInventory(f, 'main'); } catch (e) { console.log('STAGE msg', (e as Error).message.slice(0, 500)); }
    console.log('STAGE validate', Date.now() - t0); t0 = Date.now();
}, 300000);
