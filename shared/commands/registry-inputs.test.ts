import { describe, expect, it } from 'vitest'
import { Inputs, mapSource } from '../inputs/index.js'
import { hostContext } from '../runtime/host.js'
import { evaluateGateCommand } from './evaluate-gate/index.js'
import { monitorDriftCommand } from './monitor-drift/index.js'
import { predictCommand } from './predict/index.js'
import { registerModelCommand } from './register-model/index.js'
import { openRegistryFromInputs } from './registry-inputs.js'

const settings = (values: Record<string, string>) => openRegistryFromInputs(new Inputs(mapSource(values)), hostContext({ GITHUB_ACTIONS: 'true' }))

describe("the 'cache' input", () => {
  it('is declared, on by default, by every action that downloads registered versions', () => {
    for (const command of [evaluateGateCommand, monitorDriftCommand, predictCommand, registerModelCommand]) {
      expect(command.inputs.cache, command.action).toMatchObject({ type: 'boolean', default: 'true' })
    }
  })

  it('is true unless set to false', () => {
    expect(settings({}).cache).toBe(true)
    expect(settings({ cache: 'false' }).cache).toBe(false)
    expect(settings({ cache: 'TRUE' }).cache).toBe(true)
  })

  it('refuses anything but true or false, naming the input', () => {
    expect(() => settings({ cache: 'maybe' })).toThrow("Input 'cache' has invalid value 'maybe': expected true or false.")
  })
})
