import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  monitorDriftCommand
} from "./chunk-JVZFLTBC.js";
import "./chunk-GUL2NAFD.js";
import "./chunk-D3GQGA76.js";
import "./chunk-XTYTU3JM.js";
import "./chunk-GHFWL6K4.js";
import "./chunk-BIA3N72F.js";
import "./chunk-YLBEBMHN.js";
import "./chunk-UR6ZO4YI.js";
import "./chunk-YTN4PFWE.js";
import "./chunk-7NBZMBLO.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-PQ7PV5XT.js";
import {
  runAction
} from "./chunk-UTRNJHWD.js";
import "./chunk-IY5J3KXJ.js";
import "./chunk-IDWAGSTK.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import {
  startEntry
} from "./chunk-R7AZGHFU.js";
import "./chunk-H53UMHWV.js";
import "./chunk-DXXQZEKL.js";
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

// build/actions/monitor-drift/src/main.js
function run() {
  return runAction(monitorDriftCommand);
}

// build/actions/monitor-drift/src/index.js
startEntry(run);
