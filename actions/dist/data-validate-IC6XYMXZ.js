import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  FAIL_ON,
  failingFindings,
  validateCommand
} from "./chunk-PPY3HLJB.js";
import "./chunk-74CRNZDZ.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PBV57VML.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-MDR35TMB.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-SITLVAMB.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  FAIL_ON,
  failingFindings,
  validateCommand
};
