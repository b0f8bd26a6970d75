import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  deployCanaryCommand
} from "./chunk-LUC7E5YP.js";
import "./chunk-OLL7AKXN.js";
import "./chunk-U4YPDFNM.js";
import "./chunk-CAFDLCOP.js";
import {
  runAction
} from "./chunk-2F3VCFWM.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-Z7Z6HYRT.js";
import "./chunk-ZJAKHBY4.js";
import "./chunk-MCD6COLI.js";
import "./chunk-WWWFI6LZ.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-5LJQAEMY.js";
import "./chunk-YFNGZHGI.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/actions/deploy-canary/src/main.js
function run() {
  return runAction(deployCanaryCommand);
}

// build/actions/deploy-canary/src/index.js
startEntry(run);
