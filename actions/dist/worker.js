import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-G5J3AGL7.js"),
  bootstrap: () => import("./bootstrap-worker-KIWZGKXP.js"),
  samples: () => import("./samples-worker-V2UDRNOC.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
