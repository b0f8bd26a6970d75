import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-NRKLGHZ2.js";
import "./chunk-M2FO7535.js";
import "./chunk-GZECOQNH.js";
import "./chunk-CSFXRO25.js";
import {
  runAction
} from "./chunk-6CDSMH72.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-A3UUXZL7.js";
import "./chunk-GH6P52GL.js";
import "./chunk-BMK7IITI.js";
import "./chunk-RE2R5LSB.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
