import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  gatedRunCommand
} from "./chunk-F2NT6HUD.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-XD3J7DWI.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-J4NXEE33.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-TMZYQTER.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  gatedRunCommand
};
