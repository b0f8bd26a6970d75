import { describe, expect, it } from 'vitest'
import { analyzeWindow } from './analysis.js'
import { histogramQuantile } from './figures.js'
import { countersOf, figuresBetween } from './prometheus-text.js'

describe('histogramQuantile', () => {
  it('interpolates inside the bucket holding the rank, as PromQL does', () => {
    const buckets = [[0.1, 10], [0.2, 20], [Infinity, 20]] as const
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.1)
    expect(histogramQuantile(0.75, buckets)).toBeCloseTo(0.15)
    expect(histogramQuantile(0.25, buckets)).toBeCloseTo(0.05)
  })

  it('answers the highest finite bound for a rank in +Inf, and nothing without observations', () => {
    expect(histogramQuantile(0.9, [[0.1, 10], [Infinity, 20]])).toBe(0.1)
    expect(histogramQuantile(0.95, [[0.1, 0], [Infinity, 0]])).toBeUndefined()
  })
})

const scrape = (requests: number, errors: number, fast: number, slow: number, classes: Record<string, number>) => `# HELP mlops_requests_total x
# TYPE mlops_requests_total counter
mlops_requests_total{version="2",model="wine"} ${requests}
mlops_requests_total{version="2",model="other"} 999
mlops_request_errors_total{version="2",model="wine"} ${errors}
mlops_request_duration_seconds_bucket{le="0.01",version="2",model="wine"} ${fast}
mlops_request_duration_seconds_bucket{le="0.05",version="2",model="wine"} ${fast + slow}
mlops_request_duration_seconds_bucket{le="+Inf",version="2",model="wine"} ${fast + slow}
${Object.entries(classes).map(([label, count]) => `mlops_predictions_total{version="2",class="${label}",model="wine"} ${count}`).join('\n')}
`

describe("a window's figures from two scrapes of /metrics", () => {
  it('subtracts the counters of the model asked for, and takes p95 from the buckets of the window alone', () => {
    const before = countersOf(scrape(100, 1, 100, 0, { '0': 60, '1': 40 }), 'wine', 'test')
    const after = countersOf(scrape(200, 3, 110, 90, { '0': 70, '1': 130 }), 'wine', 'test')
    const figures = figuresBetween(before, after).get(2)!
    expect(figures).toMatchObject({ requests: 100, errors: 2, predictions: new Map([['0', 10], ['1', 90]]) })
    // 95 of 100 lies in (0.01, 0.05], 85 of its 90: 0.01 + 0.04 · 85/90.
    expect(figures.p95).toBeCloseTo(0.01 + (0.04 * 85) / 90)
  })

  it("counts a regression's predictions per value bucket of the window, keyed by the upper bound", () => {
    const values = (low: number, high: number) => `# TYPE mlops_prediction_value histogram
mlops_prediction_value_bucket{le="10",version="3",model="wine"} ${low}
mlops_prediction_value_bucket{le="+Inf",version="3",model="wine"} ${low + high}
mlops_prediction_value_bucket{le="1",version="3",model="wine"} 0
`
    const figures = figuresBetween(countersOf(values(5, 5), 'wine', 'test'), countersOf(values(8, 12), 'wine', 'test')).get(3)!
    expect(figures.predictions).toEqual(new Map([['le 10', 3], ['le Infinity', 7]]))
  })

  it('refuses text that is not the model server’s, naming the input', () => {
    expect(() => countersOf('up 1\n', 'wine', 'http://x/metrics')).toThrow("Input 'metrics-source': http://x/metrics answered no mlops_ series; is it the model server's /metrics?")
  })
})

describe('analyzeWindow', () => {
  const thresholds = { maxErrorRate: 0.01, maxLatencyRatio: 2, minRequests: 50 }
  const figures = (requests: number, errors: number, p95: number) => ({ requests, errors, p95, predictions: new Map() })

  it('judges latency only above 10 ms, and nothing below min-requests', () => {
    expect(analyzeWindow(figures(100, 0, 0.009), figures(100, 0, 0.001), thresholds).verdict).toBe('pass')
    expect(analyzeWindow(figures(100, 0, 0.03), figures(100, 0, 0.01), thresholds)).toMatchObject({ verdict: 'fail', checks: [{ passed: true }, { name: 'latency-ratio', value: expect.closeTo(3), passed: false }] })
    expect(analyzeWindow(figures(49, 49, 1), figures(100, 0, 0.01), thresholds)).toEqual({ verdict: 'insufficient', checks: [] })
    expect(analyzeWindow(figures(100, 2, 0.001), undefined, thresholds).checks[0]).toMatchObject({ name: 'error-rate', value: 0.02, passed: false })
  })
})
