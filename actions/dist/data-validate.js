import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-6BCZVSPI.js";
import "./chunk-VNMPPSXI.js";
import "./chunk-CSFXRO25.js";
import "./chunk-ICX2WXTI.js";
import {
  runAction
} from "./chunk-CHCQUIEW.js";
import "./chunk-IY5J3KXJ.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import {
  startEntry
} from "./chunk-JLSX2KCJ.js";
import "./chunk-H5GLXGL2.js";
import "./chunk-DXXQZEKL.js";
import "./chunk-HFLX7R5D.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
