import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  runClaims
} from "./chunk-GHFWL6K4.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-CSFXRO25.js";
import "./chunk-NDVGTYSL.js";
import "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/gate/bootstrap-worker.js
import { parentPort } from "node:worker_threads";
function serve(task) {
  parentPort.once("message", (datasets) => runClaims(task, datasets));
}
export {
  serve
};
