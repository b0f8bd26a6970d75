/** The flavors a manifest may name; a test checks this list against the flavor registry. */
export const FLAVOR_NAMES = ['tfjs', 'onnx', 'command'] as const

/** Where editors find the manifest's JSON Schema. */
export const MANIFEST_SCHEMA_URL = 'https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/model/manifest-schema.json'

/** JSON Schema (draft-07) of manifest.yaml, the file that says what a model directory holds. */
export function manifestJsonSchema(): object {
  const label = { type: ['string', 'number'] }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/mlops-actions/mlops-actions/schemas/manifest-schema.json',
    title: 'mlops-actions model manifest',
    description: 'What a model directory holds: its flavor, the columns it reads, its task and classes, and its files. Where the model came from is in metadata.json.',
    type: 'object',
    required: ['version', 'flavor', 'task', 'target', 'inputs'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      version: { const: 1, description: 'Format version.' },
      flavor: { enum: [...FLAVOR_NAMES], description: 'How the model is loaded and run.' },
      task: { enum: ['classification', 'regression'] },
      target: { type: 'string', minLength: 1, description: 'The column the model predicts.' },
      inputs: {
        type: 'array',
        minItems: 1,
        description: 'The columns the model reads, in the order a single tensor input takes them.',
        items: {
          type: 'object',
          required: ['name', 'type'],
          additionalProperties: false,
          properties: { name: { type: 'string', minLength: 1 }, type: { enum: ['number', 'text'] } },
        },
      },
      classes: {
        type: 'array',
        minItems: 2,
        items: label,
        description: "A classifier's classes, in the order of its probabilities. An onnx model may leave them to its graph.",
      },
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'The files the flavor reads, relative to the directory; each must be there.',
      },
      runtime: { type: 'string', description: 'What running the model needs besides this directory, such as "Python 3.12, scikit-learn 1.5".' },
      command: {
        type: 'object',
        required: ['predict'],
        additionalProperties: false,
        description: 'The command flavor: commands run with bash in the model directory.',
        properties: {
          predict: { type: 'string', minLength: 1, description: 'Reads the rows in $MLOPS_INPUT and writes one prediction per row to $MLOPS_OUTPUT: y_pred, and proba_<class> per class for a classifier.' },
          serve: { type: 'string', minLength: 1, description: 'Optional: a long-lived command answering one JSON object per line on stdin with one on stdout.' },
          format: { enum: ['csv', 'jsonl'], description: 'The file format of $MLOPS_INPUT and $MLOPS_OUTPUT. Default: csv.' },
          'timeout-seconds': { type: 'number', exclusiveMinimum: 0, maximum: 86400, description: 'A predict call taking longer is stopped and fails. Default: 600.' },
        },
      },
    },
  }
}
