import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

// build/shared/fs/read.js
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from "node:fs";
var MiB = 1024 * 1024;
var READ_LIMITS = {
  document: 64 * MiB,
  weights: Infinity
};
function checkReadableFile(input, path, kind = "document") {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw fileError(input, "read", path, error);
  }
  refuseUnreadable(input, path, stats, kind);
  return stats;
}
function readTextFile(input, path, kind = "document") {
  return readWholeFile(input, path, kind).toString("utf8");
}
function readTextFileIfExists(input, path, kind = "document") {
  try {
    statSync(path);
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
  }
  return readTextFile(input, path, kind);
}
function readWholeFile(input, path, kind = "document") {
  checkReadableFile(input, path, kind);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError(input, "read", path, error);
  }
  try {
    refuseUnreadable(input, path, fstatSync(fd), kind);
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof UserError)
      throw error;
    throw fileError(input, "read", path, error);
  } finally {
    closeSync(fd);
  }
}
function refuseUnreadable(input, path, stats, kind) {
  if (!stats.isFile())
    throw new UserError(`Input '${input}': '${path}' is not a regular file (it is ${kindOf(stats)}); give the path of a file to read.`);
  const limit = READ_LIMITS[kind];
  if (stats.size > limit) {
    throw new UserError(`Input '${input}': '${path}' is ${stats.size} bytes, over the ${limit / MiB} MiB limit for a YAML or JSON file.`);
  }
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
import { dirname, join } from "node:path";
function makeDirectories(dir) {
  const missing = [];
  for (let current = dir; !existsSync(current); current = dirname(current)) {
    missing.push(current);
    if (dirname(current) === current)
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
function findRuntimeFiles(from, packageDir, files) {
  const holds = (dir) => files.every((file) => existsSync(join(dir, file)));
  if (holds(from))
    return from;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, packageDir);
    if (holds(candidate))
      return candidate;
    if (dirname(dir) === dir)
      return void 0;
  }
}

export {
  checkReadableFile,
  readTextFile,
  readTextFileIfExists,
  readWholeFile,
  kindOf,
  makeDirectories,
  findRuntimeFiles
};
