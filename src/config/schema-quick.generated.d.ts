// Types of src/config/schema-quick.generated.js (scripts/gen-schema.mjs): ajv standalone validators.
import type { ValidateFunction } from 'ajv';

export declare const main: ValidateFunction;
export declare const included: ValidateFunction;
