import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  resolveDataFiles
} from "./chunk-RVH4IFMX.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

// build/shared/output/temporary.js
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
var tracked = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var parent;
var listening = false;
function createTemporaryDir(prefix) {
  const dir = mkdtempSync(join(parent ?? tmpdir(), prefix));
  if (parent === void 0)
    trackTemporary(dir);
  return dir;
}
function trackTemporary(path) {
  tracked.add(path);
  listen();
}
function removeTemporary(path) {
  rmSync(path, { recursive: true, force: true });
  tracked.delete(path);
}
function forgetTemporary(path) {
  tracked.delete(path);
}
function setTemporaryParent(dir) {
  parent = dir;
}
function removeAll() {
  for (const path of tracked) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
    }
  }
  tracked.clear();
}
function onSignal(signal) {
  removeAll();
  if (process.listenerCount(signal) > 1)
    return;
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal);
}
function listen() {
  if (listening)
    return;
  listening = true;
  process.on("exit", removeAll);
  if (isMainThread)
    for (const signal of SIGNALS)
      process.on(signal, onSignal);
}

// build/shared/output/write.js
import { chmodSync, renameSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { basename as basename2, dirname as dirname3, join as join3 } from "node:path";

// build/shared/output/paths.js
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, resolve, sep } from "node:path";
function namedPaths(paths) {
  return Object.entries(paths).flatMap(([input, path]) => path ? [{ input, path }] : []);
}
function writeTarget(path) {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    const stats = lstatOrUndefined(current);
    if (!stats?.isSymbolicLink())
      return join2(realParent(dirname(current)), basename(current));
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new UserError(`'${path}': too many levels of symbolic links.`);
}
function refuseDescriptorLinks(input, path) {
  for (let current = resolve(path), hops = 0; hops < 40; hops++) {
    current = join2(realParent(dirname(current)), basename(current));
    if (current === "/proc" || current.startsWith("/proc/")) {
      throw new UserError(`Input '${input}': '${path}' is not a regular file (it leads to an open descriptor under /proc); give the path of a file to write.`);
    }
    if (!lstatOrUndefined(current)?.isSymbolicLink())
      return;
    current = resolve(dirname(current), readlinkSync(current));
  }
}
function realParent(dir) {
  try {
    return realpathSync(dir);
  } catch {
    const up = dirname(dir);
    return up === dir ? dir : join2(realParent(up), basename(dir));
  }
}
function join2(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
function isWithin(inner, outer) {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}
function checkOutputPaths(outputs, reads) {
  for (const output of outputs)
    refuseDescriptorLinks(output.input, output.path);
  const targets = outputs.map((output) => ({ ...output, target: writeTarget(output.path) }));
  for (const [index, output] of targets.entries()) {
    const existing = lstatOrUndefined(output.target);
    if (existing && !existing.isFile())
      throw notRegularFile(output.input, output.path, existing);
    for (const input of reads.files) {
      if (output.target === writeTarget(input.path)) {
        throw new UserError(`Input '${output.input}': '${output.path}' is the same file as input '${input.input}' ('${input.path}'), which this run reads; write it elsewhere.`);
      }
    }
    for (const input of reads.dirs ?? []) {
      if (isWithin(output.target, writeTarget(input.path))) {
        throw new UserError(`Input '${output.input}': '${output.path}' is inside input '${input.input}' ('${input.path}'), which this run reads; write it elsewhere.`);
      }
    }
    const other = targets.slice(0, index).find((earlier) => earlier.target === output.target);
    if (other)
      throw new UserError(`Input '${output.input}': '${output.path}' is the same file as input '${other.input}' ('${other.path}'); give each output its own path.`);
  }
}
function notRegularFile(input, path, stats) {
  return new UserError(`Input '${input}': '${path}' is not a regular file (it is ${kindOf(stats)}); give the path of a file to write.`);
}
function kindOf(stats) {
  if (stats.isDirectory())
    return "a directory";
  if (stats.isFIFO())
    return "a named pipe";
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return "a device";
  if (stats.isSocket())
    return "a socket";
  return "not a file";
}

// build/shared/fs/index.js
import { existsSync, mkdirSync } from "node:fs";
import { dirname as dirname2 } from "node:path";
function makeDirectories(dir) {
  const missing = [];
  for (let current = dir; !existsSync(current); current = dirname2(current)) {
    missing.push(current);
    if (dirname2(current) === current)
      break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
    }
  }
}

// build/shared/output/write.js
function writeOutputFile(input, path, content) {
  refuseDescriptorLinks(input, path);
  const target = writeTarget(path);
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isFile())
    throw notRegularFile(input, path, existing);
  const temporary = join3(dirname3(target), `${basename2(target)}.${process.pid}.tmp`);
  try {
    makeDirectories(dirname3(target));
    trackTemporary(temporary);
    writeFileSync(temporary, content);
    if (existing)
      chmodSync(temporary, existing.mode & 4095);
    renameSync(temporary, target);
  } catch (error) {
    throw fileError(input, "write", path, error);
  } finally {
    removeQuietly(temporary);
    forgetTemporary(temporary);
  }
}
function removeQuietly(path) {
  try {
    rmSync2(path, { force: true });
  } catch {
  }
}

// build/shared/output/reads.js
import { statSync } from "node:fs";
async function dataFilePaths(input, specs) {
  if (specs.length === 0)
    return [];
  try {
    return (await resolveDataFiles(specs, input)).map((file) => ({ input, path: file.path }));
  } catch {
    return specs.map((path) => ({ input, path }));
  }
}
function splitByKind(paths) {
  const files = [];
  const dirs = [];
  for (const named of paths) {
    let isDir = false;
    try {
      isDir = statSync(named.path).isDirectory();
    } catch {
    }
    ;
    (isDir ? dirs : files).push(named);
  }
  return { files, dirs };
}

export {
  namedPaths,
  writeTarget,
  lstatOrUndefined,
  isWithin,
  checkOutputPaths,
  createTemporaryDir,
  trackTemporary,
  removeTemporary,
  forgetTemporary,
  setTemporaryParent,
  makeDirectories,
  writeOutputFile,
  dataFilePaths,
  splitByKind
};
