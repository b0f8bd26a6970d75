import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-63BDGR77.js";
import "./chunk-A4I2BYIS.js";
import "./chunk-7OENE6JI.js";
import "./chunk-CSFXRO25.js";
import {
  runAction
} from "./chunk-XOFPYB45.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-GHDV723P.js";
import "./chunk-GH6P52GL.js";
import "./chunk-LOSLF7CU.js";
import "./chunk-SY6N6I5E.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
