import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/version/index.js
var TOOL_VERSION = "1.0.0";

export {
  TOOL_VERSION
};
