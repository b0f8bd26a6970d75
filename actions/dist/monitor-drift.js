import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-BXWIOK5K.js";
import "./chunk-CRCPWCNK.js";
import "./chunk-PV3I4J2B.js";
import "./chunk-XDLUNN45.js";
import "./chunk-QWJ6AFHF.js";
import "./chunk-4RAS3DC7.js";
import "./chunk-RHXGDVWC.js";
import {
  runAction
} from "./chunk-YFWD7CB4.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-4DRB5CHW.js";
import "./chunk-GH6P52GL.js";
import "./chunk-OIFSEMBK.js";
import "./chunk-4BURLU5C.js";
import "./chunk-P55PBATI.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-UHLT366K.js";
import "./chunk-3LY6XCZU.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/monitor-drift/src/main.js
function run() {
  return runAction(monitorDriftCommand);
}

// build/actions/monitor-drift/src/index.js
startEntry(run);
