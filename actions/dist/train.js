import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-3HOOFHQJ.js";
import "./chunk-FSSRMO3K.js";
import "./chunk-XUVLM5VC.js";
import "./chunk-4E3KCF6W.js";
import "./chunk-LUNUQRKO.js";
import "./chunk-QWJ6AFHF.js";
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

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
