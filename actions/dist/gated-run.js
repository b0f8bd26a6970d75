import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  gatedRunCommand
} from "./chunk-ESETBWBU.js";
import {
  runAction
} from "./chunk-H5CV3LTA.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-R47G7JW5.js";
import "./chunk-H46ABOQQ.js";
import "./chunk-2R6RGI4N.js";
import "./chunk-LZCX4XDK.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-PZYTRF3V.js";
import "./chunk-XRCHRMBV.js";
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
