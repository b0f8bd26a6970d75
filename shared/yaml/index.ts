import { LineCounter, parseDocument, type Document } from 'yaml'
import { UserError } from '../errors/index.js'

/**
 * Aliases may expand to at most this many nodes in all: enough for any hand-written file,
 * far too few for an alias bomb ("billion laughs") to exhaust memory.
 */
export const YAML_MAX_ALIAS_COUNT = 100

export interface ParsedYaml {
  value: unknown
  /** For callers that point at a key's line, such as schema errors. */
  document: Document.Parsed
  lines: LineCounter
}

/**
 * The one way the project reads YAML (config, params, schema, thresholds), with the same
 * limits everywhere. Errors are UserErrors that start with `source` (a path or an input name)
 * and, when known, the line and column.
 */
export function parseYamlDocument(text: string, source: string): ParsedYaml {
  const lines = new LineCounter()
  // Pretty errors build a regular expression from the text, which runs out of memory on deep nesting.
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const error = document.errors[0]
  if (error) {
    const { line, col } = lines.linePos(error.pos[0])
    throw new UserError(`${source}:${line}:${col}: invalid YAML: ${describeYamlError(error.message)}`)
  }
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT })
  } catch (thrown) {
    if (thrown instanceof ReferenceError && /alias/i.test(thrown.message)) {
      throw new UserError(`${source}: invalid YAML: its aliases expand to too many values (more than ${YAML_MAX_ALIAS_COUNT}); write the values out instead.`)
    }
    if (thrown instanceof RangeError) throw new UserError(`${source}: invalid YAML: ${describeYamlError(thrown.message)}`)
    throw thrown
  }
  return { value, document, lines }
}

/** The value of one YAML document; see parseYamlDocument. */
export function parseYaml(text: string, source: string): unknown {
  return parseYamlDocument(text, source).value
}

function describeYamlError(message: string): string {
  const first = message.split('\n')[0]
  return /maximum call stack/i.test(first) ? 'values are nested too deeply' : first
}
