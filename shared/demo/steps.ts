import { cliIO, type CliState } from '../cli/io.js'
import { renderForTerminal } from '../cli/terminal.js'
import { mapSource } from '../inputs/index.js'
import { table } from '../report/index.js'
import { executeCommand, type Command } from '../runtime/command.js'

interface StepOptions {
  /** The command's checks may fail without stopping the demo. */
  mayFail?: boolean
  /** The outcome in the summary, from the outputs, when "passed" or the failure's message says too little. */
  describe?: (outputs: Record<string, string>) => string
}

interface StepRecord {
  title: string
  outcome: string
  seconds: number
}

/** Runs the demo's steps in order, numbering and timing each, and ends with a summary of them all. */
export class DemoSteps {
  private readonly records: StepRecord[] = []

  /** Runs a command as `mlops <command>` would, printing the command line, its summary and its outputs. */
  async run(title: string, command: Command<any, any>, inputs: Record<string, string>, options: StepOptions = {}): Promise<Record<string, string>> {
    return (await this.execute(title, command, inputs, options)).outputs
  }

  async runForResult<R>(title: string, command: Command<any, R>, inputs: Record<string, string>, options: StepOptions = {}): Promise<R> {
    return (await this.execute(title, command, inputs, options)).result
  }

  /** A step that is not one command, such as the rollout; its function returns the step's outcome. */
  async custom(title: string, body: () => Promise<string>): Promise<void> {
    this.header(title)
    const started = performance.now()
    const outcome = await body()
    this.records.push({ title, outcome, seconds: (performance.now() - started) / 1000 })
  }

  skip(title: string, why: string): void {
    this.header(title)
    process.stdout.write(`Skipped: ${why}.\n`)
    this.records.push({ title, outcome: `skipped: ${why}`, seconds: 0 })
  }

  printSummary(footer: string): void {
    const total = this.records.reduce((sum, record) => sum + record.seconds, 0)
    const rows = this.records.map((record, index) => [index + 1, record.title.split(':')[0], record.outcome, record.seconds.toFixed(1)])
    const summary = ['## The loop, step by step', '', table(['#', 'step', 'outcome', 'seconds'], rows, ['right', 'left', 'left', 'right']), '', `${this.records.length} steps in ${total.toFixed(1)} s.`]
    process.stdout.write(`\n${renderForTerminal(summary.join('\n'))}\n${footer}\n`)
  }

  private header(title: string): void {
    process.stdout.write(`\n==> ${this.records.length + 1}. ${title}\n`)
  }

  private async execute<R>(title: string, command: Command<any, R>, inputs: Record<string, string>, options: StepOptions) {
    this.header(title)
    const flags = Object.entries(inputs).map(([key, value]) => `--${key} ${/[\s{}]/.test(value) ? `'${value}'` : value}`)
    process.stdout.write(`    mlops ${command.cli} ${flags.join(' ')}\n\n`)
    const state: CliState = { outputs: {} }
    const started = performance.now()
    const outcome = await executeCommand(command, cliIO(mapSource(inputs), false, state))
    const seconds = (performance.now() - started) / 1000
    process.stdout.write(`\noutputs: ${JSON.stringify(state.outputs)}\n`)
    if (state.failure) process.stdout.write(`result: ${state.failure}\n`)
    if (!outcome || (state.failure && !options.mayFail)) throw new Error(`demo step ${this.records.length + 1} failed: ${state.failure}`)
    this.records.push({ title, outcome: options.describe?.(state.outputs) ?? (state.failure ? `failed: ${state.failure}` : 'passed'), seconds })
    return { outputs: state.outputs, result: outcome.result }
  }
}
