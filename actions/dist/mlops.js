#!/usr/bin/env node
import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_ALIAS,
  DEFAULT_HOST
} from "./chunk-726CQRAI.js";
import {
  predictCommand
} from "./chunk-HSVXS5BT.js";
import {
  registerModelCommand
} from "./chunk-4Y6GVKY2.js";
import {
  sweepCommand
} from "./chunk-RUFZFZFK.js";
import {
  trainCommand
} from "./chunk-OCQSE4CA.js";
import {
  TOOL_VERSION
} from "./chunk-FSSRMO3K.js";
import "./chunk-KLXIREGK.js";
import {
  commentCommand
} from "./chunk-GPKD6KHK.js";
import {
  validateCommand
} from "./chunk-C57M5RDH.js";
import "./chunk-DAANY3RR.js";
import {
  deployCanaryCommand
} from "./chunk-2LZKC6HB.js";
import {
  evaluateGateCommand
} from "./chunk-DIA374BC.js";
import {
  gatedRunCommand
} from "./chunk-H46ZTTNI.js";
import {
  monitorDriftCommand
} from "./chunk-BXWIOK5K.js";
import "./chunk-CRCPWCNK.js";
import "./chunk-PV3I4J2B.js";
import "./chunk-XDLUNN45.js";
import "./chunk-QWJ6AFHF.js";
import {
  REGISTRY_INPUTS,
  openRegistryFromInputs
} from "./chunk-4RAS3DC7.js";
import "./chunk-RHXGDVWC.js";
import {
  Inputs,
  executeCommand,
  hostContext,
  mapSource,
  noProgress,
  startEntry,
  throttledProgress
} from "./chunk-4DRB5CHW.js";
import "./chunk-GH6P52GL.js";
import "./chunk-OIFSEMBK.js";
import "./chunk-4BURLU5C.js";
import "./chunk-P55PBATI.js";
import "./chunk-EQIPIXBN.js";
import "./chunk-FF23WMO5.js";
import "./chunk-UHLT366K.js";
import "./chunk-3LY6XCZU.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-DPQPFTL2.js";
import {
  UserError,
  describeError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

// build/shared/commands/index.js
var COMMANDS = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand, monitorDriftCommand, predictCommand, deployCanaryCommand, commentCommand, gatedRunCommand, sweepCommand];

// build/shared/cli/flags.js
import { parseArgs } from "node:util";
var CLI_FLAGS = ["json", "help", "version"];
function parseFlags(inputs, args) {
  const cliFlags = CLI_FLAGS.filter((flag) => !(flag in inputs));
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
    if (cliFlags.includes(name)) {
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

// build/shared/cli/serve.js
var DEFAULT_PORT = 8080;
var SERVE_DESCRIPTION = "Serve a registered model over HTTP (Open Inference Protocol v2 and /predict) until SIGTERM or SIGINT.";
var SERVE_INPUTS = {
  registry: REGISTRY_INPUTS.registry,
  "github-token": { description: "Token for the GitHub API, for the `github` registry (with GITHUB_REPOSITORY naming the repository). Default: GITHUB_TOKEN." },
  model: { description: "The registered model to serve.", required: true },
  alias: { description: `The alias of the version served at start (or \`latest\`). Default: ${DEFAULT_ALIAS}, unless --version is given.` },
  version: { description: "The version number served at start, instead of an alias." },
  host: { description: "Address to listen on; 0.0.0.0 listens on every interface.", default: DEFAULT_HOST },
  port: { description: "Port to listen on; 0 picks a free one.", default: String(DEFAULT_PORT) },
  log: { description: "Prediction log: a JSON Lines file of features, prediction, version and timestamp, rotated at 64 MB (five older files kept)." }
};
async function runServe(args, env) {
  let server;
  try {
    const values = parseServeFlags(args);
    if (values === "help") {
      process.stdout.write(serveHelp());
      return 0;
    }
    const inputs = new Inputs(mapSource(values));
    const registry = openRegistryFromInputs(inputs, hostContext(env)).open(stderrLogger);
    const { startModelServer } = await import("./serve-5LQQVKKN.js");
    server = await startModelServer({
      registry,
      model: inputs.required("model"),
      ...values.alias !== void 0 && { alias: values.alias },
      ...values.version !== void 0 && { version: wholeNumber("version", values.version) },
      host: values.host ?? DEFAULT_HOST,
      port: values.port !== void 0 ? wholeNumber("port", values.port) : DEFAULT_PORT,
      ...env.MLOPS_ADMIN_TOKEN && { adminToken: env.MLOPS_ADMIN_TOKEN },
      ...values.log !== void 0 && { log: values.log },
      logger: stderrLogger
    });
  } catch (error) {
    process.stderr.write(`mlops serve: ${describeError(error)}
`);
    return 2;
  }
  process.stdout.write(`Serving models:/${server.service.model}/${server.initial.version} at ${server.url}
`);
  if (!env.MLOPS_ADMIN_TOKEN)
    stderrLogger.info("The admin API is off: MLOPS_ADMIN_TOKEN is not set.");
  const signal = await new Promise((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM"));
    process.once("SIGINT", () => resolve("SIGINT"));
  });
  stderrLogger.info(`${signal}: finishing the requests in flight, then stopping.`);
  await server.close();
  return 0;
}
function parseServeFlags(args) {
  const flags = parseFlags(SERVE_INPUTS, args);
  return flags.help ? "help" : flags.values;
}
function wholeNumber(flag, text) {
  if (!/^\d+$/.test(text.trim()))
    throw new UserError(`Input '${flag}': '${text}' is not a whole number.`);
  return Number(text);
}
var stderrLogger = {
  info: (message) => process.stderr.write(`${message}
`),
  warning: (message) => process.stderr.write(`warning: ${message}
`),
  async group(title, body) {
    process.stderr.write(`${title}
`);
    return body();
  }
};
function serveHelp() {
  const lines = Object.entries(SERVE_INPUTS).map(([name, spec]) => `  ${`--${name}`.padEnd(18)} ${spec.description}${spec.required ? " (required)" : ""}${spec.default ? ` Default: ${spec.default}.` : ""}`);
  return `Usage: mlops serve --model <name> [--registry local:<dir>|github] [--alias A | --version N] [--host H] [--port P] [--log FILE]

${SERVE_DESCRIPTION}

Inputs:
${lines.join("\n")}

Environment:
  MLOPS_ADMIN_TOKEN  Bearer token of the admin API (/admin/versions, /admin/routing); without it the admin API is off.

See shared/serve/README.md for the endpoints.
`;
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
  if (name === "serve")
    return runServe(rest, process.env);
  const command = COMMANDS.find((candidate) => candidate.cli === name || candidate.action === name);
  if (!command) {
    const names = [...COMMANDS.map((c) => c.cli), "serve"];
    const suggestion = closest(name, names);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : ".";
    process.stderr.write(`mlops: unknown command '${name}'${hint} Commands: ${names.join(", ")}.
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
  const lines = COMMANDS.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`).concat(`  ${"serve".padEnd(12)} ${SERVE_DESCRIPTION}`);
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
