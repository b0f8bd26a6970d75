import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-XLELVG3O.js"),
  bootstrap: () => import("./bootstrap-worker-IX4UTSR6.js"),
  samples: () => import("./samples-worker-T2IMNZ43.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
