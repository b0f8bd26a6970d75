import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-5GRMZSCL.js";
import "./chunk-DIODKBDX.js";
import "./chunk-U4NUKV4S.js";
import "./chunk-EL432EBK.js";
import "./chunk-NDP42QWK.js";
import "./chunk-7UOPA34T.js";
import "./chunk-S7NWV2AR.js";
import {
  runAction
} from "./chunk-2CGWF6RP.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-KW4ZV3ZO.js";
import "./chunk-GH6P52GL.js";
import "./chunk-V2YBFBMT.js";
import "./chunk-UTISWOP2.js";
import "./chunk-O4XA7L5K.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-5KOAYCBV.js";
import "./chunk-EXMJMFET.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/monitor-drift/src/main.js
function run() {
  return runAction(monitorDriftCommand);
}

// build/actions/monitor-drift/src/index.js
startEntry(run);
