import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
} from "./chunk-7G4VHTT7.js";
import "./chunk-WOE3YT2T.js";
import "./chunk-TVAVELDU.js";
import "./chunk-DH4MFXE2.js";
import "./chunk-JEMEWMLI.js";
import "./chunk-N2CE72JC.js";
export {
  downloadCache,
  getCacheEntry,
  reserveCache,
  saveCache
};
