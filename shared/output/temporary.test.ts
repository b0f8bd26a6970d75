import { existsSync } from 'node:fs'
import { expect, it, vi } from 'vitest'

/** Whether this module's signal clean-up was in place each time a temporary folder was made. */
const cleanupInPlace: boolean[] = []

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    mkdtempSync: (...args: Parameters<typeof fs.mkdtempSync>) => {
      cleanupInPlace.push(['SIGINT', 'SIGTERM', 'SIGHUP'].every((signal) => process.listeners(signal as NodeJS.Signals).some((listener) => listener.name === 'onSignal')))
      return fs.mkdtempSync(...args)
    },
  }
})

const { createTemporaryDir, removeTemporary } = await import('./temporary.js')

it('listens for signals before a temporary folder exists, so a kill the moment it appears still removes it', () => {
  const dir = createTemporaryDir('mlops-temporary-test-')
  expect(existsSync(dir)).toBe(true)
  removeTemporary(dir)
  expect(existsSync(dir)).toBe(false)
  expect(cleanupInPlace).toEqual([true])
})
