/** Escapes text for a Markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function table(headers: string[], rows: unknown[][], align?: ('left' | 'right')[]): string {
  const rule = headers.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'))
  return [headers, rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(' | ')} |`).join('\n')
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US')
}

export function formatStat(value: number | string | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return formatCount(value)
  return String(Number(value.toPrecision(4)))
}

/** Link to the workflow run when running in GitHub Actions. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
}
