import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  evaluateGateCommand
} from "./chunk-C7UK7C2Q.js";
import "./chunk-3WGRRZ7Q.js";
import "./chunk-QWJ6AFHF.js";
import "./chunk-CKIQVX7N.js";
import "./chunk-RW6SUK6P.js";
import {
  runAction
} from "./chunk-LCQLPPDS.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-QKAV5DUV.js";
import "./chunk-GH6P52GL.js";
import "./chunk-7MTKIDMV.js";
import "./chunk-QRJHSWVK.js";
import "./chunk-2R27Q32V.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-6N2XXUNM.js";
import "./chunk-L3ON74PK.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/evaluate-gate/src/main.js
function run() {
  return runAction(evaluateGateCommand);
}

// build/actions/evaluate-gate/src/index.js
startEntry(run);
