/** Parsers for what an action leaves behind: the GITHUB_OUTPUT file and `::command::` lines on stdout. */

export interface ParsedAnnotation {
  severity: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
}

/** Reads `name=value` lines and the `name<<DELIMITER` ... `DELIMITER` multiline form. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`output '${name}' has no closing delimiter '${delimiter}'`)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`malformed output line: ${JSON.stringify(line)}`)
    outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

const ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' }

/** Undoes @actions/core's escaping in one pass, so an escaped `%25` never decodes twice. */
export function unescapeCommandValue(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/gi, (match) => ESCAPES[match.toUpperCase()])
}

const COMMAND = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/

export function parseAnnotations(stdout: string): ParsedAnnotation[] {
  const annotations: ParsedAnnotation[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = COMMAND.exec(line)
    if (!match) continue
    const [, severity, properties, message] = match
    const annotation: ParsedAnnotation = { severity: severity as ParsedAnnotation['severity'], message: unescapeCommandValue(message) }
    for (const property of properties ? properties.split(',') : []) {
      const eq = property.indexOf('=')
      const key = property.slice(0, eq).trim()
      const value = unescapeCommandValue(property.slice(eq + 1))
      if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') annotation[key] = Number(value)
      else if (key === 'file' || key === 'title') annotation[key] = value
    }
    annotations.push(annotation)
  }
  return annotations
}
