import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-6WS7H5GQ.js";
import {
  parseYaml
} from "./chunk-RVH4IFMX.js";
import {
  METRICS_BY_NAME,
  compareLabels
} from "./chunk-OAZCABEM.js";
import {
  UserError,
  describeError,
  isUserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/runtime/entry.js
function startEntry(main) {
  void main();
}

// build/shared/inputs/index.js
import { readFileSync } from "node:fs";
function mapSource(values) {
  return { get: (name) => values[name] };
}
var Inputs = class {
  direct;
  fromConfig;
  constructor(direct, knownNames) {
    this.direct = direct;
    const configPath = this.directValue("config");
    this.fromConfig = configPath ? readConfigFile(configPath) : {};
    const unknown = knownNames ? Object.keys(this.fromConfig).filter((key) => !knownNames.includes(key)) : [];
    if (configPath && unknown.length > 0) {
      throw new UserError(`Input 'config': '${configPath}' has unknown key '${unknown[0]}'; allowed keys are the input names: ${knownNames.filter((name) => name !== "config").join(", ")}.`);
    }
  }
  directValue(name) {
    const value = this.direct.get(name)?.trim();
    return value ? value : void 0;
  }
  /** Raw value, direct input first, then config file. */
  raw(name) {
    return this.directValue(name) ?? this.fromConfig[name];
  }
  string(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return void 0;
    if (typeof value === "object")
      throw invalid(name, JSON.stringify(value), "a single value");
    return String(value);
  }
  required(name) {
    const value = this.string(name);
    if (value === void 0)
      throw new UserError(`Input '${name}' is required.`);
    return value;
  }
  choice(name, allowed, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    if (!allowed.includes(value))
      throw invalid(name, value, `one of ${allowed.join(", ")}`);
    return value;
  }
  boolean(name, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    const lower = value.toLowerCase();
    if (lower === "true")
      return true;
    if (lower === "false")
      return false;
    throw invalid(name, value, "true or false");
  }
  number(name, fallback, range = {}) {
    const text = this.string(name);
    if (text === void 0)
      return fallback;
    const value = Number(text);
    const allowed = describeRange(range);
    if (!Number.isFinite(value) || range.integer && !Number.isInteger(value))
      throw invalid(name, text, allowed);
    if (range.min !== void 0 && value < range.min || range.max !== void 0 && value > range.max) {
      throw invalid(name, text, allowed);
    }
    return value;
  }
  /** A comma-separated string or a YAML list. */
  list(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return [];
    if (Array.isArray(value))
      return value.map((item) => String(item).trim()).filter(Boolean);
    const text = String(value).trim();
    if (text.startsWith("[") || text.includes("\n")) {
      let parsed;
      try {
        parsed = parseYaml(text, `Input '${name}'`);
      } catch {
        throw invalid(name, text, "a comma-separated list or a YAML list");
      }
      if (Array.isArray(parsed))
        return parsed.map((item) => String(item).trim()).filter(Boolean);
      if (typeof parsed !== "string")
        throw invalid(name, text, "a comma-separated list or a YAML list");
    }
    return text.split(",").map((item) => item.trim()).filter(Boolean);
  }
};
function describeRange(range) {
  const kind = range.integer ? "an integer" : "a number";
  if (range.min !== void 0 && range.max !== void 0)
    return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== void 0)
    return `${kind} of at least ${range.min}`;
  if (range.max !== void 0)
    return `${kind} of at most ${range.max}`;
  return kind;
}
function invalid(name, value, allowed) {
  return new UserError(`Input '${name}' has invalid value '${value}': expected ${allowed}.`);
}
function readConfigFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(`Input 'config': cannot read '${path}' (${error.code ?? "error"}).`);
  }
  const parsed = parseYaml(text, `Input 'config': ${path}`);
  if (parsed === null || parsed === void 0)
    return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError(`Input 'config': '${path}' must be a YAML mapping of input names to values.`);
  }
  return parsed;
}

// build/shared/runtime/command.js
async function executeCommand(command, io) {
  try {
    const options = command.parse(new Inputs(io.inputs, Object.keys(command.inputs)));
    const outcome = await command.run(options, io);
    writeOutputFile(outcome.reportInput ?? "report", outcome.reportPath, JSON.stringify(outcome.report, null, 2) + "\n");
    let publishError;
    if (command.publish) {
      try {
        Object.assign(outcome.outputs, await command.publish(outcome, options, io));
      } catch (error) {
        publishError = error;
      }
    }
    for (const [name, value] of Object.entries(outcome.outputs))
      io.setOutput(name, value);
    if (outcome.failure)
      io.fail(outcome.failure);
    for (const annotation of outcome.annotations)
      io.annotate(annotation);
    await io.writeSummary(outcome.summary);
    if (publishError !== void 0)
      throw publishError;
    return outcome;
  } catch (error) {
    io.fail(isUserError(error) ? error.message : describeError(error));
    return void 0;
  }
}

// build/shared/report/escape.js
var TEXT_LIMIT = 200;
var MESSAGE_LIMIT = 500;
var ELLIPSIS = "\u2026";
var ZERO_WIDTH_SPACE = "\u200B";
var BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
var CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, limit = TEXT_LIMIT) {
  if (text.length <= limit)
    return text;
  const chars = [];
  for (const char of text) {
    if (chars.length === limit)
      return `${chars.slice(0, limit - 1).join("")}${ELLIPSIS}`;
    chars.push(char);
  }
  return text;
}
function mdText(value, limit = TEXT_LIMIT) {
  return defuseLinks(oneLine(value, limit)).replace(/[&<>]/g, htmlEntity).replace(/[\\`*[\]|~$]/g, (char) => `\\${char}`).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}
function mdLine(value, limit = MESSAGE_LIMIT) {
  return mdText(value, limit).trimStart().replace(/^[#+=-]/, (char) => `\\${char}`).replace(/^(\d+)([.)])/, "$1\\$2");
}
function mdCode(value, limit = TEXT_LIMIT) {
  const text = defuseLinks(oneLine(value, limit));
  if (text.trim() === "")
    return "";
  if (/[`<>&[\]|\\]/.test(text))
    return `<code>${mdText(value, limit)}</code>`;
  const pad = text.startsWith(" ") && text.endsWith(" ") ? " " : "";
  return `\`${pad}${text}${pad}\``;
}
function htmlText(value, limit = TEXT_LIMIT) {
  return defuseLinks(oneLine(value, limit)).replace(/[&<>[\]]/g, htmlEntity);
}
function fencedBlock(content, info = "") {
  let longest = 0;
  for (const run of content.match(/`{3,}/g) ?? [])
    longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${content.replace(CONTROLS, "")}
${fence}`;
}
function mermaidText(value, limit = TEXT_LIMIT) {
  return oneLine(value, limit).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").trim();
}
function oneLine(value, limit) {
  return clip(String(value ?? "").replace(CONTROLS, "").replace(BREAKS, " "), limit);
}
function defuseLinks(text) {
  return text.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;" };
function htmlEntity(char) {
  return ENTITIES[char];
}

// build/shared/report/markdown.js
var Markdown = class {
  text;
  constructor(text) {
    this.text = text;
  }
};
function md(text) {
  return new Markdown(text);
}
function cell(value) {
  const text = value instanceof Markdown ? value.text : typeof value === "number" ? String(value) : mdText(value);
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/(?<!\\)\|/g, "\\|");
}
function table(headers, rows, align) {
  const rule = headers.map((_, i) => align?.[i] === "right" ? "---:" : "---");
  return [headers.map(cell), rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${body}

</details>`;
}
function formatCount(value) {
  return value.toLocaleString("en-US");
}
function formatStat(value) {
  if (value === void 0)
    return "";
  if (typeof value === "string")
    return value;
  if (!Number.isFinite(value))
    return String(value);
  if (Number.isInteger(value))
    return formatCount(value);
  return String(Number(value.toPrecision(4)));
}
function runUrl(env = process.env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID)
    return void 0;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
function linkTarget(url) {
  if (!url || !/^https?:\/\/[^\s/]/i.test(url))
    return void 0;
  return url.replace(/[\s()<>[\]"'`\\|]/g, percentEncoded);
}
function link(text, url, otherwise = text) {
  const target = linkTarget(url);
  return md(target ? `[${mdText(text)}](${target})` : mdText(otherwise));
}
function percentEncoded(char) {
  return char.charCodeAt(0) < 128 ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : encodeURIComponent(char);
}

// build/shared/report/cap.js
var GITHUB_SUMMARY_LIMIT = 1024 * 1024;
var SUMMARY_BUDGET = 1e6;
function capSummary(markdown, budget = SUMMARY_BUDGET) {
  if (Buffer.byteLength(markdown) <= budget)
    return markdown;
  const lines = markdown.replace(/\n$/, "").split("\n");
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget)
      break;
    used += size;
    kept++;
  }
  const head = lines.slice(0, kept).join("\n");
  const note = `> [!WARNING]
> This summary is cut short to fit in GitHub's limit of 1 MiB per step: the last ${formatCount(lines.length - kept)} of ${formatCount(lines.length)} lines are left out. The JSON file named by input 'report' has every result.
`;
  return `${closeOpenBlocks(head)}

---
${note}`;
}
function closeOpenBlocks(head) {
  let fence;
  let folded = 0;
  for (const line of head.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = void 0;
      continue;
    }
    if (marker)
      fence = marker;
    else
      folded += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
  }
  const closing = [...fence ? [fence] : [], ...Array.from({ length: Math.max(0, folded) }, () => "\n</details>")];
  return closing.length > 0 ? `${head}
${closing.join("\n")}` : head;
}

// build/shared/report/validation.js
var SUMMARY_FINDINGS = 200;
var SUMMARY_COLUMNS = 200;
function validationSummary(result, valid, reportPath) {
  const icon = valid ? "\u2705" : "\u274C";
  const files = result.files.length === 1 ? mdCode(result.files[0].path) : `${result.files.length} files`;
  const lines = [
    `## ${icon} Data validation ${valid ? "passed" : "failed"}`,
    "",
    `**${formatCount(result.rows)} rows** in ${files} \xB7 ${result.errors} errors \xB7 ${result.warnings} warnings \xB7 data hash ${mdCode(result.dataHash.slice(0, 12))}`,
    ""
  ];
  if (result.findings.length > 0) {
    lines.push("### Findings", "", findingsTable(result.findings.slice(0, SUMMARY_FINDINGS)), "");
    if (result.findings.length > SUMMARY_FINDINGS) {
      lines.push(`${formatCount(result.findings.length - SUMMARY_FINDINGS)} more findings are in ${mdCode(reportPath)}.`, "");
    }
  }
  lines.push(details("Column profile", profileTable(result), result.findings.length === 0), "");
  const columns = Object.keys(result.profile).length;
  if (columns > SUMMARY_COLUMNS)
    lines.push(`${formatCount(columns - SUMMARY_COLUMNS)} more columns are profiled in ${mdCode(reportPath)}.`, "");
  return lines.join("\n");
}
function findingsTable(findings) {
  return table(["", "where", "column", "check", "message"], findings.map((finding) => [
    finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F",
    finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ""}` : "",
    finding.column ?? "",
    finding.check,
    md(mdText(finding.message, MESSAGE_LIMIT))
  ]));
}
function profileTable(result) {
  const rows = Object.entries(result.profile).slice(0, SUMMARY_COLUMNS).map(([name, profile]) => [
    md(mdCode(name)),
    profile.type,
    formatCount(profile.missing),
    `${profile.distinctExact ? "" : "\u2248"}${formatCount(profile.distinct)}`,
    formatStat(profile.min),
    formatStat(profile.max),
    formatStat(profile.mean),
    formatStat(profile.std),
    md((profile.top ?? []).slice(0, 3).map((entry) => `${mdText(formatStat(entry.value))} (${formatCount(entry.count)})`).join(", "))
  ]);
  return table(["column", "type", "missing", "distinct", "min", "max", "mean", "std", "top values"], rows, [
    "left",
    "left",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "left"
  ]);
}

// build/shared/report/gate-view.js
function isFirstRun(view) {
  return view.baselineMetrics === void 0;
}

// build/shared/report/mermaid.js
var LABEL_LENGTH = 20;
function groupedBarChart(chart) {
  const { groups, series, yAxis } = chart;
  for (const { tag, values } of series) {
    if (values.length !== groups.length)
      throw new RangeError(`series ${tag} has ${values.length} values for ${groups.length} groups`);
  }
  const slots = groups.flatMap((group) => series.map(({ tag }) => mermaidString(`${shorten(group)} ${tag}`)));
  const bars = series.map((_, s) => groups.flatMap((_2, g) => series.map((__, slot) => slot === s ? chartNumber(series[s].values[g]) : "0")));
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${mermaidString(chart.title)}`,
    `  x-axis [${slots.join(", ")}]`,
    `  y-axis ${mermaidString(yAxis.title)} ${chartNumber(yAxis.min)} --> ${chartNumber(yAxis.max)}`,
    ...bars.map((values) => `  bar [${values.join(", ")}]`),
    "```"
  ].join("\n");
}
function mermaidString(text) {
  return `"${mermaidText(text)}"`;
}
function shorten(text) {
  const chars = [...text];
  return chars.length <= LABEL_LENGTH ? text : `${chars.slice(0, LABEL_LENGTH - 1).join("")}\u2026`;
}
function chartNumber(value) {
  if (!Number.isFinite(value))
    throw new RangeError(`a chart value must be finite; got ${value}`);
  const rounded = Number(value.toPrecision(4));
  const text = String(rounded);
  return text.includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : text;
}

// build/shared/report/gate-chart.js
var UNIT_SCALE_METRICS = /* @__PURE__ */ new Set([
  "accuracy",
  "balanced_accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr",
  "average_precision",
  "brier"
]);
var SHORT_NAMES = {
  balanced_accuracy: "bal_acc",
  precision_macro: "precision",
  recall_macro: "recall",
  average_precision: "avg_prec"
};
function gateChart(view) {
  const firstRun = isFirstRun(view);
  const drawn = view.gate.verdicts.filter(({ metric, candidate: candidate2, baseline }) => UNIT_SCALE_METRICS.has(metric) && onUnitScale(candidate2) && (firstRun || onUnitScale(baseline)));
  if (drawn.length === 0)
    return void 0;
  const candidate = { tag: "C", values: drawn.map((v) => v.candidate) };
  return groupedBarChart({
    title: firstRun ? "Candidate (C)" : "Baseline (B) and candidate (C)",
    groups: drawn.map((v) => SHORT_NAMES[v.metric] ?? v.metric),
    series: firstRun ? [candidate] : [{ tag: "B", values: drawn.map((v) => v.baseline) }, candidate],
    yAxis: { title: "value", min: 0, max: 1 }
  });
}
function onUnitScale(value) {
  return value !== void 0 && value >= 0 && value <= 1;
}

// build/shared/report/gate-format.js
function greaterIsBetter(metric) {
  return METRICS_BY_NAME.get(metric)?.greaterIsBetter;
}
function signed(value) {
  if (value === 0)
    return "0";
  return value > 0 ? `+${formatStat(value)}` : formatStat(value);
}
function formatDelta(delta, metric) {
  if (delta === void 0)
    return "";
  if (Number.isNaN(delta))
    return "NaN";
  if (delta === 0)
    return "\u25AA 0";
  const arrow = delta > 0 ? "\u25B2" : "\u25BC";
  const direction = greaterIsBetter(metric);
  const mark = direction === void 0 ? "" : delta > 0 === direction ? "\u{1F7E2} " : "\u{1F534} ";
  return `${mark}${arrow} ${signed(delta)}`;
}
function formatInterval(ci) {
  if (!ci)
    return "";
  const [low, high] = ci;
  if (Number.isNaN(low) || Number.isNaN(high))
    return "undefined";
  return `[${signed(low)}, ${signed(high)}]`;
}
function formatPValue(pValue, logPValue) {
  if (pValue >= 1e-4)
    return formatStat(pValue);
  const log10 = logPValue / Math.LN10;
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(2));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${mantissa}e${exponent}`;
}
var BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? formatCount(value) : formatStat(value)} ${BYTE_UNITS[unit]}`;
}
function countOf(count, noun) {
  return `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// build/shared/report/gate-sections.js
var CONFUSION_CLASSES = 30;
function mcnemarLine({ b, c, pValue, logPValue }) {
  const p = `exact McNemar p = ${formatPValue(pValue, logPValue)}`;
  const finding = b + c === 0 ? "both models are right and wrong on the same rows" : `the candidate is right on ${countOf(c, "row")} the baseline gets wrong, and wrong on ${formatStat(b)} it gets right`;
  return `**McNemar test** (b = ${formatStat(b)}, c = ${formatStat(c)}): ${finding}; ${p}.`;
}
function confusionSection(view) {
  const { confusion } = view;
  if (!confusion)
    return void 0;
  const parts = [`**Candidate** (${mdText(view.candidateName)})`, "", confusionTable(confusion.candidate)];
  if (confusion.baseline)
    parts.push("", `**Baseline** (${mdText(view.baselineName ?? "baseline")})`, "", confusionTable(confusion.baseline));
  return details("Confusion matrices (rows: true class, columns: predicted class)", parts.join("\n"));
}
function confusionTable({ labels, matrix }) {
  if (labels.length > CONFUSION_CLASSES)
    return `${labels.length} classes: matrices with more than ${CONFUSION_CLASSES} are not shown.`;
  const headers = ["true \u2193 predicted \u2192", ...labels];
  const rows = matrix.map((counts, t) => [labels[t], ...counts.map((count, p) => p === t ? md(`**${formatStat(count)}**`) : formatStat(count))]);
  return table(headers, rows, ["left", ...labels.map(() => "right")]);
}
function costLine(view) {
  const parts = [];
  const { latency, modelSizeBytes } = view;
  if (latency)
    parts.push(`inference p50 ${formatStat(latency.p50Ms)} ms \xB7 p95 ${formatStat(latency.p95Ms)} ms over ${countOf(latency.rows, "row")}`);
  if (modelSizeBytes !== void 0)
    parts.push(`model size ${formatBytes(modelSizeBytes)}`);
  return parts.length > 0 ? `**Candidate cost**: ${parts.join(" \xB7 ")}` : void 0;
}

// build/shared/report/gate-slices.js
var SLICE_VALUES = 50;
function sliceSections(view) {
  const slices = view.slices ?? [];
  const columns = [...new Set(slices.map((slice) => slice.column))];
  const metrics = sliceMetrics(view, slices);
  return columns.map((column) => sliceSection(column, slices.filter((slice) => slice.column === column), metrics));
}
function sliceSection(column, slices, metrics) {
  const compared = slices.some((slice) => slice.baseline !== void 0);
  const shown = [...slices].sort((a, b) => b.rows - a.rows || compareLabels(a.value, b.value)).slice(0, SLICE_VALUES);
  const headers = ["value", "rows", ...metrics.flatMap((metric) => compared ? [metric, md(`\u0394 ${mdText(metric)}`)] : [metric])];
  const rows = shown.map((slice) => [
    slice.value,
    formatCount(slice.rows),
    ...metrics.flatMap((metric) => {
      const candidate = slice.candidate[metric];
      const baseline = slice.baseline?.[metric];
      const delta = candidate !== void 0 && baseline !== void 0 ? formatDelta(candidate - baseline, metric) : "";
      return compared ? [formatStat(candidate), delta] : [formatStat(candidate)];
    })
  ]);
  const body = [table(headers, rows, ["left", ...headers.slice(1).map(() => "right")])];
  const left = slices.length - shown.length;
  if (left > 0)
    body.push("", `${countOf(left, "more value")} with fewer rows ${left === 1 ? "is" : "are"} left out.`);
  return details(`Slices by ${htmlText(column)} (${countOf(slices.length, "value")})`, body.join("\n"));
}
function sliceMetrics(view, slices) {
  const present = new Set(slices.flatMap((slice) => Object.keys(slice.candidate)));
  const thresholded = view.gate.verdicts.map((v) => v.metric).filter((metric) => present.has(metric));
  return thresholded.length > 0 ? thresholded : [...present];
}

// build/shared/report/gate-verdict.js
var ICONS = { pass: "\u2705", fail: "\u274C", inconclusive: "\u2754" };
function verdictCell(verdict) {
  const { criteria } = verdict;
  const skipped = criteria.filter((c) => c.outcome === "skipped").map((c) => c.criterion);
  if (criteria.length > 0 && skipped.length === criteria.length)
    return "\u23ED\uFE0F skipped: no baseline";
  if (verdict.verdict === "pass")
    return skipped.length > 0 ? `\u2705 pass (${skipped.join(", ")} skipped)` : "\u2705 pass";
  const deciding = criteria.filter((c) => c.outcome === verdict.verdict).map((c) => shortReason(c, verdict));
  return `${ICONS[verdict.verdict]} ${verdict.verdict}: ${[...new Set(deciding)].join(", ")}`;
}
function reasonList(verdicts) {
  return verdicts.filter((v) => v.verdict !== "pass").map((v) => `- ${ICONS[v.verdict]} **${mdText(v.metric)}**: ${mdText(v.reason, MESSAGE_LIMIT)}`).join("\n");
}
function verdictCounts(verdicts) {
  const count = (kind) => verdicts.filter((v) => v.verdict === kind).length;
  const parts = [`${ICONS.pass} ${count("pass")} pass`, `${ICONS.fail} ${count("fail")} fail`];
  if (count("inconclusive") > 0)
    parts.push(`${ICONS.inconclusive} ${count("inconclusive")} inconclusive`);
  return parts.join(" \xB7 ");
}
function shortReason({ criterion, outcome }, verdict) {
  const noBaselineValue = verdict.baseline === void 0;
  switch (criterion) {
    case "missing":
      return "not computed";
    case "threshold": {
      const direction = greaterIsBetter(verdict.metric);
      return direction === void 0 ? "threshold" : direction ? "below threshold" : "above threshold";
    }
    case "min-absolute-change":
      return noBaselineValue ? "missing from baseline" : "change too small";
    case "min-relative-change":
      return noBaselineValue ? "missing from baseline" : "relative change too small";
    case "not-worse":
      if (noBaselineValue)
        return "missing from baseline";
      if (outcome === "fail")
        return "regressed beyond margin";
      return hasInterval(verdict) ? "CI straddles margin" : "no CI";
  }
}
function hasInterval({ interval }) {
  return interval !== void 0 && !interval.ci.some(Number.isNaN);
}

// build/shared/report/gate-table.js
var METRIC_TABLE_HEADERS = ["metric", "baseline", "candidate", "\u0394", "CI of \u0394", "verdict"];
function metricTable(view) {
  const rows = metricRows(view).map(({ metric, baseline, candidate, interval, verdict }) => {
    const delta = interval?.delta ?? (baseline !== void 0 && candidate !== void 0 ? candidate - baseline : void 0);
    return [metric, formatStat(baseline), formatStat(candidate), formatDelta(delta, metric), md(formatInterval(interval?.ci)), verdict ? md(verdictCell(verdict)) : "\u2014"];
  });
  return table(METRIC_TABLE_HEADERS, rows, ["left", "right", "right", "right", "right", "left"]);
}
function intervalNote(view) {
  const intervals = metricRows(view).flatMap((row) => row.interval ? [row.interval] : []);
  const settings = view.gate.bootstrap;
  const confidence = settings?.confidence ?? intervals[0]?.confidence;
  if (confidence === void 0)
    return void 0;
  const resamples = settings?.resamples ?? Math.max(...intervals.map((interval) => interval.resamples));
  const seed = settings ? ` (seed ${settings.seed})` : "";
  const short = intervals.filter((interval) => interval.resamples < resamples).map((interval) => `${mdText(interval.metric)} is defined on ${interval.resamples}`);
  const shortNote = short.length > 0 ? ` Only resamples where a metric is defined for both models count: ${short.join(", ")}.` : "";
  return `\u0394 = candidate \u2212 baseline. CI of \u0394: ${formatStat(confidence * 100)}% paired bootstrap, ${resamples} resamples${seed}.${shortNote}`;
}
function metricRows(view) {
  const verdicts = new Map(view.gate.verdicts.map((verdict) => [verdict.metric, verdict]));
  const names = /* @__PURE__ */ new Set([...verdicts.keys(), ...Object.keys(view.candidateMetrics), ...Object.keys(view.baselineMetrics ?? {})]);
  return [...names].map((metric) => metricRow(view, metric, verdicts.get(metric)));
}
function metricRow(view, metric, verdict) {
  const candidate = verdict?.candidate ?? view.candidateMetrics[metric];
  const baseline = verdict?.baseline ?? view.baselineMetrics?.[metric];
  const interval = verdict?.interval ?? view.intervals?.[metric];
  return {
    metric,
    ...candidate !== void 0 && { candidate },
    ...baseline !== void 0 && { baseline },
    ...interval && { interval },
    ...verdict && { verdict }
  };
}

// build/shared/report/gate.js
function renderGateReport(view) {
  const sections = [
    [title(view), "", intro(view)].join("\n"),
    metricTable(view),
    intervalNote(view),
    reasonList(view.gate.verdicts),
    view.gate.mcnemar && mcnemarLine(view.gate.mcnemar),
    gateChart(view),
    confusionSection(view),
    ...sliceSections(view),
    costLine(view),
    footer(view)
  ];
  return `${sections.filter((section) => section).join("\n\n")}
`;
}
function title(view) {
  const verdict = view.passed ? "\u2705 Evaluation gate passed" : view.failOnRegression ? "\u274C Evaluation gate failed" : "\u26A0\uFE0F Evaluation gate failed (not enforced)";
  const models = isFirstRun(view) ? `${mdText(view.candidateName)}, first run` : `${mdText(view.candidateName)} vs ${mdText(view.baselineName ?? "baseline")}`;
  return `## ${verdict}: ${models} \xB7 ${countOf(view.rows, "row")} evaluated`;
}
function intro(view) {
  const lines = [`${view.task} \xB7 ${countOf(view.gate.verdicts.length, "thresholded metric")}: ${verdictCounts(view.gate.verdicts)}`];
  if (isFirstRun(view)) {
    lines.push("**First run**: there is no baseline to compare with, so the change criteria (min-absolute-change, min-relative-change, not-worse) were skipped and the value thresholds alone decide.");
  }
  if (!view.passed && !view.failOnRegression)
    lines.push("The gate failed, but failures are not enforced here, so the check does not fail.");
  return lines.join("\n\n");
}
function footer({ runUrl: runUrl2, commit }) {
  const parts = [];
  const url = runUrl2 && linkTarget(runUrl2);
  if (url)
    parts.push(`[workflow run](${url})`);
  if (commit)
    parts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 12) : mdText(commit)}`);
  return parts.length > 0 ? `---
${parts.join(" \xB7 ")}` : void 0;
}

// build/shared/report/train.js
function renderTrainSummary(result) {
  const { metadata } = result;
  const trainer = metadata.trainer === "command" ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend)} backend)`;
  const lines = [
    `## Trained ${mdText(metadata.task)} model of ${mdCode(metadata.target)}`,
    "",
    `${trainer} \xB7 ${formatStat(metadata.rows.train)} training rows${metadata.rows.validation ? ` \xB7 ${formatStat(metadata.rows.validation)} validation rows` : ""} \xB7 ${metadata.features.length} features \xB7 ${formatStat(metadata.durationSeconds)} s`,
    "",
    table(["validation metric", "value"], Object.entries(result.metrics).map(([name, value]) => [name, formatStat(value)]), ["left", "right"])
  ];
  if (result.history && result.history.length > 0) {
    const best = result.history.reduce((a, b) => b.valLoss < a.valLoss ? b : a);
    lines.push("", `Best validation loss ${formatStat(best.valLoss)} at epoch ${best.epoch} of ${result.history.length}.`);
    lines.push("", details("Loss per epoch", table(["epoch", "loss", "validation loss"], result.history.map((h) => [h.epoch, formatStat(h.loss), formatStat(h.valLoss)]), ["right", "right", "right"])));
  }
  lines.push("", details("Lineage", table(["", ""], [
    ["data sha256", md(mdCode(metadata.dataHash))],
    ["params sha256", md(mdCode(metadata.paramsHash))],
    ["commit", metadata.lineage.commit ? md(mdCode(metadata.lineage.commit)) : "\u2014"],
    ["run", metadata.lineage.runUrl ? link("workflow run", metadata.lineage.runUrl, metadata.lineage.runUrl) : "\u2014"],
    ["seed", metadata.seed],
    ["model directory", md(mdCode(result.modelDir))]
  ])));
  return lines.join("\n") + "\n";
}

// build/shared/registry/names.js
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var ALIAS = /^[a-z][a-z0-9_-]{0,49}$/;
var RESERVED_ALIASES = ["latest"];
function checkModelName(name, input = "name") {
  if (!NAME.test(name) || name.includes(".."))
    throw new UserError(`Input '${input}': '${name}' is not a model name; use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or digit.`);
  return name;
}
function checkAlias(alias, input = "alias") {
  if (!ALIAS.test(alias))
    throw new UserError(`Input '${input}': '${alias}' is not an alias; use lower-case letters, digits, '_' and '-', starting with a letter, such as champion.`);
  if (RESERVED_ALIASES.includes(alias))
    throw new UserError(`Input '${input}': '${alias}' is reserved: it always resolves to the newest ready version.`);
  return alias;
}
function parseModelUri(uri, input = "model") {
  const match = /^models:\/([^/@]+)(?:\/(\d+)|@([^/@]+))$/.exec(uri.trim());
  if (!match)
    throw new UserError(`Input '${input}': '${uri}' is not a model URI; use models:/<name>/<version>, models:/<name>@<alias> or models:/<name>@latest.`);
  const name = checkModelName(match[1], input);
  if (match[2] !== void 0) {
    const version = Number(match[2]);
    if (!Number.isSafeInteger(version) || version < 1)
      throw new UserError(`Input '${input}': version ${match[2]} in '${uri}' must be 1 or more.`);
    return { name, version };
  }
  const alias = match[3];
  if (alias !== "latest")
    checkAlias(alias, input);
  return { name, alias };
}
function modelUri(name, version) {
  return `models:/${name}/${version}`;
}

// build/shared/report/registry.js
function registrySummary(outcome, record, name, versions, location) {
  const version = record ? `: ${link(modelUri(record.name, record.version), record.url).text}` : "";
  return `## ${mdText(outcome)}${version}

${registryVersionsTable(name, versions, location)}
`;
}
function registryVersionsTable(name, versions, location) {
  if (versions.length === 0)
    return `Model ${mdCode(name)} has no versions in the ${mdText(location)}.`;
  const rows = [...versions].reverse().map((v) => [link(`v${v.version}`, v.url), md(v.aliases.map((alias) => mdCode(alias)).join(" ")), v.status, md(mdCode(v.digest.slice(0, 12))), v.created_at]);
  return `Versions of ${mdCode(name)} in the ${mdText(location)}:

${table(["version", "aliases", "status", "sha256", "created"], rows)}`;
}

export {
  startEntry,
  clip,
  mdText,
  mdLine,
  mdCode,
  fencedBlock,
  md,
  table,
  formatCount,
  formatStat,
  runUrl,
  link,
  capSummary,
  closeOpenBlocks,
  validationSummary,
  renderGateReport,
  renderTrainSummary,
  checkModelName,
  checkAlias,
  parseModelUri,
  modelUri,
  registrySummary,
  mapSource,
  executeCommand
};
