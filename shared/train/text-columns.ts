import type { Logger } from '../log/index.js'
import type { Table } from '../table/index.js'

/** At most this share of a column's cells not being numbers suggests a typo, not a text column. */
export const STRAY_TEXT_SHARE = 0.05

/**
 * Warns about feature columns read as text because a few cells are not numbers, such as one
 * `12.x` among temperatures: they would silently become one-hot categories.
 */
export function warnStrayText(table: Table, columns: readonly string[], input: string, log: Logger): void {
  for (const name of columns) {
    const cause = table.textBecause?.[name]
    if (!cause || cause.notNumbers > cause.present * STRAY_TEXT_SHARE) continue
    const others = cause.notNumbers > 1 ? ` and ${cause.notNumbers - 1} more` : ''
    log.warning(
      `Input '${input}': column '${name}' is read as text, one-hot encoded, because ${JSON.stringify(cause.text.slice(0, 40))} on line ${cause.line} of ${cause.file}${others} ` +
        `${cause.notNumbers > 1 ? 'are' : 'is'} not a number while the other ${cause.present - cause.notNumbers} cells are; fix ${cause.notNumbers > 1 ? 'them' : 'it'}, or list the column in 'ignore'.`,
    )
  }
}
