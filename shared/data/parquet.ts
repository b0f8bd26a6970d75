import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { UserError } from '../errors/index.js'
import type { MissingTokens } from './missing.js'
import type { RowVisitor } from './row.js'
import { ValueRow } from './value-row.js'

/** Reads a Parquet file one row group at a time, so memory is bounded by the largest row group. */
export async function readParquet(path: string, file: string, tokens: MissingTokens, visitor: RowVisitor): Promise<void> {
  const buffer = await asyncBufferFromFile(path)
  let metadata: FileMetaData
  try {
    metadata = await parquetMetadataAsync(buffer)
  } catch (error) {
    throw new UserError(`${file}: not a readable Parquet file (${(error as Error).message}).`)
  }
  const columns = metadata.schema.slice(1).filter((element) => !element.num_children).map((element) => element.name)
  visitor.header(columns)
  const row = new ValueRow(tokens)
  let rowStart = 0
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows)
    let rows: unknown[][] = []
    try {
      await parquetRead({
        file: buffer,
        metadata,
        compressors,
        rowStart,
        rowEnd,
        rowFormat: 'array',
        onComplete: (done: unknown[][]) => {
          rows = done
        },
      })
    } catch (error) {
      throw new UserError(`${file}: cannot decode rows ${rowStart + 1}-${rowEnd} (${(error as Error).message}).`)
    }
    for (let i = 0; i < rows.length; i++) {
      row.values = rows[i]
      visitor.row(row, rowStart + i + 1)
    }
    await visitor.drain?.()
    rowStart = rowEnd
  }
}
