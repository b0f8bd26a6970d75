export const id = 841;
export const ids = [841];
export const modules = {

/***/ 841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadModel: () => (/* reexport */ loadModel)
});

// UNUSED EXPORTS: DEFAULT_TRAIN_PARAMS, MODEL_FILES, MODEL_KINDS, WASM_FILES, featureNames, fitPreprocessing, initBackend, parseTrainParams, saveModel, tfVersion, trainModel, transform, wasmDirectory

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs/dist/tf.node.js
var tf_node = __webpack_require__(9368);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.node.js
var tf_backend_wasm_node = __webpack_require__(6744);
;// CONCATENATED MODULE: ./build/shared/model/backend.js






/** The binaries tfjs-backend-wasm picks from: plain, SIMD, and threaded SIMD (browsers only). */
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];
// Kept in variables so bundlers neither inline nor try to bundle them.
const TFJS_NODE = '@tensorflow/tfjs-node';
const WASM_PACKAGE_DIST = (0,external_node_path_.join)('node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
let chosen;
/**
 * Picks the fastest backend there is, once per process: TensorFlow's native library when the
 * workflow installed @tensorflow/tfjs-node, else WebAssembly. 'cpu' (plain JavaScript, far
 * slower) only when WebAssembly fails to start, with a warning.
 */
function backend_initBackend(log) {
    chosen ??= chooseBackend(log);
    return chosen;
}
async function chooseBackend(log) {
    if (await tryTfjsNode(log))
        return 'tensorflow';
    const dir = wasmDirectory();
    try {
        if (!dir)
            throw new Error(`no ${WASM_FILES[0]} beside the program or in ${WASM_PACKAGE_DIST}`);
        // The prefix is joined to the file name as text, so it needs its trailing separator.
        (0,tf_backend_wasm_node/* setWasmPaths */.zj)(`${dir}${external_node_path_.sep}`);
        if (await withoutAddedProcessHandlers(() => withGlobalDirname(dir, () => tf_node.setBackend('wasm')))) {
            await tf_node.ready();
            return tf_node.getBackend();
        }
        throw new Error('tf.setBackend("wasm") failed');
    }
    catch (error) {
        log?.warning(`TensorFlow.js WebAssembly backend unavailable (${error.message}); training on the much slower 'cpu' backend.`);
        await tf_node.setBackend('cpu');
        await tf_node.ready();
        return 'cpu';
    }
}
/** Where @tensorflow/tfjs-node resolves from the workflow's directory, if it is installed. */
function findTfjsNode(cwd = process.cwd()) {
    try {
        return (0,external_node_module_.createRequire)((0,external_node_path_.join)(cwd, 'package.json')).resolve(TFJS_NODE);
    }
    catch {
        return undefined;
    }
}
async function tryTfjsNode(log) {
    const path = findTfjsNode();
    if (!path)
        return false;
    try {
        // Every copy of tfjs-core shares one engine through globalThis, so the backend it
        // registers is visible to this copy too.
        (0,external_node_module_.createRequire)(path)(path);
        if (await tf_node.setBackend('tensorflow')) {
            await tf_node.ready();
            return true;
        }
    }
    catch (error) {
        log?.warning(`@tensorflow/tfjs-node is installed but failed to load (${error.message}); using WebAssembly.`);
    }
    return false;
}
/**
 * The folder holding the .wasm files: beside this code in an ncc bundle
 * (actions/<name>/dist), else the installed package, found by walking up as Node resolves.
 */
function wasmDirectory(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    if (hasWasmFiles(from))
        return from;
    for (let dir = from;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, WASM_PACKAGE_DIST);
        if (hasWasmFiles(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function hasWasmFiles(dir) {
    return WASM_FILES.every((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file)));
}
/**
 * Emscripten's Node glue starts with `scriptDirectory = __dirname + "/"`. Bundled into an ES
 * module (as ncc bundles the actions) that CommonJS variable does not exist and start-up
 * throws a ReferenceError, so lend it a global __dirname while the backend starts. The
 * .wasm files are then found through setWasmPaths, not through that directory.
 */
async function withGlobalDirname(dir, body) {
    const scope = globalThis;
    if ('__dirname' in scope)
        return body();
    scope.__dirname = dir;
    try {
        return await body();
    }
    finally {
        delete scope.__dirname;
    }
}
/**
 * Emscripten's Node glue adds process-wide uncaughtException and unhandledRejection
 * handlers that rethrow, and never removes them. Drop them so the host's error handling
 * (the action runner, the CLI, vitest) stays in charge.
 */
async function withoutAddedProcessHandlers(body) {
    const exceptions = new Set(process.listeners('uncaughtException'));
    const rejections = new Set(process.listeners('unhandledRejection'));
    try {
        return await body();
    }
    finally {
        for (const listener of process.listeners('uncaughtException'))
            if (!exceptions.has(listener))
                process.removeListener('uncaughtException', listener);
        for (const listener of process.listeners('unhandledRejection'))
            if (!rejections.has(listener))
                process.removeListener('unhandledRejection', listener);
    }
}
/** Threads XNNPACK uses: always 1 in Node, where only the single-threaded builds load. */
function wasmThreads() {
    return tf.getBackend() === 'wasm' ? getThreadsCount() : 0;
}
/** The TensorFlow.js release bundled, for model metadata. */
function tfVersion() {
    return tf.version.tfjs;
}

// EXTERNAL MODULE: ./build/shared/errors/index.js
var errors = __webpack_require__(6110);
;// CONCATENATED MODULE: ./build/shared/model/params.js

const DEFAULT_TRAIN_PARAMS = { epochs: 50, batchSize: 256, learningRate: 0.01, hiddenUnits: [64, 64], patience: 5, l2: 0 };
const INPUT = 'params';
const KEYS = Object.keys(DEFAULT_TRAIN_PARAMS);
const CHECKS = {
    epochs: (value, key) => integer(value, key, 1),
    batchSize: (value, key) => integer(value, key, 1),
    learningRate: (value, key) => positiveNumber(value, key),
    hiddenUnits: (value, key) => layerWidths(value, key),
    patience: (value, key) => integer(value, key, 0),
    l2: (value, key) => nonNegativeNumber(value, key),
};
/**
 * Checks training parameters from YAML or JSON once, at the boundary, and fills in defaults.
 * Keys may be written batchSize, batch-size or batch_size.
 */
function parseTrainParams(value) {
    if (value === undefined || value === null)
        return DEFAULT_TRAIN_PARAMS;
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new UserError(`Input '${INPUT}' must be a mapping of training parameters such as {epochs: 50, batchSize: 256}, not ${params_show(value)}.`);
    }
    const params = { ...DEFAULT_TRAIN_PARAMS };
    const seen = new Map();
    for (const [written, raw] of Object.entries(value)) {
        const key = camelCase(written);
        if (!KEYS.includes(key))
            throw new UserError(`Input '${INPUT}': unknown key '${written}'; the keys are ${KEYS.join(', ')}.`);
        const earlier = seen.get(key);
        if (earlier)
            throw new UserError(`Input '${INPUT}': '${earlier}' and '${written}' are the same key; give it once.`);
        seen.set(key, written);
        params[key] = CHECKS[key](raw, written);
    }
    return params;
}
function camelCase(key) {
    return key.replace(/[-_]([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}
function integer(value, key, min) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min)
        return value;
    throw invalid(key, min === 0 ? 'a non-negative integer' : 'a positive integer', value);
}
function positiveNumber(value, key) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        return value;
    throw invalid(key, 'a positive number', value);
}
function nonNegativeNumber(value, key) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return value;
    throw invalid(key, 'a number >= 0', value);
}
function layerWidths(value, key) {
    const widths = typeof value === 'number' ? [value] : value;
    if (!Array.isArray(widths) || widths.length === 0)
        throw invalid(key, 'a list of layer widths such as [64, 64]', value);
    return widths.map((width, i) => integer(width, `${key}[${i}]`, 1));
}
function invalid(key, expected, value) {
    return new errors/* UserError */.yo(`Input '${INPUT}': '${key}' must be ${expected}, not ${params_show(value)}.`);
}
function params_show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === undefined)
        return 'nothing';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// EXTERNAL MODULE: ./build/shared/metrics/index.js + 22 modules
var metrics = __webpack_require__(5335);
// EXTERNAL MODULE: ./build/shared/table/index.js
var shared_table = __webpack_require__(7911);
;// CONCATENATED MODULE: ./build/shared/model/preprocess.js



const UNKNOWN_CATEGORY = '<unknown>';
/** Fits every statistic on the training rows only, so validation and serving data never leak in. */
function preprocess_fitPreprocessing(table, features, trainRows) {
    if (features.length === 0)
        throw new UserError(`Input 'features': name at least one feature column.`);
    const repeated = features.find((name, i) => features.indexOf(name) !== i);
    if (repeated !== undefined)
        throw new UserError(`Input 'features': column '${repeated}' is listed twice.`);
    if (trainRows.length === 0)
        throw new UserError(`Input 'data': there are no training rows to fit on.`);
    return { steps: features.map((name) => fitStep(column(table, name, 'features'), trainRows)) };
}
function fitStep(col, rows) {
    return col.kind === 'number' ? fitNumeric(col.name, col.values, rows) : fitCategories(col.name, col.values, rows);
}
// Median, not mean, so a few extreme values do not set what a missing value becomes. The
// scaler then sees the imputed column, as in scikit-learn's SimpleImputer + StandardScaler.
function fitNumeric(name, values, rows) {
    const present = presentValues(values, rows);
    const median = present.length === 0 ? 0 : medianOf(present);
    const missing = rows.length - present.length;
    let sum = missing * median;
    for (const value of present)
        sum += value;
    const mean = sum / rows.length;
    // Two passes keep the variance exact for large, nearly constant values. Population
    // variance (divide by n), as StandardScaler.
    let squares = missing * (median - mean) ** 2;
    for (const value of present)
        squares += (value - mean) ** 2;
    const std = Math.sqrt(squares / rows.length);
    // A constant column keeps scale 1, as StandardScaler does below 10 machine epsilons.
    return { name, kind: 'number', median, mean, scale: std < 10 * Number.EPSILON ? 1 : std };
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
/** The median, as numpy computes it, by selection (linear time) rather than a full sort. Reorders `values`. */
function medianOf(values) {
    const half = values.length >> 1;
    const upper = preprocess_select(values, half);
    if (values.length % 2 === 1)
        return upper;
    // After selecting `half`, everything left of it is smaller: its maximum is the lower middle.
    let lower = -Infinity;
    for (let i = 0; i < half; i++)
        if (values[i] > lower)
            lower = values[i];
    return (lower + upper) / 2;
}
/** The k-th smallest value (Hoare's quickselect, middle pivot), leaving smaller values before it. */
function preprocess_select(values, k) {
    let low = 0;
    let high = values.length - 1;
    while (low < high) {
        const pivot = values[(low + high) >> 1];
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
function fitCategories(name, values, rows) {
    const seen = new Set();
    for (const row of rows) {
        const value = values[row];
        if (value !== null && value !== undefined)
            seen.add(value);
    }
    return { name, kind: 'category', categories: [...seen].sort(compareLabels) };
}
/** Columns each step produces. */
function stepWidth(step) {
    return step.kind === 'number' ? 1 : step.categories.length + 1;
}
/** The encoded input columns, in matrix order: `name` for numbers, `name=category` and `name=<unknown>` for text. */
function preprocess_featureNames(prep) {
    return prep.steps.flatMap((step) => (step.kind === 'number' ? [step.name] : [...step.categories, UNKNOWN_CATEGORY].map((category) => `${step.name}=${category}`)));
}
/**
 * Encodes rows of any table holding the feature columns (training, validation or serving
 * data), found by name. `input` names that data in messages.
 */
function preprocess_transform(prep, table, rows, input = 'data') {
    const count = rows ? rows.length : table.rows;
    const width = prep.steps.reduce((total, step) => total + stepWidth(step), 0);
    const matrix = new Float32Array(count * width);
    let offset = 0;
    for (const step of prep.steps) {
        const col = (0,shared_table/* column */.fi)(table, step.name, input);
        if (step.kind === 'number')
            writeNumeric(step, numericValues(col, table, input), rows, count, matrix, width, offset);
        else
            writeCategories(step, col, rows, count, matrix, width, offset);
        offset += stepWidth(step);
    }
    return { matrix, rows: count, width };
}
function numericValues(col, table, input) {
    if (col.kind === 'number')
        return col.values;
    const { value, line } = preprocess_firstText(col, table);
    throw new errors/* UserError */.yo(`Input '${input}': column '${col.name}' holds text (${JSON.stringify(value)} on line ${line}), but the model was trained on it as numbers.`);
}
function writeNumeric(step, values, rows, count, out, width, offset) {
    const { median, mean, scale } = step;
    for (let i = 0; i < count; i++) {
        const value = values[rows ? rows[i] : i];
        out[i * width + offset] = ((Number.isNaN(value) ? median : value) - mean) / scale;
    }
}
// Missing and unseen values share the unknown column: at training time it marks the missing
// ones, so the model has learnt something for "value not known" that serving reuses.
function writeCategories(step, col, rows, count, out, width, offset) {
    const index = new Map(step.categories.map((category, i) => [category, i]));
    const unknown = step.categories.length;
    for (let i = 0; i < count; i++) {
        const text = categoryText(col, rows ? rows[i] : i);
        out[i * width + offset + (text === null ? unknown : (index.get(text) ?? unknown))] = 1;
    }
}
function categoryText(col, row) {
    if (col.kind === 'string')
        return col.values[row] ?? null;
    const value = col.values[row];
    return Number.isNaN(value) ? null : String(value);
}
/** The first cell of a text column that is not a number, for messages. */
function preprocess_firstText(col, table) {
    const row = col.values.findIndex((value) => value !== null && Number.isNaN(Number(value)));
    const at = row >= 0 ? row : col.values.findIndex((value) => value !== null);
    return { value: col.values[at] ?? '', line: table.lines[at] ?? 0 };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./build/shared/model/manifest.js


const FORMAT = 'mlops-actions/preprocessing';
function manifest_toManifest(trained) {
    return {
        format: FORMAT,
        version: 1,
        task: trained.task,
        model: trained.kind,
        target: trained.target,
        features: trained.features,
        inputs: featureNames(trained.preprocessing),
        ...(trained.classes && { classes: trained.classes }),
        ...(trained.targetScaling && { targetScaling: trained.targetScaling }),
        preprocessing: trained.preprocessing,
    };
}
/** Checks a parsed preprocessing.json; a UserError names the file and what is wrong. */
function parseManifest(value, file, input) {
    const fail = (problem) => {
        throw new errors/* UserError */.yo(`Input '${input}': ${file} is not a model's preprocessing file: ${problem}.`);
    };
    if (!isRecord(value))
        return fail('it is not a JSON object');
    if (value.format !== FORMAT || value.version !== 1)
        fail(`format must be '${FORMAT}' version 1`);
    if (value.task !== 'classification' && value.task !== 'regression')
        fail(`task must be 'classification' or 'regression'`);
    if (value.model !== 'linear' && value.model !== 'mlp')
        fail(`model must be 'linear' or 'mlp'`);
    if (typeof value.target !== 'string')
        fail('target must be a column name');
    if (!isStringList(value.features))
        fail('features must be a list of column names');
    if (!isRecord(value.preprocessing) || !Array.isArray(value.preprocessing.steps))
        fail('preprocessing.steps is missing');
    const steps = value.preprocessing.steps;
    steps.forEach((step, i) => {
        if (!isStep(step))
            fail(`preprocessing.steps[${i}] is not a numeric or category step`);
    });
    if (value.task === 'classification') {
        const classes = value.classes;
        if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string' || typeof c === 'number'))
            fail('classes must list at least two labels');
    }
    else if (!isRecord(value.targetScaling) || !isFiniteNumber(value.targetScaling.mean) || !isPositive(value.targetScaling.scale)) {
        fail('targetScaling needs a finite mean and a positive scale');
    }
    return value;
}
function isStep(step) {
    if (!isRecord(step) || typeof step.name !== 'string')
        return false;
    if (step.kind === 'number')
        return isFiniteNumber(step.median) && isFiniteNumber(step.mean) && isPositive(step.scale);
    return step.kind === 'category' && isStringList(step.categories);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringList(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function isPositive(value) {
    return isFiniteNumber(value) && value > 0;
}

;// CONCATENATED MODULE: ./build/shared/model/predict.js


/** Rows encoded and predicted at a time: memory stays flat however many rows there are. */
const PREDICT_ROWS = 16_384;
function predict_predictTable(model, meta, table, input = 'data') {
    const outputs = meta.task === 'classification' ? meta.classes.length : 1;
    const columns = Array.from({ length: outputs }, () => new Float64Array(table.rows));
    for (let start = 0; start < table.rows; start += PREDICT_ROWS) {
        const rows = Int32Array.from({ length: Math.min(PREDICT_ROWS, table.rows - start) }, (_, i) => start + i);
        const { matrix, width } = preprocess_transform(meta.preprocessing, table, rows, input);
        // predictOnBatch, as predict would split the chunk into batches of 32 rows.
        const output = tf_node.tidy(() => model.predictOnBatch(tf_node.tensor2d(matrix, [rows.length, width])));
        const values = output.dataSync();
        output.dispose();
        spread(values, meta, columns, start, rows.length);
    }
    if (meta.task === 'regression')
        return { task: 'regression', values: columns[0] };
    const classes = meta.classes;
    return { task: 'classification', classes, labels: mostProbable(columns, classes), probabilities: columns };
}
/** Writes one chunk of model outputs into the per-class (or value) columns. */
function spread(values, meta, columns, start, count) {
    if (meta.task === 'regression') {
        const { mean, scale } = meta.targetScaling;
        for (let i = 0; i < count; i++)
            columns[0][start + i] = values[i] * scale + mean;
    }
    else if (columns.length === 2 && values.length === count) {
        // A sigmoid head gives P(second class) alone.
        for (let i = 0; i < count; i++) {
            columns[0][start + i] = 1 - values[i];
            columns[1][start + i] = values[i];
        }
    }
    else {
        const classes = columns.length;
        for (let i = 0; i < count; i++)
            for (let c = 0; c < classes; c++)
                columns[c][start + i] = values[i * classes + c];
    }
}
function mostProbable(columns, classes) {
    const rows = columns[0].length;
    const labels = new Array(rows);
    for (let i = 0; i < rows; i++) {
        let best = 0;
        for (let c = 1; c < columns.length; c++)
            if (columns[c][i] > columns[best][i])
                best = c;
        labels[i] = classes[best];
    }
    return labels;
}

;// CONCATENATED MODULE: ./build/shared/model/store.js








const MODEL_FILES = { topology: 'model.json', weights: 'weights.bin', preprocessing: 'preprocessing.json' };
/**
 * Writes model.json and weights.bin in TensorFlow.js' layers-model format (loadable by
 * tf.loadLayersModel and tensorflowjs_converter), and preprocessing.json beside them.
 */
async function saveModel(dir, trained, input = 'model-dir') {
    await mkdir(dir, { recursive: true }).catch((error) => {
        throw fileError(input, 'write', dir, error);
    });
    // tfjs without tfjs-node has no file:// handler, so the artifacts are written here.
    await trained.model.save(tf.io.withSaveHandler(async (artifacts) => {
        const modelJson = {
            format: 'layers-model',
            generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
            convertedBy: null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: [{ paths: [MODEL_FILES.weights], weights: artifacts.weightSpecs ?? [] }],
        };
        const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0));
        await write(join(dir, MODEL_FILES.topology), JSON.stringify(modelJson), input);
        await write(join(dir, MODEL_FILES.weights), new Uint8Array(weights), input);
        return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }));
    await write(join(dir, MODEL_FILES.preprocessing), `${JSON.stringify(toManifest(trained), null, 2)}\n`, input);
}
/** Loads a directory saveModel wrote. Missing or damaged files are UserErrors naming the file and `input`. */
async function loadModel(dir, input = 'model-dir') {
    await backend_initBackend();
    const manifestPath = (0,external_node_path_.join)(dir, MODEL_FILES.preprocessing);
    const manifest = parseManifest(checkJson(await readText(manifestPath, input), manifestPath, input), manifestPath, input);
    const topologyPath = (0,external_node_path_.join)(dir, MODEL_FILES.topology);
    const topology = await readTopology(topologyPath, input);
    const weightData = await readWeights(dir, topology.weightSpecs, topology.paths, topologyPath, input);
    let model;
    try {
        model = await tf_node.loadLayersModel(tf_node.io.fromMemory({ modelTopology: topology.modelTopology, weightSpecs: topology.weightSpecs, weightData }));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input '${input}': ${topologyPath} is not a TensorFlow.js layers model this version can load (${error.message}).`);
    }
    const meta = manifest;
    assertMatches(model, manifest, topologyPath, manifestPath, input);
    return {
        task: manifest.task,
        target: manifest.target,
        features: manifest.features,
        preprocessing: manifest.preprocessing,
        ...(manifest.classes && { classes: manifest.classes }),
        ...(manifest.targetScaling && { targetScaling: manifest.targetScaling }),
        model,
        predict: (table, dataInput) => predict_predictTable(model, meta, table, dataInput),
    };
}
async function readTopology(path, input) {
    const json = checkJson(await readText(path, input), path, input);
    const groups = json.weightsManifest;
    const valid = typeof json.modelTopology === 'object' &&
        json.modelTopology !== null &&
        Array.isArray(groups) &&
        groups.every((group) => Array.isArray(group?.paths) && Array.isArray(group?.weights));
    if (!valid)
        throw new errors/* UserError */.yo(`Input '${input}': ${path} is not a TensorFlow.js layers model (it needs modelTopology and weightsManifest).`);
    const manifest = groups;
    return { modelTopology: json.modelTopology, weightSpecs: manifest.flatMap((group) => group.weights), paths: manifest.flatMap((group) => group.paths) };
}
const DTYPE_BYTES = { float32: 4, int32: 4, bool: 1 };
async function readWeights(dir, specs, paths, topologyPath, input) {
    const parts = await Promise.all(paths.map((path) => (0,promises_.readFile)((0,external_node_path_.join)(dir, path)).catch((error) => Promise.reject((0,errors/* fileError */.zS)(input, 'read', (0,external_node_path_.join)(dir, path), error)))));
    const data = tf_node.io.CompositeArrayBuffer.join(parts.map((part) => part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength)));
    if (specs.some((spec) => spec.quantization))
        return data;
    const expected = specs.reduce((total, spec) => total + (DTYPE_BYTES[spec.dtype] ?? 4) * spec.shape.reduce((a, b) => a * b, 1), 0);
    if (data.byteLength !== expected) {
        throw new errors/* UserError */.yo(`Input '${input}': ${(0,external_node_path_.join)(dir, paths.join(', '))} holds ${data.byteLength} bytes of weights where ${topologyPath} describes ${expected}; the files do not belong together.`);
    }
    return data;
}
function assertMatches(model, manifest, topologyPath, manifestPath, input) {
    const inputs = model.inputs[0]?.shape[1];
    const outputs = model.outputs[0]?.shape[1];
    const expectedOutputs = manifest.task === 'regression' || manifest.classes.length === 2 ? 1 : manifest.classes.length;
    if (inputs !== preprocess_featureNames(manifest.preprocessing).length || outputs !== expectedOutputs) {
        throw new errors/* UserError */.yo(`Input '${input}': ${topologyPath} (${inputs} inputs, ${outputs} outputs) does not fit ${manifestPath} (${preprocess_featureNames(manifest.preprocessing).length} inputs, ${expectedOutputs} outputs).`);
    }
}
async function readText(path, input) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,errors/* fileError */.zS)(input, 'read', path, error);
    }
}
function checkJson(text, path, input) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Input '${input}': ${path} is not valid JSON (${error.message}).`);
    }
}
async function write(path, data, input) {
    try {
        await writeFile(path, data);
    }
    catch (error) {
        throw fileError(input, 'write', path, error);
    }
}

// EXTERNAL MODULE: ./build/shared/gate/index.js + 9 modules
var gate = __webpack_require__(379);
;// CONCATENATED MODULE: ./build/shared/model/batches.js

/** A fresh permutation of 0..n-1 per epoch, from the seed alone (Fisher-Yates). */
class batches_Shuffler {
    random;
    constructor(seed) {
        this.random = new RandomStream(seed, 1);
    }
    order(n) {
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        for (let i = n - 1; i > 0; i--) {
            const j = Math.floor(this.random.nextFloat() * (i + 1));
            const swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
function batches_emptyBatch(capacity, width) {
    return { x: new Float32Array(capacity * width), xT: new Float32Array(capacity * width), y: new Float32Array(capacity), size: 0 };
}
/** Copies rows `order[start..start+size)` of the matrix and their targets into the batch. */
function batches_fillBatch(batch, matrix, width, targets, order, start, size) {
    const { x, xT, y } = batch;
    batch.size = size;
    for (let i = 0; i < size; i++) {
        const row = order[start + i];
        const from = row * width;
        const to = i * width;
        for (let j = 0; j < width; j++) {
            const value = matrix[from + j];
            x[to + j] = value;
            xT[j * size + i] = value;
        }
        y[i] = targets[row];
    }
}

;// CONCATENATED MODULE: ./build/shared/model/network.js


/** Units per layer, inputs first. */
function network_layerSizes(shape) {
    return [shape.inputs, ...shape.hidden, shape.outputs];
}
/** Glorot-uniform kernels, one seed per layer drawn from `seed`, and zero biases, as Keras starts. */
function network_initialWeights(shape, seed) {
    const sizes = network_layerSizes(shape);
    const seeds = new RandomStream(seed, 0);
    const kernels = sizes.slice(1).map((units, l) => {
        const kernel = tf.initializers.glorotUniform({ seed: seeds.nextUint32() }).apply([sizes[l], units]);
        const values = Float32Array.from(kernel.dataSync());
        kernel.dispose();
        return values;
    });
    return { kernels, biases: sizes.slice(1).map((units) => new Float32Array(units)) };
}
function network_zerosLike(weights) {
    return { kernels: weights.kernels.map((k) => new Float32Array(k.length)), biases: weights.biases.map((b) => new Float32Array(b.length)) };
}
function network_copyWeights(weights) {
    return { kernels: weights.kernels.map((k) => k.slice()), biases: weights.biases.map((b) => b.slice()) };
}
/** Kernels and biases in one list, the order the optimizer and the Keras layers use. */
function network_weightList(weights) {
    return weights.kernels.flatMap((kernel, l) => [kernel, weights.biases[l]]);
}
/**
 * One step of backpropagation: fills `gradients` with d(loss)/d(weights) for the batch and
 * returns the batch loss (mean over rows, plus the L2 penalty).
 *
 * Written out by hand rather than through tf.grad, for speed on the WASM backend: its only
 * fast matrix product (XNNPACK) takes untransposed operands, while the products autodiff
 * emits for dense layers (transposeA, transposeB) fall back to a naive loop about six times
 * slower. So every product here is untransposed, with explicit transposes; bias gradients
 * are a product with a row of ones, faster than a column sum; and the loss and its
 * gradient at the head are computed in JavaScript, on a few numbers per row.
 */
function network_trainStep(shape, weights, batch, l2, gradients) {
    const sizes = network_layerSizes(shape);
    const layers = sizes.length - 1;
    const { size } = batch;
    const dz = new Float32Array(size * shape.outputs);
    let loss = 0;
    tf.tidy(() => {
        const kernels = weights.kernels.map((kernel, l) => tf.tensor2d(kernel, [sizes[l], sizes[l + 1]]));
        const activations = forward(kernels, weights.biases, tf.tensor2d(batch.x.subarray(0, size * shape.inputs), [size, shape.inputs]));
        loss = headLoss(shape.head, activations[layers].dataSync(), batch.y, size, shape.outputs, dz);
        const ones = tf.ones([1, size]);
        let upstream = tf.tensor2d(dz, [size, shape.outputs]);
        for (let l = layers - 1; l >= 0; l--) {
            const inputT = l === 0 ? tf.tensor2d(batch.xT.subarray(0, size * shape.inputs), [shape.inputs, size]) : tf.transpose(activations[l]);
            gradients.kernels[l].set(tf.matMul(inputT, upstream).dataSync());
            gradients.biases[l].set(tf.matMul(ones, upstream).dataSync());
            // ReLU passes the gradient where its output was positive.
            if (l > 0)
                upstream = tf.mul(tf.matMul(upstream, tf.transpose(kernels[l])), tf.step(activations[l]));
        }
    });
    return loss + applyL2(weights, l2, gradients);
}
/** Adds the penalty's gradient 2 * l2 * w to the kernels' gradients; returns the penalty. */
function applyL2(weights, l2, gradients) {
    if (l2 === 0)
        return 0;
    let penalty = 0;
    weights.kernels.forEach((kernel, l) => {
        const gradient = gradients.kernels[l];
        for (let i = 0; i < kernel.length; i++) {
            penalty += kernel[i] * kernel[i];
            gradient[i] = gradient[i] + 2 * l2 * kernel[i];
        }
    });
    return l2 * penalty;
}
/** Each layer's input, and last the head's pre-activation (logits or value). */
function forward(kernels, biases, x) {
    const activations = [x];
    kernels.forEach((kernel, l) => {
        const hidden = l < kernels.length - 1;
        activations.push(tf.fused.matMul({ a: activations[l], b: kernel, bias: tf.tensor1d(biases[l]), activation: hidden ? 'relu' : 'linear' }));
    });
    return activations;
}
const EVALUATION_ROWS = 8192;
/** Mean loss over rows of a row-major matrix, plus the L2 penalty, as Keras reports val_loss. */
function network_datasetLoss(shape, weights, matrix, y, l2) {
    const rows = y.length;
    if (rows === 0)
        return Number.NaN;
    const sizes = network_layerSizes(shape);
    let total = 0;
    tf.tidy(() => {
        const kernels = weights.kernels.map((kernel, l) => tf.tensor2d(kernel, [sizes[l], sizes[l + 1]]));
        for (let start = 0; start < rows; start += EVALUATION_ROWS) {
            const size = Math.min(EVALUATION_ROWS, rows - start);
            tf.tidy(() => {
                const x = tf.tensor2d(matrix.subarray(start * shape.inputs, (start + size) * shape.inputs), [size, shape.inputs]);
                const outputs = forward(kernels, weights.biases, x).at(-1).dataSync();
                total += size * headLoss(shape.head, outputs, y.subarray(start, start + size), size, shape.outputs);
            });
        }
    });
    let penalty = 0;
    for (const kernel of weights.kernels)
        for (const w of kernel)
            penalty += w * w;
    return total / rows + l2 * penalty;
}
/**
 * Mean loss of the head over a batch (log loss, or squared error for values) from its
 * pre-activations `z`, computed stably from the logits. With `dz`, also fills d(loss)/dz.
 */
function headLoss(head, z, y, size, outputs, dz) {
    let sum = 0;
    if (head === 'linear') {
        for (let i = 0; i < size; i++) {
            const error = z[i] - y[i];
            sum += error * error;
            if (dz)
                dz[i] = (2 * error) / size;
        }
    }
    else if (head === 'sigmoid') {
        for (let i = 0; i < size; i++) {
            const logit = z[i];
            const label = y[i];
            // log(1 + e^z) - y z, without overflow for large |z|.
            sum += Math.max(logit, 0) - label * logit + Math.log1p(Math.exp(-Math.abs(logit)));
            if (dz)
                dz[i] = (1 / (1 + Math.exp(-logit)) - label) / size;
        }
    }
    else {
        for (let i = 0; i < size; i++) {
            const row = i * outputs;
            let max = -Infinity;
            for (let c = 0; c < outputs; c++)
                max = Math.max(max, z[row + c]);
            let total = 0;
            for (let c = 0; c < outputs; c++)
                total += Math.exp(z[row + c] - max);
            const label = y[i];
            sum += max + Math.log(total) - z[row + label];
            if (dz)
                for (let c = 0; c < outputs; c++)
                    dz[row + c] = (Math.exp(z[row + c] - max) / total - (c === label ? 1 : 0)) / size;
        }
    }
    return sum / size;
}

;// CONCATENATED MODULE: ./build/shared/model/fit.js




/**
 * Minibatch Adam, reshuffled every epoch from the seed. With patience > 0, stops once the
 * validation loss (the training loss without validation rows) has not fallen for `patience`
 * epochs, and returns the weights of the best epoch, like Keras' EarlyStopping with
 * restore_best_weights. With patience 0, trains every epoch and keeps the last weights.
 */
function fit_fitNetwork(shape, data, params, seed, log) {
    const { train, trainTargets } = data;
    const weights = initialWeights(shape, seed);
    const gradients = zerosLike(weights);
    const parameters = weightList(weights);
    const parameterGradients = weightList(gradients);
    const adam = new Adam(parameters.map((values) => values.length), params.learningRate);
    const shuffler = new Shuffler(seed);
    const batchSize = Math.min(params.batchSize, train.rows);
    const batch = emptyBatch(batchSize, train.width);
    const history = [];
    let best = { epoch: 0, loss: Infinity, weights: copyWeights(weights) };
    let stoppedEarly = false;
    for (let epoch = 1; epoch <= params.epochs; epoch++) {
        const order = shuffler.order(train.rows);
        let sum = 0;
        for (let start = 0; start < train.rows; start += batchSize) {
            const size = Math.min(batchSize, train.rows - start);
            fillBatch(batch, train.matrix, train.width, trainTargets, order, start, size);
            sum += size * trainStep(shape, weights, batch, params.l2, gradients);
            adam.step(parameters, parameterGradients);
        }
        const loss = sum / train.rows;
        const valLoss = datasetLoss(shape, weights, data.validation.matrix, data.validationTargets, params.l2);
        history.push({ epoch, loss, valLoss });
        log?.info(`epoch ${epoch}/${params.epochs}: loss ${fit_show(loss)}${Number.isNaN(valLoss) ? '' : `, val_loss ${fit_show(valLoss)}`}`);
        if (!Number.isFinite(loss)) {
            if (best.epoch === 0)
                throw new UserError(`Input 'params': training diverged (loss ${loss} in epoch ${epoch}); lower 'learningRate' (now ${params.learningRate}).`);
            log?.warning(`Training diverged in epoch ${epoch}; keeping the weights of epoch ${best.epoch}.`);
            stoppedEarly = true;
            break;
        }
        const monitored = Number.isNaN(valLoss) ? loss : valLoss;
        if (monitored < best.loss)
            best = { epoch, loss: monitored, weights: copyWeights(weights) };
        else if (params.patience > 0 && epoch - best.epoch >= params.patience) {
            stoppedEarly = true;
            break;
        }
    }
    if (params.patience === 0 && !stoppedEarly)
        return { weights, history, bestEpoch: history.length, stoppedEarly };
    return { weights: best.weights, history, bestEpoch: best.epoch, stoppedEarly };
}
function fit_show(loss) {
    return Number.isFinite(loss) ? String(Number(loss.toPrecision(4))) : String(loss);
}

;// CONCATENATED MODULE: ./build/shared/model/layers.js


/**
 * The trained network as a Keras-style tf.LayersModel, the form that is saved and served.
 * Layer names are fixed, so the same weights always save to the same model.json.
 */
function layers_toLayersModel(shape, weights) {
    const sizes = layerSizes(shape);
    const model = tf.sequential();
    sizes.slice(1).forEach((units, l) => {
        const hidden = l < shape.hidden.length;
        model.add(tf.layers.dense({
            units,
            activation: hidden ? 'relu' : shape.head,
            name: hidden ? `hidden_${l + 1}` : 'output',
            // Overwritten below; zeros spend no random numbers.
            kernelInitializer: 'zeros',
            ...(l === 0 && { inputShape: [shape.inputs] }),
        }));
    });
    const tensors = weightList(weights).map((values, k) => (k % 2 === 0 ? tf.tensor2d(values, [sizes[k / 2], sizes[k / 2 + 1]]) : tf.tensor1d(values)));
    model.setWeights(tensors);
    tf.dispose(tensors);
    return model;
}

;// CONCATENATED MODULE: ./build/shared/model/target.js




function target_encodeTarget(table, target, task, trainRows, validationRows) {
    const col = column(table, target, 'target');
    assertNoMissing(col, table, [trainRows, validationRows]);
    return task === 'classification' ? encodeClasses(col, trainRows, validationRows) : encodeValues(col, table, trainRows, validationRows);
}
function isMissing(col, row) {
    return col.kind === 'number' ? Number.isNaN(col.values[row]) : col.values[row] === null;
}
function assertNoMissing(col, table, rowSets) {
    let first = -1;
    let count = 0;
    for (const rows of rowSets) {
        for (const row of rows) {
            if (!isMissing(col, row))
                continue;
            count++;
            if (first < 0 || row < first)
                first = row;
        }
    }
    if (count === 0)
        return;
    const file = table.files[table.fileOfRow[first]]?.path ?? 'the data';
    const more = count > 1 ? ` and ${count - 1} more row${count > 2 ? 's' : ''}` : '';
    throw new UserError(`Input 'target': column '${col.name}' has no value on line ${table.lines[first]} of ${file}${more}. Rows used for training or validation need a target; fill them in or drop them.`);
}
// Classes come from the training and validation rows, so a class seen only in validation
// still has an output and the validation loss is defined; its probability learns to stay low.
function encodeClasses(col, trainRows, validationRows) {
    const label = (row) => col.values[row];
    const seen = new Set();
    for (const row of trainRows)
        seen.add(label(row));
    if (seen.size < 2) {
        const only = seen.size === 1 ? ` (${JSON.stringify([...seen][0])})` : '';
        throw new UserError(`Input 'target': column '${col.name}' has ${seen.size} class${only} in the training rows; classification needs at least two.`);
    }
    for (const row of validationRows)
        seen.add(label(row));
    const classes = [...seen].sort(compareLabels);
    const index = new Map(classes.map((value, i) => [value, i]));
    const encode = (rows) => Float32Array.from(rows, (row) => index.get(label(row)));
    return { classes, train: encode(trainRows), validation: encode(validationRows) };
}
// Standardizing the target lets one learning rate suit targets in grams and in millions.
function encodeValues(col, table, trainRows, validationRows) {
    if (col.kind !== 'number') {
        const { value, line } = firstText(col, table);
        throw new UserError(`Input 'target': column '${col.name}' holds text (${JSON.stringify(value)} on line ${line}), so it cannot be a regression target; use task 'classification' or clean the column.`);
    }
    const values = col.values;
    let sum = 0;
    for (const row of trainRows)
        sum += values[row];
    const mean = sum / trainRows.length;
    let squares = 0;
    for (const row of trainRows)
        squares += (values[row] - mean) ** 2;
    const std = Math.sqrt(squares / trainRows.length);
    const scaling = { mean, scale: std < 10 * Number.EPSILON ? 1 : std };
    const encode = (rows) => Float32Array.from(rows, (row) => (values[row] - scaling.mean) / scaling.scale);
    return { scaling, train: encode(trainRows), validation: encode(validationRows) };
}

;// CONCATENATED MODULE: ./build/shared/model/train.js







const MODEL_KINDS = (/* unused pure expression or super */ null && (['linear', 'mlp']));
/** Fits preprocessing and a network on the training rows; the same seed gives the same model. */
async function trainModel(options) {
    const { table, features, target, task, params, trainRows, validationRows, log } = options;
    if (features.includes(target))
        throw new UserError(`Input 'features': '${target}' is the target; it cannot also be a feature.`);
    const backend = await initBackend(log);
    const encoded = encodeTarget(table, target, task, trainRows, validationRows);
    const preprocessing = fitPreprocessing(table, features, trainRows);
    const train = transform(preprocessing, table, trainRows);
    const validation = transform(preprocessing, table, validationRows);
    const shape = networkShape(options.model, task, train.width, encoded.classes?.length ?? 0, params);
    const data = { train, trainTargets: encoded.train, validation, validationTargets: encoded.validation };
    const title = `Training ${options.model} ${task} on ${train.rows} rows x ${train.width} inputs (${backend})`;
    const started = performance.now();
    const fit = () => fitNetwork(shape, data, params, options.seed, log);
    const result = log ? await log.group(title, async () => summarised(fit(), started, log)) : fit();
    const meta = { task, preprocessing, ...(encoded.classes && { classes: encoded.classes }), ...(encoded.scaling && { targetScaling: encoded.scaling }) };
    const model = toLayersModel(shape, result.weights);
    return {
        ...meta,
        model,
        kind: options.model,
        target,
        features: [...features],
        preprocessing,
        history: result.history,
        bestEpoch: result.bestEpoch,
        backend,
        stoppedEarly: result.stoppedEarly,
        predict: (rows, input) => predictTable(model, meta, rows, input),
    };
}
/** Two classes get one sigmoid output (P of the second class), more get softmax. */
function networkShape(kind, task, inputs, classes, params) {
    const hidden = kind === 'mlp' ? params.hiddenUnits : [];
    if (task === 'regression')
        return { inputs, hidden, outputs: 1, head: 'linear' };
    return classes === 2 ? { inputs, hidden, outputs: 1, head: 'sigmoid' } : { inputs, hidden, outputs: classes, head: 'softmax' };
}
function summarised(result, started, log) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const best = result.history[result.bestEpoch - 1];
    const loss = Number.isNaN(best.valLoss) ? `loss ${show(best.loss)}` : `val_loss ${show(best.valLoss)}`;
    log.info(`${result.stoppedEarly ? 'Stopped early' : 'Finished'} after ${result.history.length} epochs in ${seconds} s; keeping the weights of epoch ${result.bestEpoch} (${loss}).`);
    return result;
}

;// CONCATENATED MODULE: ./build/shared/model/index.js







/***/ })

};
