import { RandomStream } from '../random/index.js'
import { UserError } from '../errors/index.js'

export interface RowSplit {
  train: Int32Array
  validation: Int32Array
}

/** A seeded random split: `share` of the rows (at least one) go to validation. */
export function splitRows(rows: number, share: number, seed: number): RowSplit {
  const validationRows = Math.max(1, Math.round(rows * share))
  if (rows - validationRows < 1) throw new UserError(`Input 'validation-split': ${share} leaves no training rows out of ${rows}.`)
  const order = Int32Array.from({ length: rows }, (_, i) => i)
  const random = new RandomStream(seed, 0x7e57)
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.nextFloat() * (i + 1))
    const swap = order[i]!
    order[i] = order[j]!
    order[j] = swap
  }
  return { validation: order.slice(0, validationRows).sort(), train: order.slice(validationRows).sort() }
}
