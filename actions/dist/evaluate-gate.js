import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  evaluateGateCommand
} from "./chunk-6652Q5SV.js";
import "./chunk-XNL7T2EA.js";
import "./chunk-IKKHMUDP.js";
import "./chunk-FDWVMIBQ.js";
import {
  runAction
} from "./chunk-I5THM6KT.js";
import {
  startEntry
} from "./chunk-AAWANCNH.js";
import "./chunk-MTPXGALO.js";
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
