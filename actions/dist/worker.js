import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/runtime/worker.js
import { workerData } from "node:worker_threads";
var SERVERS = {
  validate: () => import("./worker-GNDO3KWJ.js"),
  bootstrap: () => import("./bootstrap-worker-KIWZGKXP.js"),
  samples: () => import("./samples-worker-VINSDZMZ.js")
};
var { kind, task } = workerData;
await (await SERVERS[kind]()).serve(task);
