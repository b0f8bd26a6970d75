import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  compareLabels,
  startWorkerThread,
  workerEntry
} from "./chunk-2BSQYDO6.js";
import {
  readColumnSamples
} from "./chunk-W3AL2KPI.js";
import {
  DEFAULT_MISSING_VALUES,
  assertHasRows,
  readDataset,
  resolveDataFiles
} from "./chunk-CZNOSXFA.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

// build/shared/model/layout.js
var MODEL_DIR_FILES = {
  /** ModelManifest: what the model is (flavor, inputs, task, classes, files). */
  manifest: "manifest.yaml",
  /** ModelMetadata: where the model came from (data, params, lineage). */
  metadata: "metadata.json",
  /** The validation metrics train computed, a flat JSON object of names to numbers. */
  metrics: "metrics.json",
  /** The metrics a training command wrote itself, kept as they were. */
  userMetrics: "user-metrics.json",
  /** The reference profile of the training data, for drift monitoring. */
  profile: "profile.json",
  /** tfjs: the layers-model topology and weights manifest. */
  topology: "model.json",
  /** tfjs: the weights that model.json describes. */
  weights: "weights.bin",
  /** tfjs: everything besides the network that prediction needs (ModelManifest). */
  preprocessing: "preprocessing.json",
  /** onnx: the ONNX graph. */
  onnx: "model.onnx"
};

// build/shared/table/write.js
import { closeSync, openSync, writeSync } from "node:fs";
var CHUNK_CHARS = 1 << 20;
function writeTableFile(table, path, options) {
  const columns = options.columns ?? table.columns;
  let fd;
  try {
    fd = openSync(path, "w", 384);
  } catch (error) {
    throw fileError(options.input, "write", path, error);
  }
  try {
    const writer = new TableTextWriter(options.format, columns.map((col) => col.name), (text) => writeSync(fd, text));
    writer.append(columns, options.rows ?? table.rows);
    writer.end();
  } catch (error) {
    throw fileError(options.input, "write", path, error);
  } finally {
    closeSync(fd);
  }
}
var TableTextWriter = class {
  format;
  write;
  buffer;
  keys;
  constructor(format, names, write) {
    this.format = format;
    this.write = write;
    this.buffer = format === "csv" ? `${names.map(csvField).join(",")}
` : "";
    this.keys = names.map((name) => JSON.stringify(name));
  }
  /** Appends the given rows (every row `0..rows-1` for a count) of columns named as the constructor's names, in order. */
  append(columns, rows) {
    const count = typeof rows === "number" ? rows : rows.length;
    for (let i = 0; i < count; i++) {
      const row = typeof rows === "number" ? i : rows[i];
      this.buffer += this.format === "csv" ? csvRow(columns, row) : jsonRow(columns, this.keys, row);
      if (this.buffer.length >= CHUNK_CHARS)
        this.flush();
    }
  }
  /** Writes what is left. */
  end() {
    this.flush();
  }
  flush() {
    if (this.buffer)
      this.write(this.buffer);
    this.buffer = "";
  }
};
function csvRow(columns, row) {
  let line = "";
  for (let c = 0; c < columns.length; c++) {
    if (c > 0)
      line += ",";
    const col = columns[c];
    if (col.kind === "number") {
      const value = col.values[row];
      if (!Number.isNaN(value))
        line += String(value);
    } else {
      const value = col.values[row];
      if (value !== null && value !== void 0)
        line += csvField(value);
    }
  }
  return line + "\n";
}
function csvField(text) {
  return text === "" || /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
function jsonRow(columns, keys, row) {
  let line = "{";
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c];
    const value = col.values[row];
    const json = typeof value === "number" ? Number.isFinite(value) ? String(value) : "null" : JSON.stringify(value ?? null);
    line += `${c > 0 ? "," : ""}${keys[c]}:${json}`;
  }
  return line + "}\n";
}

// build/shared/table/samples-threads.js
function readColumnSamplesAtOnce(jobs, threads) {
  const parallel = workerEntry() !== void 0 ? Math.min(threads, jobs.length) : 1;
  return jobs.map((job, index) => index > 0 && index < parallel ? readInThread(job) : readColumnSamples(job.files, job.options));
}
function readInThread(job) {
  const worker = startWorkerThread("samples", job);
  return new Promise((resolve, reject) => {
    worker.once("message", (reply) => {
      void worker.terminate();
      if ("samples" in reply)
        resolve(reply.samples);
      else
        reject(reply.user ? new UserError(reply.error) : new Error(reply.error));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the reading thread exited with code ${code} before it answered`)));
  });
}

// build/shared/table/index.js
async function loadTable(spec, options = {}) {
  const input = options.input ?? "data";
  const files = isFileList(spec) ? spec : await resolveDataFiles(spec, input);
  const builder = new TableBuilder(input);
  const read = await readDataset(files, options.missingValues ?? DEFAULT_MISSING_VALUES, {
    file: (index, file) => builder.startFile(index, file.path),
    header: (columns) => builder.header(columns),
    row: (row, line) => builder.row(row, line),
    ragged: (line, fields, expected) => {
      throw new UserError(`${builder.currentFile}:${line}: ${fields} fields where the header has ${expected}.`);
    }
  });
  assertHasRows(builder.rows, files);
  return builder.finish(read.files, read.hash);
}
function isFileList(spec) {
  return Array.isArray(spec) && spec.length > 0 && typeof spec[0] === "object";
}
function column(table, name, input) {
  const found = table.columns.find((candidate) => candidate.name === name);
  if (!found)
    throw new UserError(`Input '${input}': no column '${name}' in the data; its columns are ${table.columns.map((c) => c.name).join(", ")}.`);
  return found;
}
function cellText(col, row) {
  if (col.kind === "string")
    return col.values[row];
  const value = col.values[row];
  return Number.isNaN(value) ? null : String(value);
}
var TableBuilder = class {
  input;
  rows = 0;
  currentFile = "";
  names;
  numbers = [];
  texts = [];
  numeric = [];
  causes = [];
  present = [];
  lines = [];
  fileOfRow = [];
  fileIndex = 0;
  constructor(input) {
    this.input = input;
  }
  startFile(index, path) {
    this.fileIndex = index;
    this.currentFile = path;
  }
  header(columns) {
    if (!this.names) {
      this.names = columns;
      this.numbers = columns.map(() => []);
      this.texts = columns.map(() => []);
      this.numeric = columns.map(() => true);
      this.present = columns.map(() => 0);
      return;
    }
    if (columns.join("\0") !== this.names.join("\0")) {
      throw new UserError(`Input '${this.input}': ${this.currentFile} has columns ${columns.join(", ")}, unlike the first file's ${this.names.join(", ")}.`);
    }
  }
  row(row, line) {
    const width = this.names.length;
    for (let i = 0; i < width; i++) {
      if (i >= row.size || row.missing(i)) {
        this.numbers[i].push(NaN);
        this.texts[i].push(null);
        continue;
      }
      const text = row.text(i);
      this.texts[i].push(text);
      this.present[i]++;
      const cause = this.causes[i];
      if (this.numeric[i]) {
        const value = row.number(i);
        if (Number.isNaN(value)) {
          this.numeric[i] = false;
          if (this.numbers[i].length > 0)
            this.causes[i] = { text, line, file: this.currentFile, notNumbers: 1 };
        } else
          this.numbers[i].push(value);
      } else if (cause && Number.isNaN(row.number(i)))
        cause.notNumbers++;
    }
    this.lines.push(line);
    this.fileOfRow.push(this.fileIndex);
    this.rows++;
  }
  finish(files, hash) {
    const columns = this.names.map((name, i) => this.numeric[i] ? { name, kind: "number", values: Float64Array.from(this.numbers[i]) } : { name, kind: "string", values: this.texts[i] });
    const textBecause = {};
    this.names.forEach((name, i) => {
      const cause = this.causes[i];
      if (cause)
        textBecause[name] = { ...cause, present: this.present[i] };
    });
    return { columns, rows: this.rows, lines: Int32Array.from(this.lines), fileOfRow: Uint16Array.from(this.fileOfRow), files, hash, textBecause };
  }
};
function takeRows(table, rows) {
  const pick = (get) => Array.from(rows, get);
  const columns = table.columns.map((col) => col.kind === "number" ? { name: col.name, kind: "number", values: Float64Array.from(rows, (row) => col.values[row]) } : { name: col.name, kind: "string", values: pick((row) => col.values[row]) });
  return { ...table, columns, rows: rows.length, lines: Int32Array.from(rows, (row) => table.lines[row]), fileOfRow: Uint16Array.from(rows, (row) => table.fileOfRow[row]) };
}

// build/shared/model/preprocess.js
var UNKNOWN_CATEGORY = "<unknown>";
var DEFAULT_MAX_CATEGORIES = 100;
function fitPreprocessing(table, features, trainRows, maxCategories = DEFAULT_MAX_CATEGORIES) {
  if (features.length === 0)
    throw new UserError(`Input 'features': name at least one feature column.`);
  const repeated = features.find((name, i) => features.indexOf(name) !== i);
  if (repeated !== void 0)
    throw new UserError(`Input 'features': column '${repeated}' is listed twice.`);
  if (trainRows.length === 0)
    throw new UserError(`Input 'data': there are no training rows to fit on.`);
  return { steps: features.map((name) => fitStep(column(table, name, "features"), trainRows, maxCategories)) };
}
function fitStep(col, rows, maxCategories) {
  return col.kind === "number" ? fitNumeric(col.name, col.values, rows) : fitCategories(col.name, col.values, rows, maxCategories);
}
function fitNumeric(name, values, rows) {
  const present = presentValues(values, rows);
  const median = present.length === 0 ? 0 : medianOf(present);
  const missing = rows.length - present.length;
  let sum = missing * median;
  for (const value of present)
    sum += value;
  const mean = sum / rows.length;
  let squares = missing * (median - mean) ** 2;
  for (const value of present)
    squares += (value - mean) ** 2;
  const std = Math.sqrt(squares / rows.length);
  return { name, kind: "number", median, mean, scale: std < 10 * Number.EPSILON ? 1 : std };
}
function presentValues(values, rows) {
  const present = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) {
    const value = values[row];
    if (!Number.isNaN(value))
      present[count++] = value;
  }
  return present.subarray(0, count);
}
function medianOf(values) {
  const half = values.length >> 1;
  const upper = select(values, half);
  if (values.length % 2 === 1)
    return upper;
  let lower = -Infinity;
  for (let i = 0; i < half; i++)
    if (values[i] > lower)
      lower = values[i];
  return (lower + upper) / 2;
}
function select(values, k) {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[low + high >> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i] < pivot)
        i++;
      while (values[j] > pivot)
        j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (k <= j)
      high = j;
    else if (k >= i)
      low = i;
    else
      break;
  }
  return values[k];
}
function fitCategories(name, values, rows, maxCategories) {
  const counts = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const value = values[row];
    if (value !== null && value !== void 0)
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (counts.size <= maxCategories)
    return { name, kind: "category", categories: [...counts.keys()].sort(compareLabels) };
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareLabels(a, b));
  let pooledRows = 0;
  for (let i = maxCategories; i < ranked.length; i++)
    pooledRows += ranked[i][1];
  const categories = ranked.slice(0, maxCategories).map(([category]) => category).sort(compareLabels);
  return { name, kind: "category", categories, pooled: { maxCategories, categories: ranked.length - maxCategories, rows: pooledRows } };
}
function stepWidth(step) {
  return step.kind === "number" ? 1 : step.categories.length + 1;
}
function featureNames(prep) {
  return prep.steps.flatMap((step) => step.kind === "number" ? [step.name] : [...step.categories, UNKNOWN_CATEGORY].map((category) => `${step.name}=${category}`));
}
function transform(prep, table, rows, input = "data") {
  const count = rows ? rows.length : table.rows;
  const width = prep.steps.reduce((total, step) => total + stepWidth(step), 0);
  const matrix = new Float32Array(count * width);
  let offset = 0;
  for (const step of prep.steps) {
    const col = column(table, step.name, input);
    if (step.kind === "number")
      writeNumeric(step, finiteValues(col, table, rows, input), rows, count, matrix, width, offset);
    else
      writeCategories(step, col, rows, count, matrix, width, offset);
    offset += stepWidth(step);
  }
  return { matrix, rows: count, width };
}
function finiteValues(col, table, rows, input) {
  if (col.kind === "number") {
    assertFinite(col, table, rows, input);
    return col.values;
  }
  const { value, line } = firstText(col, table);
  throw new UserError(`Input '${input}': column '${col.name}' holds text (${JSON.stringify(value)} on line ${line}), but the model was trained on it as numbers.`);
}
function assertFinite(col, table, rows, input, what = `column '${col.name}'`) {
  const size = rows ? rows.length : table.rows;
  let first = -1;
  for (let i = 0; i < size; i++) {
    const row = rows ? rows[i] : i;
    const value = col.values[row];
    if ((value === Infinity || value === -Infinity) && (first < 0 || row < first))
      first = row;
  }
  if (first < 0)
    return;
  const file = table.files[table.fileOfRow[first]]?.path ?? "the data";
  throw new UserError(`Input '${input}': ${what} holds ${col.values[first]} on line ${table.lines[first]} of ${file}; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`);
}
function writeNumeric(step, values, rows, count, out, width, offset) {
  const { median, mean, scale } = step;
  for (let i = 0; i < count; i++) {
    const value = values[rows ? rows[i] : i];
    out[i * width + offset] = ((Number.isNaN(value) ? median : value) - mean) / scale;
  }
}
function writeCategories(step, col, rows, count, out, width, offset) {
  const index = new Map(step.categories.map((category, i) => [category, i]));
  const unknown = step.categories.length;
  for (let i = 0; i < count; i++) {
    const text = categoryText(col, rows ? rows[i] : i);
    out[i * width + offset + (text === null ? unknown : index.get(text) ?? unknown)] = 1;
  }
}
function categoryText(col, row) {
  if (col.kind === "string")
    return col.values[row] ?? null;
  const value = col.values[row];
  return Number.isNaN(value) ? null : String(value);
}
function firstText(col, table) {
  const row = col.values.findIndex((value) => value !== null && Number.isNaN(Number(value)));
  const at = row >= 0 ? row : col.values.findIndex((value) => value !== null);
  return { value: col.values[at] ?? "", line: table.lines[at] ?? 0 };
}

export {
  MODEL_DIR_FILES,
  writeTableFile,
  TableTextWriter,
  readColumnSamplesAtOnce,
  loadTable,
  column,
  cellText,
  takeRows,
  fitPreprocessing,
  stepWidth,
  featureNames,
  transform,
  assertFinite,
  firstText
};
