import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-CIUXYKNB.js"),
  bootstrap: () => import("./bootstrap-worker-IX4UTSR6.js"),
  samples: () => import("./samples-worker-LFSY6DT3.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
