// The transactions table for the validate benchmark: generated once per cache dir and size,
// with a schema inferred from its first 20 MB as a user would, and a copy that finds ~1M errors.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import { generateTransactions } from '../generate-transactions.mjs'

const HEAD_BYTES = 20e6
const SEED = 1

/** Returns { path, bytes, rows, head }: the table of at least `megabytes` MB and its first 20 MB. */
export async function prepareTransactions({ cacheDir, megabytes, log }) {
  const path = join(cacheDir, `transactions-${megabytes}mb.csv`)
  const manifestPath = `${path}.json`
  let manifest = readJson(manifestPath)
  if (!manifest || !existsSync(path) || statSync(path).size !== manifest.bytes) {
    log(`Writing ${path} (at least ${megabytes} MB, seed ${SEED}) ...`)
    const rows = await generateTransactions(path, megabytes * 1e6, SEED)
    manifest = { bytes: statSync(path).size, rows }
    writeFileSync(manifestPath, JSON.stringify(manifest) + '\n')
  }
  const head = join(cacheDir, `transactions-${megabytes}mb.head.csv`)
  if (!existsSync(head)) writeHead(path, head)
  return { path, head, ...manifest }
}

/** The whole lines of the first 20 MB of `source`. */
function writeHead(source, target) {
  const buffer = Buffer.alloc(HEAD_BYTES)
  const fd = openSync(source, 'r')
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    writeFileSync(target, buffer.subarray(0, buffer.lastIndexOf(10, read - 1) + 1))
  } finally {
    closeSync(fd)
  }
}

/**
 * Infers a schema from the head with `mlops validate --write-schema`, then makes the id an
 * identifier (unique, no range), as a user editing the inferred file would; and a copy whose
 * id maximum about a million rows exceed. Returns { schema, findingsSchema, findingsExpected }.
 */
export function transactionSchemas({ node, bin, table, cacheDir, tmpDir }) {
  const schema = join(cacheDir, `transactions.schema.yml`)
  const run = spawnSync(node, [bin, 'validate', '--data', table.head, '--write-schema', schema, '--report', join(tmpDir, 'infer.json'), '--json'], { encoding: 'utf8' })
  if (run.status !== 0 && run.status !== 1) throw new Error(`inferring ${schema} failed (exit ${run.status}):\n${run.stderr}`)
  const text = readFileSync(schema, 'utf8')
  const comments = text.split('\n').filter((line) => line.startsWith('#')).join('\n')
  const parsed = parse(text)
  const { min: _min, max: _max, mean: _mean, std: _std, ...id } = parsed.columns.id
  parsed.columns.id = { ...id, unique: true }
  writeFileSync(schema, `${comments}\n${stringify(parsed)}`)
  const findingsExpected = Math.min(1e6, Math.floor(table.rows / 2))
  parsed.columns.id = { ...id, max: table.rows - findingsExpected }
  const findingsSchema = join(cacheDir, 'transactions-findings.schema.yml')
  writeFileSync(findingsSchema, stringify(parsed))
  parsed.columns.id = { ...id, unique: true }
  return { schema, findingsSchema, findingsExpected, typeSchemas: schemasByType(parsed, cacheDir) }
}

/**
 * One schema per column type holding only that type's columns with their checks, and one with
 * no column at all (reading and parsing alone): their CPU times, less the latter's, give the
 * cost of a column of each type per row.
 */
function schemasByType(parsed, cacheDir) {
  const byType = {}
  for (const [name, column] of Object.entries(parsed.columns)) (byType[column.type] ??= {})[name] = column
  const out = []
  for (const [type, columns] of [['none', {}], ...Object.entries(byType)]) {
    const path = join(cacheDir, `transactions-${type}.schema.yml`)
    writeFileSync(path, stringify({ version: 1, 'missing-values': parsed['missing-values'], columns }))
    out.push({ type, path, columns: Object.keys(columns).length })
  }
  return out
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}
