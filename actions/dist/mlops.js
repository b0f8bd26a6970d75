#!/usr/bin/env node
import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-YIJOXD6H.js";
import "./chunk-M4UPJGAZ.js";
import {
  evaluateGateCommand
} from "./chunk-QNOK4SYM.js";
import {
  monitorDriftCommand
} from "./chunk-OMDBP77R.js";
import {
  registerModelCommand
} from "./chunk-UJGM4DD7.js";
import "./chunk-ZRSCJZRL.js";
import {
  TOOL_VERSION,
  trainCommand
} from "./chunk-GSKTA3AP.js";
import "./chunk-R4HT6X5B.js";
import "./chunk-TKBHIG5H.js";
import "./chunk-NDP42QWK.js";
import "./chunk-7MVYBRZC.js";
import {
  executeCommand,
  hostContext,
  mapSource,
  noProgress,
  startEntry,
  throttledProgress
} from "./chunk-F75RSWQB.js";
import "./chunk-7VNRWLDN.js";
import "./chunk-GH6P52GL.js";
import "./chunk-NMMW445X.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-2BSQYDO6.js";
import "./chunk-DEIKRQQ2.js";
import "./chunk-J4GT2FZH.js";
import "./chunk-CEWYPVHK.js";
import {
  UserError,
  describeError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/commands/index.js
var COMMANDS = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand, monitorDriftCommand];

// build/shared/cli/flags.js
import { parseArgs } from "node:util";
var CLI_FLAGS = ["json", "help", "version"];
function parseFlags(inputs, args) {
  const options = { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } };
  for (const [name, spec] of Object.entries(inputs))
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string" };
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const parsed = { values: {}, json: false, help: false, version: false };
  let previous;
  for (const token of tokens) {
    if (token.kind === "option-terminator")
      continue;
    if (token.kind === "positional") {
      if (previous && inputs[previous]?.type === "boolean" && /^(true|false)$/i.test(token.value)) {
        throw new UserError(`flag '--${previous}' takes no separate value; write --${previous}=${token.value}.`);
      }
      throw new UserError(`unexpected argument '${token.value}'; inputs are given as --name value.`);
    }
    previous = token.value === void 0 ? token.name : void 0;
    const { name, rawName, value, inlineValue } = token;
    if (CLI_FLAGS.includes(name)) {
      if (value !== void 0)
        throw new UserError(`flag '${rawName}' takes no value.`);
      parsed[name] = true;
    } else if (!(name in inputs) || rawName !== `--${name}`) {
      throw new UserError(unknownFlag(rawName, Object.keys(inputs)));
    } else if (inputs[name].type === "boolean") {
      if (value !== void 0 && value.trim() === "")
        throw new UserError(`flag '--${name}' needs true or false after '='; leave it out for the default.`);
      parsed.values[name] = value ?? "true";
    } else {
      if (value === void 0 || value.trim() === "" || !inlineValue && value.startsWith("--")) {
        throw new UserError(`flag '--${name}' needs a value; leave it out for the default.`);
      }
      parsed.values[name] = value;
    }
  }
  return parsed;
}
function unknownFlag(rawName, inputs) {
  const flags = [...inputs, "json"].map((input) => `--${input}`);
  const suggestion = closest(rawName.replace(/^-+/, ""), [...inputs, ...CLI_FLAGS]);
  if (suggestion)
    return `unknown flag '${rawName}'; did you mean --${suggestion}?`;
  return `unknown flag '${rawName}'. Flags: ${flags.join(", ")}.`;
}
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (!best || distance < best.distance)
      best = { candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.candidate : void 0;
}
function editDistance(a, b) {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

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
    (name ? process.stdout : process.stderr).write(usage());
    return name ? 0 : 2;
  }
  if (name === "--version") {
    process.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.cli === name || candidate.action === name);
  if (!command) {
    const suggestion = closest(name, COMMANDS.map((c) => c.cli));
    const hint = suggestion ? `; did you mean '${suggestion}'?` : ".";
    process.stderr.write(`mlops: unknown command '${name}'${hint} Commands: ${COMMANDS.map((c) => c.cli).join(", ")}.
`);
    return 2;
  }
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
function usage() {
  const lines = COMMANDS.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`);
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
