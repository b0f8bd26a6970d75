import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  evaluateGateCommand
} from "./chunk-QNOK4SYM.js";
import "./chunk-ZRSCJZRL.js";
import "./chunk-TKBHIG5H.js";
import "./chunk-NDP42QWK.js";
import {
  runAction
} from "./chunk-IAVVTSTD.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-F75RSWQB.js";
import "./chunk-7VNRWLDN.js";
import "./chunk-GH6P52GL.js";
import "./chunk-NMMW445X.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-DEIKRQQ2.js";
import "./chunk-J4GT2FZH.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/evaluate-gate/src/main.js
function run() {
  return runAction(evaluateGateCommand);
}

// build/actions/evaluate-gate/src/index.js
startEntry(run);
