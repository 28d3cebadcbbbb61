// The config/ stage: lastseen.yml → the normalised Config of src/model/config.ts (DESIGN.md §2).
export {
  CONFIG_LOOKUP,
  findConfigPath,
  loadConfig,
  MAX_INCLUDED_FILES,
  MAX_INVENTORY_BYTES,
  type LoadOptions,
} from './load.js';
export { DEFAULT_DISCOVER_PATHS, DEFAULT_SCHEDULE_TOLERANCE } from './normalise.js';
export { looksLikeSecret, redact, type SecretContext } from './secrets.js';
export { schema } from './schema.js';
export { parseConfigDate, parseDuration } from './values.js';
export { MAX_ALIAS_COUNT, MAX_CONFIG_BYTES, MAX_DEPTH, MAX_NESTED_LIST } from './yaml.js';
