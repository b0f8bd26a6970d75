import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-NO24LI4D.js";
import "./chunk-HD75INKJ.js";
import "./chunk-OHFBQKYZ.js";
import "./chunk-2FQAJ5H3.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-ZM7DMLSA.js";
import {
  runAction
} from "./chunk-6DAM6FFV.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-XL6XLR4A.js";
import "./chunk-EDR4WITJ.js";
import "./chunk-GH6P52GL.js";
import "./chunk-NMMW445X.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-SQ5VJ62C.js";
import "./chunk-J4GT2FZH.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
