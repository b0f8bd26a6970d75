// The drift benchmark's two pairs of CSVs (reference, current), written once per cache dir and
// row count, deterministically:
// - flights: rows of flights-3m.csv. The reference takes rows from the first, the current from
//   the middle (1.5M rows later), so the months differ; past the file's end a side wraps around
//   and each pass adds one minute to `delay`. The current's delays are also 2 minutes later.
// - products: generated. Six numeric columns with many distinct values (prices, scores,
//   coordinates, ratios), a quoted text column with up to 50,000 distinct values holding commas
//   and doubled quotes, and two short text columns. The current side's distributions are shifted.
import { once } from 'node:events'
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const FLIGHTS = { numeric: ['delay', 'distance'], categorical: ['origin', 'destination'] }
export const PRODUCTS = {
  numeric: ['price', 'quantity', 'score', 'latitude', 'longitude', 'ratio'],
  categorical: ['product', 'region', 'channel'],
}
const PRODUCTS_HEADER = 'id,price,quantity,score,latitude,longitude,ratio,product,region,channel\n'
const FLIGHTS_CURRENT_OFFSET = 1_500_000

/** Returns { flights, products }, each { reference, current, rows, bytes } with paths, `rows` per side. */
export async function prepareDriftData({ cacheDir, flightsCsv, rows, log }) {
  const flights = await cached(cacheDir, `drift-flights-${rows}`, log, (reference, current) => writeFlights(flightsCsv, rows, reference, current))
  const products = await cached(cacheDir, `drift-products-${rows}`, log, (reference, current) => writeProducts(rows, reference, current))
  return { flights: { ...flights, rows, ...FLIGHTS }, products: { ...products, rows, ...PRODUCTS } }
}

// A pair counts as cached when the sizes recorded after both were written still match.
async function cached(cacheDir, name, log, write) {
  const paths = { reference: join(cacheDir, `${name}-reference.csv`), current: join(cacheDir, `${name}-current.csv`) }
  const record = join(cacheDir, `${name}.json`)
  const sizes = () => [paths.reference, paths.current].map((path) => (existsSync(path) ? statSync(path).size : -1))
  try {
    if (JSON.stringify(JSON.parse(readFileSync(record, 'utf8'))) === JSON.stringify(sizes())) return { ...paths, bytes: sizes() }
  } catch {}
  log(`Writing ${paths.reference} and ${paths.current} ...`)
  await write(paths.reference, paths.current)
  writeFileSync(record, JSON.stringify(sizes()))
  return { ...paths, bytes: sizes() }
}

async function writeFlights(source, rows, referencePath, currentPath) {
  const text = readFileSync(source, 'latin1')
  const header = text.slice(0, text.indexOf('\n') + 1)
  const lines = text.slice(header.length).split('\n').filter((line) => line !== '')
  const side = (offset, shift) =>
    function* () {
      for (let k = 0; k < rows; k++) {
        const at = offset + k
        const [date, delay, ...rest] = lines[at % lines.length].split(',')
        yield `${date},${Number(delay) + shift + Math.floor(at / lines.length)},${rest.join(',')}\n`
      }
    }
  await writeLines(referencePath, header, side(0, 0)())
  await writeLines(currentPath, header, side(FLIGHTS_CURRENT_OFFSET, 2)())
}

async function writeProducts(rows, referencePath, currentPath) {
  await writeLines(referencePath, PRODUCTS_HEADER, productRows(rows, 1, 0))
  await writeLines(currentPath, PRODUCTS_HEADER, productRows(rows, 2, 1))
}

const REGIONS = ['north', 'south', 'east', 'west', 'central', 'north-east', 'north-west', 'south-east', 'south-west', 'islands']
const CHANNELS = ['web', 'store', 'phone', 'partner']
const PRODUCT_NAMES = 50_000

/** Rows of the products table; `shift` 0 for the reference, 1 for the current. */
function* productRows(rows, seed, shift) {
  const random = mulberry32(seed)
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  for (let id = 0; id < rows; id++) {
    const price = random() < 0.01 ? '' : (Math.exp(3 + 0.8 * normal()) * (1 + 0.02 * shift)).toFixed(2)
    const quantity = 1 + Math.floor(random() ** (2 + shift * 0.1) * 50)
    const score = (normal() + 0.01 * shift).toFixed(6)
    const latitude = (35 + 10 * random() + shift * 0.05).toFixed(5)
    const longitude = (-120 + 40 * random()).toFixed(5)
    const ratio = (random() * random()).toFixed(6)
    const item = Math.floor(random() ** (3 - shift * 0.05) * PRODUCT_NAMES)
    const product = `"Item ${item}, size ${'SML'[item % 3]}${item % 7 === 0 ? ' ""special""' : ''}"`
    const region = REGIONS[Math.floor(random() ** (1 + shift * 0.02) * REGIONS.length)]
    const channel = CHANNELS[Math.floor(random() * CHANNELS.length)]
    yield `${id},${price},${quantity},${score},${latitude},${longitude},${ratio},${product},${region},${channel}\n`
  }
}

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function writeLines(path, header, lines) {
  const temporary = `${path}.tmp`
  const out = createWriteStream(temporary)
  try {
    let batch = header
    for (const line of lines) {
      batch += line
      if (batch.length > 1 << 20) {
        if (!out.write(batch)) await once(out, 'drain')
        batch = ''
      }
    }
    out.end(batch)
    await once(out, 'close')
    renameSync(temporary, path)
  } catch (error) {
    out.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}
