import { test } from 'vitest';
import { readYamlFile } from '../../src/config/yaml.js';
import { validateInventory } from '../../src/config/validate.js';
import { findSecrets } from '../../src/config/secrets.js';
test('big', async () => {
    const w = '/tmp/yproto/big-valid';
    let t0 = Date.now();
    const f = await readYamlFile(w + '/lastseen.yml', w);
    console.log('STAGE parse', Date.now() - t0); t0 = Date.now();
    validateInventory(f, 'main');
    console.log('STAGE validate', Date.now() - t0); t0 = Date.now();
    findSecrets(f);
    console.log('STAGE secrets', Date.now() - t0); t0 = Date.now();
}, 120000);
