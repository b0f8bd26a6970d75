import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-IY5J3KXJ.js";
import {
  capSummary
} from "./chunk-IDWAGSTK.js";
import {
  executeCommand,
  throttledProgress
} from "./chunk-JLSX2KCJ.js";
import {
  hostContext
} from "./chunk-H5GLXGL2.js";

// build/shared/runtime/github.js
import { isAbsolute, relative } from "node:path";
var ANNOTATIONS_PER_SEVERITY = 10;
function githubIO() {
  const shown = { error: 0, warning: 0, notice: 0 };
  return {
    inputs: { get: (name) => getInput(name) },
    setOutput: (name, value) => setOutput(name, value),
    info: (message) => info(message),
    warning: (message) => shown.warning++ < ANNOTATIONS_PER_SEVERITY ? warning(message) : info(`warning: ${message}`),
    group: (title, body) => group(title, body),
    annotate(annotation) {
      if (shown[annotation.severity]++ >= ANNOTATIONS_PER_SEVERITY)
        return;
      const properties = { title: annotation.title, file: workspaceRelative(annotation.file), startLine: annotation.line };
      if (annotation.severity === "error")
        error(annotation.message, properties);
      else if (annotation.severity === "warning")
        warning(annotation.message, properties);
      else
        notice(annotation.message, properties);
    },
    async writeSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY)
        return;
      await summary.addRaw(capSummary(markdown), true).write();
    },
    progress: githubProgress(),
    fail(message) {
      shown.error++;
      setFailed(message);
    },
    host: hostContext(process.env)
  };
}
function workspaceRelative(file) {
  const workspace = process.env.GITHUB_WORKSPACE;
  if (!file || !workspace || !isAbsolute(file))
    return file;
  const inside = relative(workspace, file);
  return inside.startsWith("..") ? file : inside;
}
function githubProgress(intervalMs = 1e4, now, write = (line) => info(line)) {
  return (task) => throttledProgress(task, { write: (line) => write(line), intervalMs, now });
}
async function runAction(command) {
  await executeCommand(command, githubIO());
}

export {
  runAction
};
