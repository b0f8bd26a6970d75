import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-5XMDF2WB.js";
import "./chunk-Z2DZOHTL.js";
import "./chunk-KJIS7HPK.js";
import {
  runAction
} from "./chunk-DFOZRCVH.js";
import {
  startEntry
} from "./chunk-JKH7BQH4.js";
import "./chunk-6WS7H5GQ.js";
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
