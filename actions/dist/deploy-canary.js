import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  deployCanaryCommand
} from "./chunk-5W2PIP3A.js";
import "./chunk-FSX2HQZ5.js";
import "./chunk-HENSGZM3.js";
import "./chunk-Z5BBGLGN.js";
import {
  runAction
} from "./chunk-7X37UTIP.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-6JOWR2GR.js";
import "./chunk-GH6P52GL.js";
import "./chunk-R5OUQRTO.js";
import "./chunk-XCHR3HGD.js";
import "./chunk-KIEMXOOI.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-GE7A4YQT.js";
import "./chunk-NRCP47KL.js";
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
