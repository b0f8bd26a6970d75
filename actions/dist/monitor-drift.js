import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-E7CGFSR6.js";
import "./chunk-7G6UIARW.js";
import "./chunk-K4JYCQVM.js";
import "./chunk-TTTTNXIP.js";
import "./chunk-GHFWL6K4.js";
import "./chunk-VY2PIYLY.js";
import "./chunk-CVS2V723.js";
import "./chunk-C44SQD7W.js";
import "./chunk-O5FMV5J5.js";
import "./chunk-6BUB7Q7S.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PBV57VML.js";
import {
  runAction
} from "./chunk-2LAYMVVQ.js";
import "./chunk-IY5J3KXJ.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import {
  startEntry
} from "./chunk-VVFTIYQH.js";
import "./chunk-5GXVLAPJ.js";
import "./chunk-DXXQZEKL.js";
import "./chunk-4UOEM2RT.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-MDR35TMB.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-SITLVAMB.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/monitor-drift/src/main.js
function run() {
  return runAction(monitorDriftCommand);
}

// build/actions/monitor-drift/src/index.js
startEntry(run);
