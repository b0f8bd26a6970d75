import { noProgress, throttledProgress, type Progress } from '../progress/index.js'

/**
 * The job summary, readable in a terminal: `<details>` and `<summary>` tags go (their text stays),
 * Mermaid charts go (a terminal cannot draw them, and the tables beside them hold the numbers),
 * `<code>` becomes backticks and the entities that escape `<`, `>` and `&` are read back.
 * Tables and headings are already readable as they are.
 */
export function renderForTerminal(markdown: string): string {
  const lines: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line.trim() === fence) fence = undefined
      continue
    }
    const opening = /^\s*(`{3,}|~{3,})\s*mermaid\s*$/.exec(line)
    if (opening) {
      fence = opening[1]
      continue
    }
    lines.push(plainLine(line))
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n')
}

function plainLine(line: string): string {
  return line
    .replace(/<details(\s+open)?>/g, '')
    .replace(/<\/details>/g, '')
    .replace(/<summary>(.*?)<\/summary>/g, '▸ $1')
    .replace(/<\/?code>/g, '`')
    .replace(/&(lt|gt|amp|quot|#39|#x?[0-9a-f]+);/gi, decodeEntity)
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" }

/** Control characters stay escaped, so that data cannot move the terminal's cursor. */
function decodeEntity(entity: string, name: string): string {
  const named = NAMED[name.toLowerCase()]
  if (named) return named
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
  if (!Number.isFinite(code) || code < 0x20 || (code >= 0x7f && code < 0xa0) || code > 0x10ffff) return entity
  return String.fromCodePoint(code)
}

/** A live line on stderr, redrawn in place, when stderr is a terminal; nothing when it is a file or a pipe. */
export function terminalProgress(stream: NodeJS.WriteStream, intervalMs = 250): Progress {
  if (!stream.isTTY) return noProgress
  return (task) => throttledProgress(task, { intervalMs, write: (line, final) => stream.write(final ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`) })
}
