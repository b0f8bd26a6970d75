import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  FAIL_ON,
  failingFindings,
  validateCommand
} from "./chunk-6BCZVSPI.js";
import "./chunk-VNMPPSXI.js";
import "./chunk-CSFXRO25.js";
import "./chunk-ICX2WXTI.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  FAIL_ON,
  failingFindings,
  validateCommand
};
