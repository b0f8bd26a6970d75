/**
 * Progress of long work (reading data, training, the bootstrap). The core receives a
 * `Progress` as it receives a Logger; the host decides how it shows: a live line in a
 * terminal, a log line every few seconds in GitHub, nothing in tests.
 */
export interface ProgressReporter {
  /** `done` of `total` (when known) units of work, and a count that goes along (rows of the bytes read); cheap enough to call at every window or batch. */
  update(done: number, total?: number, unit?: string, also?: ProgressCount): void
  end(): void
}

export interface ProgressCount {
  count: number
  unit: string
}

export type Progress = (task: string) => ProgressReporter

const SILENT: ProgressReporter = { update() {}, end() {} }
export const noProgress: Progress = () => SILENT

export interface ProgressLineOptions {
  /** Writes one progress line; `final` once, at the end, when anything was shown. */
  write(line: string, final: boolean): void
  /** Shortest time between two lines. */
  intervalMs: number
  now?: () => number
}

/** A reporter that writes at most one line per `intervalMs`, so that a hot loop can call `update` freely. */
export function throttledProgress(task: string, { write, intervalMs, now = Date.now }: ProgressLineOptions): ProgressReporter {
  const started = now()
  let last = started
  let shown = false
  let latest: { done: number; total?: number; unit?: string; also?: ProgressCount } | undefined
  return {
    update(done, total, unit, also) {
      latest = { done, total, unit, also }
      const time = now()
      if (time - last < intervalMs) return
      last = time
      shown = true
      write(progressLine(task, done, total, unit, time - started, also), false)
    },
    end() {
      if (shown && latest) write(progressLine(task, latest.done, latest.total, latest.unit, now() - started, latest.also), true)
      shown = false
    },
  }
}

/** "Reading data.csv: 1.2 GB of 3.4 GB (35%), 210 MB/s" or "Training: epoch 3 of 20 (15%), 0.5 epochs/s". */
export function progressLine(task: string, done: number, total: number | undefined, unit = '', elapsedMs: number, also?: ProgressCount): string {
  const amount = (value: number) => (unit === 'bytes' ? formatBytes(value) : `${Math.round(value).toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`)
  const of = total !== undefined && total > 0 ? ` of ${amount(total)} (${Math.min(100, Math.floor((100 * done) / total))}%)` : ''
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 ? `, ${unit === 'bytes' ? `${formatBytes(done / seconds)}/s` : `${(done / seconds).toLocaleString('en-US', { maximumSignificantDigits: 3 })}${unit ? ` ${unit}` : ''}/s`}` : ''
  const count = also ? `; ${Math.round(also.count).toLocaleString('en-US')} ${also.unit}${seconds > 0 ? `, ${(also.count / seconds).toLocaleString('en-US', { maximumSignificantDigits: 3 })} ${also.unit}/s` : ''}` : ''
  return `${task}: ${amount(done)}${of}${rate}${count}`
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB']
  let value = bytes
  let index = 0
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000
    index++
  }
  return `${index === 0 ? Math.round(value) : value.toFixed(1)} ${units[index]}`
}

/** What a host adds to its Logger so that long work can show progress. */
export interface ProgressChannel {
  progress: Progress
}
