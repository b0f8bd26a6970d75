export { matchOperation, operationById, type Host, type Operation, type RouteMatch } from './spec.js'
export { checkRequest, checkResponse, type CheckedRequest, type RequestParts } from './validate.js'
