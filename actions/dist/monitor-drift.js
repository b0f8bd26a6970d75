import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-DAWKQZSV.js";
import "./chunk-DIODKBDX.js";
import "./chunk-U4NUKV4S.js";
import "./chunk-J4ABQ74P.js";
import "./chunk-NDP42QWK.js";
import "./chunk-BU6BHNUA.js";
import "./chunk-VR7YJJPJ.js";
import "./chunk-YNN5RHVG.js";
import {
  runAction
} from "./chunk-HAC4ECEK.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-6EFXRGUS.js";
import "./chunk-GH6P52GL.js";
import "./chunk-LMM6OP4R.js";
import "./chunk-UTISWOP2.js";
import "./chunk-ZSBEVMMK.js";
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
