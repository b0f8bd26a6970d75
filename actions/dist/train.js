import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-X4L4RCH7.js";
import "./chunk-FSSRMO3K.js";
import "./chunk-PLV6C5JG.js";
import "./chunk-6GX5F3YJ.js";
import "./chunk-R5WW262S.js";
import "./chunk-QWJ6AFHF.js";
import {
  runAction
} from "./chunk-FZATRDBI.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-IRRK2DWC.js";
import "./chunk-IZXU2B5P.js";
import "./chunk-ILYO23VQ.js";
import "./chunk-TPBIJDHV.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-UP5YTCSM.js";
import "./chunk-UMBFU2GC.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
