import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-2U3OTKOO.js";
import "./chunk-C5JIKMFM.js";
import "./chunk-U6FVQSRK.js";
import "./chunk-XFQBMUSO.js";
import "./chunk-QWJ6AFHF.js";
import "./chunk-LDGOLJVR.js";
import "./chunk-7F4IVDUP.js";
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

// build/actions/monitor-drift/src/main.js
function run() {
  return runAction(monitorDriftCommand);
}

// build/actions/monitor-drift/src/index.js
startEntry(run);
