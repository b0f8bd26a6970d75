/**
 * What one version did during one analysis window: the common shape both metrics sources
 * (the server's /metrics and Prometheus) produce, and the only thing the analysis reads.
 */
export interface VersionFigures {
  requests: number
  errors: number
  /** 95th percentile latency in seconds, interpolated in the histogram's buckets; undefined without requests. */
  p95?: number
  /** Predicted rows per class, or per value bucket (its upper bound) for a regression. */
  predictions: Map<string, number>
}

/** Figures per version number, for one window. */
export type WindowFigures = ReadonlyMap<number, VersionFigures>

/** Where the figures of a window come from: `begin` marks its start, `end` reads what happened since. */
export interface MetricsSource {
  /** A human name for the report, such as the URL scraped. */
  readonly describe: string
  begin(): Promise<WindowMark>
  end(mark: WindowMark): Promise<WindowFigures>
}

/** An opaque start of a window: a counter snapshot, or a time. */
export interface WindowMark {
  readonly startedAt: number
}

export const emptyFigures = (): VersionFigures => ({ requests: 0, errors: 0, predictions: new Map() })

/**
 * The q-quantile of a cumulative histogram, as PromQL's histogram_quantile computes it: linear
 * interpolation inside the bucket that holds the rank, the first bucket starting at 0, and the
 * highest finite bound when the rank falls in the +Inf bucket.
 */
export function histogramQuantile(q: number, buckets: ReadonlyArray<readonly [bound: number, cumulative: number]>): number | undefined {
  const sorted = [...buckets].sort((a, b) => a[0] - b[0])
  const total = sorted.at(-1)?.[1] ?? 0
  if (total <= 0) return undefined
  const rank = q * total
  let lowerBound = 0
  let lowerCount = 0
  for (const [bound, count] of sorted) {
    if (count >= rank) {
      if (bound === Infinity) return lowerBound
      if (count === lowerCount) return bound
      return lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / (count - lowerCount)
    }
    lowerBound = bound
    lowerCount = count
  }
  return lowerBound
}

/**
 * A regression's prediction histogram as counts per bucket, keyed `le <upper bound>`, from its
 * cumulative counts: the shape the prediction-drift check compares. Empty buckets are left out.
 */
export function addValueBuckets(predictions: Map<string, number>, cumulative: ReadonlyArray<readonly [bound: number, count: number]>): void {
  let below = 0
  for (const [bound, count] of [...cumulative].sort((a, b) => a[0] - b[0])) {
    if (count - below > 0) predictions.set(`le ${bound}`, count - below)
    below = count
  }
}
