// Launches the GitHub REST emulator for the registry benchmark, in a process of its own.
// Usage: node test/bench/registry-emulator.mjs <compiled test/emulator/server.js> <owner/repo>...
// Prints one JSON line, { url, urls, token }, once it listens; closes (removing its asset files)
// when its stdin ends or on SIGTERM.
import { pathToFileURL } from 'node:url'

const [server, ...repos] = process.argv.slice(2)
if (!server || repos.length === 0) {
  process.stderr.write('usage: node test/bench/registry-emulator.mjs <server.js> <owner/repo>...\n')
  process.exit(2)
}
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567'

const { startEmulator } = await import(pathToFileURL(server).href)
const emulator = await startEmulator({
  repos: repos.map((fullName) => {
    const [owner, name] = fullName.split('/')
    return { owner, name, headSha: HEAD_SHA }
  }),
})

let closing
const close = () => (closing ??= emulator.close().then(() => process.exit(0)))
process.stdin.on('end', close).resume()
process.on('SIGTERM', close)
process.stdout.write(JSON.stringify({ url: emulator.url, urls: emulator.urls, token: emulator.token }) + '\n')
