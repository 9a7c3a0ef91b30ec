import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  readInputs
} from "./chunks/chunk-RRVQQQFJ.js";
import {
  buildCacheSkippedEarly,
  prewarmWorkers,
  releaseIdleWorkers,
  serviceConfigured
} from "./chunks/chunk-3TPR4KFN.js";
import "./chunks/chunk-3O35XIHG.js";
import {
  errorMessage
} from "./chunks/chunk-5QCUKRW6.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-DH4MFXE2.js";
import "./chunks/chunk-JEMEWMLI.js";
import {
  __name
} from "./chunks/chunk-N2CE72JC.js";

// src/steps/outputs.ts
var OUTPUT_NAMES = Object.freeze({
  cacheHit: "cache-hit",
  cacheRestoreKind: "cache-restore-kind",
  cachePrimaryKey: "cache-primary-key",
  cacheMatchedKey: "cache-matched-key",
  gomodcache: "gomodcache",
  goproxy: "goproxy",
  goprivate: "goprivate",
  modules: "modules",
  downloadAttempts: "download-attempts",
  diagnosis: "diagnosis",
  diagnosisRetryable: "diagnosis-retryable"
});
function stepOutputs(r) {
  return {
    ...r.cache && {
      cacheHit: r.cache.kind === "exact",
      cacheRestoreKind: r.cache.kind,
      cachePrimaryKey: r.cache.primaryKey,
      cacheMatchedKey: r.cache.matchedKey
    },
    ...r.env && {
      gomodcache: r.env.go.env.GOMODCACHE,
      // Shown forms: URL userinfo is redacted.
      goproxy: r.env.shown.GOPROXY,
      goprivate: r.env.shown.GOPRIVATE
    },
    ...r.download && { modules: r.download.modules, downloadAttempts: r.download.attempts },
    ...r.diagnosis && {
      diagnosis: r.diagnosis.primary.id,
      diagnosisRetryable: r.diagnosis.primary.retryable
    }
  };
}
__name(stepOutputs, "stepOutputs");
function writeOutputs(outputs, set = setOutput) {
  for (const [field, name] of Object.entries(OUTPUT_NAMES)) {
    const value = outputs[field];
    if (value !== void 0) set(name, String(value));
  }
}
__name(writeOutputs, "writeOutputs");

// src/steps/main-step.ts
async function runMain() {
  try {
    await main();
  } catch (e) {
    setFailed(errorMessage(e));
  }
}
__name(runMain, "runMain");
async function main() {
  const inputs = readInputs();
  if (inputs.cache && serviceConfigured())
    prewarmWorkers(inputs.cacheBuild && !await buildCacheSkippedEarly() ? 2 : 1);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const results = {};
  try {
    const { runPhases } = await import("./chunks/main-phases-V2COINXI.js");
    await runPhases(inputs, workspace, results);
  } finally {
    releaseIdleWorkers();
    writeOutputs(stepOutputs(results));
  }
}
__name(main, "main");

// src/main.ts
await runMain();
