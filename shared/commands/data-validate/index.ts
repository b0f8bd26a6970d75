import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkOutputPaths, namedPaths, type NamedPath } from '../../output/index.js'
import { validationSummary } from '../../report/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import type { HostContext } from '../../runtime/host.js'
import { loadSchemaFile, validateData, writeSchemaFile, type DataSchema, type ValidationResult } from '../../validate/index.js'

export const FAIL_ON = ['error', 'warning', 'never'] as const

export interface ValidateCommandOptions {
  data: string[]
  schemaPath?: string
  writeSchema?: string
  failOn: (typeof FAIL_ON)[number]
  report: string
  missingValues?: string[]
  configPath?: string
  /** The workflow run, linked from the report. */
  runUrl?: string
  /** Threads the host asks for (MLOPS_THREADS). */
  threads?: number
}

export const validateCommand: Command<ValidateCommandOptions, ValidationResult> = {
  action: 'data-validate',
  cli: 'validate',
  title: 'mlops data-validate',
  description:
    'Validate tabular data (CSV, TSV, JSON Lines, Parquet, gzip, globs) against a YAML schema, streaming with bounded memory, or infer a schema from it.',
  permissions: [],
  inputs: {
    data: { description: 'Path or glob of the data files (.csv, .tsv, .jsonl, .parquet, optionally .gz). Several may be given comma-separated or as a YAML list.', required: true },
    schema: { description: 'Path to a YAML data schema to validate against.' },
    'write-schema': { description: 'Infer a schema from `data` and write it to this path.' },
    'fail-on': { description: 'Fail the step on findings of this severity or worse: `error`, `warning` or `never`.', default: 'error' },
    'missing-values': {
      description: `Cell values read as missing besides empty cells, comma-separated or a YAML list. Default: the schema's \`missing-values\`, else ${DEFAULT_MISSING_VALUES.filter(Boolean).join(' ')}.`,
    },
    report: { description: 'Path of the JSON report.', default: 'data-validation.json' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    valid: { type: 'boolean', description: '`true` when no finding is an error (warnings alone leave the data valid), whatever `fail-on` says; `fail-on` decides only whether the step fails.' },
    errors: { type: 'number', description: 'Number of error findings.' },
    warnings: { type: 'number', description: 'Number of warning findings.' },
    rows: { type: 'number', description: 'Number of data rows read; a row with the wrong number of fields is a finding, not a row.' },
    'data-hash': { description: 'sha256 of the data: of the file for one file, else over the sorted "<sha256>  <path>" lines of all files.' },
    report: { description: 'Path of the JSON report.' },
  },

  parse(inputs: Inputs, host: HostContext): ValidateCommandOptions {
    inputs.required('data')
    const missing = inputs.list('missing-values')
    const options: ValidateCommandOptions = {
      data: inputs.list('data'),
      schemaPath: inputs.string('schema'),
      writeSchema: inputs.string('write-schema'),
      failOn: inputs.choice('fail-on', FAIL_ON, 'error'),
      report: inputs.string('report') ?? 'data-validation.json',
      missingValues: missing.length > 0 ? missing : undefined,
      configPath: inputs.string('config'),
      ...(host.runUrl && { runUrl: host.runUrl }),
      ...(host.threads && { threads: host.threads }),
    }
    return options
  },

  async run(options, log): Promise<CommandResult<ValidationResult>> {
    const files = await resolveDataFiles(options.data)
    checkOutputPaths(outputPaths(options), { files: [...files.map((file) => ({ input: 'data', path: file.path })), ...namedPaths({ schema: options.schemaPath, config: options.configPath })] })
    const compiled = options.schemaPath ? loadSchemaFile(options.schemaPath) : undefined
    const schema = compiled?.schema
    const missingValues = options.missingValues ?? schema?.['missing-values'] ?? DEFAULT_MISSING_VALUES
    const what = files.length === 1 ? files[0].path : `${files.length} files`
    log.info(`Reading ${what}${schema ? ` against ${options.schemaPath}` : ''}`)
    const progress = log.progress(`${options.writeSchema !== undefined ? 'Inferring a schema from' : 'Validating'} ${what}`)
    const result = await validateData({
      files,
      schema: compiled,
      missingValues,
      infer: options.writeSchema !== undefined,
      threads: options.threads,
    }, (threads) => log.info(`Validated on ${threads} thread${threads === 1 ? '' : 's'}`), progress).finally(() => progress.end())
    if (options.writeSchema && result.inferred) {
      writeSchemaFile(options.writeSchema, result.inferred, 'write-schema', result.inferenceNotes)
      log.info(`Wrote the inferred schema to ${options.writeSchema}`)
    }
    const valid = result.errors === 0
    const failing = failingFindings(result, options.failOn)
    return {
      result,
      outputs: {
        valid: String(valid),
        errors: String(result.errors),
        warnings: String(result.warnings),
        rows: String(result.rows),
        'data-hash': result.dataHash,
        report: options.report,
      },
      report: buildReport(result, valid, options, schema),
      reportPath: options.report,
      summary: validationSummary(result, valid, options.report, { failOn: options.failOn, failsStep: failing > 0 }),
      annotations: result.findings
        .filter((finding) => !finding.omitted)
        .map((finding) => ({
        severity: finding.severity,
        message: finding.column ? `${finding.column}: ${finding.message}` : finding.message,
        title: `data-validate: ${finding.check}`,
        file: finding.file,
        line: finding.line,
      })),
      failure: failing === 0 ? undefined : `Data validation failed: ${failing} finding${failing === 1 ? '' : 's'} at or above '${options.failOn}' (see ${options.report}).`,
    }
  },
}

/** The files this run writes: the inferred schema first, as it is written first. */
function outputPaths(options: ValidateCommandOptions): NamedPath[] {
  return namedPaths({ 'write-schema': options.writeSchema, report: options.report })
}

/** The findings that fail the step: `fail-on` decides the exit status, never `valid`. */
export function failingFindings(result: ValidationResult, failOn: ValidateCommandOptions['failOn']): number {
  if (failOn === 'never') return 0
  return failOn === 'warning' ? result.errors + result.warnings : result.errors
}

function buildReport(result: ValidationResult, valid: boolean, options: ValidateCommandOptions, schema: DataSchema | undefined) {
  return {
    tool: 'mlops-actions/data-validate',
    valid,
    failOn: options.failOn,
    schema: options.schemaPath ?? null,
    writtenSchema: options.writeSchema ?? null,
    data: { files: result.files, rows: result.rows, hash: result.dataHash },
    summary: { errors: result.errors, warnings: result.warnings },
    findings: result.findings.map((finding) => ({
      file: finding.file ?? null,
      line: finding.line ?? null,
      column: finding.column ?? null,
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      ...(finding.omitted ? { omitted: finding.omitted } : {}),
    })),
    profile: result.profile,
    run: options.runUrl ?? null,
    checkedColumns: schema ? Object.keys(schema.columns) : [],
  }
}
