import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registryContract } from './contract.js'
import { LOCAL_FILES, LocalRegistry } from './local.js'

registryContract('local', {
  open: async () => new LocalRegistry(mkdtempSync(join(tmpdir(), 'mlops-local-registry-'))),
  tamper: async (backend, record) => writeFileSync(join(record.url, LOCAL_FILES.archive), Buffer.from('not the archive')),
})
