import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  MODEL_FORMAT,
  isModelDir
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES
} from "./chunk-2QCVULS4.js";
import {
  forgetTemporary,
  isWithin,
  lstatOrUndefined,
  trackTemporary,
  writeTarget
} from "./chunk-WNJNPQLO.js";
import {
  makeDirectories
} from "./chunk-EQIPIXBN.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

// build/shared/train/model-dir.js
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var ADVICE = "give a new or empty directory, or a model directory written by train, such as 'model'";
function checkOutputDir(dir, reads) {
  const target = writeTarget(dir);
  if (isWithin(writeTarget(process.cwd()), target)) {
    const where = target === writeTarget(process.cwd()) ? "is the working directory" : "holds the working directory";
    throw new UserError(`Input 'output-dir': '${dir}' ${where}, which a model directory would replace; ${ADVICE}.`);
  }
  if (lstatOrUndefined(target)?.isDirectory() === false)
    throw new UserError(`Input 'output-dir': '${dir}' is a file, not a directory; ${ADVICE}.`);
  const read = reads.find((input) => isWithin(writeTarget(input.path), target));
  if (read)
    throw new UserError(`Input 'output-dir': '${dir}' holds input '${read.input}' ('${read.path}'), which this run reads; ${ADVICE}.`);
  checkReplaceable(dir, target);
}
function checkReplaceable(dir, target) {
  const stats = lstatOrUndefined(target);
  if (!stats)
    return;
  if (!stats.isDirectory())
    throw new UserError(`Input 'output-dir': '${dir}' is a file, not a directory; ${ADVICE}.`);
  let entries;
  try {
    entries = readdirSync(target);
  } catch (error) {
    throw fileError("output-dir", "read", dir, error);
  }
  if (entries.length > 0 && !isModelDir(target)) {
    throw new UserError(`Input 'output-dir': '${dir}' is a directory that is not empty and was not written by train (no ${MODEL_DIR_FILES.metadata} of format '${MODEL_FORMAT}'), so it is not replaced; ${ADVICE}.`);
  }
}
async function writeModelDir(dir, write) {
  const target = writeTarget(dir);
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`);
  const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
  try {
    makeDirectories(parent);
    rmSync(staging, { recursive: true, force: true });
    trackTemporary(staging);
    mkdirSync(staging);
  } catch (error) {
    forgetTemporary(staging);
    throw fileError("output-dir", "write", dir, error);
  }
  try {
    await write(staging);
    checkReplaceable(dir, target);
    if (existsSync(target))
      renameSync(target, previous);
    renameSync(staging, target);
    forgetTemporary(staging);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    forgetTemporary(staging);
    if (!existsSync(target) && existsSync(previous))
      renameSync(previous, target);
    throw error;
  }
}

export {
  checkOutputDir,
  writeModelDir
};
