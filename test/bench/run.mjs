// The benchmarks, each its own script under the measured node: `mlops validate` against pandas
// and a bare byte scan on flights and on generated transactions (validate.mjs); fit time of the
// built-in trainer against scikit-learn (train.mjs); time of the paired bootstrap gate
// (bootstrap.mjs); registering and fetching a 500 MB model in the GitHub registry against curl
// (registry.mjs); scoring with the onnx flavor against scikit-learn's predict_proba (onnx.mjs);
// drift comparison against pandas + SciPy (drift.mjs); batch prediction throughput of
// `mlops predict` (predict.mjs); `mlops serve` under wrk against a bare node:http server (serve.mjs).
// Usage: node test/bench/run.mjs [--quick] [--only validate,train,bootstrap,registry,onnx,drift,predict,serve]
//   --only  run just these parts, comma-separated or repeated; by default all eight, in that order.
//   --quick validate the 106 MB flights file and 60 MB of transactions, one run; train one config
//           once; register and fetch once; serve for 5 s runs and 100,000 requests.
// Env: MLOPS_BENCH_DIR (data cache), MLOPS_BENCH_RUNS (default 3), MLOPS_BENCH_INSTALL (1 or 0),
// MLOPS_BENCH_NODE (node binary for the measured runs; default this one, which under
// `npm run bench` is the `node` devDependency, not the system node).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const log = (message) => process.stderr.write(`bench: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath

const PARTS = ['validate', 'train', 'bootstrap', 'registry', 'onnx', 'drift', 'predict', 'serve']
/** The parts that take --quick themselves. */
const QUICK_PARTS = ['validate', 'train', 'registry', 'serve']
const USAGE = `usage: node test/bench/run.mjs [--quick] [--only ${PARTS.join(',')}]`

/** Runs each chosen part; one that fails is reported and the others still run. */
async function main(argv) {
  const { quick, parts } = parseArguments(argv)
  const failed = []
  for (const part of parts) {
    try {
      runScript(`${part}.mjs`, quick && QUICK_PARTS.includes(part) ? ['--quick'] : [])
    } catch (error) {
      log(`${part}: error: ${error.message}`)
      failed.push(part)
    }
  }
  if (failed.length) throw new Error(`${failed.join(', ')} failed.`)
}

function parseArguments(argv) {
  let quick = false
  const only = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') quick = true
    else if (arg === '--only' && i + 1 < argv.length) only.push(...argv[++i].split(','))
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','))
    else throw new Error(`unknown argument ${arg}; ${USAGE}`)
  }
  const unknown = only.filter((part) => !PARTS.includes(part))
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; ${USAGE}`)
  return { quick, parts: only.length ? PARTS.filter((part) => only.includes(part)) : PARTS }
}

// Under the measured node, in its own process, like every measured run.
function runScript(script, args) {
  const result = spawnSync(NODE, [join(here, script), ...args], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`node ${script} ${args.join(' ')} exited with ${result.status ?? result.signal}.`)
}

main(process.argv.slice(2)).catch((error) => {
  log(`error: ${error.message}`)
  process.exit(1)
})
