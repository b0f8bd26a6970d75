import { describe, expect, it } from 'vitest'
import { gateFixture } from '../../test/fixtures/gate/cases.js'
import { applicableMetrics, evaluateMetrics, evaluateRows, prepareClassification, prepareRegression, type ClassificationInput, type MetricInput } from '../metrics/index.js'
import { Resampler } from './bootstrap.js'
import { RandomStream } from '../random/index.js'
import { pairedBootstrap, pairedBootstrapParallel, pairInputs, percentile, singleBootstrap, standardDeviation } from './index.js'

/** Two binary classifiers of the same rows; the candidate's scores are shifted by `lift`. */
function classifiers(rows: number, seed: number, lift = 0.05, weights = false): [ClassificationInput, ClassificationInput] {
  const random = new RandomStream(seed, 0)
  const yTrue: string[] = []
  const columns: number[][] = [[], []]
  const sampleWeight: number[] = []
  for (let i = 0; i < rows; i++) {
    const positive = random.nextFloat() < 0.4
    yTrue.push(positive ? 'yes' : 'no')
    sampleWeight.push(1 + Math.floor(random.nextFloat() * 3))
    for (const [m, shift] of [0, lift].entries()) {
      const score = (positive ? 0.6 + shift : 0.4 - shift) + 0.8 * (random.nextFloat() - 0.5)
      columns[m]!.push(Math.round(Math.min(1, Math.max(0, score)) * 100) / 100)
    }
  }
  const model = (p: number[]): ClassificationInput =>
    prepareClassification({
      yTrue,
      yPred: p.map((x) => (x >= 0.5 ? 'yes' : 'no')),
      scores: { labels: ['no', 'yes'], columns: [p.map((x) => 1 - x), p] },
      ...(weights && { sampleWeight }),
    })
  return [model(columns[1]!), model(columns[0]!)]
}

describe('percentile and standardDeviation', () => {
  for (const [i, { values, low, high, std }] of gateFixture.percentiles.entries()) {
    it(`match numpy.percentile (linear) and np.std(ddof=1): sample ${i + 1} of ${values.length}`, () => {
      const sorted = Float64Array.from(values).sort()
      expect(percentile(sorted, 0.025)).toBeCloseTo(low, 14)
      expect(percentile(sorted, 0.975)).toBeCloseTo(high, 14)
      expect(Math.abs(standardDeviation(Float64Array.from(values)) - std)).toBeLessThanOrEqual(1e-12 * Math.max(std, 1e-300))
    })
  }

  it('are NaN without enough values', () => {
    expect(percentile(new Float64Array(0), 0.5)).toBeNaN()
    expect(standardDeviation(Float64Array.of(1))).toBeNaN()
  })
})

describe('pairedBootstrap', () => {
  const [candidate, baseline] = classifiers(500, 1)

  it('is deterministic for a seed, and the seed matters', () => {
    const run = (seed: number) => pairedBootstrap(candidate, baseline, ['accuracy', 'roc_auc', 'log_loss'], { resamples: 200, seed })
    expect(run(3)).toEqual(run(3))
    expect(run(3)[1]!.ci).not.toEqual(run(4)[1]!.ci)
  })

  it('reports the whole-data values, the delta, the interval and its standard error', () => {
    const [accuracy] = pairedBootstrap(candidate, baseline, ['accuracy'], { resamples: 300, confidence: 0.9 })
    expect(accuracy!.delta).toBe(accuracy!.candidate - accuracy!.baseline)
    expect(accuracy!.confidence).toBe(0.9)
    expect(accuracy!.resamples).toBe(300)
    expect(accuracy!.ci[0]).toBeLessThanOrEqual(accuracy!.delta)
    expect(accuracy!.ci[1]).toBeGreaterThanOrEqual(accuracy!.delta)
    expect(accuracy!.standardError).toBeGreaterThan(0)
    // A wider interval at a higher confidence, from the same resamples.
    const [wider] = pairedBootstrap(candidate, baseline, ['accuracy'], { resamples: 300, confidence: 0.99 })
    expect(wider!.ci[0]).toBeLessThanOrEqual(accuracy!.ci[0])
    expect(wider!.ci[1]).toBeGreaterThanOrEqual(accuracy!.ci[1])
    expect(wider!.standardError).toBe(accuracy!.standardError)
  })

  it('gives a model against itself an interval of exactly [0, 0]', () => {
    const regression = prepareRegression({ yTrue: [1, 2, 3, 4, 5, 6], yPred: [1.5, 2, 2.5, 4.5, 5, 7] })
    const twin = prepareRegression({ yTrue: [1, 2, 3, 4, 5, 6], yPred: [1.5, 2, 2.5, 4.5, 5, 7] })
    const cases: [MetricInput, MetricInput][] = [
      [candidate, candidate],
      [candidate, classifiers(500, 1)[0]],
      [regression, regression],
      [regression, twin],
    ]
    for (const [a, b] of cases) {
      const names = applicableMetrics(a).map((metric) => metric.name)
      for (const result of pairedBootstrap(a, b, names, { resamples: 100 })) {
        expect(result.ci, result.metric).toEqual([0, 0])
        expect(result.delta, result.metric).toBe(0)
        expect(result.standardError, result.metric).toBe(0)
      }
    }
  })

  it('evaluates each resample as evaluateRows does on the same draw', () => {
    for (const weighted of [false, true]) {
      const [a, b] = classifiers(300, 5, 0.03, weighted)
      const names = ['accuracy', 'f1_macro', 'roc_auc', 'log_loss', 'brier']
      const deltas = names.map(() => new Float64Array(5))
      new Resampler(pairInputs(a, b), names, 21).run(0, 5, deltas)
      for (let r = 0; r < 5; r++) {
        const counts = new Float64Array(300)
        new RandomStream(21, r).drawCounts(counts)
        const rows = Int32Array.from(Array.from(counts).flatMap((count, row) => Array<number>(count).fill(row)))
        const metrics = applicableMetrics(a).filter((metric) => names.includes(metric.name))
        const ofA = evaluateRows(a, rows, metrics)
        const ofB = evaluateRows(b, rows, metrics)
        names.forEach((name, j) => expect(deltas[j]![r], `${name} resample ${r}${weighted ? ' weighted' : ''}`).toBe(ofA[name]! - ofB[name]!))
      }
    }
  })

  it('sums whole-number weights in whatever order to the same bits as row by row', () => {
    // Unweighted samples take shortcuts (per-threshold and per-cell sums in any order); marked
    // weighted, the same counts go row by row in order. Counts are whole, so both are exact.
    const sample = (weight: Float64Array, weighted: boolean) => ({ weight, drawn: weight, size: weight.reduce((a, b) => a + b, 0), weighted })
    const inputs = [classifiers(3000, 12)[0], classifiers(3000, 13, 0.05, false)[1]]
    // Scores with few ties: one threshold per row, nearly.
    const random = new RandomStream(14, 0)
    const p = Array.from({ length: 3000 }, () => random.nextFloat())
    const y = p.map((x) => (random.nextFloat() < x ? 'yes' : 'no'))
    inputs.push(prepareClassification({ yTrue: y, yPred: p.map((x) => (x >= 0.5 ? 'yes' : 'no')), scores: { labels: ['no', 'yes'], columns: [p.map((x) => 1 - x), p] } }))
    // Three classes, scores in tenths.
    const q = p.map((x) => Math.round(x * 10) / 10)
    const third = q.map((x) => Math.round(((1 - x) / 2) * 10) / 10)
    inputs.push(
      prepareClassification({
        yTrue: q.map((x, i) => (x > 0.6 ? 'c' : i % 2 ? 'b' : 'a')),
        yPred: q.map((x, i) => (x >= 0.5 ? 'c' : i % 3 ? 'b' : 'a')),
        scores: { labels: ['a', 'b', 'c'], columns: [third, q.map((x, i) => 1 - x - third[i]!), q] },
      }),
    )
    for (const [i, input] of inputs.entries()) {
      const metrics = applicableMetrics(input)
      for (let r = 0; r < 5; r++) {
        const counts = new Float64Array(input.yTrue.length)
        new RandomStream(30, r).drawCounts(counts)
        const shortcut = evaluateMetrics({ ...input, sample: sample(counts, false) }, metrics)
        const inOrder = evaluateMetrics({ ...input, sample: sample(counts, true) }, metrics)
        for (const metric of metrics) expect(Object.is(shortcut[metric.name], inOrder[metric.name]), `${metric.name}, input ${i}, resample ${r}`).toBe(true)
      }
    }
  })

  it('covers a known true delta with its 95% interval about 95% of the time', () => {
    // Rows: both right 0.75, only the candidate 0.10, only the baseline 0.05, neither 0.10:
    // accuracy 0.85 against 0.80, a true delta of 0.05.
    const sample = (rows: number, seed: number): [MetricInput, MetricInput] => {
      const random = new RandomStream(seed, 1)
      const yTrue: number[] = []
      const candidatePred: number[] = []
      const baselinePred: number[] = []
      for (let i = 0; i < rows; i++) {
        const u = random.nextFloat()
        const label = random.nextFloat() < 0.5 ? 1 : 0
        yTrue.push(label)
        candidatePred.push(u < 0.85 ? label : 1 - label)
        baselinePred.push(u < 0.75 || (u >= 0.85 && u < 0.9) ? label : 1 - label)
      }
      return [prepareClassification({ yTrue, yPred: candidatePred }), prepareClassification({ yTrue, yPred: baselinePred })]
    }
    const covers = (seed: number): boolean => {
      const [result] = pairedBootstrap(...sample(1000, seed), ['accuracy'], { resamples: 1000, seed })
      return result!.ci[0] <= 0.05 && 0.05 <= result!.ci[1]
    }
    expect(covers(1)).toBe(true)
    const covered = Array.from({ length: 40 }, (_, seed) => covers(100 + seed)).filter(Boolean).length
    expect(covered).toBeGreaterThanOrEqual(34)
  })

  it('leaves out resamples where a metric is undefined, and says how many remain', () => {
    // One positive row in eight: many resamples miss it, and ROC AUC is undefined there.
    const yTrue = [0, 0, 0, 0, 0, 0, 0, 1]
    const model = (p: number[]) => prepareClassification({ yTrue, scores: { labels: [0, 1], columns: [p.map((x) => 1 - x), p] } })
    const [result] = pairedBootstrap(model([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]), model([0.1, 0.2, 0.3, 0.4, 0.9, 0.6, 0.7, 0.8]), ['roc_auc'], { resamples: 400 })
    expect(result!.resamples).toBeGreaterThan(200)
    expect(result!.resamples).toBeLessThan(400)
    expect(Number.isNaN(result!.ci[0])).toBe(false)
  })

  it('keeps two models that share one y_true array apart', () => {
    const [a, b] = classifiers(400, 8)
    const shared = { ...b, yTrue: a.yTrue } as ClassificationInput
    const expected = pairedBootstrap(a, b, ['roc_auc'], { resamples: 50 })
    expect(pairedBootstrap(a, shared, ['roc_auc'], { resamples: 50 })).toEqual(expected)
  })

  it('checks its options and metrics once, naming the field', () => {
    expect(() => pairedBootstrap(candidate, baseline, ['accuracy'], { resamples: 1 })).toThrow('bootstrap.resamples: must be a whole number of at least 2; got 1')
    expect(() => pairedBootstrap(candidate, baseline, ['accuracy'], { resamples: 10.5 })).toThrow('bootstrap.resamples')
    expect(() => pairedBootstrap(candidate, baseline, ['accuracy'], { confidence: 1 })).toThrow('bootstrap.confidence: must be between 0 and 1 (exclusive); got 1')
    expect(() => pairedBootstrap(candidate, baseline, ['accuracy'], { seed: -1 })).toThrow('bootstrap.seed: must be a whole number from 0 to 4294967295; got -1')
    expect(() => pairedBootstrap(candidate, baseline, ['mae'], {})).toThrow('mae is a regression metric')
  })
})

describe('pairedBootstrapParallel', () => {
  const [candidate, baseline] = classifiers(2000, 2)
  const names = ['accuracy', 'roc_auc', 'average_precision']
  const options = { resamples: 300, seed: 11 }

  it('equals pairedBootstrap to the last bit, from the sources (one thread)', async () => {
    expect(await pairedBootstrapParallel(candidate, baseline, names, { ...options, threads: 2 })).toEqual(pairedBootstrap(candidate, baseline, names, options))
  })

  it('equals pairedBootstrap to the last bit on worker threads (compiled build)', async () => {
    const built = (await import(new URL('../../build/shared/gate/index.js', import.meta.url).href)) as typeof import('./index.js')
    const expected = pairedBootstrap(candidate, baseline, names, options)
    for (const threads of [2, 3]) expect(await built.pairedBootstrapParallel(candidate, baseline, names, { ...options, threads })).toEqual(expected)
  })

  it('tells the resamples claimed so far by every thread, from this thread alone', async () => {
    const built = (await import(new URL('../../build/shared/gate/index.js', import.meta.url).href)) as typeof import('./index.js')
    const told: number[] = []
    const progress = { update: (done: number, total?: number, unit?: string) => void told.push(done, total!, unit === 'resamples' ? 1 : 0), end() {} }
    const result = await built.pairedBootstrapParallel(candidate, baseline, names, { ...options, threads: 2, progress })
    expect(result).toEqual(pairedBootstrap(candidate, baseline, names, options))
    const done = told.filter((_, i) => i % 3 === 0)
    expect(done.length).toBeGreaterThan(0)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.every((value) => value > 0 && value <= 300)).toBe(true)
    expect(told.filter((_, i) => i % 3 === 1).every((total) => total === 300)).toBe(true)
    expect(told.filter((_, i) => i % 3 === 2).every((unit) => unit === 1)).toBe(true)
  })

  it('reports data a metric refuses, after starting its threads, and stops them', async () => {
    const built = (await import(new URL('../../build/shared/gate/index.js', import.meta.url).href)) as typeof import('./index.js')
    // Rows of three class probabilities that do not sum to 1, which roc_auc_ovr refuses.
    const model = (shift: number) =>
      prepareClassification({ yTrue: ['a', 'b', 'c', 'a', 'b', 'c'], scores: { labels: ['a', 'b', 'c'], columns: [[0.5, 0.2, 0.2, 0.6, 0.1, 0.3], [0.2, 0.5, 0.2, 0.2, 0.6, 0.3], [0.2, 0.2, 0.5 + shift, 0.1, 0.2, 0.3]] } })
    await expect(built.pairedBootstrapParallel(model(0), model(0.05), ['roc_auc_ovr'], { resamples: 20, threads: 2 })).rejects.toThrow('roc_auc_ovr needs probabilities that sum to 1')
  })

  it('checks the thread count', async () => {
    await expect(pairedBootstrapParallel(candidate, baseline, names, { threads: 0 })).rejects.toThrow('bootstrap.threads: must be a whole number of at least 1; got 0')
  })
})

describe('singleBootstrap', () => {
  it("brackets one model's accuracy as the binomial spread says, the same for the same seed", () => {
    // 400 rows, 320 right: the standard error of 0.8 is 0.02, so the 95% interval is about ±0.039.
    const yTrue = Array.from({ length: 400 }, (_, i) => (i % 2 ? 'a' : 'b'))
    const input = prepareClassification({ yTrue, yPred: yTrue.map((label, i) => (i % 5 === 0 ? (label === 'a' ? 'b' : 'a') : label)) })
    const accuracy = applicableMetrics(input).filter((metric) => metric.name === 'accuracy')
    const settings = { resamples: 2000, confidence: 0.95, seed: 3 }
    const [low, high] = singleBootstrap(input, accuracy, settings).get('accuracy')!
    expect(low).toBeGreaterThan(0.8 - 0.05)
    expect(low).toBeLessThan(0.8 - 0.03)
    expect(high).toBeGreaterThan(0.8 + 0.03)
    expect(high).toBeLessThan(0.8 + 0.05)
    expect(singleBootstrap(input, accuracy, settings).get('accuracy')).toEqual([low, high])
  })
})
