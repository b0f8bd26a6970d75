import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-47L5X3BX.js";
import "./chunk-ACAHUDQ6.js";
import "./chunk-G6BHTH3R.js";
import "./chunk-CSFXRO25.js";
import {
  runAction
} from "./chunk-RGBGM3TW.js";
import {
  startEntry
} from "./chunk-M5TKE2O5.js";
import "./chunk-ITYTPUNX.js";
import "./chunk-CH7VHWQL.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
