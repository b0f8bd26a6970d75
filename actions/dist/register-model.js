import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-V64HELXB.js";
import "./chunk-NTANXIS5.js";
import "./chunk-BU6BHNUA.js";
import "./chunk-VR7YJJPJ.js";
import "./chunk-YNN5RHVG.js";
import {
  runAction
} from "./chunk-HAC4ECEK.js";
import "./chunk-CFWYS4TL.js";
import {
  startEntry
} from "./chunk-6EFXRGUS.js";
import "./chunk-GH6P52GL.js";
import "./chunk-LMM6OP4R.js";
import "./chunk-UTISWOP2.js";
import "./chunk-ZSBEVMMK.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-5KOAYCBV.js";
import "./chunk-EXMJMFET.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/register-model/src/main.js
function run() {
  return runAction(registerModelCommand);
}

// build/actions/register-model/src/index.js
startEntry(run);
