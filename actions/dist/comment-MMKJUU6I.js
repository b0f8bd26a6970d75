import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  commentCommand
} from "./chunk-EJB3K3W3.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-HFLX7R5D.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  commentCommand
};
