// A seeded table whose values rarely repeat, unlike flights: a unique increasing id, ISO 8601
// timestamps to the second with a Z, amounts with cents (some missing), a small integer, two
// low-cardinality categories, a boolean, and quoted free text with commas and doubled quotes.
// The same seed and size give the same bytes.
// Usage: node test/bench/generate-transactions.mjs OUT.csv [MEGABYTES] [SEED]
import { once } from 'node:events'
import { createWriteStream, renameSync, rmSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const TRANSACTIONS_HEADER = 'id,created_at,amount,quantity,status,channel,gift,note\n'

const STATUSES = ['paid', 'pending', 'refunded', 'shipped', 'cancelled']
const CHANNELS = ['web', 'store', 'phone', 'partner']
const WORDS = ['left', 'at', 'the', 'door', 'call', 'before', 'delivery', 'gift', 'wrap', 'please', 'fragile', 'back', 'office', 'ring', 'twice', 'no', 'rush', 'deliver', 'after', '5pm']
const START = Date.UTC(2023, 0, 1)

/** mulberry32: small, fast and good enough to shape benchmark data. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n) => (n < 10 ? '0' : '') + n

function isoSeconds(ms) {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
}

/** A free-text note: a few words and an order number; some with commas, some quoting a word. */
function note(next, id) {
  const words = []
  const count = 2 + Math.floor(next() * 5)
  for (let i = 0; i < count; i++) words.push(WORDS[Math.floor(next() * WORDS.length)])
  const roll = next()
  if (roll < 0.3) words.splice(1, 0, 'ok,')
  else if (roll < 0.45) words[0] = `""${words[0]}""`
  return `"${words.join(' ')} #${(id * 7919) % 1000003}"`
}

/** Rows of the table, `id` from `first`, as one CSV string (no header). */
export function transactionRows(next, first, count, clock) {
  let out = ''
  for (let id = first; id < first + count; id++) {
    // Mostly increasing, a few seconds apart, so timestamps rarely repeat.
    clock.ms += Math.floor(next() * 6000)
    const amount = next() < 0.03 ? '' : (Math.floor(next() * 5e5) / 100).toFixed(2)
    const quantity = 1 + Math.floor(next() * next() * 20)
    const status = STATUSES[Math.floor(next() * next() * STATUSES.length)]
    const channel = CHANNELS[Math.floor(next() * CHANNELS.length)]
    const gift = next() < 0.1 ? 'true' : 'false'
    out += `${id},${isoSeconds(clock.ms)},${amount},${quantity},${status},${channel},${gift},${note(next, id)}\n`
  }
  return out
}

/** Writes at least `bytes` bytes of the table to `path` (atomically). Returns the rows written. */
export async function generateTransactions(path, bytes, seed = 1) {
  const next = random(seed)
  const clock = { ms: START }
  const temporary = `${path}.tmp`
  const out = createWriteStream(temporary)
  try {
    let written = TRANSACTIONS_HEADER.length
    out.write(TRANSACTIONS_HEADER)
    let rows = 0
    while (written < bytes) {
      const chunk = transactionRows(next, rows + 1, 10_000, clock)
      rows += 10_000
      written += chunk.length
      if (!out.write(chunk)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'close')
    renameSync(temporary, path)
    return rows
  } catch (error) {
    out.destroy()
    rmSync(temporary, { force: true })
    throw error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, megabytes = '250', seed = '1'] = process.argv.slice(2)
  if (!path) {
    process.stderr.write('usage: node generate-transactions.mjs OUT.csv [MEGABYTES] [SEED]\n')
    process.exit(2)
  }
  const rows = await generateTransactions(path, Number(megabytes) * 1e6, Number(seed))
  process.stdout.write(JSON.stringify({ path, rows }) + '\n')
}
