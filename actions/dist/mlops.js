#!/usr/bin/env node
import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-4UG6FKCN.js";
import "./chunk-A4VITVNS.js";
import {
  evaluateGateCommand
} from "./chunk-KFEPKKE5.js";
import {
  registerModelCommand
} from "./chunk-5XMDF2WB.js";
import "./chunk-Z2DZOHTL.js";
import {
  trainCommand
} from "./chunk-6NWIBG7H.js";
import "./chunk-QORKFGOO.js";
import "./chunk-IKKHMUDP.js";
import "./chunk-KJIS7HPK.js";
import {
  executeCommand,
  mapSource,
  startEntry
} from "./chunk-JKH7BQH4.js";
import "./chunk-6WS7H5GQ.js";
import "./chunk-WGD2N4ID.js";
import "./chunk-XQ2B476S.js";
import "./chunk-IQUGABAQ.js";
import "./chunk-2PO6FZD4.js";
import "./chunk-RVH4IFMX.js";
import "./chunk-OAZCABEM.js";
import {
  UserError,
  describeError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-GH6P52GL.js";
import "./chunk-UFMD3KOA.js";

// build/shared/commands/index.js
var COMMANDS = [validateCommand, trainCommand, evaluateGateCommand, registerModelCommand];

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
        process.stdout.write(markdown + "\n");
    },
    fail: (message) => state.failure = message
  };
}

// build/shared/cli/main.js
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    ;
    (name ? process.stdout : process.stderr).write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.cli === name || candidate.action === name);
  if (!command) {
    process.stderr.write(`mlops: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.cli).join(", ")}.
`);
    return 2;
  }
  let flags;
  try {
    flags = parseFlags(command, rest);
  } catch (error) {
    process.stderr.write(`mlops ${command.cli}: ${describeError(error)}
`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  const state = { outputs: {} };
  const outcome = await executeCommand(command, cliIO(mapSource(flags.values), flags.json, state));
  if (flags.json && outcome)
    process.stdout.write(JSON.stringify(state.outputs) + "\n");
  if (state.failure)
    process.stderr.write(`mlops ${command.cli}: ${state.failure}
`);
  return outcome ? state.failure ? 1 : 0 : 2;
}
function parseFlags(command, args) {
  const values = {};
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json")
      json = true;
    else if (arg === "--help" || arg === "-h")
      help = true;
    else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!(flag in command.inputs)) {
        throw new UserError(`unknown flag '--${flag}'. Flags: ${Object.keys(command.inputs).map((input) => `--${input}`).join(", ")}, --json.`);
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === void 0 || value.trim() === "" || eq < 0 && value.startsWith("--")) {
        throw new UserError(`flag '--${flag}' needs a value; leave it out for the default.`);
      }
      values[flag] = value;
    } else {
      throw new UserError(`unexpected argument '${arg}'; inputs are given as --name value.`);
    }
  }
  return { values, json, help };
}
function usage() {
  const lines = COMMANDS.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`);
  return `Usage: mlops <command> [--input value ...] [--json]

Commands:
${lines.join("\n")}

Run 'mlops <command> --help' for its inputs.
`;
}
function commandHelp(command) {
  const inputs = Object.entries(command.inputs).map(([name, spec]) => `  --${name.padEnd(16)} ${spec.description}${spec.required ? " (required)" : ""}${spec.default ? ` Default: ${spec.default}.` : ""}`);
  const outputs = Object.entries(command.outputs).map(([name, spec]) => `  ${name.padEnd(18)} ${spec.description}`);
  return `Usage: mlops ${command.cli} [--input value ...] [--json]

${command.description}

Inputs:
${inputs.join("\n")}
  --json             Print the outputs as one JSON object on stdout.

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
