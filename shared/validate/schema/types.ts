export const COLUMN_TYPES = ['number', 'integer', 'boolean', 'string', 'category', 'datetime'] as const
export type ColumnType = (typeof COLUMN_TYPES)[number]

export type Severity = 'error' | 'warning'

export interface ColumnSchema {
  type: ColumnType
  description?: string
  /** strftime-style format for datetime columns, e.g. "%Y-%m-%d". */
  format?: string
  severity?: Record<string, Severity>
  [check: string]: unknown
}

export interface DataSchema {
  version?: number
  'missing-values'?: string[]
  columns: Record<string, ColumnSchema>
  severity?: Record<string, Severity>
  [check: string]: unknown
}

export function isNumericType(type: ColumnType): boolean {
  return type === 'number' || type === 'integer'
}

export function isTextType(type: ColumnType): boolean {
  return type === 'string' || type === 'category'
}
