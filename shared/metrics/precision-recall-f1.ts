import { type ClassTally, classTally, macroAverage } from './class-tally.js'
import type { ClassificationMetric } from './types.js'

// sklearn's default zero_division ("warn") scores an undefined ratio as 0.
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

const precision = (t: ClassTally, c: number): number => ratio(t.truePositive[c]!, t.predicted[c]!)
const recall = (t: ClassTally, c: number): number => ratio(t.truePositive[c]!, t.actual[c]!)

// sklearn 1.2 takes F1 from precision and recall, not from the raw counts.
function f1(t: ClassTally, c: number): number {
  const p = precision(t, c)
  const r = recall(t, c)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

function macro(name: string, score: (t: ClassTally, c: number) => number): ClassificationMetric {
  return {
    name,
    task: 'classification',
    greaterIsBetter: true,
    needs: 'labels',
    compute(input) {
      const tally = classTally(input, name)
      return macroAverage(tally, (c) => score(tally, c))
    },
  }
}

export const precisionMacro = macro('precision_macro', precision)
export const recallMacro = macro('recall_macro', recall)
export const f1Macro = macro('f1_macro', f1)

/** F1 per class, averaged with each class's weight in y_true. */
export const f1Weighted: ClassificationMetric = {
  name: 'f1_weighted',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'labels',
  compute(input) {
    const tally = classTally(input, 'f1_weighted')
    let sum = 0
    let total = 0
    for (let c = 0; c < tally.actual.length; c++) {
      if (tally.actual[c] === 0) continue
      sum += f1(tally, c) * tally.actual[c]!
      total += tally.actual[c]!
    }
    return ratio(sum, total)
  },
}
