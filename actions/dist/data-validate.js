import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-4UG6FKCN.js";
import "./chunk-A4VITVNS.js";
import "./chunk-QORKFGOO.js";
import {
  runAction
} from "./chunk-DFOZRCVH.js";
import {
  startEntry
} from "./chunk-JKH7BQH4.js";
import "./chunk-6WS7H5GQ.js";
import "./chunk-2PO6FZD4.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
