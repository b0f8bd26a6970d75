import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validatePart,
  validateRange
} from "./chunk-GBP3PFTM.js";
import {
  setTemporaryParent
} from "./chunk-QRJHSWVK.js";
import "./chunk-EQIPIXBN.js";
import {
  QuotedDataError
} from "./chunk-L3ON74PK.js";
import "./chunk-DPQPFTL2.js";
import {
  isUserError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/validate/worker.js
import { parentPort } from "node:worker_threads";
async function serve(task) {
  setTemporaryParent(task.scratch);
  try {
    const result = task.task === "range" ? await validateRange(task.options) : await validatePart(task.options);
    parentPort.postMessage({ result });
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
