import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-XQEGNR63.js";
import "./chunk-GBP3PFTM.js";
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

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
