import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  OPERATIONS,
  registerModelCommand
} from "./chunk-HBBPHXM5.js";
import "./chunk-5EODR3GS.js";
import "./chunk-MHPVZDQR.js";
import "./chunk-Z7M5Y32A.js";
import "./chunk-YBSDRXED.js";
import "./chunk-L4Y6R6BW.js";
import "./chunk-QHMMZTHE.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-2DR5HSPK.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-XD3J7DWI.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-J4NXEE33.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-TMZYQTER.js";
import "./chunk-DPQPFTL2.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";
export {
  OPERATIONS,
  registerModelCommand
};
