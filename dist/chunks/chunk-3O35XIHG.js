import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cache/worker-protocol.ts
var AHEAD = "--ahead";
var RESULT_MARK = "::setup-gomod-cache-result::";

export {
  AHEAD,
  RESULT_MARK
};
