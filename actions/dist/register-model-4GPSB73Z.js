import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  OPERATIONS,
  registerModelCommand
} from "./chunk-467QQYQG.js";
import "./chunk-QJFMXRSK.js";
import "./chunk-VY2PIYLY.js";
import "./chunk-CVS2V723.js";
import "./chunk-C44SQD7W.js";
import "./chunk-O5FMV5J5.js";
import "./chunk-6BUB7Q7S.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PBV57VML.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-4UOEM2RT.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-MDR35TMB.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-SITLVAMB.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  OPERATIONS,
  registerModelCommand
};
