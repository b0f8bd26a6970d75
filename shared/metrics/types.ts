/** A class label: numbers sort numerically, strings by code point, as numpy sorts them. */
export type Label = string | number

export type Task = 'classification' | 'regression'

/** Classification data as the user gives it; `prepareClassification` checks and encodes it. */
export interface ClassificationData {
  yTrue: ArrayLike<Label>
  yPred?: ArrayLike<Label>
  /** Probability of each class: `columns[j]` belongs to `labels[j]`, in any order. */
  scores?: { labels: readonly Label[]; columns: readonly ArrayLike<number>[] }
  sampleWeight?: ArrayLike<number>
  /** Positive class of binary metrics; the greater label by default. */
  positiveLabel?: Label
}

export interface RegressionData {
  yTrue: ArrayLike<number>
  yPred: ArrayLike<number>
  sampleWeight?: ArrayLike<number>
}

/**
 * Which rows a metric reads, and how much each counts. Resampling rows is the same as
 * weighting each by how often it was drawn, so no metric copies data for a bootstrap.
 */
export interface Sample {
  /** Sample weight times times drawn; 0 leaves the row out. */
  readonly weight: Float64Array
  /** Times each row was drawn: 1 for every row of the whole data. The same array as `weight` when unweighted. */
  readonly drawn: Float64Array
  /** Rows in the sample, repeats included. */
  readonly size: number
  /** Whether the user gave sample weights: median_ae then follows sklearn's weighted percentile. */
  readonly weighted: boolean
}

/** Checked, encoded classification data: labels are indexes into `classes`. */
export interface ClassificationInput {
  readonly task: 'classification'
  /** Sorted as sklearn sorts labels. With scores, exactly the classes that have a column. */
  readonly classes: readonly Label[]
  readonly yTrue: Int32Array
  readonly yPred?: Int32Array
  /** `scores[c][i]`: probability of `classes[c]` for row i. */
  readonly scores?: readonly Float64Array[]
  /** Index of the positive class for binary metrics. */
  readonly positive: number
  /** First row whose probabilities do not sum to 1 (within numpy's allclose), or -1. */
  readonly unnormalisedRow: number
  readonly sample: Sample
}

export interface RegressionInput {
  readonly task: 'regression'
  readonly yTrue: Float64Array
  readonly yPred: Float64Array
  readonly sample: Sample
}

export type MetricInput = ClassificationInput | RegressionInput

interface MetricOf<T extends Task, Input> {
  /** scikit-learn's scorer name, without the `neg_` prefix. */
  readonly name: string
  readonly task: T
  readonly greaterIsBetter: boolean
  /** `labels`: predicted labels or values (y_pred); `scores`: class probabilities. */
  readonly needs: 'labels' | 'scores'
  /** Classification metrics defined only for two classes, or only for more. */
  readonly classCount?: 'binary' | 'multiclass'
  /** NaN where the metric is undefined on the sample, e.g. ROC AUC with one class in y_true. */
  compute(input: Input): number
}

export type ClassificationMetric = MetricOf<'classification', ClassificationInput>
export type RegressionMetric = MetricOf<'regression', RegressionInput>
export type Metric = ClassificationMetric | RegressionMetric

export type MetricValues = Record<string, number>
