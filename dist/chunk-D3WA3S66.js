import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import{Octokit}from"./chunk-QPPMAAK3.js";import"./chunk-XKOAMO4D.js";import"./chunk-NNUA3UWI.js";export{Octokit};
