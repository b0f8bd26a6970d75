import type { Finding, FindingSink, Location } from './checks/types.js'
import type { Severity } from './schema/types.js'

/** Findings kept per check and column; the rest are counted and summarised. */
export const FINDINGS_KEPT_PER_CHECK = 100

export interface SinkState {
  total: number
  kept: Finding[]
}

class CappedSink implements FindingSink {
  total = 0
  readonly kept: Finding[] = []

  constructor(
    private readonly collector: FindingCollector,
    readonly check: string,
    readonly severity: Severity,
    readonly column: string | undefined,
  ) {}

  report(message: string | (() => string), at?: Location): void {
    this.total++
    if (this.kept.length >= FINDINGS_KEPT_PER_CHECK) return
    const finding: Finding = { check: this.check, severity: this.severity, message: typeof message === 'string' ? message : message() }
    if (at) {
      finding.file = this.collector.fileName(at.file)
      finding.line = at.line
    }
    if (this.column !== undefined) finding.column = this.column
    this.kept.push(finding)
  }
}

export class FindingCollector {
  private readonly sinks: CappedSink[] = []

  constructor(readonly fileName: (index: number) => string) {}

  sink(check: string, severity: Severity, column?: string): FindingSink {
    const sink = new CappedSink(this, check, severity, column)
    this.sinks.push(sink)
    return sink
  }

  states(): SinkState[] {
    return this.sinks.map((sink) => ({ total: sink.total, kept: sink.kept }))
  }

  /** Adds the findings of the parts of the rows, given in row order, with their lines made global. */
  absorb(parts: SinkState[][], relocate: (part: number, line: number) => number): void {
    this.sinks.forEach((sink, index) => {
      parts.forEach((states, part) => {
        const state = states[index]
        sink.total += state.total
        for (const finding of state.kept) {
          if (sink.kept.length >= FINDINGS_KEPT_PER_CHECK) break
          sink.kept.push(finding.line === undefined ? finding : { ...finding, line: relocate(part, finding.line) })
        }
      })
    })
  }

  count(severity: Severity): number {
    return this.sinks.filter((sink) => sink.severity === severity).reduce((sum, sink) => sum + sink.total, 0)
  }

  /** Sorted; a capped check ends with a count of what was left out. */
  findings(): Finding[] {
    const all: Finding[] = []
    for (const sink of this.sinks) {
      all.push(...sink.kept)
      const omitted = sink.total - sink.kept.length
      if (omitted > 0) {
        all.push({
          check: sink.check,
          severity: sink.severity,
          ...(sink.column !== undefined ? { column: sink.column } : {}),
          message: `${omitted.toLocaleString('en-US')} more ${sink.check} findings not listed (${sink.total.toLocaleString('en-US')} in all).`,
          omitted,
        })
      }
    }
    return all.sort(compareFindings)
  }
}

/** Independent of the locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * A total order, so that results do not depend on how the work was split: errors first;
 * dataset-wide findings, then by file and line; counts of unlisted findings last.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const rank = (finding: Finding) => (finding.severity === 'error' ? 0 : 2) + (finding.omitted ? 1 : 0)
  return (
    rank(a) - rank(b) ||
    byCodeUnits(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    byCodeUnits(a.check, b.check) ||
    byCodeUnits(a.column ?? '', b.column ?? '') ||
    byCodeUnits(a.message, b.message)
  )
}
