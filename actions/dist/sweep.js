import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  sweepCommand
} from "./chunk-T2VZN4Z6.js";
import {
  runAction
} from "./chunk-W46ORDD6.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-TQCDE55Q.js";
import "./chunk-ZYNN7VOC.js";
import "./chunk-GTW2NCBB.js";
import "./chunk-QAM7JGT4.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-3IA4EYRO.js";
import "./chunk-Z2TXB3IR.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/sweep/src/main.js
function run() {
  return runAction(sweepCommand);
}

// build/actions/sweep/src/index.js
startEntry(run);
