// The local ceiling of the serve benchmark: node:http answering a constant JSON, reading the body as the model server does.
import http from 'node:http'

const ANSWER = JSON.stringify({ predictions: ['sun'], version: '1' })
const server = http.createServer((request, response) => {
  request.on('data', () => {})
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ANSWER) })
    response.end(ANSWER)
  })
})
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening at http://127.0.0.1:${server.address().port}\n`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
