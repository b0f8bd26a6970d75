import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-2GACUTRK.js"),
  bootstrap: () => import("./bootstrap-worker-5CFMVYQX.js"),
  samples: () => import("./samples-worker-W7GXMCF5.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
