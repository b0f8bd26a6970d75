import { isNonFiniteNumber, parseSlow } from '../../data/numbers.js'
import { boundedKey, TEXT_CUT } from '../../stats/index.js'
import { SchemaError } from '../schema/errors.js'
import { formatValue, percent } from './shared.js'
import type { CellValue, ColumnCheck, Location } from './types.js'

type AllowedConfig = (string | number | boolean)[] | { values: (string | number | boolean)[]; 'max-unseen-share'?: number }

/** The allowed values in the column's own terms (numbers for numeric and boolean columns), and the share of others tolerated. */
interface AllowedSettings {
  values: CellValue[]
  tolerance: number
}

const valueList = { type: 'array', items: { type: ['string', 'number', 'boolean'] }, minItems: 1 }
const UNSEEN_TRACKED = 1000

export const allowed: ColumnCheck<AllowedConfig, AllowedSettings> = {
  key: 'allowed',
  description:
    'The set of allowed values: a list, or {values, max-unseen-share} to tolerate a share of values outside the list (reported once, with the most frequent unseen values).',
  schema: {
    oneOf: [
      valueList,
      {
        type: 'object',
        additionalProperties: false,
        required: ['values'],
        properties: { values: valueList, 'max-unseen-share': { type: 'number', minimum: 0, maximum: 1 } },
      },
    ],
  },
  defaultSeverity: 'error',
  cost: 1,
  types: ['string', 'category', 'integer', 'number', 'boolean'],
  settings(config, context) {
    const values = Array.isArray(config) ? config : config.values
    const tolerance = Array.isArray(config) ? 0 : (config['max-unseen-share'] ?? 0)
    const numeric = context.type !== 'string' && context.type !== 'category'
    return {
      values: values.map((value, index) => {
        if (!numeric) return String(value)
        const number = typeof value === 'boolean' ? Number(value) : typeof value === 'number' ? value : parseSlow(value)
        if (Number.isNaN(number) && !(typeof value === 'string' && isNonFiniteNumber(value))) {
          throw new SchemaError(`${context.path}[${index}]`, `expected ${context.type === 'integer' ? 'an' : 'a'} ${context.type} value, got ${JSON.stringify(value)}`)
        }
        if (!Number.isFinite(number)) throw new SchemaError(`${context.path}[${index}]`, `${JSON.stringify(value)} is not a finite number`)
        return number
      }),
      tolerance,
    }
  },
  create({ values, tolerance }, context, sink) {
    const domain = new Set<CellValue>(values)
    const shown = [...domain].slice(0, 10).map((value) => formatValue(value, context.type)).join(', ') + (domain.size > 10 ? ', ...' : '')
    const unseen = new Map<CellValue, { count: number; at: Location }>()
    let unseenTotal = 0
    return {
      value(value, at) {
        if (domain.has(value)) return
        unseenTotal++
        if (tolerance === 0) {
          sink.report(() => `${formatValue(value, context.type)} is not an allowed value (allowed: ${shown})`, at)
          return
        }
        // Long text is tracked by a key of bounded size, so a thousand huge cells cannot pile up.
        const key = typeof value === 'string' && value.length > TEXT_CUT ? boundedKey(value) : value
        const seen = unseen.get(key)
        if (seen) seen.count++
        else if (unseen.size < UNSEEN_TRACKED) unseen.set(key, { count: 1, at: { ...at } })
      },
      snapshot: () => ({ unseenTotal, unseen: [...unseen.entries()] }),
      absorb(snapshots, relocate) {
        ;(snapshots as { unseenTotal: number; unseen: [CellValue, { count: number; at: Location }][] }[]).forEach((part, index) => {
          unseenTotal += part.unseenTotal
          for (const [value, entry] of part.unseen) {
            const seen = unseen.get(value)
            if (seen) seen.count += entry.count
            else if (unseen.size < UNSEEN_TRACKED) unseen.set(value, { count: entry.count, at: { file: entry.at.file, line: relocate(index, entry.at.line) } })
          }
        })
      },
      finish(profile) {
        if (tolerance === 0 || profile.count === 0) return
        const share = unseenTotal / profile.count
        if (share <= tolerance) return
        const top = [...unseen.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 5)
        const listed = top.map(([value, { count }]) => `${formatValue(value, context.type)} (${count})`).join(', ')
        sink.report(
          `${percent(share)} of values are outside the allowed set (${unseenTotal} of ${profile.count}); at most ${percent(tolerance)} tolerated. Most frequent: ${listed}`,
          top[0]?.[1].at,
        )
      },
    }
  },
}
