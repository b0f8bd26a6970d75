import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

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

export {
  checkModelName,
  checkAlias,
  parseModelUri,
  modelUri
};
