import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-NDMNGCC5.js";
import "./chunk-LH6F62EY.js";
import "./chunk-Q7ESLDE7.js";
import "./chunk-RVMIEUST.js";
import "./chunk-QWJ6AFHF.js";
import "./chunk-SVJP3VEK.js";
import "./chunk-3YCULNLW.js";
import {
  runAction
} from "./chunk-UUESRXA2.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-WOL4ZH5C.js";
import "./chunk-GH6P52GL.js";
import "./chunk-HHY4NYPA.js";
import "./chunk-RDLEY5M5.js";
import "./chunk-FLF2XC5T.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-ANPGNDOX.js";
import "./chunk-FMXUIEKV.js";
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
