import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validatePart,
  validateRange
} from "./chunk-GQP3GEPT.js";
import {
  setTemporaryParent
} from "./chunk-MCD6COLI.js";
import "./chunk-EQIPIXBN.js";
import {
  QuotedDataError,
  hashFile
} from "./chunk-YFNGZHGI.js";
import {
  isUserError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/validate/worker.js
import { parentPort } from "node:worker_threads";
async function serve(task) {
  setTemporaryParent(task.scratch);
  if (task.task === "queue")
    return serveQueue(task);
  parentPort.postMessage(await outcome(task));
}
function serveQueue({ options }) {
  const port = parentPort;
  port.on("message", async (job) => {
    if (!job)
      return port.close();
    port.postMessage(await outcome(job.task === "hash" ? job : { task: "range", options: { ...options, range: job.range } }));
  });
  port.postMessage({ ready: true });
}
async function outcome(task) {
  try {
    return { result: task.task === "hash" ? await hashFile(task.path) : task.task === "range" ? await validateRange(task.options) : await validatePart(task.options) };
  } catch (error) {
    if (error instanceof QuotedDataError)
      return { quoted: true };
    const err = error;
    return { error: { message: err.message, user: isUserError(error), stack: err.stack } };
  }
}
export {
  serve
};
