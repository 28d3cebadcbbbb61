import { test } from 'vitest';
import { workspaceWith, userError } from './pipeline.js';
import { loadConfig } from '../../src/config/index.js';

const GHP = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const cases: Record<string, string | Buffer> = {
  dupKey: `version: 1\nidentities:\n  - id: a\n    ${GHP}: 1\n    ${GHP}: 2\n`,
  badIndent: `version: 1\nidentities:\n  - id: a\n   owner: ${GHP}\n`,
  unknownKey: `version: 1\nidentities:\n  - id: a\n    kind: service-account\n    ${GHP}: x\n`,
  badOwner: `version: 1\nidentities:\n  - id: a\n    kind: ${GHP}\n`,
  badId: `version: 1\nidentities:\n  - id: "${GHP} x"\n    kind: service-account\n`,
  tag: `version: 1\nidentities: !!${GHP} []\n`,
  anchorUnknown: `version: 1\nidentities: *${GHP}\n`,
  flowBad: `version: 1\nidentities: [ {id: a, owner: ${GHP}\n`,
  quoteBad: `version: 1\nidentities:\n  - id: "${GHP}\n`,
  badDuration: `version: 1\npolicy:\n  inactive-after: ${GHP}\n`,
  badDate: `version: 1\nidentities:\n  - id: a\n    kind: service-account\n    created: ${GHP}\n`,
  badType: `version: 1\nsources:\n  - type: ${GHP}\n    path: x.csv\n`,
  include: `version: 1\ninclude: "${GHP}/*.yml"\n`,
  sourcePath: `version: 1\nsources:\n  - type: csv\n    path: ${GHP}.csv\n    columns: { principal: a, use: b }\n`,
  stores: `version: 1\nidentities:\n  - id: abc\n    kind: secret\n    stores: ${GHP}\n  - id: ghp-x\n    kind: secret\n`,
  nul: Buffer.concat([Buffer.from(`version: 1\n# ${GHP}`), Buffer.from([0]), Buffer.from('\n')]),
  nonUtf8: Buffer.concat([Buffer.from(`version: 1\n# ${GHP} `), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
};
test('explore', async () => {
  for (const [name, text] of Object.entries(cases)) {
    const ws = workspaceWith({ 'lastseen.yml': text });
    const msg = await userError(loadConfig({ workspace: ws })).catch((e) => 'NOT USER ERROR ' + e);
    console.log(name.padEnd(14), msg.includes('A1b2C3d4') ? 'LEAK' : 'ok  ', msg.slice(0, 300));
  }
}, 60000);
