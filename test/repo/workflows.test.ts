import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { actionlint, formatFindings } from '../helpers/actionlint.js'
import { repoPath } from '../helpers/repo.js'
import { loadWorkflowParser } from '../helpers/workflow-parser.js'
import { COMMANDS } from '../../shared/commands/index.js'
import { callProblems, outputProblems, readWorkflowFile, refProblems, stepProblems, type WorkflowFile } from '../helpers/workflow-files.js'

const yamlIn = (dir: string) =>
  existsSync(repoPath(dir))
    ? readdirSync(repoPath(dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `${dir}/${name}`)
    : []

const REUSABLE_NAMES = ['mlops-pr', 'mlops-pr-comment', 'mlops-release', 'mlops-drift']
const REUSABLE = REUSABLE_NAMES.map((name) => `.github/workflows/${name}.yml`)
/** One starter per reusable workflow, and others (data-validate) beside them. */
const STARTER_NAMES = yamlIn('workflows-templates').map((file) => file.replace(/^.*\/|\.ya?ml$/g, ''))
const ORG_STARTERS = STARTER_NAMES.map((name) => `workflows-templates/${name}.yml`)
const COPY_READY = STARTER_NAMES.map((name) => `workflows-templates/copy-ready/${name}.yml`)
const EXAMPLES = yamlIn('examples/.github/workflows')
/** Workflows that call the reusable ones, as users do. */
const CALLERS = [...ORG_STARTERS, ...COPY_READY, ...EXAMPLES]
const ALL = [...REUSABLE, ...CALLERS]

const read = (file: string): WorkflowFile => readWorkflowFile(file, readFileSync(repoPath(file), 'utf8'))

describe('reusable workflows, starters and examples', () => {
  it('are all there', () => {
    for (const file of ALL) expect(existsSync(repoPath(file)), file).toBe(true)
    expect(STARTER_NAMES).toEqual(expect.arrayContaining(REUSABLE_NAMES))
    expect(EXAMPLES.length).toBe(REUSABLE.length)
  })

  // The files under .github/workflows and workflows-templates/*.yml are linted by actionlint.test.ts too.
  // actionlint does not read reusable workflows (not even local ones), so the calls are checked below.
  it.each(ALL)('%s passes actionlint', async (file) => {
    const findings = await actionlint(repoPath(file))
    expect(findings, formatFindings(findings).replaceAll(repoPath(), '')).toEqual([])
  })

  it.each(ALL)('%s passes @actions/workflow-parser', async (file) => {
    const parser = await loadWorkflowParser()
    expect(parser.workflowErrors(file, readFileSync(repoPath(file), 'utf8'))).toEqual([])
  })

  it.each(ALL)("%s gives this repository's actions and reusable workflows only declared inputs, and all required ones", (file) => {
    const workflow = read(file)
    expect([...stepProblems(workflow), ...callProblems(workflow)]).toEqual([])
  })

  it.each(ALL)('%s reads only outputs that exist', (file) => {
    expect(outputProblems(read(file))).toEqual([])
  })

  it.each(ALL)('%s references actions and workflows as the release contract says', (file) => {
    expect(refProblems(read(file), { reusable: REUSABLE.includes(file) })).toEqual([])
  })
})

describe('the checks above fail on a typo', () => {
  const prCaller = 'examples/.github/workflows/mlops-pr.yml'
  const mutate = (file: string, from: string, to: string) => {
    const text = readFileSync(repoPath(file), 'utf8')
    expect(text).toContain(from)
    return readWorkflowFile(file, text.replace(from, to))
  }
  /** The problems the mutation brought, whatever else is pending. */
  const added = (check: (workflow: WorkflowFile) => string[], mutated: WorkflowFile) => {
    const before = check(read(mutated.file))
    return check(mutated).filter((problem) => !before.includes(problem))
  }

  it("in a caller's input name", () => {
    const mutated = mutate(prCaller, '      holdout:', '      hold-out:')
    expect(added(callProblems, mutated)).toEqual([
      "job mlops: mlops-pr.yml has no input 'hold-out'",
      "job mlops: mlops-pr.yml needs input 'holdout'",
    ])
  })

  it("in an action's input name", () => {
    const mutated = mutate('.github/workflows/mlops-pr.yml', '          select-by:', '          selectby:')
    expect(added(stepProblems, mutated)).toEqual(["job gate: evaluate-gate has no input 'selectby'"])
  })

  it("in an action's output name", () => {
    const mutated = mutate('.github/workflows/mlops-pr.yml', 'steps.gate.outputs.baseline-uri }}', 'steps.gate.outputs.baseline-url }}')
    expect(added(outputProblems, mutated)).toEqual(["steps.gate.outputs.baseline-url: evaluate-gate has no output 'baseline-url'"])
  })

  it("in a job's output name", () => {
    const mutated = mutate('.github/workflows/mlops-release.yml', 'needs.register.outputs.version }}', 'needs.register.outputs.versions }}')
    expect(added(outputProblems, mutated)).toEqual(["needs.register.outputs.versions: job register has no output 'versions'"])
  })

  it('in a permission', () => {
    const mutated = mutate('.github/workflows/mlops-release.yml', '      contents: write\n      actions: read\n', '      contents: read\n      actions: read\n')
    expect(added(permissionProblems, mutated)).toEqual(['job register: register-model needs contents: write'])
  })

  it('in a pin', () => {
    const mutated = mutate(prCaller, 'mlops-pr.yml@v1', 'mlops-pr.yml@main')
    const major = `v${JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).version.split('.')[0]}`
    expect(added((workflow) => refProblems(workflow, { reusable: false }), mutated)).toEqual([`mlops-actions/mlops-actions/.github/workflows/mlops-pr.yml@main: expected @${major}`])
  })
})

describe('starter workflows', () => {
  it.each(STARTER_NAMES)('%s: the organisation template is the copy-ready one on $default-branch', (name) => {
    const org = readFileSync(repoPath('workflows-templates', `${name}.yml`), 'utf8')
    const copyReady = readFileSync(repoPath('workflows-templates', 'copy-ready', `${name}.yml`), 'utf8')
    expect(copyReady).not.toContain('$default-branch')
    expect(org.replaceAll('$default-branch', 'main')).toBe(copyReady)
    expect(existsSync(repoPath('workflows-templates', `${name}.properties.json`))).toBe(true)
  })

  it.each(REUSABLE_NAMES)('%s: each starter calls its reusable workflow', (name) => {
    const calls = read(`workflows-templates/${name}.yml`).calls.map((call) => call.workflow)
    expect(calls).toEqual([`${name}.yml`])
  })
})

describe('reusable workflows', () => {
  it.each(REUSABLE)('%s is only called, grants nothing at the top and sets permissions per job', (file) => {
    const { spec } = read(file)
    expect(Object.keys(spec.on as object)).toEqual(['workflow_call'])
    expect(spec.permissions).toEqual({})
    for (const [id, job] of Object.entries(spec.jobs)) expect(job.permissions, `job ${id}`).toBeTypeOf('object')
  })

  it.each(REUSABLE)('%s describes every input, secret and output', (file) => {
    const call = (read(file).spec.on as { workflow_call: Record<string, Record<string, { description?: string }> | undefined> }).workflow_call
    const undescribed = (['inputs', 'secrets', 'outputs'] as const).flatMap((kind) =>
      Object.entries(call[kind] ?? {})
        .filter(([, spec]) => !spec.description?.trim())
        .map(([name]) => `${kind}.${name}`),
    )
    expect(undescribed).toEqual([])
  })

  it.each(REUSABLE)('%s grants each job what its actions declare they need', (file) => {
    expect(permissionProblems(read(file))).toEqual([])
  })

  it.each(REUSABLE)('%s never checks out a ref taken from the event', (file) => {
    for (const step of read(file).steps) {
      if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.ref, `job ${step.job}`).toBeUndefined()
    }
  })

  it('serialize registry writes and drift issues', () => {
    expect(read('.github/workflows/mlops-release.yml').spec.concurrency).toEqual({ group: 'mlops-registry-${{ inputs.name }}', 'cancel-in-progress': false })
    expect(read('.github/workflows/mlops-drift.yml').spec.jobs.monitor!.concurrency).toEqual({ group: 'mlops-drift-${{ inputs.name }}', 'cancel-in-progress': false })
  })

  it('record each rollout once: as the job environment GitHub records, not again by deploy-canary', () => {
    const workflow = read('.github/workflows/mlops-release.yml')
    for (const job of ['staging', 'production']) {
      expect((workflow.spec.jobs[job] as { environment?: unknown }).environment, `job ${job}`).toEqual({ name: job, url: `\${{ inputs.${job}-server-url }}` })
      expect(workflow.spec.jobs[job]!.permissions, `job ${job}`).toEqual({ contents: 'write' })
      const deploy = workflow.steps.find((step) => step.job === job && step.uses?.includes('/actions/deploy-canary@'))
      expect(deploy?.with?.environment, `job ${job}`).toBeUndefined()
    }
  })

  it('give the comment workflow no more than it needs', () => {
    const jobs = Object.values(read('.github/workflows/mlops-pr-comment.yml').spec.jobs)
    expect(jobs.map((job) => job.permissions)).toEqual([{ actions: 'read', 'pull-requests': 'write' }])
  })
})

/** Each step of this repository's actions against its job's `permissions:`, from the commands' declarations. */
function permissionProblems(workflow: WorkflowFile): string[] {
  const levels = ['read', 'write']
  return workflow.steps.flatMap((step) => {
    const action = /^mlops-actions\/mlops-actions\/actions\/([\w-]+)@/.exec(step.uses ?? '')?.[1]
    const command = COMMANDS.find((candidate) => candidate.action === action)
    const granted = (workflow.spec.jobs[step.job]!.permissions ?? {}) as Record<string, string>
    return (command?.permissions ?? [])
      .filter((need) => !ruledOut(action!, need.scope, step.with ?? {}))
      .filter((need) => levels.indexOf(granted[need.scope] ?? '') < levels.indexOf(need.level))
      .map((need) => `job ${step.job}: ${action} needs ${need.scope}: ${need.level}`)
  })
}

/** A permission an action declares only for some runs, which the step's inputs rule out. */
function ruledOut(action: string, scope: string, given: Record<string, unknown>): boolean {
  if (action === 'deploy-canary' && scope === 'deployments') return !given.environment
  return action === 'evaluate-gate' && scope === 'pull-requests' && given.comment === 'never'
}
