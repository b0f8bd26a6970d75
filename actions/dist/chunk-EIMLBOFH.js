import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  checkOutputDir,
  writeModelDir
} from "./chunk-UM42MPUD.js";
import {
  REGISTRY_INPUTS,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import {
  flavorFacts,
  holdsModel
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES
} from "./chunk-2QCVULS4.js";
import {
  registrySummary,
  renderModelCard
} from "./chunk-IDWAGSTK.js";
import {
  modelUri
} from "./chunk-WASGVSPE.js";
import {
  checkOutputPaths,
  isWithin,
  namedPaths,
  writeTarget
} from "./chunk-WNJNPQLO.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/register-model/index.js
import { rmdirSync } from "node:fs";
var OPERATIONS = ["register", "set-alias", "remove-alias", "archive", "list", "download"];
var registerModelCommand = {
  action: "register-model",
  cli: "register",
  title: "mlops register-model",
  description: "A versioned model registry in GitHub Releases and git refs (or a local folder): register immutable versions with lineage and a model card, move aliases such as champion, archive versions, list them, download one.",
  permissions: [
    { scope: "contents", level: "write", why: "creates the release and tags of a version, moves and removes aliases, archives", when: "with `registry: github`, operations `register`, `set-alias`, `remove-alias`, `archive`" },
    { scope: "contents", level: "read", why: "lists and downloads versions", when: "with `registry: github`, operations `list`, `download`" }
  ],
  inputs: {
    "model-dir": { description: "Model directory to register, as written by `train`." },
    name: { description: "Model name: letters, digits, `.`, `_` and `-`.", required: true },
    operation: { description: "`register`, `set-alias`, `remove-alias`, `archive`, `list` or `download`.", default: "register" },
    version: { description: "Version for `set-alias`, `archive` and `download`." },
    alias: { description: "Alias or aliases (comma-separated or a YAML list), e.g. `candidate`, `champion`, `staging`, `production`. With `register`, set on the new version; with `download`, one alias (or `latest`) instead of `version`." },
    "output-dir": { description: "For `download`: the directory to write the version into, digest verified. It must not exist, be empty, or be a model directory written by `train` or `download`, which is replaced." },
    description: { description: "One line for the model card of a new version." },
    "compared-with": { description: "The version a new version was gated against, e.g. `models:/churn/3`, recorded in its lineage." },
    ...REGISTRY_INPUTS,
    report: { description: "Path of the JSON report.", default: "model-registry.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    version: { type: "number", description: "The version registered or changed (an integer)." },
    uri: { description: "`models:/<name>/<version>`." },
    digest: { description: "sha256 of the stored archive." },
    url: { description: "Where the version is seen: its release page in GitHub, its folder locally." },
    "output-dir": { description: "For `download`: the directory the version was written to." },
    versions: { type: "json", description: "For `list` (and every operation): JSON array of `{version, aliases, status, digest, created_at}`." },
    report: { description: "Path of the JSON report." }
  },
  parse(inputs, host) {
    const operation = inputs.choice("operation", OPERATIONS, "register");
    const options = {
      operation,
      name: inputs.required("name"),
      modelDir: inputs.string("model-dir"),
      outputDir: inputs.string("output-dir"),
      ...inputs.string("version") !== void 0 && { version: inputs.number("version", 0, { min: 1, integer: true }) },
      aliases: inputs.list("alias"),
      description: inputs.string("description"),
      comparedWith: inputs.string("compared-with"),
      registry: openRegistryFromInputs(inputs, host),
      report: inputs.string("report") ?? "model-registry.json",
      configPath: inputs.string("config")
    };
    requireFor(options, operation);
    return options;
  },
  async run(options, log) {
    checkReportPath(options);
    const registry = options.registry.open(log);
    const result = await perform(registry, options);
    if (result.record)
      log.info(`${describe(result)}: ${modelUri(result.record.name, result.record.version)} (${result.record.url})`);
    const record = result.record;
    return {
      result,
      outputs: {
        version: record ? String(record.version) : "",
        uri: record ? modelUri(record.name, record.version) : "",
        digest: record?.digest ?? "",
        url: record?.url ?? "",
        "output-dir": result.outputDir ?? "",
        versions: JSON.stringify(result.versions.map(({ version, aliases, status, digest, created_at }) => ({ version, aliases, status, digest, created_at }))),
        report: options.report
      },
      report: { tool: "mlops-actions/register-model", ...result },
      reportPath: options.report,
      summary: registrySummary(describe(result), record, options.name, result.versions, result.location),
      annotations: []
    };
  }
};
async function perform(registry, options) {
  const { name } = options;
  const base = { operation: options.operation, location: `${registry.backend.kind} registry at ${registry.backend.location}` };
  const after = async (version) => {
    const versions = await registry.list(name);
    return { ...base, versions, ...version !== void 0 && { record: versions.find((v) => v.version === version) } };
  };
  switch (options.operation) {
    case "register": {
      if (!holdsModel(options.modelDir))
        throw new UserError(`Input 'model-dir': '${options.modelDir}' holds no model: it has no ${MODEL_DIR_FILES.manifest}; register a directory written by the train action.`);
      const { record, created } = await registry.register(name, options.modelDir, {
        aliases: options.aliases,
        description: options.description,
        comparedWith: options.comparedWith,
        renderCard: (facts, metadata, manifest) => renderModelCard(facts, metadata, manifest, flavorFacts(manifest))
      });
      return { ...await after(record.version), created };
    }
    case "set-alias":
      for (const alias of options.aliases)
        await registry.setAlias(name, alias, options.version);
      return after(options.version);
    case "remove-alias": {
      const holders = (await registry.list(name)).filter((v) => v.aliases.some((a) => options.aliases.includes(a)));
      for (const alias of options.aliases)
        await registry.removeAlias(name, alias);
      return after(holders[0]?.version);
    }
    case "archive":
      await registry.archive(name, options.version);
      return after(options.version);
    case "list":
      return after();
    case "download": {
      const outputDir = options.outputDir;
      let record;
      await writeModelDir(outputDir, async (staging) => {
        rmdirSync(staging);
        record = await registry.fetch(downloadReference(options), staging);
      });
      return { ...await after(record.version), outputDir };
    }
  }
}
function describe(result) {
  switch (result.operation) {
    case "register":
      return result.created ? "Registered a new version" : "Already registered (same content)";
    case "set-alias":
      return "Moved the alias";
    case "remove-alias":
      return "Removed the alias";
    case "archive":
      return "Archived";
    case "download":
      return `Downloaded into '${result.outputDir}'`;
    case "list":
      return `Versions of ${result.versions[0]?.name ?? "the model"}`;
  }
}
function downloadReference(options) {
  if (options.version !== void 0)
    return { name: options.name, version: options.version };
  return { name: options.name, alias: options.aliases[0] };
}
function checkReportPath(options) {
  const modelDir = options.operation === "register" ? options.modelDir : void 0;
  const outputDir = options.operation === "download" ? options.outputDir : void 0;
  const registryDir = options.registry.localDir;
  if (modelDir && registryDir)
    checkNotNested(modelDir, registryDir);
  const dirs = namedPaths({ "model-dir": modelDir, "output-dir": outputDir, registry: registryDir });
  checkOutputPaths(namedPaths({ report: options.report }), { files: namedPaths({ config: options.configPath }), dirs });
  if (outputDir)
    checkOutputDir(outputDir, namedPaths({ config: options.configPath, registry: registryDir }));
}
function checkNotNested(modelDir, registryDir) {
  const model = writeTarget(modelDir);
  const registry = writeTarget(registryDir);
  if (isWithin(registry, model)) {
    throw new UserError(`Input 'registry': local registry '${registryDir}' is inside input 'model-dir' ('${modelDir}'), which train replaces; keep the registry outside the model directory.`);
  }
  if (isWithin(model, registry)) {
    throw new UserError(`Input 'model-dir': '${modelDir}' is inside input 'registry' (local registry '${registryDir}'); register a model directory from outside the registry.`);
  }
}
function requireFor(options, operation) {
  const need = (input, ok) => {
    if (!ok)
      throw new UserError(`Input '${input}' is required for operation '${operation}'.`);
  };
  if (operation === "register")
    need("model-dir", options.modelDir !== void 0);
  if (operation === "set-alias" || operation === "archive")
    need("version", options.version !== void 0);
  if (operation === "set-alias" || operation === "remove-alias")
    need("alias", options.aliases.length > 0);
  if (operation === "download") {
    need("output-dir", options.outputDir !== void 0);
    if (options.version !== void 0 === options.aliases.length > 0 || options.aliases.length > 1) {
      throw new UserError(`Input 'version': operation 'download' takes either 'version' or one 'alias', not ${options.version !== void 0 && options.aliases.length > 0 ? "both" : options.aliases.length > 1 ? "several aliases" : "neither"}.`);
    }
  }
}

export {
  OPERATIONS,
  registerModelCommand
};
