// I/O ceiling: reads the file in 1 MiB chunks and counts newline bytes.
import { createReadStream } from 'node:fs'

const path = process.argv[2]
if (!path) {
  process.stderr.write('usage: node scan.mjs FILE\n')
  process.exit(2)
}
let lines = 0
let bytes = 0
for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
  bytes += chunk.length
  for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++
}
process.stdout.write(JSON.stringify({ bytes, lines }) + '\n')
