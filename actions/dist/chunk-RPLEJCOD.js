import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  checkAlias,
  checkModelName
} from "./chunk-WASGVSPE.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/serve/options.js
var DEFAULT_HOST = "127.0.0.1";
var DEFAULT_ALIAS = "champion";
var DEFAULT_BODY_LIMIT = 1024 * 1024;
function checkServerOptions(options) {
  const model = checkModelName(options.model, "model");
  if (options.alias !== void 0 && options.version !== void 0)
    throw new UserError("Inputs 'alias' and 'version' name the version to serve in two ways; give one.");
  if (options.version !== void 0 && (!Number.isSafeInteger(options.version) || options.version < 1))
    throw new UserError(`Input 'version': '${options.version}' is not a version number (1 or more).`);
  const alias = options.alias ?? DEFAULT_ALIAS;
  if (options.version === void 0 && alias !== "latest")
    checkAlias(alias, "alias");
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(`Input 'port': '${port}' is not a port number from 0 to 65535 (0 picks a free one).`);
  const host = options.host ?? DEFAULT_HOST;
  if (!host.trim())
    throw new UserError("Input 'host' is empty; give an address such as 127.0.0.1.");
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1)
    throw new UserError(`Input 'body-limit': '${bodyLimit}' is not a number of bytes (1 or more).`);
  if (options.adminToken !== void 0 && options.adminToken.length < 16)
    throw new UserError("MLOPS_ADMIN_TOKEN is shorter than 16 characters; use a long random token, or unset it to turn the admin API off.");
  const log = typeof options.log === "string" ? { path: options.log } : options.log;
  if (log && !log.path.trim())
    throw new UserError("Input 'log' is empty; give the path of a JSON Lines file, or leave it out.");
  return {
    registry: options.registry,
    model,
    initial: options.version !== void 0 ? { name: model, version: options.version } : { name: model, alias },
    host,
    port,
    ...options.adminToken && { adminToken: options.adminToken },
    ...log && { log },
    bodyLimit,
    ...options.logger && { logger: options.logger }
  };
}

export {
  DEFAULT_HOST,
  DEFAULT_ALIAS,
  DEFAULT_BODY_LIMIT,
  checkServerOptions
};
