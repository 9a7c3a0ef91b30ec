import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
} from "./chunk-4HZLELYI.js";
import "./chunk-WOE3YT2T.js";
import "./chunk-JEZJZQAC.js";
import "./chunk-DH4MFXE2.js";
import "./chunk-JEMEWMLI.js";
import "./chunk-N2CE72JC.js";
export {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
};
