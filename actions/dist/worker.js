import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-6TH4BRWT.js"),
  bootstrap: () => import("./bootstrap-worker-5CFMVYQX.js"),
  samples: () => import("./samples-worker-3JGZBOFQ.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
