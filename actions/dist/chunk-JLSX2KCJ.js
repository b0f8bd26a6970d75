import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  Inputs
} from "./chunk-DXXQZEKL.js";
import {
  writeOutputFile
} from "./chunk-WNJNPQLO.js";
import {
  describeError,
  isUserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/runtime/entry.js
function startEntry(main) {
  void main();
}

// build/shared/runtime/command.js
async function executeCommand(command, io) {
  try {
    const options = command.parse(new Inputs(io.inputs, Object.keys(command.inputs)), io.host);
    const outcome = await command.run(options, io);
    writeOutputFile(outcome.reportInput ?? "report", outcome.reportPath, JSON.stringify(outcome.report, null, 2) + "\n");
    let publishError;
    if (command.publish) {
      try {
        Object.assign(outcome.outputs, await command.publish(outcome, options, io));
      } catch (error) {
        publishError = error;
      }
    }
    for (const [name, value] of Object.entries(outcome.outputs))
      io.setOutput(name, value);
    if (outcome.failure)
      io.fail(outcome.failure);
    for (const annotation of outcome.annotations)
      io.annotate(annotation);
    await io.writeSummary(outcome.summary);
    if (publishError !== void 0)
      throw publishError;
    return outcome;
  } catch (error) {
    io.fail(isUserError(error) ? error.message : describeError(error));
    return void 0;
  }
}

// build/shared/progress/index.js
var SILENT = { update() {
}, end() {
} };
var noProgress = () => SILENT;
function throttledProgress(task, { write, intervalMs, now = Date.now }) {
  const started = now();
  let last = started;
  let shown = false;
  let latest;
  return {
    update(done, total, unit, also) {
      latest = { done, total, unit, also };
      const time = now();
      if (time - last < intervalMs)
        return;
      last = time;
      shown = true;
      write(progressLine(task, done, total, unit, time - started, also), false);
    },
    end() {
      if (shown && latest)
        write(progressLine(task, latest.done, latest.total, latest.unit, now() - started, latest.also), true);
      shown = false;
    }
  };
}
function progressLine(task, done, total, unit = "", elapsedMs, also) {
  const amount = (value) => unit === "bytes" ? formatBytes(value) : `${Math.round(value).toLocaleString("en-US")}${unit ? ` ${unit}` : ""}`;
  const of = total !== void 0 && total > 0 ? ` of ${amount(total)} (${Math.min(100, Math.floor(100 * done / total))}%)` : "";
  const seconds = elapsedMs / 1e3;
  const rate = seconds > 0 ? `, ${unit === "bytes" ? `${formatBytes(done / seconds)}/s` : `${(done / seconds).toLocaleString("en-US", { maximumSignificantDigits: 3 })}${unit ? ` ${unit}` : ""}/s`}` : "";
  const count = also ? `; ${Math.round(also.count).toLocaleString("en-US")} ${also.unit}${seconds > 0 ? `, ${(also.count / seconds).toLocaleString("en-US", { maximumSignificantDigits: 3 })} ${also.unit}/s` : ""}` : "";
  return `${task}: ${amount(done)}${of}${rate}${count}`;
}
function formatBytes(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let index = 0;
  while (value >= 1e3 && index < units.length - 1) {
    value /= 1e3;
    index++;
  }
  return `${index === 0 ? Math.round(value) : value.toFixed(1)} ${units[index]}`;
}

export {
  startEntry,
  executeCommand,
  noProgress,
  throttledProgress
};
