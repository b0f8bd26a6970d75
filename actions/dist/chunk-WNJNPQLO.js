import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  kindOf,
  makeDirectories
} from "./chunk-EQIPIXBN.js";
import {
  resolveDataFiles
} from "./chunk-M7OJWBEB.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

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
      return join(realParent(dirname(current)), basename(current));
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new UserError(`'${path}': too many levels of symbolic links.`);
}
function refuseDescriptorLinks(input, path) {
  for (let current = resolve(path), hops = 0; hops < 40; hops++) {
    current = join(realParent(dirname(current)), basename(current));
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
    return up === dir ? dir : join(realParent(up), basename(dir));
  }
}
function join(dir, name) {
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

// build/shared/output/temporary.js
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { isMainThread } from "node:worker_threads";
var tracked = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var parent;
var listening = false;
function createTemporaryDir(prefix) {
  if (parent === void 0)
    listen();
  const dir = mkdtempSync(join2(parent ?? tmpdir(), prefix));
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
      rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
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
import { chmodSync, closeSync, openSync, renameSync, rmSync as rmSync2, writeSync } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join3 } from "node:path";
function writeOutputFile(input, path, content) {
  const stream = openOutputStream(input, path);
  try {
    stream.write(content);
    stream.commit();
  } finally {
    stream.discard();
  }
}
function openOutputStream(input, path) {
  refuseDescriptorLinks(input, path);
  const target = writeTarget(path);
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isFile())
    throw notRegularFile(input, path, existing);
  const temporary = join3(dirname2(target), `${basename2(target)}.${process.pid}.tmp`);
  let fd;
  let done = false;
  const close = () => {
    if (fd === void 0)
      return;
    const open = fd;
    fd = void 0;
    closeSync(open);
  };
  try {
    makeDirectories(dirname2(target));
    trackTemporary(temporary);
    fd = openSync(temporary, "w", 438);
  } catch (error) {
    removeQuietly(temporary);
    forgetTemporary(temporary);
    throw fileError(input, "write", path, error);
  }
  return {
    write(content) {
      try {
        if (typeof content === "string")
          writeSync(fd, content);
        else
          for (let at = 0; at < content.length; )
            at += writeSync(fd, content, at);
      } catch (error) {
        throw fileError(input, "write", path, error);
      }
    },
    commit() {
      try {
        close();
        if (existing)
          chmodSync(temporary, existing.mode & 4095);
        renameSync(temporary, target);
        done = true;
      } catch (error) {
        throw fileError(input, "write", path, error);
      }
    },
    discard() {
      try {
        close();
      } catch {
      }
      if (!done)
        removeQuietly(temporary);
      forgetTemporary(temporary);
    }
  };
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
  writeOutputFile,
  openOutputStream,
  dataFilePaths,
  splitByKind
};
