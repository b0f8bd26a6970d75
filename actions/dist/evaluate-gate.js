import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  evaluateGateCommand
} from "./chunk-KFEPKKE5.js";
import "./chunk-Z2DZOHTL.js";
import "./chunk-IKKHMUDP.js";
import "./chunk-KJIS7HPK.js";
import {
  runAction
} from "./chunk-DFOZRCVH.js";
import {
  startEntry
} from "./chunk-JKH7BQH4.js";
import "./chunk-6WS7H5GQ.js";
import "./chunk-XQ2B476S.js";
import "./chunk-IQUGABAQ.js";
import "./chunk-2PO6FZD4.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/evaluate-gate/src/main.js
function run() {
  return runAction(evaluateGateCommand);
}

// build/actions/evaluate-gate/src/index.js
startEntry(run);
