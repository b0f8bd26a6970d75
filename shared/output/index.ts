export { openOutputStream, writeOutputFile, type OutputStream } from './write.js'
export { checkOutputPaths, isWithin, lstatOrUndefined, namedPaths, writeTarget, type NamedPath, type RunReads } from './paths.js'
export { createTemporaryDir, forgetTemporary, removeTemporary, setTemporaryParent, trackTemporary } from './temporary.js'
export { dataFilePaths, splitByKind } from './reads.js'
