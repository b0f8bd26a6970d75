import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  cutText
} from "./chunk-7OENE6JI.js";
import {
  inferTask,
  predictionInput,
  readMetricsFile
} from "./chunk-4AXF44X4.js";
import {
  checkOutputDir,
  writeModelDir
} from "./chunk-OXB76DOU.js";
import {
  MODEL_FORMAT,
  MODEL_KINDS,
  loadBuiltInTrainer,
  loadModelDir,
  modelDirFile,
  onnxGraphClasses,
  parseTrainParams,
  readManifest,
  renderTrainSummary,
  runUserCommand,
  writeManifest,
  writeModelRecords
} from "./chunk-JD3RXX6B.js";
import {
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  parseYaml,
  removeTemporary,
  writeOutputFile
} from "./chunk-J5A52GCJ.js";
import {
  RandomStream
} from "./chunk-CEWYPVHK.js";
import {
  MODEL_DIR_FILES,
  assertFinite,
  cellText,
  column,
  loadTable,
  takeRows,
  writeTableFile
} from "./chunk-JICB2NHH.js";
import {
  readTextFile
} from "./chunk-SY6N6I5E.js";
import {
  evaluateMetrics
} from "./chunk-ICLJS6T6.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/version/index.js
var TOOL_VERSION = "0.1.0";

// build/shared/commands/train/index.js
import { execFileSync } from "node:child_process";

// build/shared/train/metadata.js
import { createHash } from "node:crypto";
function paramsHash(params) {
  return createHash("sha256").update(canonicalJson(params)).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    return `{${entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// build/shared/train/split.js
function splitRows(rows, share, seed) {
  const validationRows = Math.max(1, Math.round(rows * share));
  if (rows - validationRows < 1)
    throw new UserError(`Input 'validation-split': ${share} leaves no training rows out of ${rows}.`);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const random = new RandomStream(seed, 32343);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.nextFloat() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return { validation: order.slice(0, validationRows).sort(), train: order.slice(validationRows).sort() };
}

// build/shared/profile/types.js
var PROFILE_VERSION = 1;
var QUANTILE_LEVELS = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];
var MAX_CATEGORIES = 100;

// build/shared/profile/categories.js
function categoryCounts(counts, present) {
  const kept = mostFrequent(counts);
  const share = (count) => present > 0 ? count / present : 0;
  const keptTotal = kept.reduce((sum, [, count]) => sum + count, 0);
  return {
    values: kept.map(([value, count]) => ({ value, count, frequency: share(count) })),
    other: { count: present - keptTotal, frequency: share(present - keptTotal), distinct: counts.size - kept.length }
  };
}
function mostFrequent(counts) {
  let entries = [...counts];
  if (entries.length > MAX_CATEGORIES) {
    const sorted = Float64Array.from(entries, ([, count]) => count).sort();
    const cutoff = sorted[sorted.length - MAX_CATEGORIES];
    let above = 0;
    while (sorted[sorted.length - 1 - above] > cutoff)
      above++;
    let tiesKept = MAX_CATEGORIES - above;
    entries = entries.filter(([, count]) => count > cutoff || count === cutoff && tiesKept-- > 0);
  }
  return entries.sort((a, b) => b[1] - a[1]);
}

// build/shared/profile/histogram.js
function equalWidthHistogram(values, min, max, bins) {
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const edges = linspace(first, last, bins + 1);
  const counts = new Float64Array(bins);
  const norm = bins / (last - first);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let bin = Math.trunc((value - first) * norm);
    if (bin === bins)
      bin--;
    if (value < edges[bin])
      bin--;
    else if (value >= edges[bin + 1] && bin !== bins - 1)
      bin++;
    counts[bin]++;
  }
  return { edges: Array.from(edges), counts: Array.from(counts) };
}
function linspace(start, stop, num) {
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  const edges = new Float64Array(num);
  for (let i = 0; i < num; i++)
    edges[i] = (step === 0 ? i / div * delta : i * step) + start;
  edges[num - 1] = stop;
  return edges;
}

// build/shared/profile/quantiles.js
function linearQuantile(sorted, p) {
  const n = sorted.length;
  if (n === 0)
    return NaN;
  const position = (n - 1) * p;
  if (position >= n - 1)
    return sorted[n - 1];
  if (position <= 0)
    return sorted[0];
  const below = Math.floor(position);
  return lerp(sorted[below], sorted[below + 1], position - below);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// build/shared/profile/sort.js
function sortFinite(values) {
  if (values.length < 1024 || !LITTLE_ENDIAN)
    return values.sort();
  const counts = digitCounts(values);
  let source = values;
  let target = new Float64Array(values.length);
  for (let pass = 0; pass < SHIFTS.length; pass++) {
    const count = counts.subarray(pass * BUCKETS, (pass + 1) * BUCKETS);
    if (count.includes(values.length))
      continue;
    scatter(source, target, pass, count);
    [source, target] = [target, source];
  }
  return source;
}
var LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 63;
var BUCKETS = 2048;
var MASK = BUCKETS - 1;
var SHIFTS = [0, 11, 22, 0, 11, 22];
function digitCounts(values) {
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const counts = new Int32Array(SHIFTS.length * BUCKETS);
  for (let i = 0; i < values.length; i++) {
    const high = words[2 * i + 1];
    const flip = high >> 31;
    const low = words[2 * i] ^ flip;
    const top = high ^ (flip | -2147483648);
    counts[low & MASK]++;
    counts[BUCKETS + (low >>> 11 & MASK)]++;
    counts[2 * BUCKETS + (low >>> 22)]++;
    counts[3 * BUCKETS + (top & MASK)]++;
    counts[4 * BUCKETS + (top >>> 11 & MASK)]++;
    counts[5 * BUCKETS + (top >>> 22)]++;
  }
  return counts;
}
function scatter(source, target, pass, count) {
  const words = new Int32Array(source.buffer, source.byteOffset, source.length * 2);
  const next = new Int32Array(BUCKETS);
  for (let d = 1; d < BUCKETS; d++)
    next[d] = next[d - 1] + count[d - 1];
  const shift = SHIFTS[pass];
  const n = source.length;
  if (pass < 3) {
    for (let i = 0; i < n; i++) {
      const low = words[2 * i] ^ words[2 * i + 1] >> 31;
      target[next[low >>> shift & MASK]++] = source[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      const high = words[2 * i + 1];
      const top = high ^ (high >> 31 | -2147483648);
      target[next[top >>> shift & MASK]++] = source[i];
    }
  }
}

// build/shared/profile/numeric.js
function numericColumnProfile(name, values, rows, bins, sampleRows) {
  const { finite, missing, infinite } = finiteValues(values, rows);
  const count = finite.length;
  const { mean, std } = meanAndStd(finite);
  const sorted = sortFinite(finite);
  const { distinct, categories } = distinctValues(sorted);
  const min = count > 0 ? sorted[0] : null;
  const max = count > 0 ? sorted[count - 1] : null;
  return {
    name,
    kind: "number",
    count,
    missing,
    infinite,
    distinct,
    min,
    max,
    mean,
    std,
    quantiles: count > 0 ? QUANTILE_LEVELS.map((p) => ({ p, value: linearQuantile(sorted, p) })) : [],
    histogram: min !== null && max !== null ? equalWidthHistogram(sorted, min, max, bins) : null,
    categories,
    sample: Array.from(sampleRows, (row) => finiteOrNull(values[row]))
  };
}
function finiteValues(values, rows) {
  const total = rows ? rows.length : values.length;
  const finite = new Float64Array(total);
  let count = 0;
  let missing = 0;
  if (rows) {
    for (let i = 0; i < total; i++) {
      const value = values[rows[i]];
      if (value - value === 0)
        finite[count++] = value;
      else if (value !== value)
        missing++;
    }
  } else {
    for (let i = 0; i < total; i++) {
      const value = values[i];
      if (value - value === 0)
        finite[count++] = value;
      else if (value !== value)
        missing++;
    }
  }
  return { finite: finite.subarray(0, count), missing, infinite: total - count - missing };
}
function meanAndStd(values) {
  const n = values.length;
  if (n === 0)
    return { mean: null, std: null };
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const next = sum + value;
    carry += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  const mean = (sum + carry) / n;
  if (n === 1)
    return { mean, std: null };
  let squares = 0;
  let squaresCarry = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i] - mean;
    const square = deviation * deviation;
    const next = squares + square;
    squaresCarry += squares >= square ? squares - next + square : square - next + squares;
    squares = next;
  }
  return { mean, std: Math.sqrt((squares + squaresCarry) / (n - 1)) };
}
function distinctValues(sorted) {
  const counts = /* @__PURE__ */ new Map();
  let distinct = 0;
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[runStart])
      continue;
    distinct++;
    if (distinct <= MAX_CATEGORIES)
      counts.set(sorted[runStart], i - runStart);
    runStart = i;
  }
  return { distinct, categories: distinct <= MAX_CATEGORIES ? categoryCounts(counts, sorted.length) : null };
}
function finiteOrNull(value) {
  return value - value === 0 ? value : null;
}

// build/shared/profile/sample.js
function reservoirSample(count, limit, seed) {
  const size = Math.min(limit, count);
  const reservoir = new Int32Array(size);
  for (let i = 0; i < size; i++)
    reservoir[i] = i;
  if (size === 0)
    return reservoir;
  const random = new RandomStream(seed, 0);
  for (let i = size; i < count; i++) {
    const slot = uniformBelow(random, i + 1);
    if (slot < size)
      reservoir[slot] = i;
  }
  return reservoir.sort();
}
function uniformBelow(random, n) {
  const reject = (4294967296 - n) % n;
  for (; ; ) {
    const x = random.nextUint32();
    if (Math.imul(x, n) >>> 0 >= reject)
      return highWord(x, n);
  }
}
function highWord(x, n) {
  return Math.floor(((x >>> 16) * n + Math.floor((x & 65535) * n / 65536)) / 65536);
}

// build/shared/profile/strings.js
function stringColumnProfile(name, values, rows, sampleRows) {
  const counts = /* @__PURE__ */ new Map();
  const total = rows ? rows.length : values.length;
  let missing = 0;
  for (let i = 0; i < total; i++) {
    const value = values[rows ? rows[i] : i];
    if (value === null)
      missing++;
    else
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const count = total - missing;
  return {
    name,
    kind: "string",
    count,
    missing,
    distinct: counts.size,
    categories: cutCategories(categoryCounts(counts, count)),
    sample: Array.from(sampleRows, (row) => cutOrNull(values[row]))
  };
}
function cutCategories(categories) {
  for (const entry of categories.values)
    entry.value = cutText(entry.value);
  return categories;
}
function cutOrNull(value) {
  return value === null ? null : cutText(value);
}

// build/shared/profile/build.js
var PROFILE_DEFAULTS = { sampleSize: 5e3, bins: 20, seed: 0 };
function buildReferenceProfile(table, options = {}) {
  const sampleSize = integerOption("sampleSize", options.sampleSize ?? PROFILE_DEFAULTS.sampleSize, 0, 1e7);
  const bins = integerOption("bins", options.bins ?? PROFILE_DEFAULTS.bins, 1, 1e4);
  const seed = integerOption("seed", options.seed ?? PROFILE_DEFAULTS.seed, 0, 4294967295);
  const rows = options.rows ?? null;
  if (rows)
    assertRowsInTable(rows, table.rows);
  const count = rows ? rows.length : table.rows;
  const positions = reservoirSample(count, sampleSize, seed);
  const sampleRows = rows ? Int32Array.from(positions, (position) => rows[position]).sort() : positions;
  return {
    version: PROFILE_VERSION,
    rows: count,
    dataHash: table.hash,
    columns: table.columns.map((column2) => column2.kind === "number" ? numericColumnProfile(column2.name, column2.values, rows, bins, sampleRows) : stringColumnProfile(column2.name, column2.values, rows, sampleRows)),
    sample: { limit: sampleSize, seed, rows: Array.from(sampleRows) }
  };
}
function integerOption(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Profile option '${name}' must be an integer from ${min} to ${max}, got ${value}.`);
  }
  return value;
}
function assertRowsInTable(rows, tableRows) {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0 || rows[i] >= tableRows)
      throw new RangeError(`Row ${rows[i]} at position ${i} is outside the table's ${tableRows} rows.`);
  }
}

// build/shared/train/text-columns.js
var STRAY_TEXT_SHARE = 0.05;
function warnStrayText(table, columns, input, log) {
  for (const name of columns) {
    const cause = table.textBecause?.[name];
    if (!cause || cause.notNumbers > cause.present * STRAY_TEXT_SHARE)
      continue;
    const others = cause.notNumbers > 1 ? ` and ${cause.notNumbers - 1} more` : "";
    log.warning(`Input '${input}': column '${name}' is read as text, one-hot encoded, because ${JSON.stringify(cause.text.slice(0, 40))} on line ${cause.line} of ${cause.file}${others} ${cause.notNumbers > 1 ? "are" : "is"} not a number while the other ${cause.present - cause.notNumbers} cells are; fix ${cause.notNumbers > 1 ? "them" : "it"}, or list the column in 'ignore'.`);
  }
}

// build/shared/train/data.js
async function loadTrainingData(options, log) {
  const table = await loadTable(options.data, { input: "data" });
  const target = column(table, options.target, "target");
  const task = options.task === "auto" ? inferTask(target) : options.task;
  const features = chooseFeatures(table, options);
  warnStrayText(table, features, "data", log);
  const validationTable = options.validationData.length > 0 ? await loadTable(options.validationData, { input: "validation-data" }) : void 0;
  const { train, validation, combined } = rowsFor(table, validationTable, options);
  return { table, ...validationTable && { validationTable }, combined, train, validation, task, features };
}
function chooseFeatures(table, options) {
  for (const name of [...options.features, ...options.ignore])
    column(table, name, options.features.includes(name) ? "features" : "ignore");
  if (options.features.includes(options.target))
    throw new UserError(`Input 'features': '${options.target}' is the target and cannot be a feature.`);
  const features = options.features.length > 0 ? options.features : table.columns.map((c) => c.name).filter((name) => name !== options.target && !options.ignore.includes(name));
  if (features.length === 0)
    throw new UserError(`Input 'features': no feature columns are left besides the target '${options.target}'.`);
  return features;
}
function assertFiniteColumns(table, features, target, input) {
  for (const name of [...features, target]) {
    const col = column(table, name, input);
    if (col.kind === "number")
      assertFinite(col, table, void 0, input, name === target ? `the target column '${name}'` : `column '${name}'`);
  }
}
function rowsFor(table, validationTable, options) {
  if (!validationTable)
    return { ...splitRows(table.rows, options.validationSplit, options.seed), combined: table };
  const combined = appendTable(table, validationTable);
  const train = Int32Array.from({ length: table.rows }, (_, i) => i);
  const validation = Int32Array.from({ length: validationTable.rows }, (_, i) => table.rows + i);
  return { train, validation, combined };
}
function appendTable(first, second) {
  const columns = first.columns.map((col) => {
    const other = column(second, col.name, "validation-data");
    if (col.kind === "number" && other.kind === "number") {
      const values = new Float64Array(first.rows + second.rows);
      values.set(col.values);
      values.set(other.values, first.rows);
      return { name: col.name, kind: "number", values };
    }
    return { name: col.name, kind: "string", values: [...Array.from({ length: first.rows }, (_, r) => cellText(col, r)), ...Array.from({ length: second.rows }, (_, r) => cellText(other, r))] };
  });
  const lines = new Int32Array(first.rows + second.rows);
  lines.set(first.lines);
  lines.set(second.lines, first.rows);
  const fileOfRow = new Uint16Array(first.rows + second.rows);
  fileOfRow.set(first.fileOfRow);
  fileOfRow.set(second.fileOfRow.map((file) => file + first.files.length), first.rows);
  return { ...first, columns, rows: first.rows + second.rows, lines, fileOfRow, files: [...first.files, ...second.files] };
}

// build/shared/train/built-in.js
async function trainBuiltIn(options, log) {
  const started = Date.now();
  const params = parseTrainParams(options.params);
  const { trainModel, saveModel, tfVersion } = await loadBuiltInTrainer();
  const data = await loadTrainingData(options, log);
  if (data.validationTable)
    assertFiniteColumns(data.validationTable, data.features, options.target, "validation-data");
  const { combined, train, validation, task, features } = data;
  log.info(`Training a ${options.model} ${task} model of ${options.target} on ${train.length} rows, ${features.length} features; validating on ${validation.length} rows.`);
  const trained = await trainModel({ table: combined, features, target: options.target, task, model: options.model, params, trainRows: train, validationRows: validation, seed: options.seed, log });
  let result;
  await writeModelDir(options.outputDir, async (staging) => {
    await saveModel(staging, trained);
    writeManifest(staging, {
      version: 1,
      flavor: "tfjs",
      task,
      target: options.target,
      inputs: modelInputs(combined, features),
      ...trained.classes && { classes: [...trained.classes] },
      files: [MODEL_DIR_FILES.topology, MODEL_DIR_FILES.weights, MODEL_DIR_FILES.preprocessing]
    });
    const trainer = { trainer: "built-in", model: options.model, backend: trained.backend, params, libraries: { "@tensorflow/tfjs": tfVersion() } };
    result = await recordModel(staging, data, options, trainer, started, "output-dir");
  });
  return { ...result, history: trained.history };
}

// build/shared/train/command.js
import { existsSync, renameSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
var NO_MODEL = `write ${MODEL_DIR_FILES.onnx} (an ONNX graph) or a ${MODEL_DIR_FILES.manifest} naming the model's flavor into $MLOPS_OUTPUT_DIR`;
async function trainWithCommand(options, log) {
  const started = Date.now();
  const command = options.command;
  const data = await loadTrainingData(options, log);
  const outputDir = resolve(options.outputDir);
  const rowsDir = createTemporaryDir("mlops-train-");
  let result;
  try {
    const trainPath = join(rowsDir, "train.csv");
    const validationPath = join(rowsDir, "validation.csv");
    writeTableFile(data.combined, trainPath, { format: "csv", rows: data.train, input: "data" });
    writeTableFile(data.combined, validationPath, { format: "csv", rows: data.validation, input: "data" });
    log.info(`Running the training command on ${data.train.length} training rows and ${data.validation.length} validation rows, ${data.features.length} features.`);
    await writeModelDir(options.outputDir, async (staging) => {
      const env = {
        MLOPS_DATA: trainPath,
        MLOPS_VALIDATION_DATA: validationPath,
        MLOPS_TARGET: options.target,
        MLOPS_FEATURES: JSON.stringify(data.features),
        MLOPS_TASK: data.task,
        MLOPS_OUTPUT_DIR: staging,
        MLOPS_PARAMS: JSON.stringify(options.params),
        MLOPS_SEED: String(options.seed)
      };
      await log.group(`Running ${command}`, () => runUserCommand({ command, input: "command", cwd: process.cwd(), env, onLine: (line) => log.info(line) }));
      try {
        keepUserMetrics(options, staging, outputDir);
        completeManifest(staging, data, options);
        const trainer = { trainer: "command", command, params: options.params, libraries: {} };
        result = await recordModel(staging, data, options, trainer, started, "command");
      } catch (error) {
        if (error instanceof UserError)
          throw new UserError(error.message.replaceAll(staging, options.outputDir));
        throw error;
      }
    });
  } finally {
    removeTemporary(rowsDir);
  }
  return result;
}
function keepUserMetrics(options, staging, outputDir) {
  const given = options.metricsFile ? stagedPath(resolve(options.metricsFile), outputDir, staging) : void 0;
  if (given && !existsSync(given)) {
    throw new UserError(`Input 'metrics-file': the command succeeded but wrote no metrics at '${options.metricsFile}'; write a JSON object of metric names to numbers there (the model directory is $MLOPS_OUTPUT_DIR while the command runs), or leave 'metrics-file' empty.`);
  }
  const path = given ?? (existsSync(modelDirFile(staging, "metrics")) ? modelDirFile(staging, "metrics") : void 0);
  if (!path)
    return;
  readMetricsFile(path, "metrics-file");
  const kept = modelDirFile(staging, "userMetrics");
  if (path === modelDirFile(staging, "metrics"))
    renameSync(path, kept);
  else
    writeOutputFile("metrics-file", kept, readTextFile("metrics-file", path));
}
function completeManifest(staging, data, options) {
  const manifestPath = modelDirFile(staging, "manifest");
  const onnxPath = modelDirFile(staging, "onnx");
  const written = existsSync(manifestPath) ? parseYaml(readTextFile("command", manifestPath), `Input 'command': '${manifestPath}'`) : void 0;
  if (written === void 0 && !existsSync(onnxPath))
    throw new UserError(`Input 'command': '${options.command}' succeeded but wrote no model; ${NO_MODEL}.`);
  if (written !== void 0 && (typeof written !== "object" || written === null || Array.isArray(written))) {
    throw new UserError(`Input 'command': '${manifestPath}' is not a YAML mapping; a manifest names 'flavor', 'task', 'target' and 'inputs'.`);
  }
  const given = written ?? { flavor: "onnx", files: [MODEL_DIR_FILES.onnx] };
  const complete = { version: 1, task: data.task, target: options.target, inputs: modelInputs(data.combined, data.features), ...given };
  if (complete.task === "classification" && !complete.classes) {
    const fromGraph = complete.flavor === "onnx" && existsSync(onnxPath) ? onnxGraphClasses(onnxPath, "command") : void 0;
    complete.classes = fromGraph ?? sortedLabels(data.combined, data.train, options.target);
  }
  if (written === void 0 || Object.keys(complete).length !== Object.keys(given).length)
    writeManifest(staging, complete, "command");
}
function sortedLabels(table, rows, target) {
  const col = column(table, target, "target");
  const seen = /* @__PURE__ */ new Set();
  for (const row of rows) {
    const value = col.values[row];
    if (value !== null && value !== void 0 && !(typeof value === "number" && Number.isNaN(value)))
      seen.add(value);
  }
  return [...seen].sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
}
function stagedPath(path, outputDir, staging) {
  const inside = relative(outputDir, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? join(staging, inside) : path;
}

// build/shared/train/train.js
async function trainModelDir(options, log) {
  const reads = [...await dataFilePaths("data", options.data), ...await dataFilePaths("validation-data", options.validationData), ...options.otherReads ?? []];
  checkOutputDir(options.outputDir, reads);
  return options.command ? trainWithCommand(options, log) : trainBuiltIn(options, log);
}
function modelInputs(table, features) {
  return features.map((name) => ({ name, type: column(table, name, "data").kind === "number" ? "number" : "text" }));
}
async function recordModel(staging, data, options, trainer, started, input) {
  const manifest = readManifest(staging, input);
  const reloaded = await loadModelDir(staging, input);
  const metrics = evaluateMetrics(await predictionInput(reloaded, takeRows(data.combined, data.validation), options.target, "validation"));
  const metadata = {
    format: MODEL_FORMAT,
    version: 1,
    ...trainer,
    paramsHash: paramsHash(trainer.params),
    dataHash: data.table.hash,
    ...data.validationTable && { validationDataHash: data.validationTable.hash },
    rows: { train: data.train.length, validation: data.validation.length },
    metrics,
    libraries: { "mlops-actions": TOOL_VERSION, ...trainer.libraries, node: process.version },
    durationSeconds: (Date.now() - started) / 1e3,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    lineage: options.lineage,
    seed: options.seed
  };
  const profile = buildReferenceProfile(data.combined, { rows: data.train, seed: options.seed });
  writeModelRecords(staging, { metrics, metadata, profile });
  return { modelDir: options.outputDir, metrics, metricsFile: modelDirFile(options.outputDir, "metrics"), dataHash: data.table.hash, manifest, metadata };
}

// build/shared/commands/train/artifact.js
import { readdirSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var NAME_CHARACTERS_REFUSED = ['"', ":", "<", ">", "|", "*", "?", "\r", "\n", "\\", "/"];
function parseArtifactUpload(inputs, host) {
  const name = inputs.string("artifact-name") ?? "model";
  if (!inputs.boolean("upload-artifact", false))
    return void 0;
  if (!host.artifactRuntime) {
    throw new UserError("Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.");
  }
  const refused = NAME_CHARACTERS_REFUSED.find((character) => name.includes(character));
  if (refused) {
    throw new UserError(`Input 'artifact-name': '${name.replace(/[\r\n]/g, " ")}' contains ${JSON.stringify(refused)}; artifact names cannot contain any of ${NAME_CHARACTERS_REFUSED.map((c) => JSON.stringify(c)).join(" ")}.`);
  }
  return name;
}
async function uploadModelArtifact(modelDir, name, log) {
  const { DefaultArtifactClient } = await import("./artifact-RKUQAMWD.js");
  const root = resolve2(modelDir);
  const files = listFiles(root);
  try {
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    log.info(`Uploaded ${files.length} files (${size ?? 0} bytes) as artifact '${name}' (id ${id}).`);
  } catch (error) {
    throw new UserError(`Input 'upload-artifact': the upload of artifact '${name}' failed: ${error.message}`);
  }
  return {};
}
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? listFiles(join2(dir, entry.name)) : [join2(dir, entry.name)]);
}

// build/shared/commands/train/index.js
var TRAIN_TASKS = ["auto", "classification", "regression"];
var trainCommand = {
  action: "train",
  cli: "train",
  title: "mlops train",
  description: "Train a model with TensorFlow.js (linear or MLP, WASM backend) or your own command (ONNX or command flavor), and write a model directory with its manifest, validation metrics, lineage metadata and a reference profile of the training data.",
  inputs: {
    data: { description: "Training data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz).", required: true },
    target: { description: "Column to predict.", required: true },
    features: { description: "Feature columns, comma-separated or a YAML list. Default: every column but `target` and `ignore`." },
    ignore: { description: "Columns left out of the default features, such as ids." },
    task: { description: "`classification`, `regression` or `auto`: text targets and at most 20 distinct whole numbers are classes.", default: "auto" },
    model: { description: "`linear` (logistic or linear regression) or `mlp` (ReLU hidden layers).", default: "linear" },
    params: {
      description: "YAML or JSON, inline or a file path: `epochs`, `batch-size`, `learning-rate`, `hidden-units`, `patience`, `l2`, and the size limits `max-parameters` (default 10,000,000 weights) and `max-categories` (one-hot inputs per text column, default 100; rarer values are pooled). For `command`, passed through as `MLOPS_PARAMS`."
    },
    "validation-split": { description: "Share of the rows held out, at random (seeded), for validation and early stopping.", default: "0.2" },
    "validation-data": { description: "Validation data instead of a split: path or glob with the same columns." },
    "output-dir": { description: "Model directory to write.", default: "model" },
    seed: { description: "Seed of the split, the initial weights and the shuffling: the same seed gives the same model.", default: "0" },
    command: {
      description: "Your own training command (Python, R, anything), run with bash instead of the built-in trainer. It gets the training rows as CSV in MLOPS_DATA and the validation rows in MLOPS_VALIDATION_DATA, with MLOPS_TARGET, MLOPS_FEATURES (JSON list), MLOPS_TASK, MLOPS_PARAMS and MLOPS_SEED, and writes `model.onnx` or a `manifest.yaml` (command flavor) into MLOPS_OUTPUT_DIR. train then scores the validation rows through the model and writes the metrics itself."
    },
    "metrics-file": { description: "Metrics `command` computed itself (a JSON object of names to numbers), kept as `user-metrics.json` beside the metrics train computes. Default: `metrics.json` in `output-dir`, when the command wrote one." },
    "upload-artifact": { type: "boolean", description: "Upload the model directory as a workflow artifact (in GitHub Actions).", default: "false" },
    "artifact-name": { description: "Name of the uploaded artifact.", default: "model" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    "model-dir": { description: "The model directory written." },
    metrics: { type: "json", description: 'Flat JSON of the validation metrics, named as in evaluate-gate, e.g. {"accuracy": 0.93}.' },
    "metrics-file": { description: "Path of metrics.json in the model directory: the validation metrics train computed." },
    "data-hash": { description: "sha256 of the training data, as data-validate reports it." },
    flavor: { description: "The flavor of the model written: `tfjs`, `onnx` or `command`." }
  },
  parse(inputs, host) {
    inputs.required("data");
    const params = readParams(inputs);
    return {
      data: inputs.list("data"),
      target: inputs.required("target"),
      features: inputs.list("features"),
      ignore: inputs.list("ignore"),
      task: inputs.choice("task", TRAIN_TASKS, "auto"),
      model: inputs.choice("model", MODEL_KINDS, "linear"),
      params: params.value,
      validationSplit: inputs.number("validation-split", 0.2, { min: 0.01, max: 0.9 }),
      validationData: inputs.list("validation-data"),
      outputDir: inputs.string("output-dir") ?? "model",
      seed: inputs.number("seed", 0, { min: 0, max: 4294967295, integer: true }),
      command: inputs.string("command"),
      metricsFile: inputs.string("metrics-file"),
      artifactName: parseArtifactUpload(inputs, host),
      lineage: lineage(host),
      otherReads: namedPaths({ params: params.file, config: inputs.string("config") })
    };
  },
  async run(options, log) {
    const result = await trainModelDir(options, log);
    return {
      result,
      outputs: {
        "model-dir": result.modelDir,
        metrics: JSON.stringify(result.metrics),
        "metrics-file": result.metricsFile,
        "data-hash": result.dataHash,
        flavor: result.manifest.flavor
      },
      report: result.metadata,
      reportPath: `${result.modelDir}/metadata.json`,
      reportInput: "output-dir",
      summary: renderTrainSummary(result),
      annotations: []
    };
  },
  publish: (outcome, options, log) => options.artifactName ? uploadModelArtifact(outcome.result.modelDir, options.artifactName, log) : Promise.resolve({})
};
function readParams(inputs) {
  const input = inputs.yamlOrFile("params", "YAML or JSON such as '{epochs: 20}'");
  if (!input)
    return { value: {} };
  const file = "file" in input ? input.file : void 0;
  const where = `Input 'params'${file ? ` ('${file}')` : ""}`;
  let value;
  if ("parsed" in input)
    value = input.parsed;
  else {
    try {
      value = parseYaml(input.text, file ?? "params");
    } catch (error) {
      throw new UserError(`${where}: not valid YAML or JSON: ${error.message.split("\n")[0]}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UserError(`${where}: must be a mapping of parameter names to values.`);
  return { value, ...file && { file } };
}
function lineage(host) {
  const commit = host.commit ?? localCommit();
  return {
    ...commit && { commit },
    ...host.runUrl && { runUrl: host.runUrl },
    ...host.github.repository && { repository: host.github.repository },
    ...host.github.workflow && { workflow: host.github.workflow },
    ...host.runId && { runId: host.runId },
    ...host.runAttempt && { runAttempt: host.runAttempt }
  };
}
function localCommit() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}

export {
  TOOL_VERSION,
  trainCommand
};
