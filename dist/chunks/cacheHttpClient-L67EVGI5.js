import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
} from "./chunk-MKOFOYX4.js";
import "./chunk-ZXOJKIFY.js";
import "./chunk-CMBSSWMH.js";
import "./chunk-DH4MFXE2.js";
import "./chunk-JEMEWMLI.js";
import "./chunk-N2CE72JC.js";
export {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
};
