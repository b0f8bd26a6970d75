export { canonicalJson, paramsHash } from './metadata.js'
export { writeModelDir } from './model-dir.js'
export { splitRows, type RowSplit } from './split.js'
export { trainModelDir, type TrainOptions, type TrainResult } from './train.js'
// The model kinds and the metadata are the model directory's; re-exported for train's callers.
export { MODEL_KINDS, type Lineage, type ModelKind, type ModelMetadata } from '../model/index.js'
