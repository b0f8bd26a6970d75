import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  DistinctCounter,
  DuplicateCounter,
  NumberDistinctCounter,
  RunningMoments,
  TEXT_CUT,
  boundedKey,
  cutText,
  shownKey
} from "./chunk-ICX2WXTI.js";
import {
  createTemporaryDir,
  removeTemporary
} from "./chunk-WNJNPQLO.js";
import {
  TextPool,
  assertHasRows,
  readDataset
} from "./chunk-M7OJWBEB.js";
import {
  SEED_A,
  SEED_B,
  combineHashes,
  hashNumber,
  hashString,
  isNonFiniteNumber,
  parseSlow
} from "./chunk-M552ZNKD.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/validate/schema/errors.js
var SchemaError = class extends UserError {
  path;
  reason;
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
  }
};

// build/shared/data/datetime.js
var ISO_DATE_FORMAT = "%Y-%m-%d";
var ISO_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S";
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
var DIRECTIVES = {
  Y: [0, 4, 4],
  m: [1, 1, 2],
  d: [2, 1, 2],
  H: [3, 1, 2],
  M: [4, 2, 2],
  S: [5, 2, 2],
  f: [6, 1, 9],
  z: [7, 1, 6]
};
var parts = new Float64Array(8);
var scratch = new Uint8Array(256);
function compileDateFormat(format) {
  const steps = [];
  for (let i = 0; i < format.length; i++) {
    const code = format.charCodeAt(i);
    if (code > 127)
      throw new Error("a date format must be ASCII");
    if (format[i] !== "%") {
      steps.push({ field: 8, min: 0, max: 0, literal: code });
      continue;
    }
    const directive = format[++i];
    if (directive === "%") {
      steps.push({ field: 8, min: 0, max: 0, literal: 37 });
      continue;
    }
    const known = directive === void 0 ? void 0 : DIRECTIVES[directive];
    if (!known)
      throw new Error(`unknown directive '%${directive ?? ""}' (known: %Y %m %d %H %M %S %f %z %%)`);
    steps.push({ field: known[0], min: known[1], max: known[2], literal: 0 });
  }
  const has = (field) => steps.some((step) => step.field === field);
  if (!has(
    0
    /* Field.Year */
  ) || !has(
    1
    /* Field.Month */
  ) || !has(
    2
    /* Field.Day */
  ))
    throw new Error("a date format needs %Y, %m and %d");
  const layout = fixedLayout(steps);
  const parse = (b, start, end) => {
    if (layout && end - start === layout.length) {
      const epoch = layout.parse(b, start);
      if (!Number.isNaN(epoch))
        return epoch;
    }
    return parseSteps(steps, b, start, end);
  };
  const last = new Uint8Array(32);
  let lastLength = -1;
  let lastEpoch = NaN;
  const bytes = (b, start, end) => {
    const length2 = end - start;
    if (length2 === lastLength) {
      let i = length2 - 1;
      while (i >= 0 && b[start + i] === last[i])
        i--;
      if (i < 0)
        return lastEpoch;
    }
    const epoch = parse(b, start, end);
    if (length2 <= last.length) {
      for (let i = 0; i < length2; i++)
        last[i] = b[start + i];
      lastLength = length2;
      lastEpoch = epoch;
    }
    return epoch;
  };
  return { bytes, text: (text) => toScratch(text) ? bytes(scratch, 0, text.length) : NaN };
}
function fixedLayout(steps) {
  const offsets = [-1, -1, -1, -1, -1, -1];
  const literalAt = [];
  const literalCode = [];
  let pos = 0;
  for (const step of steps) {
    if (step.field === 8) {
      literalAt.push(pos);
      literalCode.push(step.literal);
      pos++;
    } else if (step.field <= 5) {
      offsets[step.field] = pos;
      pos += step.field === 0 ? 4 : 2;
    } else {
      return void 0;
    }
  }
  const [year, month, day, hour, minute, second] = offsets;
  const literals = literalAt.length;
  if (steps.map((step) => step.field === 8 ? String.fromCharCode(step.literal) : step.field).join("") === `${0}-${1}-${2} ${3}:${4}:${5}`) {
    return { length: pos, parse: parseIsoSpaceSeconds };
  }
  const parse = (b, s) => {
    for (let i = 0; i < literals; i++)
      if (b[s + literalAt[i]] !== literalCode[i])
        return NaN;
    return toEpoch(twoDigits(b, s + year) * 100 + twoDigits(b, s + year + 2), month < 0 ? 1 : twoDigits(b, s + month), day < 0 ? 1 : twoDigits(b, s + day), hour < 0 ? 0 : twoDigits(b, s + hour), minute < 0 ? 0 : twoDigits(b, s + minute), second < 0 ? 0 : twoDigits(b, s + second), 0);
  };
  return { length: pos, parse };
}
function parseIsoSpaceSeconds(b, s) {
  if (b[s + 4] !== 45 || b[s + 7] !== 45 || b[s + 10] !== 32 || b[s + 13] !== 58 || b[s + 16] !== 58)
    return NaN;
  return toEpoch(twoDigits(b, s) * 100 + twoDigits(b, s + 2), twoDigits(b, s + 5), twoDigits(b, s + 8), twoDigits(b, s + 11), twoDigits(b, s + 14), twoDigits(b, s + 17), 0);
}
function twoDigits(b, at) {
  const hi = b[at] - 48;
  const lo = b[at + 1] - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : NaN;
}
function toScratch(text) {
  if (text.length > scratch.length)
    return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127)
      return false;
    scratch[i] = code;
  }
  return true;
}
function parseSteps(steps, b, start, end) {
  parts.fill(0);
  parts[
    1
    /* Field.Month */
  ] = 1;
  parts[
    2
    /* Field.Day */
  ] = 1;
  let offsetMinutes = 0;
  let pos = start;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if (step.field === 8) {
      if (pos >= end || b[pos] !== step.literal)
        return NaN;
      pos++;
      continue;
    }
    if (step.field === 7) {
      const parsed = parseOffset(b, pos, end);
      if (parsed === void 0)
        return NaN;
      offsetMinutes = parsed.minutes;
      pos = parsed.next;
      continue;
    }
    let value = 0;
    let digits = 0;
    while (digits < step.max && pos < end) {
      const d = b[pos] - 48;
      if (d < 0 || d > 9)
        break;
      value = value * 10 + d;
      digits++;
      pos++;
    }
    if (digits < step.min)
      return NaN;
    parts[step.field] = step.field === 6 ? Math.floor(value / 10 ** digits * 1e3) : value;
  }
  if (pos !== end)
    return NaN;
  return toEpoch(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]) - offsetMinutes * 6e4;
}
function parseOffset(b, pos, end) {
  if (pos < end && b[pos] === 90)
    return { minutes: 0, next: pos + 1 };
  const sign = b[pos] === 45 ? -1 : b[pos] === 43 ? 1 : 0;
  if (sign === 0)
    return void 0;
  const digit = (i) => i < end && b[i] >= 48 && b[i] <= 57 ? b[i] - 48 : -1;
  let p = pos + 1;
  const h1 = digit(p++);
  const h2 = digit(p++);
  if (h1 < 0 || h2 < 0)
    return void 0;
  if (b[p] === 58)
    p++;
  const m1 = digit(p++);
  const m2 = digit(p++);
  if (m1 < 0 || m2 < 0)
    return void 0;
  return { minutes: sign * ((h1 * 10 + h2) * 60 + m1 * 10 + m2), next: p };
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeap(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var lastDateKey = -1;
var lastDays = 0;
function toEpoch(year, month, day, hour, minute, second, millis) {
  if (Number.isNaN(year + month + day + hour + minute + second))
    return NaN;
  if (hour > 23 || minute > 59 || second > 60)
    return NaN;
  const key = year * 1e4 + month * 100 + day;
  if (key !== lastDateKey) {
    if (month < 1 || month > 12 || day < 1)
      return NaN;
    if (day > DAYS_IN_MONTH[month - 1] && !(month === 2 && day === 29 && isLeap(year)))
      return NaN;
    lastDays = daysFromCivil(year, month, day);
    lastDateKey = key;
  }
  return lastDays * 864e5 + hour * 36e5 + minute * 6e4 + Math.min(second, 59) * 1e3 + millis;
}
var isoDateParser = {
  text(text) {
    const match = ISO.exec(text);
    if (!match)
      return NaN;
    const [, year, month, day, hour, minute, second, fraction, offset] = match;
    const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1e3) : 0;
    const epoch = toEpoch(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), millis);
    if (!offset || offset === "Z")
      return epoch;
    const sign = offset[0] === "-" ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    return epoch - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 6e4;
  },
  bytes(b, start, end) {
    const epoch = commonIsoBytes(b, start, end);
    return Number.isNaN(epoch) ? this.text(Buffer.from(b.buffer, b.byteOffset + start, end - start).toString("latin1")) : epoch;
  }
};
function commonIsoBytes(b, start, end) {
  if (end - start < 10 || b[start + 4] !== 45 || b[start + 7] !== 45)
    return NaN;
  const year = twoDigits(b, start) * 100 + twoDigits(b, start + 2);
  const month = twoDigits(b, start + 5);
  const day = twoDigits(b, start + 8);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let pos = start + 10;
  if (pos < end && (b[pos] === 84 || b[pos] === 32)) {
    if (end - pos < 6 || b[pos + 3] !== 58)
      return NaN;
    hour = twoDigits(b, pos + 1);
    minute = twoDigits(b, pos + 4);
    pos += 6;
    if (pos < end && b[pos] === 58) {
      if (end - pos < 3)
        return NaN;
      second = twoDigits(b, pos + 1);
      pos += 3;
    }
  }
  if (pos < end && b[pos] === 90)
    pos++;
  return pos === end ? toEpoch(year, month, day, hour, minute, second, 0) : NaN;
}
function parseIsoDate(text) {
  return isoDateParser.text(text);
}
function dateParser(format) {
  return format ? compileDateFormat(format) : isoDateParser;
}
function formatEpoch(epoch) {
  const iso = new Date(epoch).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

// build/shared/validate/checks/shared.js
var boundsSchema = (description) => ({
  type: "object",
  description,
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: "number" }, max: { type: "number" } }
});
var countBoundsSchema = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: "integer", minimum: 0 }, max: { type: "integer", minimum: 0 } }
};
function firstOccurrence(example, fileName) {
  return example.firstFile === example.file ? `line ${example.firstLine}` : `${fileName(example.firstFile)}:${example.firstLine}`;
}
function assertOrderedBounds(bounds, path) {
  for (const key of ["min", "max"]) {
    const bound = bounds[key];
    if (bound !== void 0 && !Number.isFinite(bound))
      throw new SchemaError(`${path}.${key}`, nonFiniteBound(bound));
  }
  if (bounds.min !== void 0 && bounds.max !== void 0 && bounds.min > bounds.max) {
    throw new SchemaError(path, `min (${bounds.min}) is greater than max (${bounds.max})`);
  }
}
function outsideBounds(value, bounds, show = formatNumber) {
  if (bounds.min !== void 0 && value < bounds.min)
    return `${show(value)} is below the minimum ${show(bounds.min)}`;
  if (bounds.max !== void 0 && value > bounds.max)
    return `${show(value)} is above the maximum ${show(bounds.max)}`;
  return void 0;
}
function formatNumber(value) {
  if (!Number.isFinite(value))
    return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
function formatValue(value, type) {
  if (type === "datetime" && typeof value === "number")
    return formatEpoch(value);
  if (type === "boolean" && typeof value === "number")
    return value === 1 ? "true" : "false";
  if (typeof value === "number")
    return formatNumber(value);
  return `'${cutText(shownKey(value))}'`;
}
function boundValue(raw, type, path) {
  if (type === "datetime") {
    const epoch = typeof raw === "string" ? parseIsoDate(raw) : NaN;
    if (Number.isNaN(epoch))
      throw new SchemaError(path, `expected an ISO 8601 date such as 2024-01-31 for a datetime column, got ${JSON.stringify(raw)}`);
    return epoch;
  }
  if (typeof raw !== "number")
    throw new SchemaError(path, `expected a number, got ${JSON.stringify(raw)}`);
  if (!Number.isFinite(raw))
    throw new SchemaError(path, nonFiniteBound(raw));
  return raw;
}
function nonFiniteBound(bound) {
  const spelled = Number.isNaN(bound) ? ".nan" : bound > 0 ? ".inf" : "-.inf";
  return `expected a finite number, got ${spelled} (leave a bound out for no limit)`;
}
function codePoints(text) {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 55296 && code <= 56319)
      count--;
  }
  return count;
}
function percent(share) {
  return `${Number((share * 100).toPrecision(3))}%`;
}

// build/shared/validate/checks/allowed.js
var valueList = { type: "array", items: { type: ["string", "number", "boolean"] }, minItems: 1 };
var UNSEEN_TRACKED = 1e3;
var allowed = {
  key: "allowed",
  description: "The set of allowed values: a list, or {values, max-unseen-share} to tolerate a share of values outside the list (reported once, with the most frequent unseen values).",
  schema: {
    oneOf: [
      valueList,
      {
        type: "object",
        additionalProperties: false,
        required: ["values"],
        properties: { values: valueList, "max-unseen-share": { type: "number", minimum: 0, maximum: 1 } }
      }
    ]
  },
  defaultSeverity: "error",
  cost: 1,
  types: ["string", "category", "integer", "number", "boolean"],
  settings(config, context) {
    const values = Array.isArray(config) ? config : config.values;
    const tolerance = Array.isArray(config) ? 0 : config["max-unseen-share"] ?? 0;
    const numeric = context.type !== "string" && context.type !== "category";
    return {
      values: values.map((value, index) => {
        if (!numeric)
          return String(value);
        const number = typeof value === "boolean" ? Number(value) : typeof value === "number" ? value : parseSlow(value);
        if (Number.isNaN(number) && !(typeof value === "string" && isNonFiniteNumber(value))) {
          throw new SchemaError(`${context.path}[${index}]`, `expected ${context.type === "integer" ? "an" : "a"} ${context.type} value, got ${JSON.stringify(value)}`);
        }
        if (!Number.isFinite(number))
          throw new SchemaError(`${context.path}[${index}]`, `${JSON.stringify(value)} is not a finite number`);
        return number;
      }),
      tolerance
    };
  },
  create({ values, tolerance }, context, sink) {
    const domain = new Set(values);
    const shown = [...domain].slice(0, 10).map((value) => formatValue(value, context.type)).join(", ") + (domain.size > 10 ? ", ..." : "");
    const unseen = /* @__PURE__ */ new Map();
    let unseenTotal = 0;
    return {
      value(value, at) {
        if (domain.has(value))
          return;
        unseenTotal++;
        if (tolerance === 0) {
          sink.report(() => `${formatValue(value, context.type)} is not an allowed value (allowed: ${shown})`, at);
          return;
        }
        const key = typeof value === "string" && value.length > TEXT_CUT ? boundedKey(value) : value;
        const seen = unseen.get(key);
        if (seen)
          seen.count++;
        else if (unseen.size < UNSEEN_TRACKED)
          unseen.set(key, { count: 1, at: { ...at } });
      },
      snapshot: () => ({ unseenTotal, unseen: [...unseen.entries()] }),
      absorb(snapshots, relocate) {
        ;
        snapshots.forEach((part, index) => {
          unseenTotal += part.unseenTotal;
          for (const [value, entry] of part.unseen) {
            const seen = unseen.get(value);
            if (seen)
              seen.count += entry.count;
            else if (unseen.size < UNSEEN_TRACKED)
              unseen.set(value, { count: entry.count, at: { file: entry.at.file, line: relocate(index, entry.at.line) } });
          }
        });
      },
      finish(profile) {
        if (tolerance === 0 || profile.count === 0)
          return;
        const share = unseenTotal / profile.count;
        if (share <= tolerance)
          return;
        const top = [...unseen.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 5);
        const listed = top.map(([value, { count }]) => `${formatValue(value, context.type)} (${count})`).join(", ");
        sink.report(`${percent(share)} of values are outside the allowed set (${unseenTotal} of ${profile.count}); at most ${percent(tolerance)} tolerated. Most frequent: ${listed}`, top[0]?.[1].at);
      }
    };
  }
};

// build/shared/validate/checks/cardinality.js
var cardinality = {
  key: "cardinality",
  description: "Bounds on the number of distinct values: {min, max}. Exact up to 10,000 distinct values, then a HyperLogLog estimate.",
  schema: boundsSchema("Bounds on the number of distinct values."),
  defaultSeverity: "warning",
  cost: 0,
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path);
    return bounds;
  },
  create(bounds, _context, sink) {
    return {
      finish(profile) {
        const outside = outsideBounds(profile.distinct.distinct, bounds);
        if (outside)
          sink.report(`${profile.distinct.exact ? "" : "estimated "}distinct count ${outside}`);
      }
    };
  }
};

// build/shared/validate/checks/columns.js
var strict = {
  key: "strict",
  description: "When true, columns that the schema does not list are errors.",
  schema: { type: "boolean" },
  defaultSeverity: "error",
  cost: 0,
  settings: (enabled, context) => enabled ? Object.keys(context.schema.columns) : null,
  create(columns, _context, sink) {
    if (!columns)
      return {};
    const known = new Set(columns);
    return {
      header(columns2, file) {
        for (const name of columns2) {
          if (!known.has(name))
            sink.report(`column ${formatValue(name, "string")} is not in the schema (the schema is strict)`, { file, line: 1 });
        }
      }
    };
  }
};
var ordered = {
  key: "ordered",
  description: "When true, the data's columns must appear in the schema's order.",
  schema: { type: "boolean" },
  defaultSeverity: "error",
  cost: 0,
  settings: (enabled, context) => enabled ? Object.keys(context.schema.columns) : null,
  create(expected, _context, sink) {
    if (!expected)
      return {};
    return {
      header(columns, file) {
        const present = columns.filter((name) => expected.includes(name));
        const order = expected.filter((name) => present.includes(name));
        const mismatch = present.findIndex((name, index) => name !== order[index]);
        if (mismatch >= 0) {
          sink.report(`column ${formatValue(present[mismatch], "string")} is out of order: expected '${order[mismatch]}' at that place (order: ${order.join(", ")})`, { file, line: 1 });
        }
      }
    };
  }
};

// build/shared/validate/checks/duplicate-rows.js
var EXAMPLES = 10;
var duplicateRows = {
  key: "duplicate-rows",
  description: "Largest tolerated share of rows that repeat an earlier row exactly: {max-share}. Memory stays bounded.",
  schema: {
    type: "object",
    additionalProperties: false,
    required: ["max-share"],
    properties: { "max-share": { type: "number", minimum: 0, maximum: 1 } }
  },
  defaultSeverity: "error",
  cost: 3,
  create(config, context, sink) {
    const counter = new DuplicateCounter(context.tempDir);
    const pair = new Uint32Array(2);
    return {
      row(row, _columnIndex, at) {
        row.hashRecord(pair);
        counter.add(pair[0], pair[1], at.file, at.line);
      },
      snapshot: () => counter.export(),
      absorb: (snapshots, relocate) => counter.absorb(snapshots, relocate),
      async finish(summary) {
        const result = await counter.finish(EXAMPLES);
        const share = summary.rows === 0 ? 0 : result.duplicates / summary.rows;
        if (share <= config["max-share"])
          return;
        sink.report(`${percent(share)} of rows are duplicates (${result.duplicates} of ${summary.rows}); at most ${percent(config["max-share"])} allowed`);
        for (const example of result.examples.sort((a, b) => a.file - b.file || a.line - b.line)) {
          const where = firstOccurrence(example, context.fileName);
          sink.report(`row repeats ${where}`, example);
        }
      }
    };
  }
};

// build/shared/validate/checks/label-balance.js
var labelBalance = {
  key: "label-balance",
  description: "Class balance of a label column: {column, min-class-share (smallest class share, 0-1), max-class-ratio (largest class count over smallest)}.",
  schema: {
    type: "object",
    additionalProperties: false,
    required: ["column"],
    minProperties: 2,
    properties: {
      column: { type: "string" },
      "min-class-share": { type: "number", minimum: 0, maximum: 1 },
      "max-class-ratio": { type: "number", minimum: 1 }
    }
  },
  defaultSeverity: "error",
  cost: 1,
  settings(config, context) {
    if (!(config.column in context.schema.columns)) {
      throw new SchemaError(`${context.path}.column`, `column '${config.column}' is not defined under columns`);
    }
    return config;
  },
  create(config, _context, sink) {
    return {
      finish(summary) {
        const profile = summary.profiles.get(config.column);
        if (!profile || profile.count === 0)
          return;
        if (!profile.distinct.exact) {
          sink.report(`column '${config.column}' has more than 10,000 distinct values; it does not look like a label`);
          return;
        }
        const classes = profile.distinct.entries().sort((a, b) => a[1] - b[1]);
        const [smallest, smallestCount] = classes[0];
        const largestCount = classes[classes.length - 1][1];
        const share = smallestCount / profile.count;
        const minShare = config["min-class-share"];
        if (minShare !== void 0 && share < minShare) {
          sink.report(`class ${formatValue(String(smallest), "string")} of '${config.column}' has ${percent(share)} of labelled rows (${smallestCount}); at least ${percent(minShare)} required`);
        }
        const maxRatio = config["max-class-ratio"];
        const ratio = largestCount / smallestCount;
        if (maxRatio !== void 0 && ratio > maxRatio) {
          sink.report(`largest to smallest class ratio of '${config.column}' is ${formatNumber(ratio)}; at most ${formatNumber(maxRatio)} allowed`);
        }
      }
    };
  }
};

// build/shared/validate/checks/length.js
var length = {
  key: "length",
  description: "Bounds on the string length in characters: {min, max}.",
  schema: countBoundsSchema,
  defaultSeverity: "error",
  cost: 1,
  types: ["string", "category"],
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path);
    return bounds;
  },
  create(bounds, _context, sink) {
    return {
      passes: { min: bounds.min ?? 0, max: bounds.max ?? Infinity },
      value(value, at) {
        const size = codePoints(value);
        if (bounds.min !== void 0 && size < bounds.min)
          sink.report(() => `length ${size} is below the minimum ${bounds.min}`, at);
        else if (bounds.max !== void 0 && size > bounds.max)
          sink.report(() => `length ${size} is above the maximum ${bounds.max}`, at);
      }
    };
  }
};

// build/shared/validate/checks/max-missing.js
var maxMissing = {
  key: "max-missing",
  description: "Largest tolerated share of missing values, from 0 to 1.",
  schema: { type: "number", minimum: 0, maximum: 1 },
  defaultSeverity: "error",
  cost: 0,
  create(limit, _context, sink) {
    return {
      finish(profile) {
        const rows2 = profile.missing + profile.count + profile.invalid;
        const share = profile.missingShare(rows2);
        if (share > limit)
          sink.report(`${percent(share)} of values are missing (${profile.missing} of ${rows2}); at most ${percent(limit)} allowed`);
      }
    };
  }
};

// build/shared/validate/checks/moments.js
function momentCheck(key, description) {
  return {
    key,
    description,
    schema: boundsSchema(description),
    // Sample statistics move with every new batch of data, so they warn unless told otherwise.
    defaultSeverity: "warning",
    cost: 0,
    types: ["number", "integer"],
    settings(bounds, context) {
      assertOrderedBounds(bounds, context.path);
      return bounds;
    },
    create(bounds, _context, sink) {
      return {
        finish(profile) {
          const { count } = profile.moments;
          const value = key === "mean" ? profile.moments.mean : profile.moments.std;
          if (count > 0 && Number.isFinite(value)) {
            const outside = outsideBounds(value, bounds);
            if (outside)
              sink.report(`${key} ${outside}`);
            return;
          }
          if (profile.count + profile.missing + profile.invalid === 0)
            return;
          sink.report(`${key} could not be computed: ${whyNotComputed(key, count)}`);
        }
      };
    }
  };
}
var mean = momentCheck("mean", "Bounds on the column mean: {min, max}.");
var std = momentCheck("std", "Bounds on the sample standard deviation (ddof = 1, as pandas): {min, max}.");
function whyNotComputed(key, count) {
  if (count === 0)
    return "the column has no valid values";
  if (key === "std" && count === 1)
    return "it needs at least 2 valid values, and the column has 1";
  return "the values overflow floating point";
}

// build/shared/validate/checks/nullable.js
var nullable = {
  key: "nullable",
  description: "Whether the column may have missing values (default true).",
  schema: { type: "boolean" },
  defaultSeverity: "error",
  cost: 1,
  create(allowed2, _context, sink) {
    if (allowed2)
      return {};
    return { missing: (at) => sink.report("missing value in a column that is not nullable", at) };
  }
};

// build/shared/validate/checks/pattern.js
var pattern = {
  key: "pattern",
  description: "A regular expression (JavaScript syntax) that every value must match in full.",
  schema: { type: "string", minLength: 1 },
  defaultSeverity: "error",
  cost: 2,
  types: ["string", "category"],
  settings(source, context) {
    try {
      new RegExp(source, "u");
      fullMatch(source);
    } catch (error) {
      const reason = error.message.replace(/^Invalid regular expression: \/.*\/u?: /, "");
      throw new SchemaError(context.path, `invalid regular expression /${source}/: ${reason}`);
    }
    return source;
  },
  // A RegExp does not cross threads: each run compiles the source its settings checked.
  create(source, _context, sink) {
    const regex = fullMatch(source);
    return {
      value(value, at) {
        if (!regex.test(value))
          sink.report(() => `${formatValue(value, "string")} does not match the pattern /${source}/`, at);
      }
    };
  }
};
function fullMatch(source) {
  return new RegExp(`^(?:${source})$`, "u");
}

// build/shared/validate/checks/range.js
var RANGE_TYPES = ["number", "integer", "datetime"];
function rangeCheck(key) {
  const below = key === "min";
  return {
    key,
    description: `${below ? "Smallest" : "Largest"} allowed value (a date for datetime columns).`,
    schema: { type: ["number", "string"] },
    defaultSeverity: "error",
    cost: 1,
    types: RANGE_TYPES,
    settings(raw, context) {
      const bound = boundValue(raw, context.type, context.path);
      const other = context.column.min;
      if (!below && other !== void 0) {
        const low = boundValue(other, context.type, context.path.replace(/max$/, "min"));
        if (low > bound)
          throw new SchemaError(context.path, `min (${formatValue(low, context.type)}) is greater than max (${formatValue(bound, context.type)})`);
      }
      return bound;
    },
    create(bound, context, sink) {
      const shown = formatValue(bound, context.type);
      return {
        passes: below ? { min: bound, max: Infinity } : { min: -Infinity, max: bound },
        value(value, at) {
          const v = value;
          if (below ? v < bound : v > bound) {
            sink.report(() => `${formatValue(v, context.type)} is ${below ? "below the minimum" : "above the maximum"} ${shown}`, at);
          }
        }
      };
    }
  };
}
var min = rangeCheck("min");
var max = rangeCheck("max");

// build/shared/validate/checks/rows.js
var rows = {
  key: "rows",
  description: "Bounds on the number of data rows across all files: {min, max}.",
  schema: countBoundsSchema,
  defaultSeverity: "error",
  cost: 0,
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path);
    return bounds;
  },
  create(bounds, _context, sink) {
    return {
      finish(summary) {
        const outside = outsideBounds(summary.rows, bounds);
        if (outside)
          sink.report(`row count ${outside}`);
      }
    };
  }
};

// build/shared/validate/checks/unique.js
var EXAMPLES2 = 100;
var unique = {
  key: "unique",
  description: "Every non-missing value appears once. Memory stays bounded: hashes spill to temporary files.",
  schema: { type: "boolean" },
  defaultSeverity: "error",
  cost: 4,
  create(required, context, sink) {
    if (!required)
      return {};
    const counter = new DuplicateCounter(context.tempDir);
    return {
      value(value, at) {
        if (typeof value === "number")
          counter.add(hashNumber(value, SEED_A), hashNumber(value, SEED_B), at.file, at.line);
        else
          counter.add(hashString(value, SEED_A), hashString(value, SEED_B), at.file, at.line);
      },
      snapshot: () => counter.export(),
      absorb: (snapshots, relocate) => counter.absorb(snapshots, relocate),
      async finish() {
        const summary = await counter.finish(EXAMPLES2);
        for (const example of summary.examples) {
          const where = firstOccurrence(example, context.fileName);
          sink.report(`duplicate value: the same value is at ${where}`, example);
        }
        for (let i = summary.examples.length; i < summary.duplicates; i++)
          sink.report("duplicate value");
      }
    };
  }
};

// build/shared/validate/checks/unique-keys.js
var EXAMPLES3 = 100;
var uniqueKeys = {
  key: "unique",
  description: "Compound keys: each entry is a list of columns whose combined values must not repeat, e.g. [[store, date]].",
  schema: {
    type: "array",
    items: { type: "array", items: { type: "string" }, minItems: 1, uniqueItems: true }
  },
  defaultSeverity: "error",
  cost: 3,
  settings(keys, context) {
    keys.forEach((key, index) => {
      const unknown = key.find((name) => !(name in context.schema.columns));
      if (unknown)
        throw new SchemaError(`${context.path}[${index}]`, `column '${unknown}' is not defined under columns`);
    });
    return keys;
  },
  create(keys, context, sink) {
    const counters = keys.map(() => new DuplicateCounter(context.tempDir));
    return {
      row(row, columnIndex, at) {
        keys.forEach((key, k) => {
          let a = SEED_A;
          let b = SEED_B;
          for (const name of key) {
            const index = columnIndex(name);
            const missing = index < 0 || row.missing(index);
            a = combineHashes(a, missing ? 0 : row.hashCell(index, SEED_A));
            b = combineHashes(b, missing ? 0 : row.hashCell(index, SEED_B));
          }
          counters[k].add(a, b, at.file, at.line);
        });
      },
      snapshot: () => counters.map((counter) => counter.export()),
      absorb(snapshots, relocate) {
        counters.forEach((counter, k) => counter.absorb(snapshots.map((exports) => exports[k]), relocate));
      },
      async finish() {
        for (const [k, counter] of counters.entries()) {
          const result = await counter.finish(EXAMPLES3);
          const label = `(${keys[k].join(", ")})`;
          for (const example of result.examples) {
            const where = firstOccurrence(example, context.fileName);
            sink.report(`duplicate key ${label}: the same key is at ${where}`, example);
          }
          for (let i = result.examples.length; i < result.duplicates; i++)
            sink.report(`duplicate key ${label}`);
        }
      }
    };
  }
};

// build/shared/validate/checks/registry.js
var COLUMN_CHECKS = [nullable, maxMissing, min, max, allowed, unique, pattern, length, mean, std, cardinality];
var DATASET_CHECKS = [strict, ordered, rows, duplicateRows, uniqueKeys, labelBalance];
var COLUMN_CHECKS_BY_KEY = new Map(COLUMN_CHECKS.map((check) => [check.key, check]));
var DATASET_CHECKS_BY_KEY = new Map(DATASET_CHECKS.map((check) => [check.key, check]));

// build/shared/validate/profile.js
var ColumnProfile = class {
  name;
  type;
  moments;
  distinct;
  missing = 0;
  invalid = 0;
  minLength = Infinity;
  maxLength = -Infinity;
  constructor(name, type, moments = new RunningMoments(type !== "datetime"), distinct = isText(type) ? new DistinctCounter() : new NumberDistinctCounter()) {
    this.name = name;
    this.type = type;
    this.moments = moments;
    this.distinct = distinct;
  }
  /** Valid, non-missing values. */
  count = 0;
  addNumber(value) {
    this.count++;
    this.moments.add(value);
    this.distinct.add(value);
  }
  /** `hash` is hashString(value, 0), when the caller has it. */
  addText(value, hash) {
    this.count++;
    const distinct = this.distinct;
    if (value.length > TEXT_CUT)
      distinct.add(boundedKey(value));
    else if (hash === void 0)
      distinct.add(value);
    else
      distinct.addHashed(value, hash);
    const length2 = value.length;
    if (length2 < this.minLength)
      this.minLength = length2;
    if (length2 > this.maxLength)
      this.maxLength = length2;
  }
  state() {
    return {
      missing: this.missing,
      invalid: this.invalid,
      count: this.count,
      minLength: this.minLength,
      maxLength: this.maxLength,
      moments: this.moments.state(),
      distinct: this.distinct.state()
    };
  }
  /** Adds the statistics of another part of the rows. */
  merge(other) {
    this.missing += other.missing;
    this.invalid += other.invalid;
    this.count += other.count;
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this.moments.merge(other.moments);
    if (this.distinct instanceof NumberDistinctCounter)
      this.distinct.merge(other.distinct);
    else
      this.distinct.merge(other.distinct);
  }
  /** Share of missing values among all rows. */
  missingShare(rows2) {
    return rows2 === 0 ? 0 : this.missing / rows2;
  }
  toJSON() {
    const numeric = this.moments.count > 0;
    const json = {
      type: this.type,
      count: this.count,
      missing: this.missing,
      invalid: this.invalid,
      distinct: this.distinct.distinct,
      distinctExact: this.distinct.exact
    };
    if (numeric && this.type === "datetime") {
      json.min = formatEpoch(this.moments.min);
      json.max = formatEpoch(this.moments.max);
    } else if (numeric) {
      json.min = this.moments.min;
      json.max = this.moments.max;
      json.mean = this.moments.mean;
      json.std = this.moments.std;
    }
    if (this.maxLength >= 0) {
      json.minLength = this.minLength;
      json.maxLength = this.maxLength;
    }
    json.top = !this.distinct.exact ? [] : this.distinct.top(5).map(({ value, count }) => ({
      value: typeof value === "string" ? shownKey(value) : this.type === "datetime" ? formatEpoch(value) : value,
      count
    }));
    return json;
  }
};
function isText(type) {
  return type === "string" || type === "category";
}

// build/shared/validate/columns.js
var DECODE_COST = { number: 2, integer: 2, boolean: 1, datetime: 3, string: 2, category: 2 };
var KINDS = {
  number: 0,
  integer: 1,
  boolean: 2,
  datetime: 3,
  string: 4,
  category: 4
};
function decodeBoolean(row, index, pool) {
  const usual = USUAL_BOOLEANS.get(row.pooledText(index, pool));
  if (usual !== void 0)
    return usual;
  const value = row.number(index);
  if (value === 0 || value === 1)
    return value;
  const word = row.text(index).trim().toLowerCase();
  return TRUE_WORDS.has(word) ? 1 : FALSE_WORDS.has(word) ? 0 : void 0;
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "t", "yes", "y", "1"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "f", "no", "n", "0"]);
var USUAL_BOOLEANS = new Map([...["true", "True", "TRUE", "1"].map((word) => [word, 1]), ...["false", "False", "FALSE", "0"].map((word) => [word, 0])]);
var TypedColumn = class {
  name;
  schema;
  runs;
  typeSink;
  /** Position in the current file's header, or -1 when the file lacks the column. */
  index = -1;
  profile;
  parseDate;
  pool = new TextPool();
  kind;
  /** Value hooks that pass every value whose number or length is from passLow to passHigh (range and length checks). */
  rangeHooks;
  passLow;
  passHigh;
  /** The other value hooks, called for every value. */
  valueHooks;
  missingHooks;
  constructor(name, schema, runs, typeSink) {
    this.name = name;
    this.schema = schema;
    this.runs = runs;
    this.typeSink = typeSink;
    this.profile = new ColumnProfile(name, schema.type);
    this.kind = KINDS[schema.type];
    this.parseDate = schema.type === "datetime" ? dateParser(schema.format) : void 0;
    const withValue = runs.filter((run) => run.value);
    const ranged = withValue.filter((run) => run.passes);
    this.valueHooks = withValue.filter((run) => !run.passes).map((run) => run.value.bind(run));
    this.rangeHooks = ranged.map((run) => run.value.bind(run));
    this.passLow = Math.max(-Infinity, ...ranged.map((run) => run.passes.min));
    this.passHigh = Math.min(Infinity, ...ranged.map((run) => run.passes.max));
    this.missingHooks = runs.flatMap((run) => run.missing ? [run.missing.bind(run)] : []);
  }
  get type() {
    return this.schema.type;
  }
  consume(row, at) {
    const index = this.index;
    if (index < 0)
      return;
    if (row.missing(index)) {
      this.profile.missing++;
      const hooks = this.missingHooks;
      for (let i = 0; i < hooks.length; i++)
        hooks[i](at);
      return;
    }
    switch (this.kind) {
      case 4:
        return this.acceptText(row.pooledText(index, this.pool), at);
      case 0: {
        const value = row.number(index);
        return value - value === 0 ? this.acceptNumber(value, at) : this.reject(row, index, at);
      }
      case 1: {
        const value = row.number(index);
        return Number.isInteger(value) ? this.acceptNumber(value, at) : this.reject(row, index, at);
      }
      case 3: {
        const epoch = row.date(index, this.parseDate);
        return Number.isNaN(epoch) ? this.reject(row, index, at) : this.acceptNumber(epoch, at);
      }
      default: {
        const value = decodeBoolean(row, index, this.pool);
        return value === void 0 ? this.reject(row, index, at) : this.acceptNumber(value, at);
      }
    }
  }
  acceptNumber(value, at) {
    this.profile.addNumber(value);
    if (value < this.passLow || value > this.passHigh)
      this.callRangeHooks(value, at);
    const hooks = this.valueHooks;
    for (let i = 0; i < hooks.length; i++)
      hooks[i](value, at);
  }
  acceptText(value, at) {
    this.profile.addText(value, this.pool.hash);
    if (!this.pool.asciiText || value.length < this.passLow || value.length > this.passHigh)
      this.callRangeHooks(value, at);
    const hooks = this.valueHooks;
    for (let i = 0; i < hooks.length; i++)
      hooks[i](value, at);
  }
  callRangeHooks(value, at) {
    const hooks = this.rangeHooks;
    for (let i = 0; i < hooks.length; i++)
      hooks[i](value, at);
  }
  reject(row, index, at) {
    this.profile.invalid++;
    this.typeSink.report(() => this.describeInvalid(row.text(index)), at);
  }
  async finish() {
    for (const run of this.runs)
      await run.finish?.(this.profile);
  }
  describeInvalid(text) {
    const shown = formatValue(text, "string");
    if (this.schema.type === "datetime") {
      return this.schema.format ? `${shown} does not match the date format ${this.schema.format}` : `${shown} is not an ISO 8601 date-time`;
    }
    if ((this.schema.type === "number" || this.schema.type === "integer") && isNonFiniteNumber(text))
      return `${shown} is not a finite number`;
    const article = this.schema.type === "integer" ? "an" : "a";
    return `${shown} is not ${article} ${this.schema.type}`;
  }
};

// build/shared/validate/check-runs.js
var CheckRuns = class {
  columns = [];
  datasetRuns = [];
  /** The dataset checks that look at every row, bound once rather than probed per row. */
  rowHooks;
  /** Starts the checks of `compiled`, or of the columns and dataset checks of `part` alone. */
  constructor(compiled, part, host) {
    if (compiled)
      this.start(compiled, part, host);
    this.rowHooks = this.datasetRuns.flatMap((run) => run.row ? [run.row.bind(run)] : []);
  }
  start({ schema, columns, datasetChecks }, part, host) {
    const { collector, tempDir, fileName } = host;
    for (const { name, checks } of columns) {
      if (part && !part.columns.includes(name))
        continue;
      const column = schema.columns[name];
      const context = { name, type: column.type, tempDir, fileName };
      const runs = checks.map(({ key, severity, settings }) => COLUMN_CHECKS_BY_KEY.get(key).create(settings, context, collector.sink(key, severity, name)));
      this.columns.push(new TypedColumn(name, column, runs, collector.sink("type", column.severity?.type ?? "error", name)));
    }
    for (const { key, severity, settings } of datasetChecks) {
      if (part && !part.datasetChecks.includes(key))
        continue;
      this.datasetRuns.push(DATASET_CHECKS_BY_KEY.get(key).create(settings, { tempDir, fileName }, collector.sink(key, severity)));
    }
  }
  /** Runs the checks that need every row; returns each column's profile. */
  async finish(rows2) {
    const profiles = /* @__PURE__ */ new Map();
    for (const column of this.columns) {
      await column.finish();
      profiles.set(column.name, column.profile);
    }
    for (const run of this.datasetRuns)
      await run.finish?.({ rows: rows2, profiles });
    return profiles;
  }
  runs() {
    return [...this.columns.flatMap((column) => column.runs), ...this.datasetRuns];
  }
  snapshot() {
    return { profiles: this.columns.map((column) => column.profile.state()), checks: this.runs().map((run) => run.snapshot?.()) };
  }
  /** Takes over the states of the byte ranges, in file order. */
  absorb(states, relocate) {
    this.columns.forEach((column, index) => {
      for (const state of states)
        column.profile.merge(state.profiles[index]);
    });
    this.runs().forEach((run, index) => run.absorb?.(states.map((state) => state.checks[index]), relocate));
  }
};

// build/shared/validate/schema/infer.js
var CATEGORY_MAX_DISTINCT = 20;
var IDENTIFIER_MIN_VALUES = 100;
var BOOLEAN_WORDS = /* @__PURE__ */ new Set(["true", "false", "True", "False", "TRUE", "FALSE"]);
var DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
var DATE_SPACE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
var ColumnSniffer = class {
  name;
  index = -1;
  rows = 0;
  missing = 0;
  nonNumeric = 0;
  /** Cells such as inf or 1e400: invalid numbers, which do not make a number column text. */
  nonFinite = 0;
  nonIntegral = 0;
  nonBoolean = 0;
  nonDate = 0;
  notDateOnly = 0;
  notSpaceTime = 0;
  numbers = new RunningMoments();
  dates = new RunningMoments(false);
  texts = new DistinctCounter();
  /** Distinct parsed values, which is what `unique` compares for numbers and dates. */
  numberValues = new DistinctCounter();
  dateValues = new DistinctCounter();
  minLength = Infinity;
  maxLength = 0;
  /** Whether every number so far was greater than the one before it. */
  increasing = true;
  previous = -Infinity;
  constructor(name) {
    this.name = name;
  }
  consume(row) {
    if (this.index < 0)
      return;
    this.rows++;
    if (row.missing(this.index)) {
      this.missing++;
      return;
    }
    const text = row.text(this.index);
    this.texts.add(text.length > TEXT_CUT ? boundedKey(text) : text);
    const length2 = codePoints(text);
    if (length2 < this.minLength)
      this.minLength = length2;
    if (length2 > this.maxLength)
      this.maxLength = length2;
    const number = row.number(this.index);
    if (number - number !== 0) {
      if (isNonFiniteNumber(text))
        this.nonFinite++;
      else
        this.nonNumeric++;
    } else {
      this.numbers.add(number);
      this.numberValues.add(number);
      if (number <= this.previous)
        this.increasing = false;
      this.previous = number;
      if (!Number.isInteger(number))
        this.nonIntegral++;
    }
    if (!BOOLEAN_WORDS.has(text))
      this.nonBoolean++;
    if (this.nonDate === 0 || this.dates.count > 0)
      this.sniffDate(row, text);
  }
  sniffDate(row, text) {
    const epoch = row.date(this.index, isoDateParser);
    if (Number.isNaN(epoch)) {
      this.nonDate++;
      return;
    }
    this.dates.add(epoch);
    this.dateValues.add(epoch);
    if (!DATE_ONLY.test(text))
      this.notDateOnly++;
    if (!DATE_SPACE_TIME.test(text))
      this.notSpaceTime++;
  }
  get present() {
    return this.rows - this.missing;
  }
  inferType() {
    const present = this.present;
    if (present === 0)
      return "string";
    if (this.nonNumeric === 0 && this.numbers.count > 0)
      return this.nonIntegral === 0 ? "integer" : "number";
    if (this.nonBoolean === 0)
      return "boolean";
    if (this.nonDate === 0)
      return "datetime";
    const distinct = this.texts.distinct;
    const short = this.maxLength <= TEXT_CUT;
    return short && this.texts.exact && distinct <= CATEGORY_MAX_DISTINCT && distinct < present / 2 ? "category" : "string";
  }
  /** True when every present value differs, compared as the `unique` check compares them. */
  allDistinct(type) {
    const counter = type === "integer" ? this.numberValues : type === "datetime" ? this.dateValues : this.texts;
    return this.present > 1 && counter.exact && counter.distinct === this.present;
  }
  /**
   * An integer column whose values all increase row by row numbers the rows: the rest of the
   * file goes on past any range seen in a sample, so it gets `unique` and no range, mean or std.
   */
  isIdentifier(type) {
    return type === "integer" && this.increasing && this.numbers.count >= IDENTIFIER_MIN_VALUES;
  }
  dateFormat() {
    if (this.notDateOnly === 0)
      return ISO_DATE_FORMAT;
    if (this.notSpaceTime === 0)
      return ISO_DATETIME_FORMAT;
    return void 0;
  }
  /** A profile in the inferred type, for the report. */
  toProfile() {
    const type = this.inferType();
    const moments = type === "datetime" ? this.dates : type === "integer" || type === "number" ? this.numbers : void 0;
    const values = type === "datetime" ? this.dateValues : type === "integer" || type === "number" ? this.numberValues : this.texts;
    const profile = new ColumnProfile(this.name, type, moments, values);
    profile.missing = this.missing;
    profile.count = this.present;
    if (type === "integer" || type === "number") {
      profile.count = this.numbers.count;
      profile.invalid = this.present - this.numbers.count;
    }
    if (type === "string" || type === "category") {
      profile.minLength = this.minLength;
      profile.maxLength = this.maxLength;
    }
    return profile;
  }
};
function inferenceNotes(sniffers, rows2, files) {
  const notes = [`Inferred from ${rows2.toLocaleString("en-US")} row${rows2 === 1 ? "" : "s"} of ${files.join(", ")}.`];
  for (const sniffer of sniffers) {
    if (sniffer.isIdentifier(sniffer.inferType())) {
      notes.push(`'${sniffer.name}' increases on every row, so it is taken as an identifier: unique, with no range, mean or std.`);
    }
  }
  return notes;
}
function inferSchema(sniffers, duplicateShare, missingValues) {
  const columns = {};
  for (const sniffer of sniffers)
    columns[sniffer.name] = inferColumn(sniffer);
  const schema = { version: 1, "missing-values": [...missingValues], columns, strict: true, rows: { min: 1 } };
  if (duplicateShare !== void 0)
    schema["duplicate-rows"] = { "max-share": duplicateShare === 0 ? 0 : roundShareUp(Math.min(1, duplicateShare * 1.5 + 1e-3)) };
  return schema;
}
function inferColumn(sniffer) {
  const type = sniffer.inferType();
  const column = { type };
  const present = sniffer.present;
  if (sniffer.missing === 0)
    column.nullable = false;
  else
    column["max-missing"] = roundShareUp(Math.min(1, sniffer.missing / sniffer.rows * 1.5 + 0.01));
  if (present === 0)
    return column;
  if (sniffer.isIdentifier(type)) {
    column.unique = true;
    return column;
  }
  if (type === "integer" || type === "number") {
    const { min: min2, max: max2, mean: mean2, std: std2 } = sniffer.numbers;
    const margin = (max2 - min2) * 0.1;
    const low = min2 >= 0 && min2 - margin < 0 ? 0 : niceFloor(min2 - margin, type);
    const high = niceCeil(max2 + margin, type);
    column.min = low;
    column.max = high;
    if (present > 1 && std2 > 0) {
      column.mean = { min: roundDown(Math.max(low, mean2 - std2 / 2)), max: roundUp(Math.min(high, mean2 + std2 / 2)) };
      column.std = { min: roundDown(std2 / 2), max: roundUp(std2 * 2) };
    }
  } else if (type === "datetime") {
    const format = sniffer.dateFormat();
    if (format)
      column.format = format;
  } else if (type === "category") {
    column.allowed = sniffer.texts.top(Infinity).map(({ value }) => value).sort();
  } else if (type === "string") {
    column.length = { min: sniffer.minLength, max: Math.max(sniffer.maxLength * 2, sniffer.maxLength + 10) };
  }
  if ((type === "string" || type === "integer" || type === "datetime") && sniffer.allDistinct(type)) {
    column.unique = true;
  }
  return column;
}
function roundDown(value) {
  return -roundUp(-value);
}
function roundUp(value) {
  if (value === 0 || !Number.isFinite(value))
    return value;
  const nearest = Number(value.toPrecision(4));
  if (nearest >= value)
    return nearest;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
  return Number((Math.ceil(value / step) * step).toPrecision(12));
}
function roundShareUp(share) {
  return Math.min(1, Math.ceil(share * 1e3) / 1e3);
}
function niceFloor(value, type) {
  if (value === 0)
    return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const floored = Math.floor(value / step) * step;
  return type === "integer" ? Math.floor(floored) : Number(floored.toPrecision(12));
}
function niceCeil(value, type) {
  if (value === 0)
    return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  const ceiled = Math.ceil(value / step) * step;
  return type === "integer" ? Math.ceil(ceiled) : Number(ceiled.toPrecision(12));
}

// build/shared/validate/findings.js
var FINDINGS_KEPT_PER_CHECK = 100;
var CappedSink = class {
  collector;
  check;
  severity;
  column;
  total = 0;
  kept = [];
  constructor(collector, check, severity, column) {
    this.collector = collector;
    this.check = check;
    this.severity = severity;
    this.column = column;
  }
  report(message, at) {
    this.total++;
    if (this.kept.length >= FINDINGS_KEPT_PER_CHECK)
      return;
    const finding = { check: this.check, severity: this.severity, message: typeof message === "string" ? message : message() };
    if (at) {
      finding.file = this.collector.fileName(at.file);
      finding.line = at.line;
    }
    if (this.column !== void 0)
      finding.column = this.column;
    this.kept.push(finding);
  }
};
var FindingCollector = class {
  fileName;
  sinks = [];
  constructor(fileName) {
    this.fileName = fileName;
  }
  sink(check, severity, column) {
    const sink = new CappedSink(this, check, severity, column);
    this.sinks.push(sink);
    return sink;
  }
  states() {
    return this.sinks.map((sink) => ({ total: sink.total, kept: sink.kept }));
  }
  /** Adds the findings of the parts of the rows, given in row order, with their lines made global. */
  absorb(parts2, relocate) {
    this.sinks.forEach((sink, index) => {
      parts2.forEach((states, part) => {
        const state = states[index];
        sink.total += state.total;
        for (const finding of state.kept) {
          if (sink.kept.length >= FINDINGS_KEPT_PER_CHECK)
            break;
          sink.kept.push(finding.line === void 0 ? finding : { ...finding, line: relocate(part, finding.line) });
        }
      });
    });
  }
  count(severity) {
    return this.sinks.filter((sink) => sink.severity === severity).reduce((sum, sink) => sum + sink.total, 0);
  }
  /** Sorted; a capped check ends with a count of what was left out. */
  findings() {
    const all = [];
    for (const sink of this.sinks) {
      all.push(...sink.kept);
      const omitted = sink.total - sink.kept.length;
      if (omitted > 0) {
        all.push({
          check: sink.check,
          severity: sink.severity,
          ...sink.column !== void 0 ? { column: sink.column } : {},
          message: `${omitted.toLocaleString("en-US")} more ${sink.check} findings not listed (${sink.total.toLocaleString("en-US")} in all).`,
          omitted
        });
      }
    }
    return all.sort(compareFindings);
  }
};
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  const rank = (finding) => (finding.severity === "error" ? 0 : 2) + (finding.omitted ? 1 : 0);
  return rank(a) - rank(b) || byCodeUnits(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || byCodeUnits(a.check, b.check) || byCodeUnits(a.column ?? "", b.column ?? "") || byCodeUnits(a.message, b.message);
}

// build/shared/validate/engine.js
import { statSync } from "node:fs";
async function validatePart(options, progress) {
  const run = new ValidationRun(options, progress);
  try {
    return await run.execute();
  } finally {
    run.cleanup();
  }
}
async function validateRange(options, hash) {
  const run = new ValidationRun(options);
  try {
    const read = await run.read(hash);
    return run.snapshot(read.lineBreaks ?? 0);
  } catch (error) {
    run.cleanup();
    throw error;
  }
}
async function mergeRanges(options, states, files, dataHash) {
  const run = new ValidationRun(options);
  try {
    run.absorb(states);
    return await run.conclude(files, dataHash);
  } finally {
    run.cleanup();
    for (const state of states)
      if (state.tempRoot)
        removeTemporary(state.tempRoot);
  }
}
var ValidationRun = class {
  options;
  progress;
  collector;
  checks;
  sniffers = [];
  sniffersByName = /* @__PURE__ */ new Map();
  headerSink;
  shapeSink;
  fileNames = [];
  fileIndex = 0;
  header = [];
  headerPositions = /* @__PURE__ */ new Map();
  rows = 0;
  tempRoot = null;
  /** Measures the duplicate-row share when inferring a schema. */
  duplicateProbe = null;
  pair = new Uint32Array(2);
  constructor(options, progress) {
    this.options = options;
    this.progress = progress;
    this.collector = new FindingCollector((index) => this.fileNames[index] ?? "");
    const severities = options.schema?.schema.severity ?? {};
    this.headerSink = this.collector.sink("columns", severities.columns ?? "error");
    this.shapeSink = this.collector.sink("row-shape", "error");
    this.checks = new CheckRuns(options.schema, options.part, { collector: this.collector, tempDir: this.tempDir, fileName: this.fileName });
  }
  /** Spill files of the checks; removed by `cleanup`, or when the process exits or is killed. */
  tempDir = () => this.tempRoot ??= createTemporaryDir("mlops-validate-");
  cleanup() {
    if (this.tempRoot)
      removeTemporary(this.tempRoot);
  }
  get primary() {
    return this.options.part?.primary ?? true;
  }
  fileName = (index) => this.fileNames[index] ?? "";
  async execute() {
    const read = await this.read();
    return this.conclude(read.files, read.hash);
  }
  async read(rangeHash) {
    const { options } = this;
    if (options.infer)
      this.duplicateProbe = new DuplicateCounter(this.tempDir);
    const primary = this.primary;
    return readDataset(options.files, options.missingValues, {
      file: (index, file) => {
        this.fileIndex = index;
        this.fileNames[index] = file.path;
      },
      header: (columns) => this.onHeader(columns),
      row: (row, line) => this.onRow(row, line),
      ragged: (line, fields, expected) => {
        if (primary)
          this.shapeSink.report(() => `row has ${fields} fields; the header has ${expected}`, { file: this.fileIndex, line });
      },
      unknownKey: (line, key) => {
        if (primary)
          this.shapeSink.report(`key '${key}' is not in the first record, so it is not a column`, { file: this.fileIndex, line });
      }
    }, { hash: primary && !options.range, range: options.range, rangeHash, onRead: this.progressOnRead() });
  }
  progressOnRead() {
    const { progress, options } = this;
    if (!progress)
      return void 0;
    const total = options.range ? options.range.end - options.range.start : options.files.reduce((sum, file) => sum + statSync(file.path).size, 0);
    let done = 0;
    return (bytes) => progress.update(done += bytes, total, "bytes", { count: this.rows, unit: "rows" });
  }
  /** Runs the checks that need every row, then builds the result. */
  async conclude(files, dataHash) {
    const { options } = this;
    assertHasRows(this.rows, options.files);
    const profiles = await this.checks.finish(this.rows);
    const duplicates = this.duplicateProbe ? (await this.duplicateProbe.finish(0)).duplicates : 0;
    if (!options.schema)
      for (const sniffer of this.sniffers)
        profiles.set(sniffer.name, sniffer.toProfile());
    const profile = {};
    for (const [name, columnProfile] of profiles)
      profile[name] = columnProfile.toJSON();
    return {
      rows: this.rows,
      files,
      dataHash,
      errors: this.collector.count("error"),
      warnings: this.collector.count("warning"),
      findings: this.collector.findings(),
      profile,
      inferred: options.infer ? inferSchema(this.sniffers, duplicates / this.rows, options.missingValues) : void 0,
      inferenceNotes: options.infer ? inferenceNotes(this.sniffers, this.rows, options.files.map((file) => file.path)) : void 0
    };
  }
  /** Everything a run over one byte range learned, for the run that merges the ranges. */
  snapshot(lineBreaks) {
    return {
      rows: this.rows,
      lineBreaks,
      sinks: this.collector.states(),
      ...this.checks.snapshot(),
      tempRoot: this.tempRoot
    };
  }
  /** Takes over the ranges' states, in file order; lines become lines of the whole file. */
  absorb(states) {
    const offsets = [];
    let before = 0;
    for (const state of states) {
      offsets.push(before);
      before += state.lineBreaks;
    }
    const relocate = (part, line) => line + offsets[part];
    this.rows = states.reduce((sum, state) => sum + state.rows, 0);
    this.collector.absorb(states.map((state) => state.sinks), relocate);
    this.checks.absorb(states, relocate);
    this.fileNames = this.options.files.map((file) => file.path);
  }
  onHeader(columns) {
    const at = { file: this.fileIndex, line: 1 };
    const reportsHeader = !this.options.range?.header;
    if (this.primary && this.fileIndex > 0 && !this.options.schema && columns.join("\0") !== this.header.join("\0")) {
      this.headerSink.report(`columns differ from ${this.fileNames[0]}: [${columns.join(", ")}] vs [${this.header.join(", ")}]`, at);
    }
    this.header = columns;
    this.headerPositions = new Map(columns.map((name, index) => [name, index]));
    for (const column of this.checks.columns) {
      column.index = this.headerPositions.get(column.name) ?? -1;
      if (column.index < 0 && reportsHeader)
        this.headerSink.report(`column '${column.name}' is in the schema but not in the data`, at);
    }
    if (reportsHeader)
      for (const run of this.checks.datasetRuns)
        run.header?.(columns, this.fileIndex);
    if (this.options.infer) {
      for (const name of columns) {
        let sniffer = this.sniffersByName.get(name);
        if (!sniffer) {
          sniffer = new ColumnSniffer(name);
          this.sniffersByName.set(name, sniffer);
          this.sniffers.push(sniffer);
        }
      }
      for (const sniffer of this.sniffers)
        sniffer.index = this.headerPositions.get(sniffer.name) ?? -1;
    }
  }
  columnIndex = (name) => this.headerPositions.get(name) ?? -1;
  at = { file: 0, line: 0 };
  onRow(row, line) {
    this.rows++;
    const at = this.at;
    at.file = this.fileIndex;
    at.line = line;
    const columns = this.checks.columns;
    for (let i = 0; i < columns.length; i++)
      columns[i].consume(row, at);
    const hooks = this.checks.rowHooks;
    for (let i = 0; i < hooks.length; i++)
      hooks[i](row, this.columnIndex, at);
    if (this.duplicateProbe) {
      row.hashRecord(this.pair);
      this.duplicateProbe.add(this.pair[0], this.pair[1], at.file, at.line);
    }
    const sniffers = this.sniffers;
    for (let i = 0; i < sniffers.length; i++)
      sniffers[i].consume(row);
  }
};

export {
  SchemaError,
  compileDateFormat,
  nonFiniteBound,
  codePoints,
  COLUMN_CHECKS_BY_KEY,
  DATASET_CHECKS_BY_KEY,
  DECODE_COST,
  compareFindings,
  validatePart,
  validateRange,
  mergeRanges
};
