import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  readColumnSamples
} from "./chunk-QOOHWETR.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-ICX2WXTI.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import {
  isUserError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/table/samples-worker.js
import { parentPort } from "node:worker_threads";
async function serve(task) {
  try {
    const samples = await readColumnSamples(task.files, task.options);
    const buffers = [...new Set(samples.columns.flatMap((column) => column.kind === "number" ? [column.values.buffer] : []))];
    parentPort.postMessage({ samples }, buffers);
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error), user: isUserError(error) });
  }
}
export {
  serve
};
