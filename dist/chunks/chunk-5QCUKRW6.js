import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __name
} from "./chunk-N2CE72JC.js";

// src/util/errors.ts
function errorMessage(e) {
  if (e instanceof Error) return e.message;
  return typeof e === "string" ? e : JSON.stringify(e);
}
__name(errorMessage, "errorMessage");

export {
  errorMessage
};
