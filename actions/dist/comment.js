import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  commentCommand
} from "./chunk-DOI3L3XO.js";
import {
  runAction
} from "./chunk-WEJZPJPX.js";
import "./chunk-IY5J3KXJ.js";
import {
  startEntry
} from "./chunk-J2QWDLEZ.js";
import "./chunk-GH6P52GL.js";
import "./chunk-457VZENE.js";
import "./chunk-Q5IHP7HA.js";
import "./chunk-FLF2XC5T.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-ANPGNDOX.js";
import "./chunk-FMXUIEKV.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/actions/comment/src/main.js
function run() {
  return runAction(commentCommand);
}

// build/actions/comment/src/index.js
startEntry(run);
