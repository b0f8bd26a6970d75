import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_ALIAS,
  DEFAULT_HOST
} from "./chunk-RPLEJCOD.js";
import {
  parseFlags
} from "./chunk-25QIO755.js";
import {
  REGISTRY_INPUTS,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import "./chunk-UUWAA73Z.js";
import "./chunk-4AVFVFBS.js";
import "./chunk-2QCVULS4.js";
import "./chunk-QOOHWETR.js";
import "./chunk-CEWYPVHK.js";
import "./chunk-Q2DWJDOP.js";
import "./chunk-CSFXRO25.js";
import "./chunk-ICX2WXTI.js";
import "./chunk-WASGVSPE.js";
import "./chunk-NDVGTYSL.js";
import {
  hostContext
} from "./chunk-H5GLXGL2.js";
import {
  Inputs,
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
  UserError,
  describeError
} from "./chunk-PJKC4ZE5.js";
import "./chunk-UFMD3KOA.js";

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
    const { startModelServer } = await import("./serve-KRQVTFWI.js");
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
export {
  DEFAULT_PORT,
  SERVE_DESCRIPTION,
  runServe
};
