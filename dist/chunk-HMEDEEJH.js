import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import{FRAMEWORKS,RULE_METADATA}from"./chunk-LRBHEHUP.js";import"./chunk-NNUA3UWI.js";export{FRAMEWORKS,RULE_METADATA};
