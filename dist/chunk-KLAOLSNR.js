import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import{throttling}from"./chunk-L37VX6PQ.js";import"./chunk-PFW6MGGS.js";import"./chunk-NNUA3UWI.js";export{throttling};
