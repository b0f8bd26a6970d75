import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  gatedRunCommand
} from "./chunk-4PEJUU2B.js";
import {
  runAction
} from "./chunk-AWML2E2L.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-NT4U44PE.js";
import "./chunk-6UGOIX4H.js";
import "./chunk-PCT4KKZQ.js";
import "./chunk-TPBIJDHV.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-UP5YTCSM.js";
import "./chunk-UMBFU2GC.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/gated-run/src/main.js
function run() {
  return runAction(gatedRunCommand);
}

// build/actions/gated-run/src/index.js
startEntry(run);
