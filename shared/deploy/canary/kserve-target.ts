import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileError, UserError } from '../../errors/index.js'
import { makeDirectories } from '../../fs/index.js'
import { writeOutputFile } from '../../output/index.js'
import type { Routing } from '../../serve/index.js'
import { inferenceService, manifestYaml, type ModelServerSpec, type RolloutStep } from '../kserve.js'
import type { TrafficTarget } from './server-target.js'

/** The InferenceService's settings without the version, which the rollout supplies. */
export type KServeSettings = Omit<ModelServerSpec, 'version'>

/** The file name of a step's manifest, so that a listing sorts in rollout order. */
function manifestName(index: number, step: RolloutStep): string {
  const label = step.step === 'canary' ? `canary-${step.percent}` : step.step
  return `${String(index).padStart(2, '0')}-${label}.yaml`
}

/**
 * Every manifest a canary rollout of `version` would apply, one file per step, then the promotion
 * and the rollback, into `dir`: what a reviewer or a GitOps tool applies without this action.
 */
export function writeKServeManifests(settings: KServeSettings, version: number, steps: readonly number[], dir: string): string[] {
  const rollout: RolloutStep[] = [...steps.filter((percent) => percent < 100).map((percent) => ({ step: 'canary' as const, percent })), { step: 'promote' }, { step: 'rollback' }]
  makeManifestsDir(dir)
  return rollout.map((step, i) => writeManifest(settings, version, step, join(dir, manifestName(i + 1, step))))
}

function makeManifestsDir(dir: string): void {
  try {
    makeDirectories(dir)
  } catch (error) {
    throw fileError('manifests', 'write', dir, error)
  }
}

/** Written as every output is (shared/output): atomically, refusing folders, devices and /proc paths. */
function writeManifest(settings: KServeSettings, version: number, step: RolloutStep, path: string): string {
  writeOutputFile('manifests', path, manifestYaml(inferenceService({ ...settings, version }, step)))
  return path
}

/** Refuses a kubeconfig run before anything is applied when kubectl cannot be started. */
export function checkKubectl(): void {
  const probe = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' })
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new UserError("Input 'kubeconfig': kubectl is not on PATH; install it in the job (such as azure/setup-kubectl), or leave 'kubeconfig' out to write the manifests only.")
}

/**
 * Shifts traffic by applying the InferenceService with `kubectl apply`: a canary weight is
 * `canaryTrafficPercent`, the candidate as stable is the promotion, the old stable the rollback.
 * KServe keeps the previous revision itself, so `stable` (the version the promote alias held) only names it.
 */
export class KServeTarget implements TrafficTarget {
  readonly describe: string
  private applied = 0

  constructor(
    private readonly settings: KServeSettings,
    private readonly stable: number,
    private readonly candidate: number,
    private readonly kubeconfig: string,
    private readonly dir: string,
  ) {
    this.describe = `the InferenceService ${settings.namespace ? `${settings.namespace}/` : ''}${settings.service}`
  }

  async current(): Promise<Routing> {
    return { mode: 'stable', stable: this.stable }
  }

  async prepare(): Promise<void> {}

  async route(routing: Routing): Promise<void> {
    if (routing.mode === 'shadow') throw new UserError("Input 'strategy': the kserve target rolls out as a canary only; use target 'server' for shadow and blue-green.")
    const step: RolloutStep = routing.mode === 'canary' ? { step: 'canary', percent: Math.round(routing.weight) } : routing.stable === this.candidate ? { step: 'promote' } : { step: 'rollback' }
    makeManifestsDir(this.dir)
    const path = writeManifest(this.settings, this.candidate, step, join(this.dir, manifestName(++this.applied, step)))
    const apply = spawnSync('kubectl', ['--kubeconfig', this.kubeconfig, 'apply', '-f', path], { encoding: 'utf8' })
    if (apply.error) throw new UserError(`Input 'kubeconfig': kubectl could not start (${(apply.error as NodeJS.ErrnoException).code ?? apply.error.message}).`)
    if (apply.status !== 0) throw new UserError(`Input 'kubeconfig': kubectl apply -f ${path} failed with exit code ${apply.status}: ${apply.stderr.trim().split('\n').at(-1) ?? ''}`)
  }
}
