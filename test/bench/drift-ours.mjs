// Ours, as the drift benchmark measures it: reads the compared columns of both CSVs with
// readColumnSamples, then compareDatasets with ks on each numeric column and chi2 on each
// categorical one, plus the Wasserstein distance on the same sorted values (SciPy's
// wasserstein_distance, not divided by the spread). Prints one JSON line like drift_scipy.py's.
// Usage: node drift-ours.mjs BUILD_DIR REFERENCE CURRENT --numeric a,b --categorical c,d
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { numeric: { type: 'string', default: '' }, categorical: { type: 'string', default: '' } } })
const [build, referencePath, currentPath] = positionals
const load = (module) => import(pathToFileURL(join(resolve(build), module)).href)
const { readColumnSamples } = await load('shared/table/index.js')
const { compareDatasets, wassersteinDistance, populationStd } = await load('shared/drift/index.js')

const numeric = values.numeric.split(',').filter(Boolean)
const categorical = values.categorical.split(',').filter(Boolean)
const columns = [...numeric, ...categorical]

const started = performance.now()
const reference = await readColumnSamples(referencePath, { columns, input: 'reference' })
const current = await readColumnSamples(currentPath, { columns, input: 'current' })
const read = performance.now()

const tests = Object.fromEntries([...numeric.map((name) => [name, 'ks']), ...categorical.map((name) => [name, 'chi2'])])
const report = compareDatasets(reference, current, { tests })
const results = {}
for (const drift of report.columns) {
  if (drift.status !== 'compared') throw new Error(`column ${drift.column} was not compared: ${drift.status}`)
  const result = { statistic: drift.statistic, pValue: drift.p_value }
  results[drift.column] = numeric.includes(drift.column) ? { ks: result } : { chi2: result }
}
for (const name of numeric) {
  const [a, b] = [reference, current].map((side) => side.columns.find((column) => column.name === name).values)
  results[name].wasserstein = wassersteinDistance(a, b)
  results[name].referenceStd = populationStd(a)
}
const done = performance.now()

process.stdout.write(
  JSON.stringify({
    rows: [reference.rows, current.rows],
    seconds: { read: (read - started) / 1000, statistics: (done - read) / 1000, total: (done - started) / 1000 },
    columns: results,
  }) + '\n',
)
