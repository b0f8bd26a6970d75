/** What the emulator's own tests share: a self-checked emulator per test and a plain Octokit. */
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { afterEach, expect } from 'vitest'
import { startEmulator, type Emulator, type EmulatorOptions } from './server.js'

export const REPO = { owner: 'octo-org', repo: 'models' }
export const FULL_NAME = `${REPO.owner}/${REPO.repo}`

/** No retries and no write spacing: what is sent is what the emulator sees, concurrently if need be. */
const PlainGitHub = Octokit.plugin(paginateRest)
export type PlainClient = InstanceType<typeof PlainGitHub>

/**
 * Starts one emulator per test in self-check mode and closes it after, failing the test if any response
 * the emulator built broke GitHub's description, or whatever else `check` finds in its traffic.
 */
export function useEmulator(check: (emulator: Emulator) => void = expectFaithfulAnswers): (options?: EmulatorOptions) => Promise<Emulator> {
  let emulator: Emulator | undefined
  afterEach(async () => {
    if (!emulator) return
    const current = emulator
    emulator = undefined
    try {
      check(current)
    } finally {
      await current.close()
    }
  })
  return async (options = {}) => (emulator = await startEmulator({ repos: [{ owner: REPO.owner, name: REPO.repo }], selfCheck: true, ...options }))
}

export function plainClient(github: Emulator, token = github.token): PlainClient {
  return new PlainGitHub({ auth: token, baseUrl: github.url, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } })
}

export interface Failure {
  status: number
  message: string
  response?: { data: unknown; headers: Record<string, unknown> }
}

export async function failure(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise
  } catch (error) {
    return error as Failure
  }
  throw new Error('expected the request to fail')
}

/** Every request matched GitHub's description, and so did every answer. */
export function expectFaithfulTraffic(emulator: Emulator): void {
  expect(emulator.requests.filter((r) => !r.valid).map((r) => [r.method, r.path, r.errors])).toEqual([])
  expectFaithfulAnswers(emulator)
}

/** Every answer the emulator built matched GitHub's description. */
function expectFaithfulAnswers(emulator: Emulator): void {
  expect(emulator.requests.flatMap((r) => r.responseErrors)).toEqual([])
}
