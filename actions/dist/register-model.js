import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-VLHKO2VF.js";
import "./chunk-43HFISRN.js";
import "./chunk-5JDNML4S.js";
import {
  runAction
} from "./chunk-MHDGCECL.js";
import {
  startEntry
} from "./chunk-U2DNRNTK.js";
import "./chunk-DN2YYTMV.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/register-model/src/main.js
function run() {
  return runAction(registerModelCommand);
}

// build/actions/register-model/src/index.js
startEntry(run);
