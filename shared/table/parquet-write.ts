import { ByteWriter, ParquetWriter, type ColumnSource, type SchemaElement } from 'hyparquet-writer'
import type { Column } from './index.js'

/** Bytes held before they go to the file: a row group is written in pieces of about this size. */
const CHUNK_BYTES = 1 << 20

/** Parquet's physical types for the columns this writer is given. */
export type ParquetColumnType = 'DOUBLE' | 'INT32' | 'STRING'

/** A ByteWriter that hands its bytes to `write` whenever a row group ends or a megabyte is held. */
class StreamingByteWriter extends ByteWriter {
  constructor(private readonly write: (bytes: Uint8Array) => void) {
    super()
  }

  override ensure(size: number): void {
    if (this.index > CHUNK_BYTES) this.flush()
    super.ensure(size)
  }

  flush(): void {
    if (this.index > 0) this.write(new Uint8Array(this.buffer, 0, this.index))
    this.index = 0
  }

  override finish(): void {
    this.flush()
  }
}

/**
 * Writes batches of rows as a Parquet file, one row group per batch, through `write`: memory holds
 * one batch, as with TableTextWriter. Missing numbers (NaN) and texts are nulls. Snappy-compressed.
 */
export class TableParquetWriter {
  private readonly bytes: StreamingByteWriter
  private readonly writer: ParquetWriter

  constructor(
    private readonly types: readonly { name: string; type: ParquetColumnType }[],
    write: (bytes: Uint8Array) => void,
    createdBy: string,
  ) {
    this.bytes = new StreamingByteWriter(write)
    const schema: SchemaElement[] = [
      { name: 'root', num_children: types.length },
      ...types.map(({ name, type }): SchemaElement =>
        type === 'STRING' ? { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' } : { name, type, repetition_type: 'OPTIONAL' },
      ),
    ]
    this.writer = new ParquetWriter({ writer: this.bytes, schema, createdBy })
  }

  /** Appends the given rows (every row `0..rows-1` for a count) of columns named and ordered as the constructor's types. */
  append(columns: readonly Column[], rows: ArrayLike<number> | number): void {
    const count = typeof rows === 'number' ? rows : rows.length
    if (count === 0) return
    const rowAt = typeof rows === 'number' ? (i: number) => i : (i: number) => rows[i]!
    const columnData = columns.map((column, c): ColumnSource => {
      const data: (number | string | null)[] = new Array(count)
      for (let i = 0; i < count; i++) {
        const value = column.values[rowAt(i)]
        data[i] = value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value)) ? null : value
      }
      return { name: this.types[c]!.name, data }
    })
    void this.writer.write({ columnData, rowGroupSize: count })
  }

  /** Writes the footer. */
  end(): void {
    void this.writer.finish()
  }
}
