import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  OPERATIONS,
  registerModelCommand
} from "./chunk-2XTR74PK.js";
import "./chunk-R7P7VRYA.js";
import "./chunk-XR2R35AG.js";
import "./chunk-FBGVVBEW.js";
import "./chunk-3Q6UIE65.js";
import "./chunk-YW5RGEFD.js";
import "./chunk-6GY6MLHU.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PQ7PV5XT.js";
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
