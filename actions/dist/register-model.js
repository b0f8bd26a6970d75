import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-DNMZRU66.js";
import "./chunk-XZIJ3L6Y.js";
import "./chunk-OQYQSZAJ.js";
import {
  runAction
} from "./chunk-RGBGM3TW.js";
import {
  startEntry
} from "./chunk-M5TKE2O5.js";
import "./chunk-ITYTPUNX.js";
import "./chunk-P7XBGAJ5.js";
import "./chunk-CH7VHWQL.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/register-model/src/main.js
function run() {
  return runAction(registerModelCommand);
}

// build/actions/register-model/src/index.js
startEntry(run);
