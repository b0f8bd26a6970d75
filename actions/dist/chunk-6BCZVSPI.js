import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  COLUMN_CHECKS_BY_KEY,
  DATASET_CHECKS_BY_KEY,
  DECODE_COST,
  SchemaError,
  codePoints,
  compareFindings,
  compileDateFormat,
  mergeRanges,
  nonFiniteBound,
  validatePart,
  validateRange
} from "./chunk-VNMPPSXI.js";
import {
  startWorkerThread,
  threadBudget,
  workerEntry
} from "./chunk-CSFXRO25.js";
import {
  validationSummary
} from "./chunk-IDWAGSTK.js";
import {
  parseYamlDocument,
  require_dist
} from "./chunk-25AFY3WQ.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  namedPaths,
  removeTemporary,
  writeOutputFile
} from "./chunk-WNJNPQLO.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  CsvParser,
  DEFAULT_MISSING_VALUES,
  MissingTokens,
  QuotedDataError,
  lineBreakOf,
  resolveDataFiles
} from "./chunk-M7OJWBEB.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/validate/schema/load.js
var import_yaml = __toESM(require_dist(), 1);

// build/shared/validate/schema/shape-validator.js
var shape_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlops-actions/mlops-actions/schemas/data-schema.json", "title": "mlops-actions data schema", "type": "object", "required": ["columns"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Format version." }, "missing-values": { "type": "array", "items": { "type": "string" }, "description": "Cell values read as missing, in addition to empty cells. Replaces the default list." }, "columns": { "type": "object", "description": "Expected columns by name. A listed column missing from the data is an error.", "additionalProperties": { "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "enum": ["number", "integer", "boolean", "string", "category", "datetime"], "description": "Value type of the column." }, "description": { "type": "string" }, "format": { "type": "string", "description": 'strftime-style format of a datetime column, e.g. "%Y-%m-%d %H:%M:%S". Default: ISO 8601.' }, "severity": { "type": "object", "description": "Overrides the severity of checks by key, e.g. {mean: error}.", "propertyNames": { "enum": ["type", "nullable", "max-missing", "min", "max", "allowed", "unique", "pattern", "length", "mean", "std", "cardinality"] }, "additionalProperties": { "enum": ["error", "warning"] } }, "nullable": { "description": "Whether the column may have missing values (default true).", "type": "boolean" }, "max-missing": { "description": "Largest tolerated share of missing values, from 0 to 1.", "type": "number", "minimum": 0, "maximum": 1 }, "min": { "description": "Smallest allowed value (a date for datetime columns).", "type": ["number", "string"] }, "max": { "description": "Largest allowed value (a date for datetime columns).", "type": ["number", "string"] }, "allowed": { "description": "The set of allowed values: a list, or {values, max-unseen-share} to tolerate a share of values outside the list (reported once, with the most frequent unseen values).", "oneOf": [{ "type": "array", "items": { "type": ["string", "number", "boolean"] }, "minItems": 1 }, { "type": "object", "additionalProperties": false, "required": ["values"], "properties": { "values": { "type": "array", "items": { "type": ["string", "number", "boolean"] }, "minItems": 1 }, "max-unseen-share": { "type": "number", "minimum": 0, "maximum": 1 } } }] }, "unique": { "description": "Every non-missing value appears once. Memory stays bounded: hashes spill to temporary files.", "type": "boolean" }, "pattern": { "description": "A regular expression (JavaScript syntax) that every value must match in full.", "type": "string", "minLength": 1 }, "length": { "description": "Bounds on the string length in characters: {min, max}.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 } } }, "mean": { "description": "Bounds on the column mean: {min, max}.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number" }, "max": { "type": "number" } } }, "std": { "description": "Bounds on the sample standard deviation (ddof = 1, as pandas): {min, max}.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number" }, "max": { "type": "number" } } }, "cardinality": { "description": "Bounds on the number of distinct values.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number" }, "max": { "type": "number" } } } } } }, "severity": { "type": "object", "description": "Overrides the severity of checks by key, e.g. {mean: error}.", "propertyNames": { "enum": ["columns", "strict", "ordered", "rows", "duplicate-rows", "unique", "label-balance"] }, "additionalProperties": { "enum": ["error", "warning"] } }, "strict": { "description": "When true, columns that the schema does not list are errors.", "type": "boolean" }, "ordered": { "description": "When true, the data's columns must appear in the schema's order.", "type": "boolean" }, "rows": { "description": "Bounds on the number of data rows across all files: {min, max}.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 } } }, "duplicate-rows": { "description": "Largest tolerated share of rows that repeat an earlier row exactly: {max-share}. Memory stays bounded.", "type": "object", "additionalProperties": false, "required": ["max-share"], "properties": { "max-share": { "type": "number", "minimum": 0, "maximum": 1 } } }, "unique": { "description": "Compound keys: each entry is a list of columns whose combined values must not repeat, e.g. [[store, date]].", "type": "array", "items": { "type": "array", "items": { "type": "string" }, "minItems": 1, "uniqueItems": true } }, "label-balance": { "description": "Class balance of a label column: {column, min-class-share (smallest class share, 0-1), max-class-ratio (largest class count over smallest)}.", "type": "object", "additionalProperties": false, "required": ["column"], "minProperties": 2, "properties": { "column": { "type": "string" }, "min-class-share": { "type": "number", "minimum": 0, "maximum": 1 }, "max-class-ratio": { "type": "number", "minimum": 1 } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func4 = codePoints;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.columns === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["missing-values"] !== void 0) {
      let data2 = data["missing-values"];
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/missing-values/" + i0, schemaPath: "#/properties/missing-values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/missing-values", schemaPath: "#/properties/missing-values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data4 = data.columns;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.type === void 0) {
              const err6 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key2 in data5) {
              if (!func2.call(schema11.properties.columns.additionalProperties.properties, key2)) {
                const err7 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data5.type !== void 0) {
              let data6 = data5.type;
              if (!(data6 === "number" || data6 === "integer" || data6 === "boolean" || data6 === "string" || data6 === "category" || data6 === "datetime")) {
                const err8 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/columns/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.columns.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data5.description !== void 0) {
              if (typeof data5.description !== "string") {
                const err9 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/columns/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.format !== void 0) {
              if (typeof data5.format !== "string") {
                const err10 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/columns/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data5.severity !== void 0) {
              let data9 = data5.severity;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key3 in data9) {
                  const _errs22 = errors;
                  if (!(key3 === "type" || key3 === "nullable" || key3 === "max-missing" || key3 === "min" || key3 === "max" || key3 === "allowed" || key3 === "unique" || key3 === "pattern" || key3 === "length" || key3 === "mean" || key3 === "std" || key3 === "cardinality")) {
                    const err11 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/columns/additionalProperties/properties/severity/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.columns.additionalProperties.properties.severity.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key3 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                  var valid5 = _errs22 === errors;
                  if (!valid5) {
                    const err12 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/columns/additionalProperties/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                for (const key4 in data9) {
                  let data10 = data9[key4];
                  if (!(data10 === "error" || data10 === "warning")) {
                    const err13 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.columns.additionalProperties.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/properties/columns/additionalProperties/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.nullable !== void 0) {
              if (typeof data5.nullable !== "boolean") {
                const err15 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/nullable", schemaPath: "#/properties/columns/additionalProperties/properties/nullable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5["max-missing"] !== void 0) {
              let data12 = data5["max-missing"];
              if (typeof data12 == "number") {
                if (data12 > 1 || isNaN(data12)) {
                  const err16 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max-missing", schemaPath: "#/properties/columns/additionalProperties/properties/max-missing/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data12 < 0 || isNaN(data12)) {
                  const err17 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max-missing", schemaPath: "#/properties/columns/additionalProperties/properties/max-missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max-missing", schemaPath: "#/properties/columns/additionalProperties/properties/max-missing/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.min !== void 0) {
              let data13 = data5.min;
              if (!(typeof data13 == "number") && typeof data13 !== "string") {
                const err19 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/columns/additionalProperties/properties/min/type", keyword: "type", params: { type: schema11.properties.columns.additionalProperties.properties.min.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5.max !== void 0) {
              let data14 = data5.max;
              if (!(typeof data14 == "number") && typeof data14 !== "string") {
                const err20 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/columns/additionalProperties/properties/max/type", keyword: "type", params: { type: schema11.properties.columns.additionalProperties.properties.max.type }, message: "must be number,string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data5.allowed !== void 0) {
              let data15 = data5.allowed;
              const _errs34 = errors;
              let valid7 = false;
              let passing0 = null;
              const _errs35 = errors;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  const err21 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                const len1 = data15.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data16 = data15[i1];
                  if (typeof data16 !== "string" && !(typeof data16 == "number") && typeof data16 !== "boolean") {
                    const err22 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i1, schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/0/items/type", keyword: "type", params: { type: schema11.properties.columns.additionalProperties.properties.allowed.oneOf[0].items.type }, message: "must be string,number,boolean" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              var _valid0 = _errs35 === errors;
              if (_valid0) {
                valid7 = true;
                passing0 = 0;
              }
              const _errs39 = errors;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.values === void 0) {
                  const err24 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key5 in data15) {
                  if (!(key5 === "values" || key5 === "max-unseen-share")) {
                    const err25 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data15.values !== void 0) {
                  let data17 = data15.values;
                  if (Array.isArray(data17)) {
                    if (data17.length < 1) {
                      const err26 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    const len2 = data17.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data18 = data17[i2];
                      if (typeof data18 !== "string" && !(typeof data18 == "number") && typeof data18 !== "boolean") {
                        const err27 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/values/" + i2, schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/values/items/type", keyword: "type", params: { type: schema11.properties.columns.additionalProperties.properties.allowed.oneOf[1].properties.values.items.type }, message: "must be string,number,boolean" };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/values", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data15["max-unseen-share"] !== void 0) {
                  let data19 = data15["max-unseen-share"];
                  if (typeof data19 == "number") {
                    if (data19 > 1 || isNaN(data19)) {
                      const err29 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/max-unseen-share", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/max-unseen-share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (data19 < 0 || isNaN(data19)) {
                      const err30 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/max-unseen-share", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/max-unseen-share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/max-unseen-share", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/properties/max-unseen-share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid0 = _errs39 === errors;
              if (_valid0 && valid7) {
                valid7 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid7 = true;
                  passing0 = 1;
                }
              }
              if (!valid7) {
                const err33 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/columns/additionalProperties/properties/allowed/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              } else {
                errors = _errs34;
                if (vErrors !== null) {
                  if (_errs34) {
                    vErrors.length = _errs34;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data5.unique !== void 0) {
              if (typeof data5.unique !== "boolean") {
                const err34 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/columns/additionalProperties/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data5.pattern !== void 0) {
              let data21 = data5.pattern;
              if (typeof data21 === "string") {
                if (func4(data21) < 1) {
                  const err35 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/pattern", schemaPath: "#/properties/columns/additionalProperties/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/pattern", schemaPath: "#/properties/columns/additionalProperties/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data5.length !== void 0) {
              let data22 = data5.length;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (Object.keys(data22).length < 1) {
                  const err37 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length", schemaPath: "#/properties/columns/additionalProperties/properties/length/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                for (const key6 in data22) {
                  if (!(key6 === "min" || key6 === "max")) {
                    const err38 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length", schemaPath: "#/properties/columns/additionalProperties/properties/length/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data22.min !== void 0) {
                  let data23 = data22.min;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                    const err39 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length/min", schemaPath: "#/properties/columns/additionalProperties/properties/length/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number") {
                    if (data23 < 0 || isNaN(data23)) {
                      const err40 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length/min", schemaPath: "#/properties/columns/additionalProperties/properties/length/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                }
                if (data22.max !== void 0) {
                  let data24 = data22.max;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                    const err41 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length/max", schemaPath: "#/properties/columns/additionalProperties/properties/length/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number") {
                    if (data24 < 0 || isNaN(data24)) {
                      const err42 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length/max", schemaPath: "#/properties/columns/additionalProperties/properties/length/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/length", schemaPath: "#/properties/columns/additionalProperties/properties/length/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data5.mean !== void 0) {
              let data25 = data5.mean;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (Object.keys(data25).length < 1) {
                  const err44 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/properties/columns/additionalProperties/properties/mean/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                for (const key7 in data25) {
                  if (!(key7 === "min" || key7 === "max")) {
                    const err45 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/properties/columns/additionalProperties/properties/mean/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data25.min !== void 0) {
                  if (!(typeof data25.min == "number")) {
                    const err46 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/min", schemaPath: "#/properties/columns/additionalProperties/properties/mean/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data25.max !== void 0) {
                  if (!(typeof data25.max == "number")) {
                    const err47 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean/max", schemaPath: "#/properties/columns/additionalProperties/properties/mean/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/mean", schemaPath: "#/properties/columns/additionalProperties/properties/mean/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data5.std !== void 0) {
              let data28 = data5.std;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                if (Object.keys(data28).length < 1) {
                  const err49 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/std", schemaPath: "#/properties/columns/additionalProperties/properties/std/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                for (const key8 in data28) {
                  if (!(key8 === "min" || key8 === "max")) {
                    const err50 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/std", schemaPath: "#/properties/columns/additionalProperties/properties/std/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data28.min !== void 0) {
                  if (!(typeof data28.min == "number")) {
                    const err51 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/min", schemaPath: "#/properties/columns/additionalProperties/properties/std/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data28.max !== void 0) {
                  if (!(typeof data28.max == "number")) {
                    const err52 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/std/max", schemaPath: "#/properties/columns/additionalProperties/properties/std/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/std", schemaPath: "#/properties/columns/additionalProperties/properties/std/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data5.cardinality !== void 0) {
              let data31 = data5.cardinality;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (Object.keys(data31).length < 1) {
                  const err54 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cardinality", schemaPath: "#/properties/columns/additionalProperties/properties/cardinality/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                for (const key9 in data31) {
                  if (!(key9 === "min" || key9 === "max")) {
                    const err55 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cardinality", schemaPath: "#/properties/columns/additionalProperties/properties/cardinality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data31.min !== void 0) {
                  if (!(typeof data31.min == "number")) {
                    const err56 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cardinality/min", schemaPath: "#/properties/columns/additionalProperties/properties/cardinality/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data31.max !== void 0) {
                  if (!(typeof data31.max == "number")) {
                    const err57 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cardinality/max", schemaPath: "#/properties/columns/additionalProperties/properties/cardinality/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cardinality", schemaPath: "#/properties/columns/additionalProperties/properties/cardinality/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data34 = data.severity;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key10 in data34) {
          const _errs82 = errors;
          if (!(key10 === "columns" || key10 === "strict" || key10 === "ordered" || key10 === "rows" || key10 === "duplicate-rows" || key10 === "unique" || key10 === "label-balance")) {
            const err61 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key10 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var valid17 = _errs82 === errors;
          if (!valid17) {
            const err62 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key10 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        for (const key11 in data34) {
          let data35 = data34[key11];
          if (!(data35 === "error" || data35 === "warning")) {
            const err63 = { instancePath: instancePath + "/severity/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.strict !== void 0) {
      if (typeof data.strict !== "boolean") {
        const err65 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.ordered !== void 0) {
      if (typeof data.ordered !== "boolean") {
        const err66 = { instancePath: instancePath + "/ordered", schemaPath: "#/properties/ordered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data38 = data.rows;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        if (Object.keys(data38).length < 1) {
          const err67 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        for (const key12 in data38) {
          if (!(key12 === "min" || key12 === "max")) {
            const err68 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data38.min !== void 0) {
          let data39 = data38.min;
          if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
            const err69 = { instancePath: instancePath + "/rows/min", schemaPath: "#/properties/rows/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data39 == "number") {
            if (data39 < 0 || isNaN(data39)) {
              const err70 = { instancePath: instancePath + "/rows/min", schemaPath: "#/properties/rows/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        }
        if (data38.max !== void 0) {
          let data40 = data38.max;
          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
            const err71 = { instancePath: instancePath + "/rows/max", schemaPath: "#/properties/rows/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (typeof data40 == "number") {
            if (data40 < 0 || isNaN(data40)) {
              const err72 = { instancePath: instancePath + "/rows/max", schemaPath: "#/properties/rows/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data["duplicate-rows"] !== void 0) {
      let data41 = data["duplicate-rows"];
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        if (data41["max-share"] === void 0) {
          const err74 = { instancePath: instancePath + "/duplicate-rows", schemaPath: "#/properties/duplicate-rows/required", keyword: "required", params: { missingProperty: "max-share" }, message: "must have required property 'max-share'" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        for (const key13 in data41) {
          if (!(key13 === "max-share")) {
            const err75 = { instancePath: instancePath + "/duplicate-rows", schemaPath: "#/properties/duplicate-rows/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data41["max-share"] !== void 0) {
          let data42 = data41["max-share"];
          if (typeof data42 == "number") {
            if (data42 > 1 || isNaN(data42)) {
              const err76 = { instancePath: instancePath + "/duplicate-rows/max-share", schemaPath: "#/properties/duplicate-rows/properties/max-share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data42 < 0 || isNaN(data42)) {
              const err77 = { instancePath: instancePath + "/duplicate-rows/max-share", schemaPath: "#/properties/duplicate-rows/properties/max-share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/duplicate-rows/max-share", schemaPath: "#/properties/duplicate-rows/properties/max-share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/duplicate-rows", schemaPath: "#/properties/duplicate-rows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.unique !== void 0) {
      let data43 = data.unique;
      if (Array.isArray(data43)) {
        const len3 = data43.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data44 = data43[i3];
          if (Array.isArray(data44)) {
            if (data44.length < 1) {
              const err80 = { instancePath: instancePath + "/unique/" + i3, schemaPath: "#/properties/unique/items/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            const len4 = data44.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data44[i4] !== "string") {
                const err81 = { instancePath: instancePath + "/unique/" + i3 + "/" + i4, schemaPath: "#/properties/unique/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            let i5 = data44.length;
            let j0;
            if (i5 > 1) {
              const indices0 = {};
              for (; i5--; ) {
                let item0 = data44[i5];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err82 = { instancePath: instancePath + "/unique/" + i3, schemaPath: "#/properties/unique/items/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i5;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/unique/" + i3, schemaPath: "#/properties/unique/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/unique", schemaPath: "#/properties/unique/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data["label-balance"] !== void 0) {
      let data46 = data["label-balance"];
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        if (Object.keys(data46).length < 2) {
          const err85 = { instancePath: instancePath + "/label-balance", schemaPath: "#/properties/label-balance/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data46.column === void 0) {
          const err86 = { instancePath: instancePath + "/label-balance", schemaPath: "#/properties/label-balance/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        for (const key14 in data46) {
          if (!(key14 === "column" || key14 === "min-class-share" || key14 === "max-class-ratio")) {
            const err87 = { instancePath: instancePath + "/label-balance", schemaPath: "#/properties/label-balance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data46.column !== void 0) {
          if (typeof data46.column !== "string") {
            const err88 = { instancePath: instancePath + "/label-balance/column", schemaPath: "#/properties/label-balance/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data46["min-class-share"] !== void 0) {
          let data48 = data46["min-class-share"];
          if (typeof data48 == "number") {
            if (data48 > 1 || isNaN(data48)) {
              const err89 = { instancePath: instancePath + "/label-balance/min-class-share", schemaPath: "#/properties/label-balance/properties/min-class-share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data48 < 0 || isNaN(data48)) {
              const err90 = { instancePath: instancePath + "/label-balance/min-class-share", schemaPath: "#/properties/label-balance/properties/min-class-share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/label-balance/min-class-share", schemaPath: "#/properties/label-balance/properties/min-class-share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data46["max-class-ratio"] !== void 0) {
          let data49 = data46["max-class-ratio"];
          if (typeof data49 == "number") {
            if (data49 < 1 || isNaN(data49)) {
              const err92 = { instancePath: instancePath + "/label-balance/max-class-ratio", schemaPath: "#/properties/label-balance/properties/max-class-ratio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = { instancePath: instancePath + "/label-balance/max-class-ratio", schemaPath: "#/properties/label-balance/properties/max-class-ratio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/label-balance", schemaPath: "#/properties/label-balance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// build/shared/validate/schema/load.js
function validate(value) {
  const ok = shape_validator_default(value);
  return { ok, errors: shape_validator_default.errors ?? [] };
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
    return { schema, source, columns: compileColumns(schema), datasetChecks: compileDatasetChecks(schema) };
  } catch (error) {
    if (error instanceof SchemaError)
      throw new UserError(`${source}${locate(error.path)}: ${error.message}.`);
    throw error;
  }
}
function compileColumns(schema) {
  return Object.entries(schema.columns).map(([name, column]) => {
    if (column.format !== void 0) {
      if (column.type !== "datetime")
        throw new SchemaError(`columns.${name}.format`, `only datetime columns take a format (this column is ${column.type})`);
      try {
        compileDateFormat(column.format);
      } catch (error) {
        throw new SchemaError(`columns.${name}.format`, error.message);
      }
    }
    const checks = [];
    for (const [key, config] of Object.entries(column)) {
      const check = COLUMN_CHECKS_BY_KEY.get(key);
      if (!check)
        continue;
      const path = `columns.${name}.${key}`;
      if (check.types && !check.types.includes(column.type)) {
        throw new SchemaError(path, `'${key}' does not apply to ${column.type} columns (it applies to ${check.types.join(", ")})`);
      }
      const settings = check.settings ? check.settings(config, { name, type: column.type, column, path }) : config;
      checks.push({ key, path, severity: column.severity?.[key] ?? check.defaultSeverity, settings });
    }
    return { name, checks };
  });
}
function compileDatasetChecks(schema) {
  const checks = [];
  for (const [key, config] of Object.entries(schema)) {
    const check = DATASET_CHECKS_BY_KEY.get(key);
    if (!check)
      continue;
    const settings = check.settings ? check.settings(config, { schema, path: key }) : config;
    checks.push({ key, path: key, severity: schema.severity?.[key] ?? check.defaultSeverity, settings });
  }
  return checks;
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
    const shares = rangeShares(count);
    for (let i = 1, before = 0; i < count; i++) {
      before += shares[i - 1];
      const from = Math.max(Math.floor(size * before), cuts[cuts.length - 1]);
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
function rangeShares(count) {
  const weights = Array.from({ length: count }, (_, index) => index === count - 1 ? 1 : index === 0 ? 0.92 : 0.96);
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => weight / sum);
}
async function validateRanges(options, ranges, scratch, progress) {
  const file = options.files[0];
  const own = ranges[ranges.length - 1];
  const workers = ranges.slice(0, -1).map((range, index) => startWorker({ task: "range", options: { ...options, range }, hashFile: index === 0 }, scratch));
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0);
  let done = 0;
  const counted = (task, range) => task.then((state) => (progress?.update(done += range.end - range.start, total, "bytes"), state));
  const tasks = [...workers.map((worker, i) => counted(worker.result, ranges[i])), counted(validateRange({ ...options, range: own }), own)];
  let states;
  try {
    states = await Promise.all(tasks);
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()));
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
  const merged = mergeRanges(options, states, [{ path: file.path, format: file.format, sha256: "" }], "");
  merged.catch(() => void 0);
  try {
    const [result, sha256] = await Promise.all([merged, workers[0].sha256]);
    return { ...result, files: [{ path: file.path, format: file.format, sha256 }], dataHash: sha256 };
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()));
    await merged.catch(() => void 0);
    throw error;
  }
}
function planParts({ schema, columns, datasetChecks }, threads) {
  const units = [];
  const label = datasetChecks.find((check) => check.key === "label-balance")?.settings?.column;
  for (const { name, checks } of columns) {
    const cost = checks.reduce((sum, check) => sum + COLUMN_CHECKS_BY_KEY.get(check.key).cost, 0);
    const unit = { cost: DECODE_COST[schema.columns[name].type] + cost, columns: [name], datasetChecks: [] };
    if (name === label)
      unit.datasetChecks.push("label-balance");
    units.push(unit);
  }
  for (const { key } of datasetChecks) {
    const { cost } = DATASET_CHECKS_BY_KEY.get(key);
    if (cost > 0 && key !== "label-balance")
      units.push({ cost, columns: [], datasetChecks: [key] });
  }
  const parts = Array.from({ length: threads }, (_, index) => ({ cost: index === 0 ? 1 : 0, columns: [], datasetChecks: [] }));
  for (const unit of units.sort((a, b) => b.cost - a.cost)) {
    const target = parts.reduce((best, part) => part.cost < best.cost ? part : best);
    target.cost += unit.cost;
    target.columns.push(...unit.columns);
    target.datasetChecks.push(...unit.datasetChecks);
  }
  const assigned = new Set(parts.flatMap((part) => part.datasetChecks));
  parts[0].datasetChecks.push(...datasetChecks.map((check) => check.key).filter((key) => !assigned.has(key)));
  return parts.filter((part, index) => index === 0 || part.columns.length + part.datasetChecks.length > 0).map((part, index) => ({ columns: part.columns, datasetChecks: part.datasetChecks, primary: index === 0 }));
}
function startWorker(task, scratch) {
  const data = { scratch, ...task };
  const worker = startWorkerThread("validate", data);
  let settleResult;
  let settleHash;
  const result = new Promise((resolve, reject) => settleResult = { resolve, reject });
  const sha256 = new Promise((resolve, reject) => settleHash = { resolve, reject });
  result.catch(() => void 0);
  sha256.catch(() => void 0);
  const fail = (error) => {
    settleResult.reject(error);
    settleHash.reject(error);
  };
  worker.on("message", (message) => {
    if (message.quoted)
      fail(new QuotedDataError());
    else if (message.error?.user)
      fail(new UserError(message.error.message));
    else if (message.error)
      fail(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
    else if (message.sha256 !== void 0)
      settleHash.resolve(message.sha256);
    else
      settleResult.resolve(message.result);
  });
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`validation worker exited with code ${code}`)));
  return { result, sha256, stop: () => worker.terminate() };
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
  FAIL_ON,
  validateCommand,
  failingFindings
};
