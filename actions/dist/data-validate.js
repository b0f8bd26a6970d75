import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-ZOTJHDGE.js";
import "./chunk-WJ5PLXLG.js";
import {
  runAction
} from "./chunk-PHLEYUYZ.js";
import "./chunk-PMGKTKJG.js";
import {
  startEntry
} from "./chunk-UHR26NIE.js";
import "./chunk-4IUKCT7Q.js";
import "./chunk-UDV24HJ6.js";
import "./chunk-OJFAAGLU.js";
import "./chunk-6OFLBAFE.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-W3AL2KPI.js";
import "./chunk-CZNOSXFA.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/data-validate/src/main.js
function run() {
  return runAction(validateCommand);
}

// build/actions/data-validate/src/index.js
startEntry(run);
