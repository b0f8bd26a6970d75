import { createWriteStream, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
import { dirname, extname } from 'node:path'
import { fileError } from '../errors/index.js'
import type { Prediction } from '../model/index.js'
import type { Table } from '../table/index.js'

export const DEFAULT_LOG_MAX_BYTES = 64 * 1024 * 1024
export const DEFAULT_LOG_KEEP = 5
/** Buffered log text written at once past this size, not waiting for the event loop to turn. */
const FLUSH_CHARS = 64 * 1024

export interface PredictionLogOptions {
  path: string
  /** A file grows to about this size before it is rotated. */
  maxBytes?: number
  /** Rotated files kept besides the live one: `<name>.1.jsonl` (newest) to `<name>.<keep>.jsonl`. */
  keep?: number
}

/**
 * JSON Lines of answered rows, `{timestamp, version, ...features, prediction}`, appended to
 * `path`. Past `maxBytes` the file moves to `<name>.1<ext>` (older ones shift up, the oldest
 * beyond `keep` is deleted) and a new one starts, so the names keep their extension and
 * monitor-drift reads any of them as `current`. A feature named like a log field is shadowed by the field.
 */
export class PredictionLog {
  private stream: WriteStream
  private bytes: number
  private readonly maxBytes: number
  private readonly keep: number
  private pending = ''
  private timer: NodeJS.Immediate | undefined

  constructor(private readonly options: PredictionLogOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES
    this.keep = options.keep ?? DEFAULT_LOG_KEEP
    try {
      mkdirSync(dirname(options.path), { recursive: true })
      this.bytes = existsSync(options.path) ? statSync(options.path).size : 0
      this.stream = this.open()
    } catch (error) {
      throw fileError('log', 'write', options.path, error)
    }
  }

  /** Appends one line per row of `table`. */
  write(version: number, table: Table, prediction: Prediction): void {
    const timestamp = new Date().toISOString()
    let text = ''
    for (let row = 0; row < table.rows; row++) {
      const line: Record<string, unknown> = { timestamp, version }
      for (const column of table.columns) {
        const value = column.values[row]
        line[column.name] = typeof value === 'number' && Number.isNaN(value) ? null : value
      }
      line.prediction = prediction.task === 'regression' ? prediction.values[row] : prediction.labels[row]
      text += JSON.stringify(line) + '\n'
    }
    if (this.bytes > 0 && this.bytes + text.length > this.maxBytes) this.rotate()
    this.bytes += Buffer.byteLength(text)
    this.pending += text
    if (this.pending.length >= FLUSH_CHARS) this.flush()
    else this.timer ??= setImmediate(() => this.flush())
  }

  /** Flushes and closes the live file. */
  close(): Promise<void> {
    this.flush()
    return new Promise((resolve) => this.stream.end(resolve))
  }

  /** Lines of the requests answered in one turn of the event loop go out in one write. */
  private flush(): void {
    if (this.timer) clearImmediate(this.timer)
    this.timer = undefined
    if (this.pending) this.stream.write(this.pending)
    this.pending = ''
  }

  private open(): WriteStream {
    // Opened now, not when the stream gets to it, so the file is there to rotate after the first write.
    const stream = createWriteStream('', { fd: openSync(this.options.path, 'a') })
    stream.on('error', () => {
      // A disk that fills up must not stop the answers; the log is best effort past its start.
    })
    return stream
  }

  /** An open stream keeps writing to its renamed file, so rotation never loses a line. */
  private rotate(): void {
    this.flush()
    this.stream.end()
    const extension = extname(this.options.path)
    const base = this.options.path.slice(0, this.options.path.length - extension.length)
    const rotated = (n: number) => `${base}.${n}${extension}`
    rmSync(rotated(this.keep), { force: true })
    for (let n = this.keep - 1; n >= 1; n--) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1))
    if (this.keep > 0) renameSync(this.options.path, rotated(1))
    else rmSync(this.options.path, { force: true })
    this.stream = this.open()
    this.bytes = 0
  }
}
