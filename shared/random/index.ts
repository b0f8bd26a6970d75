export { RandomStream } from './random.js'
