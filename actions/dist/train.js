import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  trainCommand
} from "./chunk-N2RUJWMN.js";
import "./chunk-QORKFGOO.js";
import "./chunk-IKKHMUDP.js";
import "./chunk-5JDNML4S.js";
import {
  runAction
} from "./chunk-MHDGCECL.js";
import {
  startEntry
} from "./chunk-U2DNRNTK.js";
import "./chunk-DN2YYTMV.js";
import "./chunk-WGD2N4ID.js";
import "./chunk-XQ2B476S.js";
import "./chunk-IQUGABAQ.js";
import "./chunk-2PO6FZD4.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-CFWYS4TL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/train/src/main.js
function run() {
  return runAction(trainCommand);
}

// build/actions/train/src/index.js
startEntry(run);
