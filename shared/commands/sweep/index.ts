import { UserError } from '../../errors/index.js'
import type { Inputs, YamlInput } from '../../inputs/index.js'
import { checkOutputPaths, namedPaths } from '../../output/index.js'
import { renderSweepSummary } from '../../report/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import { matrixJson, MAX_MATRIX_JOBS, planSweep, type Sweep } from '../../sweep/index.js'
import { parseYaml } from '../../yaml/index.js'

export interface SweepOptions {
  /** The grid as parsed YAML, and where it came from for messages. */
  grid: unknown
  gridSource: string
  base: Record<string, unknown>
  maxPoints: number
  report: string
  /** Files read, which the report may not overwrite. */
  reads: { input: string; path: string }[]
}

export const sweepCommand: Command<SweepOptions, Sweep> = {
  action: 'sweep',
  cli: 'sweep',
  title: 'mlops sweep',
  description:
    "Expand a grid of training params into a GitHub Actions matrix: one leg per point, each with a short, stable name (safe as an artifact or folder name) and its params as JSON for `train`'s `params` input.",
  permissions: [],
  inputs: {
    grid: {
      description:
        'YAML, inline or a file path: a mapping of param names to lists of values, expanded as a Cartesian product (the first name varies slowest, as in a matrix), such as `{learning-rate: [0.01, 0.1], epochs: [20, 40]}`; or a list of mappings, one per point. A value may be anything JSON can carry, lists and mappings included: `hidden-units: [[32], [64, 64]]` sweeps two shapes.',
      required: true,
    },
    params: { description: "Base params (YAML or JSON, inline or a file path) every point is merged over; a point's own value wins." },
    'max-points': { description: "Most points the grid may make: GitHub runs at most 256 jobs from one matrix.", default: String(MAX_MATRIX_JOBS) },
    report: { description: 'Path of the JSON report: every leg with its name and params.', default: 'sweep.json' },
    config: { description: 'YAML file whose keys are input names; inputs given directly win.' },
  },
  outputs: {
    matrix: {
      type: 'json',
      description: 'JSON `{"include": [{"name": ..., "params": ...}]}`, for a `strategy.matrix` given as `fromJSON(needs.<job>.outputs.matrix)`; each leg passes `matrix.params`, a JSON string, to `train` as its `params`.',
    },
    count: { type: 'number', description: 'Number of legs.' },
  },

  parse(inputs: Inputs): SweepOptions {
    const grid = readYaml(inputs.yamlOrFile('grid', "a YAML grid such as '{learning-rate: [0.01, 0.1]}'"), 'grid')
    if (!grid) throw new UserError("Input 'grid' is required: a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}'.")
    const base = readYaml(inputs.yamlOrFile('params', "YAML or JSON such as '{epochs: 20}'"), 'params')
    if (base && !isRecord(base.value)) throw new UserError(`${base.where}: must be a mapping of param names to values.`)
    return {
      grid: grid.value,
      gridSource: grid.where,
      base: (base?.value as Record<string, unknown> | undefined) ?? {},
      maxPoints: inputs.number('max-points', MAX_MATRIX_JOBS, { min: 1, max: MAX_MATRIX_JOBS, integer: true }),
      report: inputs.string('report') ?? 'sweep.json',
      reads: namedPaths({ grid: grid.file, params: base?.file, config: inputs.string('config') }),
    }
  },

  async run(options): Promise<CommandResult<Sweep>> {
    checkOutputPaths(namedPaths({ report: options.report }), { files: options.reads, dirs: [] })
    const sweep = planSweep(options.grid, options.base, options.maxPoints, options.gridSource)
    return {
      result: sweep,
      outputs: { matrix: matrixJson(sweep), count: String(sweep.legs.length) },
      report: { tool: 'mlops-actions/sweep', count: sweep.legs.length, varied: sweep.varied, params: options.base, legs: sweep.legs },
      reportPath: options.report,
      summary: renderSweepSummary(sweep, options.base),
      annotations: [],
    }
  },
}

/** Inline YAML, a file, or a value of the config file; `where` names the input (and file) for messages. */
function readYaml(input: YamlInput | undefined, name: string): { value: unknown; where: string; file?: string } | undefined {
  if (!input) return undefined
  if ('parsed' in input) return { value: input.parsed, where: `Input '${name}'` }
  const where = `Input '${name}'${input.file ? ` ('${input.file}')` : ''}`
  let value: unknown
  try {
    value = parseYaml(input.text, input.file ?? name)
  } catch (error) {
    throw new UserError(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  return { value, where, ...(input.file && { file: input.file }) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
