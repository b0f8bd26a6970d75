import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared')

/** Imports still waiting to be taken apart, each named so that no new one slips in. */
const KNOWN_EDGES: string[] = []

/** Files that pass the whole environment on, unread, to a child process: the user's training, predict and serve commands. */
const PASSES_ENVIRONMENT_ON = ['process/index.ts', 'model/flavors/command-serve.ts']

/** The layers on top of the core: they run commands and so may render. */
const APPLICATIONS = ['cli', 'commands', 'demo', 'runtime']

/** The hosts, which alone read the process's environment. */
const HOSTS = ['runtime/github.ts', 'cli/', 'demo/']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const folderOf = (file: string) => relative(SHARED, file).split(sep)[0]!

/** Folder → the folders its files import, from every relative `import … from` and `export … from`. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(SHARED)) {
    const from = folderOf(file)
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!
    const text = readFileSync(file, 'utf8')
    for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (!specifier!.startsWith('.')) continue
      const target = resolve(dirname(file), specifier!)
      if (!target.startsWith(SHARED + sep)) continue
      const to = folderOf(target)
      if (to !== from && !KNOWN_EDGES.includes(`${from} → ${to}`)) edges.add(to)
    }
  }
  return graph
}

/** Strongly connected groups of more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = []
      let member: string
      do {
        member = stack.pop()!
        group.push(member)
      } while (member !== node)
      if (group.length > 1) found.push(group.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('the layout of shared/', () => {
  const graph = folderGraph()

  it('has no import cycle between folders', () => {
    expect(cycles(graph).map((group) => group.join(' ↔ '))).toEqual([])
  })

  it('keeps renderers out of the core: only the applications on top of it import report/', () => {
    const importers = [...graph].filter(([, to]) => to.has('report')).map(([from]) => from)
    expect(importers.filter((folder) => !APPLICATIONS.includes(folder))).toEqual([])
  })

  it('reads the environment only in the hosts', () => {
    const readers = sourceFiles(SHARED)
      .map((file) => relative(SHARED, file).split(sep).join('/'))
      .filter((file) => !HOSTS.some((host) => file.startsWith(host)) && !PASSES_ENVIRONMENT_ON.includes(file))
      .filter((file) => readFileSync(join(SHARED, file), 'utf8').includes('process.env'))
    expect(readers).toEqual([])
  })
})
