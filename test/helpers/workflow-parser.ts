import { register } from 'node:module'

/** GitHub's own parser of workflow and action.yml files (@actions/workflow-parser), the one its editor tooling uses. */
export interface WorkflowParser {
  /** Schema errors of a workflow file, as "name (Line: l, Col: c): message". */
  workflowErrors(name: string, content: string): string[]
  actionErrors(name: string, content: string): string[]
}

interface ParseResult {
  context: { errors: { getErrors(): { message: string }[] } }
}

type Parse = (file: { name: string; content: string }, trace: object) => ParseResult

// The package imports its JSON schemas without `with { type: 'json' }`, which only bundlers accept.
const JSON_IMPORT_HOOK = `export async function load(url, context, next) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
  }
  return next(url, context)
}`

let parser: Promise<WorkflowParser> | undefined

export function loadWorkflowParser(): Promise<WorkflowParser> {
  return (parser ??= load())
}

async function load(): Promise<WorkflowParser> {
  register(`data:text/javascript,${encodeURIComponent(JSON_IMPORT_HOOK)}`)
  // Specifiers in variables: the package is optional for type checking.
  const main = '@actions/workflow-parser'
  const actions = '@actions/workflow-parser/actions/action-parser'
  let parseWorkflow: Parse
  let parseAction: Parse
  try {
    ;({ parseWorkflow } = await import(main))
    ;({ parseAction } = await import(actions))
  } catch (error) {
    throw new Error(`cannot load @actions/workflow-parser (is it in devDependencies and installed?): ${(error as Error).message}`)
  }
  const trace = { error() {}, info() {}, verbose() {} }
  const errors = (parse: Parse) => (name: string, content: string) =>
    parse({ name, content }, trace)
      .context.errors.getErrors()
      .map((error) => error.message)
  return { workflowErrors: errors(parseWorkflow), actionErrors: errors(parseAction) }
}
