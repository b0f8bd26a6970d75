import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/threads/index.js
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_FILES = ["./worker.js", "../runtime/worker.js"];
function workerEntry() {
  for (const file of WORKER_FILES) {
    const path = fileURLToPath(new URL(file, import.meta.url));
    if (existsSync(path))
      return path;
  }
  return void 0;
}
function startWorkerThread(kind, task) {
  const entry = workerEntry();
  if (!entry)
    throw new Error(`no worker entry beside ${fileURLToPath(import.meta.url)}`);
  const data = { kind, task };
  return new Worker(entry, { workerData: data });
}
function threadBudget(fromHost) {
  if (fromHost !== void 0)
    return { threads: fromHost, forced: true };
  return { threads: availableParallelism(), forced: false };
}

export {
  workerEntry,
  startWorkerThread,
  threadBudget
};
