import { join } from 'node:path'
import { DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles, type DataFile } from '../../data/index.js'
import { UserError } from '../../errors/index.js'
import type { Logger } from '../../log/index.js'
import { MODEL_DIR_FILES, readProfileText } from '../../model/index.js'
import { createTemporaryDir, removeTemporary } from '../../output/index.js'
import { parseReferenceProfile, type ReferenceProfile } from '../../profile/index.js'
import { modelUri } from '../../registry/index.js'
import { loadTable, readColumnSamples, readColumnSamplesAtOnce, type ColumnSamples, type Table } from '../../table/index.js'
import type { RegistrySettings } from '../registry-inputs.js'
import type { ReferenceSpec } from './options.js'

/** The reference, loaded, and what it was, for the report. */
export interface LoadedReference {
  data: ColumnSamples | ReferenceProfile
  /** For the report: `data` (a file or glob), `model-dir` or `registry`, with where. */
  source: ReferenceSource
  /** The model directory that came with the reference, if any: scored for performance drift. */
  modelDir?: string
  /** Removes the downloaded version, if any. */
  dispose(): void
}

export type ReferenceSource =
  | { kind: 'data'; path: string; files: string[] }
  | { kind: 'model-dir'; path: string; profile: string }
  | { kind: 'registry'; uri: string; version: string; digest: string }

export async function loadReference(spec: ReferenceSpec, registry: RegistrySettings, log: Logger): Promise<LoadedReference> {
  switch (spec.kind) {
    case 'data': {
      // Counts and sorted numbers, not rows: memory set by the values, whatever the file's width.
      const samples = await readColumnSamples(spec.spec, { input: 'reference' })
      return { data: samples, source: { kind: 'data', path: spec.spec, files: samples.files.map((file) => file.path) }, dispose: () => {} }
    }
    case 'model-dir':
      return { data: profileOf(spec.dir, spec.dir), source: { kind: 'model-dir', path: spec.dir, profile: join(spec.dir, MODEL_DIR_FILES.profile) }, modelDir: spec.dir, dispose: () => {} }
    case 'registry':
      return fetchRegistered(spec, registry, log)
  }
}

/** Downloads the version into a temporary directory, removed by `dispose`; a URI that does not resolve is one message. */
async function fetchRegistered(spec: Extract<ReferenceSpec, { kind: 'registry' }>, settings: RegistrySettings, log: Logger): Promise<LoadedReference> {
  const registry = settings.open(log)
  try {
    await registry.resolve(spec.reference)
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const reason = error.message.replace(/^Input '[^']+': /, '')
    const where = reason.includes(registry.backend.location) ? '' : ` in the ${registry.backend.kind} registry at ${registry.backend.location}`
    throw new UserError(`Input 'reference': '${spec.uri}' does not resolve${where}: ${reason}`)
  }
  const work = createTemporaryDir('mlops-reference-')
  const dispose = () => removeTemporary(work)
  try {
    const dir = join(work, 'model')
    const record = await registry.fetch(spec.reference, dir)
    const version = modelUri(record.name, record.version)
    log.info(`Reference: ${version}${'alias' in spec.reference ? ` (${spec.reference.alias})` : ''}, sha256 ${record.digest} verified.`)
    return { data: profileOf(dir, version), source: { kind: 'registry', uri: spec.uri, version, digest: record.digest }, modelDir: dir, dispose }
  } catch (error) {
    dispose()
    throw error
  }
}

/** The training profile of a model directory; `name` says which model in messages. */
function profileOf(dir: string, name: string): ReferenceProfile {
  const text = readProfileText(dir, 'reference')
  if (text === undefined) {
    throw new UserError(`Input 'reference': ${name === dir ? `directory '${dir}'` : name} has no ${MODEL_DIR_FILES.profile}; train writes it beside every model. Give a data file as reference instead.`)
  }
  return parseReferenceProfile(text, join(dir, MODEL_DIR_FILES.profile))
}

/**
 * Numbers kept per side, shared by its columns: 12 million values, 96 MB. A number column with
 * more than its share is tested on a seeded uniform sample of that many values (exact up to
 * 3 million rows for 4 compared columns), so memory stays bounded whatever the row count.
 */
export const NUMBER_BUDGET = 12_000_000

/**
 * A data file as reference, and current data without labels: both read at once, one per thread
 * while `threads` allow, since reading is most of a drift check's time.
 */
export async function loadDataSides(reference: string, current: readonly string[], compared: { columns?: readonly string[]; ignore?: readonly string[] }, threads: number): Promise<{ reference: LoadedReference; current: ColumnSamples }> {
  const referenceFiles = await resolveDataFiles(reference, 'reference')
  const currentFiles = await resolveDataFiles(current, 'current')
  // Columns not compared are skipped cell by cell: an id or a timestamp would cost a count per row.
  const selection = { numberBudget: NUMBER_BUDGET, ...(compared.columns?.length && { keepOnly: compared.columns }), ...(compared.ignore && { skip: compared.ignore }) }
  const [referenceRead, currentRead] = readColumnSamplesAtOnce([{ files: referenceFiles, options: { input: 'reference', ...selection } }, { files: currentFiles, options: { input: 'current', ...selection } }], threads)
  // Awaited in turn: the current side's failure must not go unobserved while the reference's is thrown.
  currentRead!.catch(() => {})
  const samples = await referenceRead!
  const loaded: LoadedReference = { data: samples, source: { kind: 'data', path: reference, files: samples.files.map((file) => file.path) }, dispose: () => {} }
  try {
    return { reference: loaded, current: await currentRead! }
  } catch (error) {
    return { reference: loaded, current: (await emptyCurrent(error, currentFiles, samples.columns.map((column) => column.name), false)) as ColumnSamples }
  }
}

/**
 * The current data: every row as a table when its labels are scored (performance drift), else
 * only counts and sorted numbers per column. A file with a header and no rows is a run with
 * nothing to judge yet (a schedule that found no new data): empty data, which the comparison
 * reports as insufficient data, rather than an error.
 */
export async function loadCurrent(specs: readonly string[], referenceColumns: readonly string[], wholeRows: true): Promise<Table>
export async function loadCurrent(specs: readonly string[], referenceColumns: readonly string[], wholeRows: false): Promise<ColumnSamples>
export async function loadCurrent(specs: readonly string[], referenceColumns: readonly string[], wholeRows: boolean): Promise<Table | ColumnSamples> {
  const files = await resolveDataFiles(specs, 'current')
  try {
    return wholeRows ? await loadTable(files, { input: 'current' }) : await readColumnSamples(files, { input: 'current' })
  } catch (error) {
    return emptyCurrent(error, files, referenceColumns, wholeRows)
  }
}

/** Empty current data when `error` says the files hold no rows; otherwise `error`, thrown again. */
async function emptyCurrent(error: unknown, files: DataFile[], referenceColumns: readonly string[], wholeRows: boolean): Promise<Table | ColumnSamples> {
  if (!(error instanceof UserError) || !EMPTY_DATA.test(error.message)) throw error
  const header = await headerOf(files)
  // A file without even a header (empty, or JSON Lines with no record) names no column: take the reference's.
  const names = header.length > 0 ? header : referenceColumns
  const described = files.map((file) => ({ path: file.path, format: file.format, sha256: '' }))
  if (!wholeRows) return { rows: 0, columns: names.map((name) => ({ name, kind: 'string', rows: 0, counts: new Map() })), files: described }
  return { columns: names.map((name) => ({ name, kind: 'string', values: [] })), rows: 0, lines: new Int32Array(0), fileOfRow: new Uint16Array(0), files: described, hash: '' }
}

/** The column names of data without rows; none when there is not even a header. */
async function headerOf(files: DataFile[]): Promise<string[]> {
  let header: string[] = []
  try {
    await readDataset(files, DEFAULT_MISSING_VALUES, { file: () => {}, header: (columns) => void (header = columns), row: () => {}, ragged: () => {} }, { hash: false })
  } catch (error) {
    if (!(error instanceof UserError)) throw error
  }
  return header
}

/** The readers' messages for data without rows: a header alone, or nothing at all. */
const EMPTY_DATA = /: no data rows \(|: the file is empty \(/
