import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  registerModelCommand
} from "./chunk-NGCFMCME.js";
import "./chunk-XNL7T2EA.js";
import "./chunk-FDWVMIBQ.js";
import {
  runAction
} from "./chunk-I5THM6KT.js";
import {
  startEntry
} from "./chunk-AAWANCNH.js";
import "./chunk-MTPXGALO.js";
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
