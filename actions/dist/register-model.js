import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-FRZME7BI.js";
import "./chunk-CIZBR5AI.js";
import "./chunk-KENHCZUC.js";
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
import "./chunk-7BJTYJOE.js";
import "./chunk-SY6N6I5E.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/register-model/src/main.js
function run() {
  return runAction(registerModelCommand);
}

// build/actions/register-model/src/index.js
startEntry(run);
