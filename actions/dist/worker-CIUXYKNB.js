import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validatePart,
  validateRange
} from "./chunk-VNMPPSXI.js";
import "./chunk-ICX2WXTI.js";
import {
  setTemporaryParent
} from "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import {
  QuotedDataError,
  hashFile
} from "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import {
  isUserError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/validate/worker.js
import { createHash } from "node:crypto";
import { parentPort } from "node:worker_threads";
async function serve(task) {
  setTemporaryParent(task.scratch);
  try {
    if (task.task === "part") {
      parentPort.postMessage({ result: await validatePart(task.options) });
      return;
    }
    const hash = task.hashFile ? createHash("sha256") : void 0;
    parentPort.postMessage({ result: await validateRange(task.options, hash) });
    if (hash)
      parentPort.postMessage({ sha256: await hashFile(task.options.files[0].path, task.options.range.end, hash) });
  } catch (error) {
    if (error instanceof QuotedDataError) {
      parentPort.postMessage({ quoted: true });
      return;
    }
    const err = error;
    parentPort.postMessage({ error: { message: err.message, user: isUserError(error), stack: err.stack } });
  }
}
export {
  serve
};
