import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  TRAIN_TASKS,
  trainCommand
} from "./chunk-WG3P7DTG.js";
import "./chunk-WWXMIKSX.js";
import "./chunk-FSSRMO3K.js";
import "./chunk-ETEG5YVF.js";
import "./chunk-H7BHQIQP.js";
import "./chunk-GHFWL6K4.js";
import "./chunk-JNARONPC.js";
import "./chunk-UVFYGNMJ.js";
import "./chunk-M5EZOYFH.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-HGTAJUI6.js";
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
  TRAIN_TASKS,
  trainCommand
};
