import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  modelUri
} from "./chunk-WASGVSPE.js";
import {
  METRICS_BY_NAME,
  compareLabels
} from "./chunk-NDVGTYSL.js";

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
  if (!Number.isSafeInteger(value) || Object.is(value, -0))
    return value.toLocaleString("en-US");
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let at = grouped.length; at < digits.length; at += 3)
    grouped += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
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

// build/shared/report/validation.js
var SUMMARY_FINDINGS = 200;
var SUMMARY_COLUMNS = 200;
function validationSummary(result, valid, reportPath, enforcement) {
  const failsStep = enforcement?.failsStep ?? !valid;
  const files = result.files.length === 1 ? mdCode(result.files[0].path) : `${result.files.length} files`;
  const lines = [`## ${validationHeading(valid, failsStep)}`, ""];
  if (enforcement && valid === failsStep) {
    lines.push(valid ? `The data is valid, but the step fails on warnings (${mdCode(`fail-on: ${enforcement.failOn}`)}).` : `The data has errors, but the step passes (${mdCode(`fail-on: ${enforcement.failOn}`)}).`, "");
  }
  lines.push(`**${formatCount(result.rows)} rows** in ${files} \xB7 ${result.errors} errors \xB7 ${result.warnings} warnings \xB7 data hash ${mdCode(result.dataHash.slice(0, 12))}`, "");
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
function validationHeading(valid, failsStep) {
  if (valid)
    return failsStep ? "\u26A0\uFE0F Data validation passed (the step fails on warnings)" : "\u2705 Data validation passed";
  return failsStep ? "\u274C Data validation failed" : "\u26A0\uFE0F Data validation failed (not enforced)";
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

// build/shared/report/gate-candidates.js
var OPEN_CANDIDATES = 10;
function candidatesSection(view) {
  const { candidates } = view;
  if (!candidates)
    return void 0;
  const { metric, greaterIsBetter: greaterIsBetter2 } = candidates;
  const intro2 = `**Candidates**: the best of ${countOf(candidates.candidates.length, "candidate")} by ${mdCode(metric)} on its own validation rows (${greaterIsBetter2 ? "higher" : "lower"} is better; a tie goes to the first by name) is the one gated.`;
  const rows = candidates.candidates.map((candidate) => [
    candidate.selected ? md("\u2705 gated") : "",
    candidate.name,
    md(mdCode(paramsText(candidate.params))),
    formatStat(candidate.value)
  ]);
  const list = table(["", "candidate", "params", metric], rows, ["left", "left", "left", "right"]);
  return candidates.candidates.length > OPEN_CANDIDATES ? `${intro2}

${details(`${candidates.candidates.length} candidates`, list)}` : `${intro2}

${list}`;
}
function paramsText(params) {
  if (params === void 0)
    return "";
  if (typeof params !== "object" || params === null || Array.isArray(params))
    return JSON.stringify(params);
  return Object.entries(params).map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`).join(", ");
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
    candidatesSection(view),
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
function footer({ runUrl, commit }) {
  const parts = [];
  const url = runUrl && linkTarget(runUrl);
  if (url)
    parts.push(`[workflow run](${url})`);
  if (commit)
    parts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 12) : mdText(commit)}`);
  return parts.length > 0 ? `---
${parts.join(" \xB7 ")}` : void 0;
}

// build/shared/report/train.js
function renderTrainSummary(result) {
  const { metadata, manifest } = result;
  const trainer = metadata.trainer === "command" ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend)} backend)`;
  const lines = [
    `## Trained ${mdText(manifest.task)} model of ${mdCode(manifest.target)}`,
    "",
    `${trainer} \xB7 ${mdText(manifest.flavor)} flavor \xB7 ${formatStat(metadata.rows.train)} training rows${metadata.rows.validation ? ` \xB7 ${formatStat(metadata.rows.validation)} validation rows` : ""} \xB7 ${manifest.inputs.length} features \xB7 ${formatStat(result.durationSeconds)} s`,
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

// build/shared/report/card.js
var CARD_ITEMS = 100;
var CARD_PARAMS = 2e4;
function renderModelCard(facts, metadata, manifest, { flavor, runtime }) {
  const metrics = metadata.metrics ?? {};
  const lineage = metadata.lineage ?? {};
  const taskName = manifest?.task ?? metadata.task;
  const target = manifest?.target ?? metadata.target;
  const inputs = manifest?.inputs.map((input) => `${mdCode(input.name)} (${mdText(input.type)})`) ?? (Array.isArray(metadata.features) ? metadata.features.map((feature) => mdCode(feature)) : void 0);
  const task = taskName ? `${mdText(taskName)} ` : "";
  const lines = [
    `# ${mdText(facts.name)} v${facts.version}`,
    "",
    facts.description ? mdLine(facts.description) : `A ${task}model of ${target ? mdCode(target) : "?"}.`,
    "",
    "## Model",
    "",
    table(["", ""], [
      ["flavor", flavor],
      ["runtime", runtime ?? "\u2014"],
      ["task", taskName ?? "\u2014"],
      ["target", target ? md(mdCode(target)) : "\u2014"],
      ["inputs", inputs ? md(listed(inputs)) : "\u2014"],
      ["classes", manifest?.classes ? md(listed(manifest.classes.map((label) => mdCode(label)))) : "\u2014"],
      ...manifest?.command ? [["predict command", md(mdCode(manifest.command.predict))], ["serve command", manifest.command.serve ? md(mdCode(manifest.command.serve)) : "\u2014"]] : [],
      ["files", manifest?.files ? md(listed(manifest.files.map((file) => mdCode(file)))) : "\u2014"],
      ["trainer", md(metadata.trainer === "command" ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend ?? "?")})`)],
      ["training rows", metadata.rows?.train ?? "\u2014"],
      ["validation rows", metadata.rows?.validation ?? "\u2014"]
    ]),
    "",
    "## Validation metrics",
    "",
    metricsTable(metrics),
    "",
    "## Lineage",
    "",
    table(["", ""], [
      ["commit", lineage.commit ? md(mdCode(lineage.commit)) : "\u2014"],
      ["workflow run", lineage.runUrl ? link(lineage.runUrl, lineage.runUrl) : "\u2014"],
      ["data sha256", metadata.dataHash ? md(mdCode(metadata.dataHash)) : "\u2014"],
      ["params sha256", metadata.paramsHash ? md(mdCode(metadata.paramsHash)) : "\u2014"],
      ["compared with", facts.comparedWith ?? "\u2014"],
      // Older model directories recorded when they were trained; the registry records when a version was registered.
      ...metadata.createdAt ? [["trained at", metadata.createdAt]] : [],
      ["archive sha256", md(mdCode(facts.digest))]
    ]),
    "",
    "## Parameters",
    "",
    fencedBlock(clip(JSON.stringify(metadata.params ?? {}, null, 2), CARD_PARAMS), "json"),
    ""
  ];
  return lines.join("\n");
}
function metricsTable(metrics) {
  const entries = Object.entries(metrics);
  if (entries.length === 0)
    return "None recorded.";
  const shown = table(["metric", "value"], entries.slice(0, CARD_ITEMS).map(([name, value]) => [name, formatStat(value)]), ["left", "right"]);
  return entries.length > CARD_ITEMS ? `${shown}

${entries.length - CARD_ITEMS} more metrics are in metadata.json.` : shown;
}
function listed(items) {
  const more = items.length > CARD_ITEMS ? `, and ${items.length - CARD_ITEMS} more` : "";
  return items.slice(0, CARD_ITEMS).join(", ") + more;
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

// build/shared/report/comment.js
var COMMENT_BUDGET = 65e3;
var LINE_SLACK = 2e3;
var NOTE_ROOM = 600;
function truncationNote(leftOut) {
  const characters = formatCount(leftOut.length);
  const lines = formatCount(leftOut.replace(/^\n/, "").replace(/\n$/, "").split("\n").length);
  return `

---
> [!WARNING]
> This report is cut short to fit in a GitHub comment (at most 65,536 characters): its last ${characters} characters (${lines} lines) are left out. The full report is in the workflow run's job summary and in the JSON report.
`;
}
function stickyBody(marker, report, budget = COMMENT_BUDGET) {
  const rest = report.startsWith(marker) ? report.slice(marker.length).replace(/^\r?\n/, "") : report;
  const full = `${marker}
${rest}`;
  if (full.length <= budget)
    return { text: full, truncated: false };
  const cut = cutIndex(full, budget - NOTE_ROOM, marker.length + 1);
  return { text: closeOpenBlocks(full.slice(0, cut)) + truncationNote(full.slice(cut)), truncated: true };
}
function cutIndex(text, room, floor) {
  let cut = Math.max(room, floor);
  const lineEnd = text.lastIndexOf("\n", cut);
  if (lineEnd >= floor && lineEnd > cut - LINE_SLACK)
    cut = lineEnd;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319)
    cut--;
  return cut;
}

// build/shared/report/sweep.js
function renderSweepSummary(sweep, base) {
  const varied = sweep.varied;
  const legs = sweep.legs.length;
  const lines = [`## Sweep: ${formatCount(legs)} leg${legs === 1 ? "" : "s"} over ${varied.map((name) => mdCode(name)).join(", ")}`, ""];
  const shared = Object.entries(base).filter(([name]) => !varied.includes(name));
  if (shared.length > 0)
    lines.push(`Every leg also trains with ${shared.map(([name, value]) => mdCode(`${name}: ${JSON.stringify(value)}`)).join(", ")}.`, "");
  const rows = sweep.legs.map((leg) => [md(mdCode(leg.name)), ...varied.map((name) => name in leg.point ? JSON.stringify(leg.point[name]) : "\u2014")]);
  lines.push(table(["leg", ...varied], rows));
  return `${lines.join("\n")}
`;
}

// build/shared/report/drift-chart.js
var CHARTED_COLUMNS = 3;
var STATUS_ORDER = { "kind changed": 0, compared: 1, "insufficient data": 2, "missing in current": 3 };
function severity(column) {
  if (column.status === "kind changed")
    return Infinity;
  if (column.status !== "compared" || column.threshold === null || column.statistic === null)
    return -Infinity;
  if (column.p_adjusted !== null)
    return column.threshold / Math.max(column.p_adjusted, Number.MIN_VALUE);
  return column.statistic / column.threshold;
}
function bySeverity(columns) {
  const keyed = columns.map((column, index) => ({ column, index, severity: severity(column) }));
  keyed.sort((a, b) => Number(b.column.drifted) - Number(a.column.drifted) || STATUS_ORDER[a.column.status] - STATUS_ORDER[b.column.status] || b.severity - a.severity || a.index - b.index);
  return keyed.map(({ column }) => column);
}
function distributionCharts(sorted) {
  return sorted.filter((column) => column.drifted && column.distribution).slice(0, CHARTED_COLUMNS).map((column) => distributionChart(column.column, column.distribution));
}
function distributionChart(name, distribution) {
  const groups = distribution.kind === "bins" ? binLabels(distribution.edges) : distribution.categories.map(inertLabel);
  const reference = [...distribution.reference];
  const current = [...distribution.current];
  if (distribution.kind === "categories" && (distribution.rest.reference > 0 || distribution.rest.current > 0)) {
    groups.push("other");
    reference.push(distribution.rest.reference);
    current.push(distribution.rest.current);
  }
  const top = Math.max(...reference, ...current);
  return groupedBarChart({
    title: `${inertLabel(name)}: share of values, reference (R) and current (C)`,
    groups,
    series: [
      { tag: "R", values: reference },
      { tag: "C", values: current }
    ],
    yAxis: { title: "share", min: 0, max: top > 0 ? Math.min(1, Number((top * 1.1).toPrecision(2))) : 1 }
  });
}
function binLabels(edges) {
  return edges.slice(0, -1).map((edge, i) => `${formatStat(edge)}\u2013${formatStat(edges[i + 1])}`);
}
function inertLabel(text) {
  return text.replace(/@/g, "@\u200B").replace(/#/g, "#\u200B").replace(/:\/\//g, ":\u200B//").replace(/\b(www)\./gi, "$1\u200B.").replace(/\bGH-/gi, (match) => `${match}\u200B`);
}

// build/shared/report/drift.js
var SUMMARY_COLUMNS2 = 1e3;
var SUMMARY_FINDINGS2 = 500;
var ISSUE_FINDINGS = 30;
var ISSUE_NOTE_ROOM = 400;
var CELL_TEXT = 60;
function renderDriftSummary(report, context = {}) {
  const sorted = bySeverity(report.columns);
  const parts = [heading(report, sorted, context.title), columnTable(sorted.slice(0, SUMMARY_COLUMNS2)), moreColumns(sorted.length, SUMMARY_COLUMNS2), ...distributionCharts(sorted), findingList(report.findings, SUMMARY_FINDINGS2), footer2(context.runUrl)];
  return capSummary(`${parts.filter(Boolean).join("\n\n")}
`);
}
function renderDriftIssueBody(report, context) {
  const sorted = bySeverity(report.columns);
  const head = heading(report, sorted, context.title);
  const tail = [...distributionCharts(sorted), findingList(report.findings, ISSUE_FINDINGS), footer2(context.runUrl)].filter(Boolean).join("\n\n");
  const room = COMMENT_BUDGET - context.marker.length - head.length - tail.length - ISSUE_NOTE_ROOM;
  const rows = rowsThatFit(sorted, room);
  const body = [head, columnTable(sorted.slice(0, rows)), moreColumns(sorted.length, rows), tail].filter(Boolean).join("\n\n");
  return stickyBody(context.marker, `${body}
`).text;
}
function heading(report, sorted, title2 = "Data drift") {
  const counts = `${formatCount(report.driftedColumns.length)} of ${formatCount(report.comparedColumns)} compared columns drifted (${percent(report.driftShare)}; drift-share ${percent(report.driftShareThreshold)})`;
  const line = report.verdict === "drifted" ? `## \u{1F534} ${mdText(title2)}: drifted \xB7 ${counts}` : report.verdict === "not drifted" ? `## \u{1F7E2} ${mdText(title2)}: no drift \xB7 ${counts}` : `## \u26AA ${mdText(title2)}: insufficient data \xB7 ${insufficientReason(report)}`;
  const names = sorted.filter((column) => column.drifted).map((column) => mdText(column.column, CELL_TEXT));
  const drifted = names.length > 0 ? `

Drifted: ${names.slice(0, 10).join(", ")}${names.length > 10 ? ` and ${formatCount(names.length - 10)} more` : ""}` : "";
  return `${line}

${sources(report)}${drifted}`;
}
function insufficientReason(report) {
  if (report.current.rows < report.minSamples)
    return `the current data has ${formatCount(report.current.rows)} rows, fewer than min-samples (${formatCount(report.minSamples)})`;
  return `no column has min-samples (${formatCount(report.minSamples)}) current values to compare`;
}
function sources(report) {
  const { reference } = report;
  const used = reference.kind === "profile" ? `the training profile of ${formatCount(reference.rows)} rows (category counts for categories; numeric tests on its seeded sample of ${formatCount(reference.sampleRows ?? 0)} rows)` : `data of ${formatCount(reference.rows)} rows`;
  const correction = report.correction === "none" ? "no multiple-test correction" : report.correction === "fdr" ? "p-values corrected by Benjamini\u2013Hochberg (fdr)" : "p-values corrected by Bonferroni";
  const sampled = reference.kind === "profile" ? 0 : report.columns.filter((column) => column.sampled).length;
  const budget = sampled > 0 ? ` \xB7 ${formatCount(sampled)} numeric ${sampled === 1 ? "column" : "columns"} tested on a seeded uniform sample of ${sampled === 1 ? "its" : "their"} values` : "";
  return `Reference: ${used} \xB7 current: ${formatCount(report.current.rows)} rows \xB7 ${correction} \xB7 min-samples ${formatCount(report.minSamples)}${budget}`;
}
var HEADERS = ["Column", "Kind", "Test", "Statistic", "p-value", "Threshold", "Drifted", "Reference", "Current"];
function columnTable(columns) {
  if (columns.length === 0)
    return void 0;
  return table(HEADERS, columns.map(columnRow), ["left", "left", "left", "right", "right", "right", "left", "left", "left"]);
}
function columnRow(column) {
  const pValue = column.p_value === null ? "" : column.p_adjusted !== null && column.p_adjusted !== column.p_value ? `${formatP(column.p_value)} (adjusted ${formatP(column.p_adjusted)})` : formatP(column.p_value);
  return [
    md(mdText(column.column, CELL_TEXT)),
    column.kind ?? "",
    column.test ?? "",
    column.statistic === null ? "" : formatStat(column.statistic),
    pValue,
    column.threshold === null ? "" : formatStat(column.threshold),
    verdictCell2(column),
    sideCell(column.reference),
    column.current ? sideCell(column.current) : ""
  ];
}
function verdictCell2(column) {
  if (column.status === "compared")
    return column.drifted ? "\u{1F534} yes" : "no";
  return column.status === "kind changed" ? "\u{1F534} kind changed" : column.status;
}
function sideCell(side) {
  const parts = [`${formatCount(side.count)} ${side.stored === "number" ? "numbers" : "values"}`];
  if (side.missing > 0)
    parts.push(`${formatCount(side.missing)} missing`);
  if (side.top && side.top.length > 0)
    parts.push(`top ${mdText(side.top[0].value, 40)}`);
  else if (side.mean !== void 0 && side.mean !== null)
    parts.push(`mean ${formatStat(side.mean)}`);
  return md(parts.join(" \xB7 "));
}
function moreColumns(total, shown) {
  return total > shown ? `${formatCount(total - shown)} more columns are left out here; the JSON report has every column.` : void 0;
}
function rowsThatFit(columns, room) {
  let used = table(HEADERS, []).length;
  for (let i = 0; i < columns.length; i++) {
    used += `| ${columnRow(columns[i]).map(cell).join(" | ")} |
`.length;
    if (used > room)
      return Math.max(1, i);
  }
  return columns.length;
}
function findingList(findings, limit) {
  if (findings.length === 0)
    return void 0;
  const items = findings.slice(0, limit).map((finding) => `- ${findingText(finding)}`);
  if (findings.length > limit)
    items.push(`- and ${formatCount(findings.length - limit)} more in the JSON report`);
  return `### Findings

${items.join("\n")}`;
}
function findingText(finding) {
  const column = `**${mdText(finding.column, CELL_TEXT)}**`;
  switch (finding.type) {
    case "missing in current":
      return `${column}: not in the current data.`;
    case "kind changed":
      return `${column}: ${finding.reference === "number" ? "numbers" : "text"} in the reference, ${finding.current === "number" ? "numbers" : "text"} now; counted as drifted.`;
    case "null rate":
      return `${column}: missing values went from ${percent(finding.reference)} to ${percent(finding.current)} of rows (p = ${formatP(finding.pValue)}).`;
    case "unseen categories": {
      const listed2 = finding.categories.map((category) => mdText(category, CELL_TEXT)).join(", ");
      const more = finding.distinct > finding.categories.length ? ` and ${formatCount(finding.distinct - finding.categories.length)} more` : "";
      const pooled = finding.pooledInReference > 0 ? ` The profile pooled ${formatCount(finding.pooledInReference)} rarer categories, which may include some of them.` : "";
      return `${column}: ${formatCount(finding.distinct)} categories the reference does not list, in ${formatCount(finding.rows)} rows: ${listed2}${more}.${pooled}`;
    }
  }
}
function footer2(runUrl) {
  const url = runUrl && linkTarget(runUrl);
  return url ? `---
[workflow run](${url})` : void 0;
}
function percent(share) {
  return `${formatStat(Math.round(share * 1e3) / 10)}%`;
}
function formatP(p) {
  return p >= 1e-4 || p === 0 ? formatStat(p) : p.toExponential(2);
}

export {
  mdText,
  mdLine,
  mdCode,
  md,
  table,
  formatCount,
  formatStat,
  linkTarget,
  link,
  validationSummary,
  renderGateReport,
  renderTrainSummary,
  registrySummary,
  renderModelCard,
  capSummary,
  stickyBody,
  renderDriftSummary,
  renderDriftIssueBody,
  renderSweepSummary
};
