import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  COLUMN_CHECKS,
  COLUMN_CHECKS_BY_KEY,
  DATASET_CHECKS,
  DATASET_CHECKS_BY_KEY,
  DECODE_COST,
  SchemaError,
  compareFindings,
  compileDateFormat,
  mergeRanges,
  nonFiniteBound,
  validatePart,
  validateRange
} from "./chunk-Q3YSSZDH.js";
import {
  validationSummary
} from "./chunk-2QPTGCDG.js";
import {
  parseYamlDocument,
  require_ajv,
  require_dist
} from "./chunk-BQ73ZHPY.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  namedPaths,
  removeTemporary,
  writeOutputFile
} from "./chunk-MWNVSW5J.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  startWorkerThread,
  threadBudget,
  workerEntry
} from "./chunk-FF23WMO5.js";
import {
  CsvParser,
  DEFAULT_MISSING_VALUES,
  MissingTokens,
  QuotedDataError,
  lineBreakOf,
  resolveDataFiles
} from "./chunk-ALJFIFBN.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/validate/schema/types.js
var COLUMN_TYPES = ["number", "integer", "boolean", "string", "category", "datetime"];

// build/shared/validate/schema/load.js
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// build/shared/validate/schema/json-schema.js
var severityMap = (keys) => ({
  type: "object",
  description: "Overrides the severity of checks by key, e.g. {mean: error}.",
  propertyNames: { enum: keys },
  additionalProperties: { enum: ["error", "warning"] }
});
function dataSchemaJsonSchema() {
  const columnProperties = {
    type: { enum: [...COLUMN_TYPES], description: "Value type of the column." },
    description: { type: "string" },
    format: { type: "string", description: 'strftime-style format of a datetime column, e.g. "%Y-%m-%d %H:%M:%S". Default: ISO 8601.' },
    severity: severityMap(["type", ...COLUMN_CHECKS.map((check) => check.key)])
  };
  for (const check of COLUMN_CHECKS)
    columnProperties[check.key] = { description: check.description, ...check.schema };
  const properties = {
    $schema: { type: "string" },
    version: { const: 1, description: "Format version." },
    "missing-values": {
      type: "array",
      items: { type: "string" },
      description: "Cell values read as missing, in addition to empty cells. Replaces the default list."
    },
    columns: {
      type: "object",
      description: "Expected columns by name. A listed column missing from the data is an error.",
      additionalProperties: {
        type: "object",
        required: ["type"],
        additionalProperties: false,
        properties: columnProperties
      }
    },
    severity: severityMap(["columns", ...DATASET_CHECKS.map((check) => check.key)])
  };
  for (const check of DATASET_CHECKS)
    properties[check.key] = { description: check.description, ...check.schema };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/mlops-actions/mlops-actions/schemas/data-schema.json",
    title: "mlops-actions data schema",
    type: "object",
    required: ["columns"],
    additionalProperties: false,
    properties
  };
}

// build/shared/validate/schema/load.js
var Ajv = import_ajv.default.default ?? import_ajv.default;
var validator;
function validate(value) {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(dataSchemaJsonSchema());
  return { ok: validator(value), errors: validator.errors ?? [] };
}
function checkSchemaShape(text, source) {
  const { value, document, lines } = parseYamlDocument(text, source);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`${source}: a schema must be a YAML mapping with a 'columns' key.`);
  }
  const nonFinite = nonFiniteNumberAt(value, []);
  if (nonFinite) {
    const node = findNode(document.contents, nonFinite.segments, false);
    const where = node?.range ? position(lines, node.range[0]) : "";
    throw new UserError(`${source}${where}: ${formatPath(value, nonFinite.segments)}: ${nonFiniteBound(nonFinite.value)}.`);
  }
  const { ok, errors } = validate(value);
  if (!ok)
    throw new UserError(describeError(pickError(errors), value, document.contents, lines, source));
  const schema = value;
  return {
    schema,
    locate: (path) => {
      const node = findNode(document.contents, splitPath(schema, path), false);
      return node?.range ? position(lines, node.range[0]) : "";
    }
  };
}
function position(lines, offset) {
  const { line, col } = lines.linePos(offset);
  return `:${line}:${col}`;
}
function splitPath(schema, path) {
  const parts = [];
  let rest = path;
  if (rest.startsWith("columns.")) {
    const name = Object.keys(schema.columns).sort((a, b) => b.length - a.length).find((column) => rest === `columns.${column}` || rest.startsWith(`columns.${column}.`) || rest.startsWith(`columns.${column}[`));
    if (name !== void 0) {
      parts.push("columns", name);
      rest = rest.slice(`columns.${name}`.length).replace(/^\./, "");
    }
  }
  for (const match of rest.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    parts.push(match[1] ?? match[2]);
  return parts;
}
function pickError(errors) {
  const score = (error) => error.instancePath.split("/").length * 10 + (error.keyword === "additionalProperties" ? 5 : 0) + (error.keyword === "propertyNames" ? 6 : 0) - (error.keyword === "oneOf" ? 5 : 0);
  return [...errors].sort((a, b) => score(b) - score(a))[0];
}
function describeError(error, value, root, lines, source) {
  const segments = error.instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  let reason;
  if (error.keyword === "additionalProperties") {
    const key = error.params.additionalProperty;
    segments.push(key);
    reason = `unknown key '${key}'`;
  } else if (error.keyword === "required") {
    reason = `missing required key '${error.params.missingProperty}'`;
  } else if (error.keyword === "enum") {
    reason = `must be one of ${error.params.allowedValues.join(", ")}`;
  } else if (error.keyword === "propertyNames") {
    reason = `unknown check name '${error.params.propertyName}'`;
  } else {
    reason = error.message ?? "invalid value";
  }
  const path = segments.length > 0 ? formatPath(value, segments) : "(top level)";
  const node = findNode(root, segments, error.keyword === "additionalProperties");
  const where = node?.range ? position(lines, node.range[0]) : "";
  return `${source}${where}: ${path}: ${reason}.`;
}
function nonFiniteNumberAt(value, segments) {
  if (typeof value === "number")
    return Number.isFinite(value) ? void 0 : { segments, value };
  if (value === null || typeof value !== "object")
    return void 0;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFiniteNumberAt(item, [...segments, key]);
    if (found)
      return found;
  }
  return void 0;
}
function formatPath(value, segments) {
  let path = "";
  let current = value;
  for (const segment of segments) {
    path += Array.isArray(current) ? `[${segment}]` : path ? `.${segment}` : segment;
    current = current !== null && typeof current === "object" ? current[segment] : void 0;
  }
  return path;
}
function findNode(root, segments, lastIsKey) {
  let node = root;
  for (const [index, segment] of segments.entries()) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => String(item.key?.value ?? item.key) === segment);
      if (!pair)
        return node;
      node = index === segments.length - 1 && lastIsKey ? pair.key : pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      node = node.items[Number(segment)];
    } else {
      return node;
    }
  }
  return node;
}

// build/shared/validate/schema/compile.js
function loadSchemaFile(path) {
  return compileSchema(readTextFile("schema", path), path);
}
function compileSchema(text, source) {
  const { schema, locate } = checkSchemaShape(text, source);
  try {
    checkMeaning(schema);
  } catch (error) {
    if (error instanceof SchemaError)
      throw new UserError(`${source}${locate(error.path)}: ${error.message}.`);
    throw error;
  }
  return { schema, source };
}
var discard = { report: () => {
} };
var noTempDir = () => {
  throw new Error("a check spilled to disk while its configuration was checked");
};
var noFileName = () => "";
function checkMeaning(schema) {
  for (const [name, column] of Object.entries(schema.columns)) {
    if (column.format !== void 0) {
      if (column.type !== "datetime")
        throw new SchemaError(`columns.${name}.format`, `only datetime columns take a format (this column is ${column.type})`);
      try {
        compileDateFormat(column.format);
      } catch (error) {
        throw new SchemaError(`columns.${name}.format`, error.message);
      }
    }
    for (const [key, config] of Object.entries(column)) {
      const check = COLUMN_CHECKS_BY_KEY.get(key);
      if (!check)
        continue;
      const path = `columns.${name}.${key}`;
      if (check.types && !check.types.includes(column.type)) {
        throw new SchemaError(path, `'${key}' does not apply to ${column.type} columns (it applies to ${check.types.join(", ")})`);
      }
      check.create(config, { name, type: column.type, column, path, tempDir: noTempDir, fileName: noFileName }, discard);
    }
  }
  for (const [key, config] of Object.entries(schema)) {
    DATASET_CHECKS_BY_KEY.get(key)?.create(config, { schema, path: key, tempDir: noTempDir, fileName: noFileName }, discard);
  }
}

// build/shared/validate/schema/write.js
var import_yaml3 = __toESM(require_dist(), 1);
var SCHEMA_URL_COMMENT = "# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/schema/data-schema.json";
function schemaToYaml(schema, notes = []) {
  const body = (0, import_yaml3.stringify)(schema, { lineWidth: 0, flowCollectionPadding: false });
  const comments = notes.map((note) => `# ${note.replace(/[\r\n]+/g, " ")}
`).join("");
  return `${SCHEMA_URL_COMMENT}
# Inferred by mlops-actions data-validate. Edit freely: bounds have a margin.
${comments}${body}`;
}
function writeSchemaFile(path, schema, input = "write-schema", notes = []) {
  writeOutputFile(input, path, schemaToYaml(schema, notes));
}

// build/shared/validate/parallel.js
import { closeSync, openSync, readSync, statSync } from "node:fs";
var PARALLEL_MIN_BYTES = 32 << 20;
async function validateData(options, onThreads, progress) {
  const alone = async () => {
    const result = await validatePart(options, progress);
    onThreads?.(1);
    return result;
  };
  const threads = parallelism(options);
  if (threads < 2)
    return alone();
  const scratch = createTemporaryDir("mlops-validate-");
  try {
    const ranges = planRanges(options, threads);
    if (ranges) {
      const result = await validateRanges(options, ranges, scratch, progress);
      if (result) {
        onThreads?.(ranges.length);
        return result;
      }
    }
    const parts = planParts(options.schema, threads);
    if (parts.length < 2)
      return await alone();
    const [local, ...remote] = parts;
    const results = await Promise.all([
      // This thread reads every row too, so its count is the whole run's.
      validatePart({ ...options, part: local }, progress),
      ...remote.map((part) => runWorker({ task: "part", options: { ...options, part } }, scratch))
    ]);
    onThreads?.(parts.length);
    return mergeResults(results, Object.keys(options.schema.schema.columns));
  } finally {
    removeTemporary(scratch);
  }
}
function parallelism(options) {
  if (!workerEntry() || !options.schema || options.infer || options.part || options.range)
    return 1;
  const { threads, forced } = threadBudget(options.threads);
  if (threads < 2)
    return 1;
  const bytes = options.files.reduce((sum, file) => sum + statSync(file.path).size, 0);
  return bytes >= PARALLEL_MIN_BYTES || forced ? threads : 1;
}
function planRanges(options, count) {
  const [file, ...others] = options.files;
  if (!file || others.length > 0 || file.gzip || file.format !== "csv" && file.format !== "tsv")
    return void 0;
  const size = statSync(file.path).size;
  let fd;
  try {
    fd = openSync(file.path, "r");
  } catch {
    return void 0;
  }
  try {
    const window = Buffer.alloc(1 << 20);
    const headerBytes = readSync(fd, window, 0, window.length, 0);
    const lineBreak = lineBreakOf(window.subarray(0, headerBytes));
    const headerEnd = window.subarray(0, headerBytes).indexOf(lineBreak) + 1;
    if (headerEnd <= 0)
      return void 0;
    let header = [];
    const parser = new CsvParser({ delimiter: file.format === "tsv" ? 9 : 44, file: file.path, tokens: new MissingTokens(options.missingValues) }, { header: (columns) => header = columns, row: () => {
    }, ragged: () => {
    } });
    parser.push(Buffer.from(window.subarray(0, headerEnd)));
    parser.end();
    const cuts = [headerEnd];
    for (let i = 1; i < count; i++) {
      const from = Math.max(Math.floor(size * i / count), cuts[cuts.length - 1]);
      const read = readSync(fd, window, 0, window.length, from);
      const newline = window.subarray(0, read).indexOf(lineBreak);
      if (newline < 0 || from + newline + 1 >= size)
        break;
      if (from + newline + 1 > cuts[cuts.length - 1])
        cuts.push(from + newline + 1);
    }
    if (cuts.length < 2)
      return void 0;
    cuts[0] = 0;
    return cuts.map((start, index) => ({ start, end: cuts[index + 1] ?? size, ...index > 0 ? { header, lineBreak } : {} }));
  } finally {
    closeSync(fd);
  }
}
async function validateRanges(options, ranges, scratch, progress) {
  const [first, ...rest] = ranges;
  const workers = rest.map((range) => startWorker({ task: "range", options: { ...options, range } }, scratch));
  const hashing = startWorker({ task: "hash", path: options.files[0].path }, scratch);
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  let done = 0;
  const counted = (task, range) => task.then((state) => (progress?.update(done += range.end - range.start, total, "bytes"), state));
  const tasks = [counted(validateRange({ ...options, range: first }), first), ...workers.map((worker, i) => counted(worker.result, rest[i]))];
  let states;
  try {
    states = await Promise.all(tasks);
  } catch (error) {
    await Promise.all([hashing, ...workers].map((worker) => worker.stop()));
    const outcomes = await Promise.allSettled(tasks);
    for (const outcome of outcomes) {
      const root = outcome.status === "fulfilled" ? outcome.value.tempRoot : null;
      if (root)
        removeTemporary(root);
    }
    if (outcomes.some((outcome) => outcome.status === "rejected" && outcome.reason instanceof QuotedDataError))
      return void 0;
    throw error;
  }
  const file = options.files[0];
  const sha256 = await hashing.result;
  return mergeRanges(options, states, [{ path: file.path, format: file.format, sha256 }], sha256);
}
function planParts({ schema }, threads) {
  const units = [];
  const label = schema["label-balance"]?.column;
  for (const [name, column] of Object.entries(schema.columns)) {
    const checks = Object.keys(column).reduce((sum, key) => sum + (COLUMN_CHECKS_BY_KEY.get(key)?.cost ?? 0), 0);
    const unit = { cost: DECODE_COST[column.type] + checks, columns: [name], datasetChecks: [] };
    if (name === label)
      unit.datasetChecks.push("label-balance");
    units.push(unit);
  }
  for (const [key, check] of DATASET_CHECKS_BY_KEY) {
    if (schema[key] !== void 0 && check.cost > 0 && key !== "label-balance")
      units.push({ cost: check.cost, columns: [], datasetChecks: [key] });
  }
  const parts = Array.from({ length: threads }, (_, index) => ({ cost: index === 0 ? 1 : 0, columns: [], datasetChecks: [] }));
  for (const unit of units.sort((a, b) => b.cost - a.cost)) {
    const target = parts.reduce((best, part) => part.cost < best.cost ? part : best);
    target.cost += unit.cost;
    target.columns.push(...unit.columns);
    target.datasetChecks.push(...unit.datasetChecks);
  }
  const assigned = new Set(parts.flatMap((part) => part.datasetChecks));
  parts[0].datasetChecks.push(...Object.keys(schema).filter((key) => DATASET_CHECKS_BY_KEY.has(key) && !assigned.has(key)));
  return parts.filter((part, index) => index === 0 || part.columns.length + part.datasetChecks.length > 0).map((part, index) => ({ columns: part.columns, datasetChecks: part.datasetChecks, primary: index === 0 }));
}
function startWorker(task, scratch) {
  const data = { scratch, ...task };
  const worker = startWorkerThread("validate", data);
  const result = new Promise((resolve, reject) => {
    let settled = false;
    worker.once("message", (message) => {
      settled = true;
      if (message.quoted)
        reject(new QuotedDataError());
      else if (message.error?.user)
        reject(new UserError(message.error.message));
      else if (message.error)
        reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
      else
        resolve(message.result);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled)
        reject(new Error(`validation worker exited with code ${code}`));
    });
  });
  result.catch(() => void 0);
  return { result, stop: () => worker.terminate() };
}
function runWorker(task, scratch) {
  return startWorker(task, scratch).result;
}
function mergeResults(results, columnOrder) {
  const [primary] = results;
  const profile = {};
  for (const name of columnOrder) {
    const owner = results.find((result) => name in result.profile);
    if (owner)
      profile[name] = owner.profile[name];
  }
  return {
    ...primary,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    warnings: results.reduce((sum, result) => sum + result.warnings, 0),
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    profile
  };
}

// build/shared/commands/data-validate/index.js
var FAIL_ON = ["error", "warning", "never"];
var validateCommand = {
  action: "data-validate",
  cli: "validate",
  title: "mlops data-validate",
  description: "Validate tabular data (CSV, TSV, JSON Lines, Parquet, gzip, globs) against a YAML schema, streaming with bounded memory, or infer a schema from it.",
  permissions: [],
  inputs: {
    data: { description: "Path or glob of the data files (.csv, .tsv, .jsonl, .parquet, optionally .gz). Several may be given comma-separated or as a YAML list.", required: true },
    schema: { description: "Path to a YAML data schema to validate against." },
    "write-schema": { description: "Infer a schema from `data` and write it to this path." },
    "fail-on": { description: "Fail the step on findings of this severity or worse: `error`, `warning` or `never`.", default: "error" },
    "missing-values": {
      description: `Cell values read as missing besides empty cells, comma-separated or a YAML list. Default: the schema's \`missing-values\`, else ${DEFAULT_MISSING_VALUES.filter(Boolean).join(" ")}.`
    },
    report: { description: "Path of the JSON report.", default: "data-validation.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    valid: { type: "boolean", description: "`true` when no finding is an error (warnings alone leave the data valid), whatever `fail-on` says; `fail-on` decides only whether the step fails." },
    errors: { type: "number", description: "Number of error findings." },
    warnings: { type: "number", description: "Number of warning findings." },
    rows: { type: "number", description: "Number of data rows read; a row with the wrong number of fields is a finding, not a row." },
    "data-hash": { description: 'sha256 of the data: of the file for one file, else over the sorted "<sha256>  <path>" lines of all files.' },
    report: { description: "Path of the JSON report." }
  },
  parse(inputs, host) {
    inputs.required("data");
    const missing = inputs.list("missing-values");
    const options = {
      data: inputs.list("data"),
      schemaPath: inputs.string("schema"),
      writeSchema: inputs.string("write-schema"),
      failOn: inputs.choice("fail-on", FAIL_ON, "error"),
      report: inputs.string("report") ?? "data-validation.json",
      missingValues: missing.length > 0 ? missing : void 0,
      configPath: inputs.string("config"),
      ...host.runUrl && { runUrl: host.runUrl },
      ...host.threads && { threads: host.threads }
    };
    return options;
  },
  async run(options, log) {
    const files = await resolveDataFiles(options.data);
    checkOutputPaths(outputPaths(options), { files: [...files.map((file) => ({ input: "data", path: file.path })), ...namedPaths({ schema: options.schemaPath, config: options.configPath })] });
    const compiled = options.schemaPath ? loadSchemaFile(options.schemaPath) : void 0;
    const schema = compiled?.schema;
    const missingValues = options.missingValues ?? schema?.["missing-values"] ?? DEFAULT_MISSING_VALUES;
    const what = files.length === 1 ? files[0].path : `${files.length} files`;
    log.info(`Reading ${what}${schema ? ` against ${options.schemaPath}` : ""}`);
    const progress = log.progress(`${options.writeSchema !== void 0 ? "Inferring a schema from" : "Validating"} ${what}`);
    const result = await validateData({
      files,
      schema: compiled,
      missingValues,
      infer: options.writeSchema !== void 0,
      threads: options.threads
    }, (threads) => log.info(`Validated on ${threads} thread${threads === 1 ? "" : "s"}`), progress).finally(() => progress.end());
    if (options.writeSchema && result.inferred) {
      writeSchemaFile(options.writeSchema, result.inferred, "write-schema", result.inferenceNotes);
      log.info(`Wrote the inferred schema to ${options.writeSchema}`);
    }
    const valid = result.errors === 0;
    const failing = failingFindings(result, options.failOn);
    return {
      result,
      outputs: {
        valid: String(valid),
        errors: String(result.errors),
        warnings: String(result.warnings),
        rows: String(result.rows),
        "data-hash": result.dataHash,
        report: options.report
      },
      report: buildReport(result, valid, options, schema),
      reportPath: options.report,
      summary: validationSummary(result, valid, options.report, { failOn: options.failOn, failsStep: failing > 0 }),
      annotations: result.findings.filter((finding) => !finding.omitted).map((finding) => ({
        severity: finding.severity,
        message: finding.column ? `${finding.column}: ${finding.message}` : finding.message,
        title: `data-validate: ${finding.check}`,
        file: finding.file,
        line: finding.line
      })),
      failure: failing === 0 ? void 0 : `Data validation failed: ${failing} finding${failing === 1 ? "" : "s"} at or above '${options.failOn}' (see ${options.report}).`
    };
  }
};
function outputPaths(options) {
  return namedPaths({ "write-schema": options.writeSchema, report: options.report });
}
function failingFindings(result, failOn) {
  if (failOn === "never")
    return 0;
  return failOn === "warning" ? result.errors + result.warnings : result.errors;
}
function buildReport(result, valid, options, schema) {
  return {
    tool: "mlops-actions/data-validate",
    valid,
    failOn: options.failOn,
    schema: options.schemaPath ?? null,
    writtenSchema: options.writeSchema ?? null,
    data: { files: result.files, rows: result.rows, hash: result.dataHash },
    summary: { errors: result.errors, warnings: result.warnings },
    findings: result.findings.map((finding) => ({
      file: finding.file ?? null,
      line: finding.line ?? null,
      column: finding.column ?? null,
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      ...finding.omitted ? { omitted: finding.omitted } : {}
    })),
    profile: result.profile,
    run: options.runUrl ?? null,
    checkedColumns: schema ? Object.keys(schema.columns) : []
  };
}

export {
  validateCommand
};
