import { describe, expect, it } from 'vitest'
import type { InputSpec } from '../runtime/command.js'
import { closest, editDistance, parseFlags } from './flags.js'

const INPUTS: Record<string, InputSpec> = {
  data: { description: 'data' },
  'output-dir': { description: 'folder' },
  'upload-artifact': { description: 'upload', type: 'boolean' },
}

const refusal = (args: string[]) => {
  try {
    parseFlags(INPUTS, args)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('parseFlags accepted ' + args.join(' '))
}

describe('parseFlags', () => {
  it('takes a boolean input as a flag without a value, or with =true / =false', () => {
    expect(parseFlags(INPUTS, ['--data', 'a.csv', '--upload-artifact']).values).toEqual({ data: 'a.csv', 'upload-artifact': 'true' })
    expect(parseFlags(INPUTS, ['--upload-artifact=false', '--data=a.csv']).values).toEqual({ data: 'a.csv', 'upload-artifact': 'false' })
    expect(parseFlags(INPUTS, ['--upload-artifact', '--json'])).toEqual({ values: { 'upload-artifact': 'true' }, json: true, help: false, version: false })
  })

  it('says how to write a boolean given a separate value, and refuses an empty one', () => {
    expect(refusal(['--upload-artifact', 'false'])).toBe("flag '--upload-artifact' takes no separate value; write --upload-artifact=false.")
    expect(refusal(['--upload-artifact='])).toBe("flag '--upload-artifact' needs true or false after '='; leave it out for the default.")
  })

  it('refuses an empty or missing value of a text input', () => {
    const message = "flag '--output-dir' needs a value; leave it out for the default."
    for (const args of [['--output-dir'], ['--output-dir', ''], ['--output-dir='], ['--output-dir', '--json']]) expect(refusal(args)).toBe(message)
  })

  it('suggests the closest flag, and lists the flags when none is close', () => {
    expect(refusal(['--outptu-dir', 'm'])).toBe("unknown flag '--outptu-dir'; did you mean --output-dir?")
    expect(refusal(['--upload'])).toBe("unknown flag '--upload'. Flags: --data, --output-dir, --upload-artifact, --json.")
    expect(refusal(['-x'])).toBe("unknown flag '-x'. Flags: --data, --output-dir, --upload-artifact, --json.")
    expect(refusal(['--json=yes'])).toBe("flag '--json' takes no value.")
  })

  it('takes -h and --help, --version, and refuses a bare argument', () => {
    expect(parseFlags(INPUTS, ['-h']).help).toBe(true)
    expect(parseFlags(INPUTS, ['--version']).version).toBe(true)
    expect(refusal(['a.csv'])).toBe("unexpected argument 'a.csv'; inputs are given as --name value.")
  })

  it("reads --version as the command's own input when it has one, such as register's", () => {
    const withVersion = { ...INPUTS, version: { description: 'Version to act on.' } }
    expect(parseFlags(withVersion, ['--version', '2'])).toEqual({ values: { version: '2' }, json: false, help: false, version: false })
    expect(() => parseFlags(withVersion, ['--version'])).toThrow("flag '--version' needs a value; leave it out for the default.")
  })
})

describe('closest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('jsno', 'json')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(closest('jsno', ['data', 'json'])).toBe('json')
    expect(closest('valdiate', ['validate', 'train', 'gate', 'register'])).toBe('validate')
    expect(closest('xyz', ['data', 'json'])).toBeUndefined()
  })
})
