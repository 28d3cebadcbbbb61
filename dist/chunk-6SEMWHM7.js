import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import{createRequire}from"node:module";var load=createRequire(import.meta.url),zlib,crypto;function zlibModule(){return zlib??=load("node:zlib")}function createHash(algorithm){return(crypto??=load("node:crypto")).createHash(algorithm)}export{zlibModule,createHash};
