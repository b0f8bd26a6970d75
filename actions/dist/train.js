import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-TM4YEP43.js";
import "./chunk-G6BHTH3R.js";
import "./chunk-5UUQT7JE.js";
import "./chunk-UF4MOABJ.js";
import "./chunk-CSFXRO25.js";
import "./chunk-OQYQSZAJ.js";
import {
  runAction
} from "./chunk-RGBGM3TW.js";
import {
  startEntry
} from "./chunk-M5TKE2O5.js";
import "./chunk-ITYTPUNX.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-P7XBGAJ5.js";
import "./chunk-CH7VHWQL.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
