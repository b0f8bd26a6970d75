import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  deployCanaryCommand
} from "./chunk-R3NCPCWJ.js";
import "./chunk-VNN6EY3V.js";
import "./chunk-BKMQIQZV.js";
import "./chunk-UBUEO677.js";
import {
  runAction
} from "./chunk-D635OP35.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-3Z7SCD2U.js";
import "./chunk-GH6P52GL.js";
import "./chunk-JGN3KLKE.js";
import "./chunk-4CDMVODX.js";
import "./chunk-WAPB5UJP.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-AOTRAYQE.js";
import "./chunk-DDMKBD5U.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/deploy-canary/src/main.js
function run() {
  return runAction(deployCanaryCommand);
}

// build/actions/deploy-canary/src/index.js
startEntry(run);
