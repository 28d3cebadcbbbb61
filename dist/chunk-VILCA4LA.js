import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import{VERSION,retry}from"./chunk-UESBFJTY.js";import"./chunk-PFW6MGGS.js";import"./chunk-XKOAMO4D.js";import"./chunk-NNUA3UWI.js";export{VERSION,retry};
