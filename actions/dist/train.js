import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-2CAYSVQK.js";
import "./chunk-GZECOQNH.js";
import "./chunk-OSNFLI5V.js";
import "./chunk-UF4MOABJ.js";
import "./chunk-CSFXRO25.js";
import "./chunk-NY4SPXGR.js";
import "./chunk-K25KP6ES.js";
import {
  runAction
} from "./chunk-6CDSMH72.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-A3UUXZL7.js";
import "./chunk-GH6P52GL.js";
import "./chunk-BMK7IITI.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-ZV63Y35T.js";
import "./chunk-RE2R5LSB.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
