import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  deployCanaryCommand
} from "./chunk-VTJQC77K.js";
import "./chunk-TI52DBW3.js";
import "./chunk-OLHGRETQ.js";
import "./chunk-F5IBZE3A.js";
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
import "./chunk-DXXQZEKL.js";
import "./chunk-HFLX7R5D.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  deployCanaryCommand
};
