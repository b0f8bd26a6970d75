import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-DG3SP2TC.js";
import "./chunk-QCZLBEZM.js";
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
import "./chunk-JICB2NHH.js";
import "./chunk-SY6N6I5E.js";
import "./chunk-ICLJS6T6.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/register-model/src/main.js
function run() {
  return runAction(registerModelCommand);
}

// build/actions/register-model/src/index.js
startEntry(run);
