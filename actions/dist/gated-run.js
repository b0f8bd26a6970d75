import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  gatedRunCommand
} from "./chunk-X4ICDRZP.js";
import {
  runAction
} from "./chunk-5PIMBKOW.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-2QPTGCDG.js";
import "./chunk-BQ73ZHPY.js";
import "./chunk-MWNVSW5J.js";
import "./chunk-42EQIUTJ.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-TUHX2HIV.js";
import "./chunk-ALJFIFBN.js";
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
