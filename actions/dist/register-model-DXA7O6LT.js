import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  OPERATIONS,
  registerModelCommand
} from "./chunk-NOXOMDV4.js";
import "./chunk-EEXLR5DA.js";
import "./chunk-BIA3N72F.js";
import "./chunk-YLBEBMHN.js";
import "./chunk-UR6ZO4YI.js";
import "./chunk-YTN4PFWE.js";
import "./chunk-7NBZMBLO.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PQ7PV5XT.js";
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
