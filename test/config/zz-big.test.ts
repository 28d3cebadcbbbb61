import { test } from 'vitest';
import { readYamlFile } from '../../src/config/yaml.js';
import { validateInventory } from '../../src/config/validate.js';
import { normaliseIdentities } from '../../src/config/normalise.js';
import { findSecrets } from '../../src/config/secrets.js';
test('big', async () => {
  for (const w of ['/tmp/yproto/big-valid']) {
    let t0 = Date.now();
    const f = await readYamlFile(w + '/lastseen.yml', w);
    console.log('parse', Date.now() - t0); t0 = Date.now();
    validateInventory(f, 'main');
    console.log('validate', Date.now() - t0); t0 = Date.now();
    const ids = normaliseIdentities(f, (f.data as any).identities);
    console.log('normalise', ids.length, Date.now() - t0); t0 = Date.now();
  }
}, 120000);
