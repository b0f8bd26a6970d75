import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const HERE = dirname(fileURLToPath(import.meta.url))
const SHARED = resolve(HERE, '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** Relative modules a file imports, types included, as .ts paths. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => match[1])
  return specifiers.map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'))
}

/** Every import cycle among the files, each as the list of files around it. */
function cycles(files: string[], importsOf: (file: string) => string[] = imports): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]))
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file)!) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)).map((f) => relative(SHARED, f)))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return found
}

describe('the validate concept', () => {
  it('imports no module of its own in a cycle', () => {
    const files = sources(HERE)
    expect(files.length).toBeGreaterThan(30)
    expect(cycles(files)).toEqual([])
  })

  it('is one folder: no other folder of shared/ holds schema or check code', () => {
    const elsewhere = readdirSync(SHARED).filter((name) => ['schema', 'checks'].includes(name) && sources(join(SHARED, name)).length > 0)
    expect(elsewhere).toEqual([])
  })

  it('would find a cycle through type imports and back', () => {
    const [a, b, c] = ['a.ts', 'b.ts', 'c.ts'].map((name) => join(HERE, name))
    const edges = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ])
    expect(cycles([a, b, c], (file) => edges.get(file)!)).toEqual([['validate/a.ts', 'validate/b.ts', 'validate/c.ts']])
    expect(cycles([a, b], (file) => edges.get(file)!)).toEqual([])
  })
})
