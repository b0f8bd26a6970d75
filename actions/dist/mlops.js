#!/usr/bin/env node
import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  closest,
  parseFlags
} from "./chunk-25QIO755.js";
import {
  TOOL_VERSION
} from "./chunk-FSSRMO3K.js";
import {
  executeCommand,
  noProgress,
  startEntry,
  throttledProgress
} from "./chunk-JLSX2KCJ.js";
import {
  hostContext
} from "./chunk-H5GLXGL2.js";
import {
  mapSource
} from "./chunk-DXXQZEKL.js";
import "./chunk-HFLX7R5D.js";
import "./chunk-TJLSXEUI.js";
import "./chunk-LETTGLGX.js";
import "./chunk-25AFY3WQ.js";
import "./chunk-WNJNPQLO.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-M7OJWBEB.js";
import "./chunk-M552ZNKD.js";
import {
  describeError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/commands/catalog.js
var COMMAND_CATALOG = [
  { cli: "validate", action: "data-validate", load: async () => (await import("./data-validate-Z32NUYUX.js")).validateCommand },
  { cli: "train", action: "train", load: async () => (await import("./train-RJW5MTWY.js")).trainCommand },
  { cli: "gate", action: "evaluate-gate", load: async () => (await import("./evaluate-gate-E4AFVKCP.js")).evaluateGateCommand },
  { cli: "register", action: "register-model", load: async () => (await import("./register-model-PBA7GBXG.js")).registerModelCommand },
  { cli: "drift", action: "monitor-drift", load: async () => (await import("./monitor-drift-SQVXR2X5.js")).monitorDriftCommand },
  { cli: "predict", action: "predict", load: async () => (await import("./predict-OVJKC7R6.js")).predictCommand },
  { cli: "deploy", action: "deploy-canary", load: async () => (await import("./deploy-canary-VVXKUZ3I.js")).deployCanaryCommand },
  { cli: "comment", action: "comment", load: async () => (await import("./comment-MMKJUU6I.js")).commentCommand },
  { cli: "gated-run", action: "gated-run", load: async () => (await import("./gated-run-5DG7P342.js")).gatedRunCommand },
  { cli: "sweep", action: "sweep", load: async () => (await import("./sweep-LBW4XVXD.js")).sweepCommand }
];

// build/shared/cli/terminal.js
function renderForTerminal(markdown) {
  const lines = [];
  let fence;
  for (const line of markdown.split("\n")) {
    if (fence) {
      if (line.trim() === fence)
        fence = void 0;
      continue;
    }
    const opening = /^\s*(`{3,}|~{3,})\s*mermaid\s*$/.exec(line);
    if (opening) {
      fence = opening[1];
      continue;
    }
    lines.push(plainLine(line));
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
function plainLine(line) {
  return line.replace(/<details(\s+open)?>/g, "").replace(/<\/details>/g, "").replace(/<summary>(.*?)<\/summary>/g, "\u25B8 $1").replace(/<\/?code>/g, "`").replace(/&(lt|gt|amp|quot|#39|#x?[0-9a-f]+);/gi, decodeEntity);
}
var NAMED = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };
function decodeEntity(entity, name) {
  const named = NAMED[name.toLowerCase()];
  if (named)
    return named;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isFinite(code) || code < 32 || code >= 127 && code < 160 || code > 1114111)
    return entity;
  return String.fromCodePoint(code);
}
function terminalProgress(stream, intervalMs = 250) {
  if (!stream.isTTY)
    return noProgress;
  return (task) => throttledProgress(task, { intervalMs, write: (line, final) => stream.write(final ? "\r\x1B[K" : `\r\x1B[K${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`) });
}

// build/shared/cli/io.js
function cliIO(inputs, json, state) {
  const err = (line) => process.stderr.write(line + "\n");
  let depth = 0;
  const indent = () => "  ".repeat(depth);
  return {
    inputs,
    setOutput: (name, value) => state.outputs[name] = value,
    info: (message) => err(indent() + message),
    warning: (message) => err(`${indent()}warning: ${message}`),
    async group(title, body) {
      err(indent() + title);
      depth++;
      try {
        return await body();
      } finally {
        depth--;
      }
    },
    annotate(annotation) {
      const where = annotation.file ? `${annotation.file}${annotation.line ? `:${annotation.line}` : ""}: ` : "";
      err(`${where}${annotation.severity}: ${annotation.message}`);
    },
    async writeSummary(markdown) {
      if (!json)
        process.stdout.write(renderForTerminal(markdown) + "\n");
    },
    fail: (message) => state.failure = message,
    progress: terminalProgress(process.stderr),
    host: hostContext(process.env)
  };
}

// build/shared/cli/outputs.js
function typedOutputs(specs, outputs) {
  const typed = {};
  for (const [name, text] of Object.entries(outputs))
    typed[name] = typedValue(specs[name]?.type, text);
  return typed;
}
function typedValue(type, text) {
  if (!type || type === "string")
    return text;
  if (text.trim() === "")
    return null;
  if (type === "boolean")
    return text === "true" ? true : text === "false" ? false : text;
  if (type === "number")
    return Number.isFinite(Number(text)) ? Number(text) : text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// build/shared/cli/main.js
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    ;
    (name ? process.stdout : process.stderr).write(await usage());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    process.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  if (name === "serve")
    return (await import("./serve-EYJDVB36.js")).runServe(rest, process.env);
  const entry = COMMAND_CATALOG.find((candidate) => candidate.cli === name || candidate.action === name);
  if (!entry) {
    const names = [...COMMAND_CATALOG.map((c) => c.cli), "serve"];
    const suggestion = closest(name, names);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : ".";
    process.stderr.write(`mlops: unknown command '${name}'${hint} Commands: ${names.join(", ")}.
`);
    return 2;
  }
  const command = await entry.load();
  let flags;
  try {
    flags = parseFlags(command.inputs, rest);
  } catch (error) {
    process.stderr.write(`mlops ${command.cli}: ${describeError(error)}
`);
    return 2;
  }
  if (flags.help || flags.version) {
    process.stdout.write(flags.help ? commandHelp(command) : `${TOOL_VERSION}
`);
    return 0;
  }
  const state = { outputs: {} };
  const outcome = await executeCommand(command, cliIO(mapSource(flags.values), flags.json, state));
  if (flags.json && outcome)
    process.stdout.write(JSON.stringify(typedOutputs(command.outputs, state.outputs)) + "\n");
  if (state.failure)
    process.stderr.write(`mlops ${command.cli}: ${state.failure}
`);
  return outcome ? state.failure ? 1 : 0 : 2;
}
async function usage() {
  const [commands, { SERVE_DESCRIPTION }] = await Promise.all([Promise.all(COMMAND_CATALOG.map((entry) => entry.load())), import("./serve-EYJDVB36.js")]);
  const lines = commands.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`).concat(`  ${"serve".padEnd(12)} ${SERVE_DESCRIPTION}`);
  return `Usage: mlops <command> [--input value ...] [--json]
       mlops --version

Commands:
${lines.join("\n")}

Run 'mlops <command> --help' for its inputs.
`;
}
function commandHelp(command) {
  const inputs = Object.entries(command.inputs).map(([name, spec]) => {
    const flag = spec.type === "boolean" ? `--${name}[=false]` : `--${name}`;
    return `  ${flag.padEnd(18)} ${spec.description}${spec.required ? " (required)" : ""}${spec.default ? ` Default: ${spec.default}.` : ""}`;
  });
  const outputs = Object.entries(command.outputs).map(([name, spec]) => `  ${name.padEnd(18)} ${spec.description}`);
  return `Usage: mlops ${command.cli} [--input value ...] [--json]

${command.description}

Inputs:
${inputs.join("\n")}
  --json             Print the outputs as one JSON object on stdout, each with its JSON type.

Outputs:
${outputs.join("\n")}
`;
}

// build/shared/cli/bin.js
startEntry(() => {
  ignoreClosedPipes();
  return main(process.argv.slice(2)).then((code) => process.exitCode = code, (error) => {
    process.stderr.write(describeError(error) + "\n");
    process.exitCode = 2;
  });
});
function ignoreClosedPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED")
        throw error;
    });
  }
}
