import type { Column, Table } from '../table/index.js'

/** A table in memory for tests: number arrays become number columns (null → NaN), the rest text. */
export function tableOf(columns: Record<string, readonly (number | null)[] | readonly (string | null)[]>): Table {
  const built: Column[] = Object.entries(columns).map(([name, values]) =>
    values.some((value) => typeof value === 'string')
      ? { name, kind: 'string', values: values as (string | null)[] }
      : { name, kind: 'number', values: Float64Array.from(values as (number | null)[], (value) => value ?? NaN) },
  )
  const rows = Object.values(columns)[0]?.length ?? 0
  return {
    columns: built,
    rows,
    lines: Int32Array.from({ length: rows }, (_, i) => i + 2),
    fileOfRow: new Uint16Array(rows),
    files: [{ path: 'memory.csv', format: 'csv', sha256: '0'.repeat(64) }],
    hash: '0'.repeat(64),
  }
}

/** `count` values from `make(i)`. */
export function series<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i))
}
