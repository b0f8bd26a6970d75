import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-6NWIBG7H.js";
import "./chunk-QORKFGOO.js";
import "./chunk-IKKHMUDP.js";
import "./chunk-KJIS7HPK.js";
import {
  runAction
} from "./chunk-DFOZRCVH.js";
import {
  startEntry
} from "./chunk-JKH7BQH4.js";
import "./chunk-6WS7H5GQ.js";
import "./chunk-WGD2N4ID.js";
import "./chunk-XQ2B476S.js";
import "./chunk-IQUGABAQ.js";
import "./chunk-2PO6FZD4.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
