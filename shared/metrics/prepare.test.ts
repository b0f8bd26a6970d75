import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { confusionMatrix, evaluateMetrics, prepareClassification, prepareRegression, selectMetrics } from './index.js'
import type { ClassificationData } from './index.js'

const binary: ClassificationData = {
  yTrue: [0, 1, 1, 0],
  yPred: [0, 1, 0, 0],
  scores: { labels: [0, 1], columns: [[0.9, 0.2, 0.6, 0.7], [0.1, 0.8, 0.4, 0.3]] },
}

function userError(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message
  }
  throw new Error('expected a UserError')
}

describe('classification data the user can fix', () => {
  it.each<[string, ClassificationData, string]>([
    ['empty input', { yTrue: [] }, 'y_true is empty: metrics need at least one row'],
    ['y_pred of another length', { yTrue: [0, 1], yPred: [0] }, 'y_pred has 1 values but y_true has 2'],
    ['sample_weight of another length', { yTrue: [0, 1], sampleWeight: [1, 1, 1] }, 'sample_weight has 3 values but y_true has 2'],
    ['a probability column of another length', { yTrue: [0, 1], scores: { labels: [0, 1], columns: [[0.5, 0.5], [0.5]] } }, 'the probability column for class 1 has 1 values but y_true has 2'],
    ['NaN in y_true', { yTrue: [0, NaN, 1] }, 'y_true has NaN at row 2: class labels are integers or strings'],
    ['a missing y_pred', { yTrue: [0, 1], yPred: [0, null as never] }, 'y_pred has a missing value at row 2: class labels are integers or strings'],
    ['a non-integer label', { yTrue: [0, 1], yPred: [0.2, 0.9] }, 'y_pred has the non-integer label 0.2 at row 1: class labels are integers or strings (is this a regression task?)'],
    ['numbers mixed with strings', { yTrue: [0, 1], yPred: ['0', '1'] }, 'labels mix numbers and strings (0 and "0"): give y_true, y_pred and the score columns one kind'],
    ['NaN in sample_weight', { yTrue: [0, 1], sampleWeight: [1, NaN] }, 'sample_weight has NaN at row 2'],
    ['a negative weight', { yTrue: [0, 1], sampleWeight: [1, -2] }, 'sample_weight has the negative weight -2 at row 2'],
    ['weights all zero', { yTrue: [0, 1], sampleWeight: [0, 0] }, 'sample_weight is zero on every row: at least one row needs a positive weight'],
    [
      'a class in y_true with no probability column',
      { yTrue: ['cat', 'dog', 'bird'], scores: { labels: ['cat', 'dog'], columns: [[1, 0, 0.5], [0, 1, 0.5]] } },
      'y_true has class "bird" (row 3) with no probability column; the columns are for "cat", "dog"',
    ],
    [
      'a class in y_pred with no probability column',
      { yTrue: ['cat', 'dog'], yPred: ['cat', 'fox'], scores: { labels: ['cat', 'dog'], columns: [[1, 0], [0, 1]] } },
      'y_pred has class "fox" (row 2) with no probability column; the columns are for "cat", "dog"',
    ],
    ['NaN in a probability column', { yTrue: [0, 1], scores: { labels: [0, 1], columns: [[0.5, NaN], [0.5, 0.5]] } }, 'the probability column for class 0 has NaN at row 2'],
    ['a probability above 1', { yTrue: [0, 1], scores: { labels: [0, 1], columns: [[0.5, 0.5], [0.5, 1.5]] } }, 'the probability column for class 1 has 1.5 at row 2, outside [0, 1]'],
    ['labels and columns that do not pair up', { yTrue: [0, 1], scores: { labels: [0, 1, 2], columns: [[0.5, 0.5], [0.5, 0.5]] } }, 'scores name 3 classes but have 2 probability columns'],
    ['one probability column', { yTrue: [1, 1], scores: { labels: [1], columns: [[0.5, 0.5]] } }, 'scores need a probability column for each class, at least two; got 1'],
    ['two columns for one class', { yTrue: [0, 1], scores: { labels: [1, 1], columns: [[0.5, 0.5], [0.5, 0.5]] } }, 'scores have two probability columns for class 1'],
    ['a positive label that is not a class', { yTrue: ['no', 'yes'], positiveLabel: 'Yes' }, 'the positive label "Yes" is not a class; the classes are "no", "yes"'],
  ])('%s', (_, data, message) => {
    expect(userError(() => prepareClassification(data))).toBe(message)
  })
})

describe('regression data the user can fix', () => {
  it.each<[string, () => unknown, string]>([
    ['empty input', () => prepareRegression({ yTrue: [], yPred: [] }), 'y_true is empty: metrics need at least one row'],
    ['y_pred of another length', () => prepareRegression({ yTrue: [1, 2], yPred: [1] }), 'y_pred has 1 values but y_true has 2'],
    ['NaN in y_true', () => prepareRegression({ yTrue: [1, NaN], yPred: [1, 2] }), 'y_true has NaN at row 2'],
    ['infinity in y_pred', () => prepareRegression({ yTrue: [1, 2], yPred: [Infinity, 2] }), 'y_pred has Infinity at row 1'],
    ['text in y_pred', () => prepareRegression({ yTrue: [1, 2], yPred: [1, '2' as never] }), 'y_pred has the text "2" at row 2'],
  ])('%s', (_, run, message) => {
    expect(userError(run)).toBe(message)
  })
})

describe('choosing metrics', () => {
  const three = prepareClassification({ yTrue: [0, 1, 2], yPred: [0, 1, 1], scores: { labels: [0, 1, 2], columns: [[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]] } })

  it.each<[string, () => unknown, string]>([
    ['an unknown name', () => selectMetrics(three, ['acuracy']), 'unknown metric "acuracy"; the classification metrics are accuracy, balanced_accuracy, precision_macro, recall_macro, f1_macro, f1_weighted, roc_auc, roc_auc_ovr, average_precision, log_loss, brier'],
    ['a binary metric on three classes', () => selectMetrics(three, ['roc_auc']), 'roc_auc needs exactly two classes and the data has 3; use roc_auc_ovr for ROC AUC'],
    ['a multiclass metric on two classes', () => selectMetrics(prepareClassification(binary), ['roc_auc_ovr']), 'roc_auc_ovr needs more than two classes and the data has 2; use roc_auc'],
    ['a score metric without scores', () => selectMetrics(prepareClassification({ yTrue: [0, 1], yPred: [1, 1] }), ['log_loss']), 'log_loss needs class probabilities (scores)'],
    ['a label metric without predictions', () => selectMetrics(prepareClassification({ ...binary, yPred: undefined }), ['f1_macro']), 'f1_macro needs predicted labels (y_pred)'],
    ['a metric of the other task', () => selectMetrics(prepareRegression({ yTrue: [1, 2], yPred: [1, 2] }), ['accuracy']), 'accuracy is a classification metric and the data is for regression'],
    ['a confusion matrix without predictions', () => confusionMatrix(prepareClassification({ yTrue: [0, 1] })), 'the confusion matrix needs predicted labels (y_pred)'],
    [
      'roc_auc_ovr on rows that do not sum to 1',
      () => evaluateMetrics(prepareClassification({ yTrue: [0, 1, 2], scores: { labels: [0, 1, 2], columns: [[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.3, 0.6]] } })),
      'roc_auc_ovr needs probabilities that sum to 1 in each row; row 2 sums to 1.2 (classes 0, 1, 2)',
    ],
  ])('%s', (_, run, message) => {
    expect(userError(run)).toBe(message)
  })

  it('selects the applicable metrics by default', () => {
    expect(Object.keys(evaluateMetrics(three))).toEqual(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc_ovr', 'log_loss'])
    expect(Object.keys(evaluateMetrics(prepareClassification(binary)))).toEqual([
      'accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc', 'average_precision', 'log_loss', 'brier',
    ])
    expect(Object.keys(evaluateMetrics(prepareRegression({ yTrue: [1, 2], yPred: [1, 3] })))).toEqual(['mae', 'rmse', 'r2', 'mape', 'median_ae'])
  })

  it('takes the greater label as positive unless told', () => {
    const data: ClassificationData = { yTrue: ['no', 'yes', 'yes'], scores: { labels: ['yes', 'no'], columns: [[0.2, 0.9, 0.4], [0.8, 0.1, 0.6]] } }
    expect(prepareClassification(data).classes).toEqual(['no', 'yes'])
    expect(prepareClassification(data).positive).toBe(1)
    expect(prepareClassification({ ...data, positiveLabel: 'no' }).positive).toBe(0)
  })
})
