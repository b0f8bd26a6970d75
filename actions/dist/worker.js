import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-7T4HP6VO.js"),
  bootstrap: () => import("./bootstrap-worker-5CFMVYQX.js"),
  samples: () => import("./samples-worker-CSOO7WFI.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
