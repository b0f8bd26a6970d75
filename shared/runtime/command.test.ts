import { describe, expect, it } from 'vitest'
import { runCommand } from '../../test/helpers/host.js'
import { COMMANDS } from '../commands/index.js'
import type { Command } from './command.js'
import { isActionCommand, renderInputsAndOutputs } from './docs.js'

/** A command the CLI alone runs, as a server would be: no action folder, no action.yml. */
const echoCommand: Command<{ word: string }, string> = {
  cli: 'echo',
  title: 'mlops echo',
  description: 'Says a word back.',
  inputs: { word: { description: 'The word.', required: true } },
  outputs: { word: { description: 'The same word.' } },
  permissions: [],
  parse: (inputs) => ({ word: inputs.required('word') }),
  async run({ word }) {
    return { result: word, outputs: { word }, report: { word }, reportPath: '/dev/null', summary: word, annotations: [] }
  },
}

describe('a command that is not an action', () => {
  it('is left out of the actions whose action.yml and README are generated', () => {
    expect(isActionCommand(echoCommand)).toBe(false)
    expect([...COMMANDS, echoCommand].filter(isActionCommand).map((command) => command.action)).toEqual(['data-validate', 'train', 'evaluate-gate', 'register-model', 'monitor-drift', 'predict', 'deploy-canary', 'comment', 'gated-run', 'sweep'])
  })

  it('still documents its inputs and outputs', () => {
    expect(renderInputsAndOutputs(echoCommand)).toContain('| `word` | yes | The word. |')
  })

  it('runs on a host like any other, and names its missing input', async () => {
    const failed = await runCommand(echoCommand, {})
    expect(failed.failures).toEqual(["Input 'word' is required."])
  })
})
