import type { FlavorFacts, Lineage, ModelManifest, StoredMetadata } from '../model/index.js'
import type { CardFacts } from '../registry/index.js'
import { clip, fencedBlock, mdCode, mdLine, mdText } from './escape.js'
import { formatStat, link, md, table, type Cell } from './markdown.js'

/** Features and metrics listed on the card; metadata.json in the archive has them all. */
const CARD_ITEMS = 100

/** The parameters shown, in characters: a release body holds at most 125,000. */
const CARD_PARAMS = 20_000

/** The model card: what the model is, how well it did, and where it came from. Markdown for a release body. */
export function renderModelCard(facts: CardFacts, metadata: StoredMetadata, manifest: ModelManifest | undefined, { flavor, runtime }: FlavorFacts): string {
  // Read from an archive, so any field may be missing; each row falls back to '—'. A model
  // from before manifests kept its task, target and features in metadata.json.
  const metrics: Record<string, number> = metadata.metrics ?? {}
  const lineage: Lineage = metadata.lineage ?? {}
  const taskName = manifest?.task ?? metadata.task
  const target = manifest?.target ?? metadata.target
  const inputs = manifest?.inputs.map((input) => `${mdCode(input.name)} (${mdText(input.type)})`) ?? (Array.isArray(metadata.features) ? metadata.features.map((feature: unknown) => mdCode(feature)) : undefined)
  const task = taskName ? `${mdText(taskName)} ` : ''
  const lines = [
    `# ${mdText(facts.name)} v${facts.version}`,
    '',
    facts.description ? mdLine(facts.description) : `A ${task}model of ${target ? mdCode(target) : '?'}.`,
    '',
    '## Model',
    '',
    table(['', ''], [
      ['flavor', flavor],
      ['runtime', runtime ?? '—'],
      ['task', taskName ?? '—'],
      ['target', target ? md(mdCode(target)) : '—'],
      ['inputs', inputs ? md(listed(inputs)) : '—'],
      ['classes', manifest?.classes ? md(listed(manifest.classes.map((label) => mdCode(label)))) : '—'],
      ...(manifest?.command ? [['predict command', md(mdCode(manifest.command.predict))], ['serve command', manifest.command.serve ? md(mdCode(manifest.command.serve)) : '—']] : []),
      ['files', manifest?.files ? md(listed(manifest.files.map((file) => mdCode(file)))) : '—'],
      ['trainer', md(metadata.trainer === 'command' ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend ?? '?')})`)],
      ['training rows', metadata.rows?.train ?? '—'],
      ['validation rows', metadata.rows?.validation ?? '—'],
    ]),
    '',
    '## Validation metrics',
    '',
    metricsTable(metrics),
    '',
    '## Lineage',
    '',
    table(['', ''], [
      ['commit', lineage.commit ? md(mdCode(lineage.commit)) : '—'],
      ['workflow run', lineage.runUrl ? link(lineage.runUrl, lineage.runUrl) : '—'],
      ['data sha256', metadata.dataHash ? md(mdCode(metadata.dataHash)) : '—'],
      ['params sha256', metadata.paramsHash ? md(mdCode(metadata.paramsHash)) : '—'],
      ['compared with', facts.comparedWith ?? '—'],
      // Older model directories recorded when they were trained; the registry records when a version was registered.
      ...(metadata.createdAt ? [['trained at', metadata.createdAt] as Cell[]] : []),
      ['archive sha256', md(mdCode(facts.digest))],
    ]),
    '',
    '## Parameters',
    '',
    fencedBlock(clip(JSON.stringify(metadata.params ?? {}, null, 2), CARD_PARAMS), 'json'),
    '',
  ]
  return lines.join('\n')
}

function metricsTable(metrics: Record<string, number>): string {
  const entries = Object.entries(metrics)
  if (entries.length === 0) return 'None recorded.'
  const shown = table(['metric', 'value'], entries.slice(0, CARD_ITEMS).map(([name, value]) => [name, formatStat(value)]), ['left', 'right'])
  return entries.length > CARD_ITEMS ? `${shown}\n\n${entries.length - CARD_ITEMS} more metrics are in metadata.json.` : shown
}

/** The first items, then how many more there are. */
function listed(items: string[]): string {
  const more = items.length > CARD_ITEMS ? `, and ${items.length - CARD_ITEMS} more` : ''
  return items.slice(0, CARD_ITEMS).join(', ') + more
}
