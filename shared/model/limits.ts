import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { layerSizes, type NetworkShape } from './network.js'
import type { Preprocessing } from './preprocess.js'

/**
 * Classes beyond which training refuses. Each class is an output unit and, for every row
 * predicted, a float64 probability column: a million rows of 1,000 classes already take 8 GB.
 */
export const MAX_CLASSES = 1000

/** Classes beyond which training warns that the target may be an id rather than a label. */
export const MANY_CLASSES = 100

/** Trainable weights and biases of the dense layers. */
export function parameterCount(shape: NetworkShape): number {
  const sizes = layerSizes(shape)
  let count = 0
  for (let l = 1; l < sizes.length; l++) count += sizes[l - 1]! * sizes[l]! + sizes[l]!
  return count
}

/** Refuses a network larger than `maxParameters`, before any of it is allocated. */
export function checkParameterCount(shape: NetworkShape, kind: string, maxParameters: number): void {
  const count = parameterCount(shape)
  if (count <= maxParameters) return
  const hidden = shape.hidden.length > 0 ? `, hiddenUnits [${shape.hidden.join(', ')}]` : ''
  const remedy = shape.hidden.length > 0 ? "use fewer or narrower hidden layers ('hiddenUnits')" : "use fewer features or a lower 'maxCategories'"
  throw new UserError(
    `Input 'params': the ${kind} model would have ${format(count)} trainable parameters (${format(shape.inputs)} inputs${hidden}, ${format(shape.outputs)} outputs), more than 'maxParameters' (${format(maxParameters)}); ${remedy}, or raise 'maxParameters'.`,
  )
}

/** Refuses more than MAX_CLASSES classes, and warns when the count suggests an id column. */
export function checkClassCount(target: string, classes: number, rows: number, log?: Logger): void {
  if (classes > MAX_CLASSES) {
    throw new UserError(
      `Input 'target': column '${target}' has ${format(classes)} classes for ${format(rows)} rows; the built-in trainer takes at most ${format(MAX_CLASSES)}. Is it an id? Choose another target or group its classes.`,
    )
  }
  // A handful of classes in a handful of rows is a small dataset, not an id.
  if (classes > MANY_CLASSES || (classes > 10 && classes > rows / 2)) log?.warning(`Input 'target': column '${target}' has ${format(classes)} classes for ${format(rows)} rows; is it an id?`)
}

/** Says which text features had their rarer categories pooled into the unknown column. */
export function reportPooling(preprocessing: Preprocessing, log: Logger): void {
  for (const step of preprocessing.steps) {
    if (step.kind !== 'category' || !step.pooled) continue
    const { maxCategories, categories, rows } = step.pooled
    log.warning(
      `Input 'data': column '${step.name}' has ${format(maxCategories + categories)} categories in the training rows; the ${format(maxCategories)} most frequent get an input each and the other ${format(categories)} (${format(rows)} rows) share '${step.name}=<unknown>'. Raise 'maxCategories' in 'params' to keep more.`,
    )
  }
}

function format(count: number): string {
  return count.toLocaleString('en-US')
}
