import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  RandomStream
} from "./chunk-CEWYPVHK.js";
import {
  sortFinite
} from "./chunk-ICX2WXTI.js";
import {
  DEFAULT_MISSING_VALUES,
  TextCounter,
  assertHasRows,
  readDataset,
  resolveDataFiles
} from "./chunk-M7OJWBEB.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/table/samples.js
async function readColumnSamples(spec, options = {}) {
  const input = options.input ?? "data";
  const files = Array.isArray(spec) && typeof spec[0] === "object" ? spec : await resolveDataFiles(spec, input);
  const reader = new SampleReader(input, options.columns, options.keepOnly, options.skip, options.numberBudget);
  const read = await readDataset(files, options.missingValues ?? DEFAULT_MISSING_VALUES, {
    file: (_index, file) => reader.startFile(file.path),
    header: (columns) => reader.header(columns),
    row: (row) => reader.row(row),
    ragged: (line, fields, expected) => {
      throw new UserError(`${reader.currentFile}:${line}: ${fields} fields where the header has ${expected}.`);
    }
  }, { hash: false });
  assertHasRows(reader.rows, files);
  return { rows: reader.rows, columns: reader.finish(), files: read.files.map(({ path, format }) => ({ path, format })) };
}
var SAMPLE_SEED = 5913374;
var CHUNK = 1 << 15;
var ColumnReader = class {
  name;
  index;
  cap;
  chunks = [];
  chunk = new Float64Array(CHUNK);
  filled = 0;
  counts = null;
  /** Finite numbers read, and their sum. */
  seen = 0;
  sum = 0;
  random;
  constructor(name, index, cap = Infinity) {
    this.name = name;
    this.index = index;
    this.cap = cap;
  }
  cell(row) {
    const i = this.index;
    if (row.missing(i))
      return;
    if (this.counts === null) {
      const value = row.number(i);
      if (value - value === 0) {
        this.seen++;
        this.sum += value;
        if (this.seen > this.cap)
          return this.replaceAtRandom(value);
        if (this.filled === CHUNK)
          this.nextChunk();
        this.chunk[this.filled++] = value;
        return;
      }
      if (!Number.isNaN(value))
        return;
      this.counts = this.numbersAsText();
    }
    row.countText(i, this.counts);
  }
  /** Reservoir sampling (Vitter's algorithm R): the value replaces a kept one with probability cap / seen. */
  replaceAtRandom(value) {
    this.random ??= new RandomStream(SAMPLE_SEED, this.index);
    const slot = Math.floor(this.random.nextFloat() * this.seen);
    if (slot >= this.cap)
      return;
    const chunk = Math.floor(slot / CHUNK);
    (chunk < this.chunks.length ? this.chunks[chunk] : this.chunk)[slot % CHUNK] = value;
  }
  nextChunk() {
    this.chunks.push(this.chunk);
    this.chunk = new Float64Array(CHUNK);
    this.filled = 0;
  }
  get length() {
    return this.chunks.length * CHUNK + this.filled;
  }
  numbersAsText() {
    const counts = new TextCounter();
    for (const value of this.takeValues())
      counts.addText(String(value));
    return counts;
  }
  /** The numbers read, in one array; the chunks are let go. */
  takeValues() {
    const values = new Float64Array(this.length);
    this.chunks.forEach((chunk, i) => values.set(chunk, i * CHUNK));
    values.set(this.chunk.subarray(0, this.filled), this.chunks.length * CHUNK);
    this.chunks = [];
    this.chunk = new Float64Array(0);
    this.filled = 0;
    return values;
  }
  /** `scratch`: at least `length` long, shared by the columns so that sorting allocates nothing. */
  finish(rows, scratch) {
    if (this.counts)
      return { name: this.name, kind: "string", rows, counts: this.counts.toMap() };
    const values = sortFinite(this.takeValues(), scratch);
    let sum = this.sum;
    if (values.length === this.seen) {
      sum = 0;
      for (let i = 0; i < values.length; i++)
        sum += values[i];
    }
    return { name: this.name, kind: "number", rows, values, sum, present: this.seen };
  }
};
var SampleReader = class {
  input;
  wanted;
  keepOnly;
  skip;
  numberBudget;
  rows = 0;
  currentFile = "";
  names;
  readers = [];
  constructor(input, wanted, keepOnly, skip = [], numberBudget = Infinity) {
    this.input = input;
    this.wanted = wanted;
    this.keepOnly = keepOnly;
    this.skip = skip;
    this.numberBudget = numberBudget;
  }
  startFile(path) {
    this.currentFile = path;
  }
  header(columns) {
    if (this.names) {
      if (columns.join("\0") === this.names.join("\0"))
        return;
      throw new UserError(`Input '${this.input}': ${this.currentFile} has columns ${columns.join(", ")}, unlike the first file's ${this.names.join(", ")}.`);
    }
    this.names = columns;
    const wanted = this.wanted ?? columns.filter((name) => (!this.keepOnly || this.keepOnly.includes(name)) && !this.skip.includes(name));
    for (const name of wanted) {
      const index = columns.indexOf(name);
      if (index < 0)
        throw new UserError(`Input '${this.input}': no column '${name}' in ${this.currentFile}; its columns are ${columns.join(", ")}.`);
      this.readers.push(new ColumnReader(name, index, Math.max(1, Math.floor(this.numberBudget / wanted.length))));
    }
  }
  row(row) {
    for (const reader of this.readers)
      reader.cell(row);
    this.rows++;
  }
  finish() {
    const scratch = new Float64Array(Math.max(0, ...this.readers.map((reader) => reader.length)));
    return this.readers.map((reader) => reader.finish(this.rows, scratch));
  }
};

export {
  readColumnSamples
};
