import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  evaluateGateCommand
} from "./chunk-4PMFHLNK.js";
import "./chunk-CIZBR5AI.js";
import "./chunk-53WVIGEJ.js";
import "./chunk-UF4MOABJ.js";
import "./chunk-CSFXRO25.js";
import "./chunk-QP7TOUWL.js";
import {
  runAction
} from "./chunk-XOFPYB45.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-GHDV723P.js";
import "./chunk-GH6P52GL.js";
import "./chunk-LOSLF7CU.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-7BJTYJOE.js";
import "./chunk-SY6N6I5E.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/evaluate-gate/src/main.js
function run() {
  return runAction(evaluateGateCommand);
}

// build/actions/evaluate-gate/src/index.js
startEntry(run);
