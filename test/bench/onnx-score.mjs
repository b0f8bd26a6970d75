// Times the onnx flavor's load + predict in a process of its own, so that the ONNX Runtime build
// is chosen as a workflow's would be: onnxruntime-node when it resolves from the working directory.
// Usage: node onnx-score.mjs DATA.csv RUNS MODEL_DIR...   Prints one JSON line.
const [data, runs, ...dirs] = process.argv.slice(2)
const { loadModelDir } = await import('../../build/shared/model/index.js')
const { loadTable } = await import('../../build/shared/table/index.js')
const table = await loadTable(data)
const results = Object.fromEntries(dirs.map((dir) => [dir, { load: [], predict: [] }]))
let runtime
for (let run = 0; run < Number(runs); run++) {
  for (const dir of dirs) {
    const start = performance.now()
    const model = await loadModelDir(dir)
    const loadedAt = performance.now()
    await model.predict(table)
    results[dir].load.push((loadedAt - start) / 1000)
    results[dir].predict.push((performance.now() - loadedAt) / 1000)
    runtime = model.runtime
  }
}
process.stdout.write(JSON.stringify({ runtime, results }) + '\n')
