import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-JFMSQ7K4.js";
import "./chunk-7OENE6JI.js";
import "./chunk-4AXF44X4.js";
import "./chunk-UF4MOABJ.js";
import "./chunk-CSFXRO25.js";
import "./chunk-OXB76DOU.js";
import {
  runAction
} from "./chunk-LXT5PCEM.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-JD3RXX6B.js";
import "./chunk-GH6P52GL.js";
import "./chunk-J5A52GCJ.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-JICB2NHH.js";
import "./chunk-SY6N6I5E.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
