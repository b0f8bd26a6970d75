// Builds the benchmark CSVs from the bundled Parquet file, once per cache dir.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const HEADER = 'date,delay,distance,origin,destination\n'
const BIG_MIN_BYTES = 400e6

/** Returns { small, big? }, each { path, bytes, rows }; big only when wanted. */
export async function prepareData({ root, cacheDir, withBig, log }) {
  mkdirSync(cacheDir, { recursive: true })
  const parquet = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet')
  if (!existsSync(parquet)) throw new Error(`missing ${parquet}; run npm ci first.`)
  const manifestPath = join(cacheDir, 'manifest.json')
  const manifest = readManifest(manifestPath)
  const source = `${statSync(parquet).size}:${statSync(parquet).mtimeMs}`
  if (manifest.source !== source) {
    manifest.source = source
    manifest.files = {}
  }

  const small = join(cacheDir, 'flights-3m.csv')
  if (!isCached(manifest, 'flights-3m.csv', small)) {
    log(`Writing ${small} from ${parquet} ...`)
    const rows = await parquetToCsv(parquet, small)
    manifest.files['flights-3m.csv'] = { bytes: statSync(small).size, rows }
    writeManifest(manifestPath, manifest)
  }
  const out = { small: { path: small, ...manifest.files['flights-3m.csv'] } }

  if (withBig) {
    const big = join(cacheDir, 'flights-big.csv')
    if (!isCached(manifest, 'flights-big.csv', big)) {
      log(`Writing ${big} (at least ${BIG_MIN_BYTES / 1e6} MB) ...`)
      const copies = await repeatBody(small, big, BIG_MIN_BYTES)
      manifest.files['flights-big.csv'] = { bytes: statSync(big).size, rows: out.small.rows * copies, copies }
      writeManifest(manifestPath, manifest)
    }
    out.big = { path: big, ...manifest.files['flights-big.csv'] }
  }
  return out
}

function readManifest(path) {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'))
    return { source: parsed.source, files: parsed.files ?? {} }
  } catch {
    return { source: undefined, files: {} }
  }
}

function writeManifest(path, manifest) {
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n')
}

// A file counts as cached only if it has the size recorded after it was completely written.
function isCached(manifest, name, path) {
  const entry = manifest.files[name]
  return Boolean(entry && existsSync(path) && statSync(path).size === entry.bytes)
}

/** Writes the Parquet rows as CSV one row group at a time, to bound memory. Returns the row count. */
async function parquetToCsv(parquetPath, csvPath) {
  const file = await asyncBufferFromFile(parquetPath)
  const metadata = await parquetMetadataAsync(file)
  const columns = metadata.schema.slice(1).map((element) => element.name).join(',')
  if (columns + '\n' !== HEADER) throw new Error(`${parquetPath}: unexpected columns ${columns}`)
  const temporary = `${csvPath}.tmp`
  const out = createWriteStream(temporary)
  try {
    await write(out, HEADER)
    let rowStart = 0
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows)
      let rows = []
      await parquetRead({ file, metadata, compressors, rowStart, rowEnd, rowFormat: 'array', onComplete: (done) => (rows = done) })
      await write(out, rowsToCsv(rows))
      rowStart = rowEnd
    }
    out.end()
    await once(out, 'close')
    renameSync(temporary, csvPath)
    return rowStart
  } catch (error) {
    out.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}

function rowsToCsv(rows) {
  const lines = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const [date, delay, distance, origin, destination] = rows[i]
    lines[i] = `${formatDate(date)},${delay},${distance},${origin},${destination}\n`
  }
  return lines.join('')
}

const pad = (n) => (n < 10 ? '0' : '') + n

function formatDate(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
}

/** Writes the header once, then the body of `source` until `target` has at least `minBytes`. Returns the copies. */
async function repeatBody(source, target, minBytes) {
  const { size } = statSync(source)
  const bodyBytes = size - HEADER.length
  const copies = Math.ceil((minBytes - HEADER.length) / bodyBytes)
  const temporary = `${target}.tmp`
  const out = createWriteStream(temporary)
  try {
    await write(out, HEADER)
    for (let i = 0; i < copies; i++) {
      for await (const chunk of createReadStream(source, { start: HEADER.length, highWaterMark: 1 << 20 })) await write(out, chunk)
    }
    out.end()
    await once(out, 'close')
    renameSync(temporary, target)
    return copies
  } catch (error) {
    out.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}

async function write(stream, data) {
  if (!stream.write(data)) await once(stream, 'drain')
}
