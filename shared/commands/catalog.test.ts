import { describe, expect, it } from 'vitest'
import { COMMAND_CATALOG } from './catalog.js'
import { COMMANDS } from './index.js'

describe('the command catalog', () => {
  it('names every command as its definition does, in the same order, and loads that definition', async () => {
    expect(COMMAND_CATALOG.map(({ cli, action }) => ({ cli, action }))).toEqual(COMMANDS.map(({ cli, action }) => ({ cli, action })))
    const loaded = await Promise.all(COMMAND_CATALOG.map((entry) => entry.load()))
    loaded.forEach((command, index) => expect(command).toBe(COMMANDS[index]))
  })
})
