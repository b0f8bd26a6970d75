import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-JFFWJCGK.js";
import "./chunk-22SQIQHX.js";
import {
  runAction
} from "./chunk-FZATRDBI.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-IRRK2DWC.js";
import "./chunk-IZXU2B5P.js";
import "./chunk-ILYO23VQ.js";
import "./chunk-TPBIJDHV.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-UP5YTCSM.js";
import "./chunk-UMBFU2GC.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
