import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-PPY3HLJB.js";
import "./chunk-74CRNZDZ.js";
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

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
