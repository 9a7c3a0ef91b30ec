import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  cacheState,
  downloadState,
  fingerprint,
  leavePrivateModulesOut,
  listDownloadDir,
  neededVersions,
  pruneDownloadDir,
  readGoSums,
  readOrEmpty,
  removeCredentials,
  zipHash
} from "./chunks/chunk-YAXMOGNU.js";
import {
  buildSaveRefusal,
  dependencyHash,
  escapeHtml,
  eventFacts,
  formatBytes,
  isKeyConflict,
  logText,
  lookupThenSave,
  plural,
  prewarmWorkers,
  releaseIdleWorkers,
  saveBuildCache,
  showHeld,
  untrustedEvent,
  workerScript
} from "./chunks/chunk-3TPR4KFN.js";
import "./chunks/chunk-ENVRGW5B.js";
import "./chunks/chunk-3O35XIHG.js";
import {
  errorMessage
} from "./chunks/chunk-5QCUKRW6.js";
import {
  info,
  summary,
  warning
} from "./chunks/chunk-DH4MFXE2.js";
import {
  __name
} from "./chunks/chunk-N2CE72JC.js";

// src/cache/save-cache.ts
import { rm } from "node:fs/promises";
import * as path2 from "node:path";

// src/cache/save-policy.ts
function saveRefusal(save2, env = process.env) {
  if (save2 === "never") return "cache-save: never (restore only)";
  if (save2 === "always") return void 0;
  const event = untrustedEvent(env);
  if (event)
    return `${event} runs may execute untrusted code, so no cache is saved under it; \`cache-save: always\` would save anyway`;
  if (save2 === "on-change") return void 0;
  const branch = eventFacts(env.GITHUB_EVENT_PATH).defaultBranch;
  if (branch === void 0)
    return "cache-save: default-branch, and the event payload does not name the default branch";
  const ref = env.GITHUB_REF ?? "";
  return ref === `refs/heads/${branch}` ? void 0 : `cache-save: default-branch, and ${ref || "this run"} is not refs/heads/${branch}`;
}
__name(saveRefusal, "saveRefusal");
function isReadOnlyRefusal(reserveError) {
  return /cache write denied|read-only|\(403\)/i.test(reserveError ?? "");
}
__name(isReadOnlyRefusal, "isReadOnlyRefusal");
var READ_ONLY_NOTE = "not saved: read-only cache for this event";

// src/cache/zip-verify.ts
import { promises as fs } from "node:fs";
import * as path from "node:path";
async function checkZipsBeforeSave(downloadDir, entries, sums) {
  const hashFiles = new Set(entries.filter((e) => e.ext === "ziphash").map((e) => e.rel.slice(0, -"hash".length)));
  const toHash = entries.filter((e) => e.ext === "zip" && !hashFiles.has(e.rel));
  const mismatched = [];
  const unvouched = [];
  let hashed = 0;
  const queue = [...toHash];
  const worker = /* @__PURE__ */ __name(async () => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const id = `${e.module}@${e.version}`;
      const want = sums.get(id);
      if (want === void 0) unvouched.push(id);
      else if (await zipHash(path.join(downloadDir, e.rel)).catch(() => "") === want) hashed++;
      else mismatched.push(id);
    }
  }, "worker");
  await Promise.all([worker(), worker()]);
  const removed = /* @__PURE__ */ new Set([...mismatched, ...unvouched]);
  for (const e of toHash) {
    if (removed.has(`${e.module}@${e.version}`)) await fs.rm(path.join(downloadDir, e.rel), { force: true });
  }
  return { verifiedByGo: hashFiles.size, hashed, mismatched, unvouched };
}
__name(checkZipsBeforeSave, "checkZipsBeforeSave");

// src/cache/save-cache.ts
async function saveModuleCache() {
  try {
    const lines = await save();
    await summary.addRaw(lines.map(escapeHtml).join("<br>\n"), true).write();
    return lines.map(logText).join("\n");
  } catch (e) {
    warning(`Module cache not saved: ${errorMessage(e)}`, { title: "Module cache" });
    return `Module cache: not saved (${errorMessage(e)}).`;
  }
}
__name(saveModuleCache, "saveModuleCache");
async function save() {
  const state = cacheState.load();
  if (!state) return ["Module cache: not saved (the main step stopped before the module cache)."];
  if (state.module.kind === "disabled") return ["Module cache: off (cache: false), nothing to save."];
  const refusal = saveRefusal(state.save);
  if (refusal) {
    const build = state.build ? [buildSaveRefusal() ?? `Build cache: not saved (${refusal}).`] : [];
    return [`Module cache: not saved (${refusal}).`, ...build];
  }
  if (!downloadState.load()?.ok)
    return ["Module cache: not saved (the main step did not complete a module download)."];
  const held = [];
  prewarmWorkers(likelySaves(state), workerScript(), "save");
  try {
    const [lines, build] = await Promise.all([
      saveModulesOrWarn(state),
      state.build && saveBuildCache(state.build, held)
    ]);
    showHeld(held);
    return build ? [...lines, build] : lines;
  } finally {
    releaseIdleWorkers();
  }
}
__name(save, "save");
function likelySaves(state) {
  const modules = state.module.kind === "miss" || state.module.kind === "partial";
  const build = state.build?.kind === "miss" && !buildSaveRefusal();
  return Number(modules) + Number(build);
}
__name(likelySaves, "likelySaves");
async function saveModulesOrWarn(state) {
  try {
    return [...await leavePrivateModulesOut(state), await saveModules(state)];
  } catch (e) {
    warning(`Module cache not saved: ${errorMessage(e)}`, { title: "Module cache" });
    return [`Module cache: not saved (${errorMessage(e)}).`];
  }
}
__name(saveModulesOrWarn, "saveModulesOrWarn");
async function saveModules(state) {
  const m = state.module;
  if (m.kind === "exact") return `Module cache: not saved (exact hit: ${m.primaryKey} exists).`;
  if (m.kind === "skipped") return "Module cache: not saved (GOMODCACHE was populated before this job).";
  if (m.kind === "unavailable") return "Module cache: not saved (the cache service was unavailable).";
  const started = performance.now();
  const [downloadDir] = m.paths;
  await rm(path2.join(downloadDir, "..", "vcs"), { recursive: true, force: true });
  let entries = await listDownloadDir(downloadDir);
  let pruned = "";
  const sums = state.checksumFiles.map(readOrEmpty);
  if (dependencyHash(state.checksumFiles, state.hashRoot) === state.dependencyHash) {
    const selected = downloadState.load()?.selected;
    const removed = await pruneDownloadDir(
      downloadDir,
      entries,
      neededVersions(sums, selected && new Set(selected))
    );
    const versions = new Set(removed.filter((e) => e.ext === "zip").map((e) => `${e.module}@${e.version}`));
    if (removed.length > 0) {
      pruned = `, pruned ${plural(versions.size, "unneeded module version")}`;
      info(
        `Pruned ${plural(removed.length, "file")} of module versions the download set no longer needs.`
      );
      const gone = new Set(removed);
      entries = entries.filter((e) => !gone.has(e));
    }
  } else {
    pruned = ", not pruned (go.sum changed during the job)";
  }
  const checked = await checkRestoredZips(downloadDir, entries, sums, m.matchedKey);
  entries = checked.entries;
  const now = fingerprint(entries);
  if (now.files === 0) return "Module cache: not saved (no modules in the cache).";
  if (now.digest === m.restored.digest)
    return `Module cache: not saved (unchanged since the ${m.kind === "partial" ? `restore of ${m.matchedKey}` : "restore"}).`;
  return lookupThenSave(m.paths, m.primaryKey, async ({ lookup, keyExists, save: save2 }) => {
    if (lookup.failure) return unavailable(lookup.failure);
    if (keyExists) return `Module cache: not saved (${m.primaryKey} was saved by another job).`;
    const call = await save2();
    if (isKeyConflict(call)) return `Module cache: not saved (another job is saving ${m.primaryKey}).`;
    if (isReadOnlyRefusal(call.reserveError)) return `Module cache: ${READ_ONLY_NOTE}.`;
    if (call.failure || call.value === -1)
      return unavailable(
        [call.failure, call.reserveError].filter(Boolean).join(": ") || "the save returned no entry"
      );
    return savedLine(m, now, call.archiveBytes, pruned + checked.note, started);
  });
}
__name(saveModules, "saveModules");
function savedLine(m, now, archiveBytes, notes, started) {
  const ms = Math.round(performance.now() - started);
  return `Module cache: saved ${m.primaryKey} (${plural(now.files, "file")}, ${formatBytes(now.bytes)} of modules, ${formatBytes(archiveBytes)} archive${notes}, ${ms} ms).`;
}
__name(savedLine, "savedLine");
async function checkRestoredZips(downloadDir, entries, sums, matchedKey) {
  const started = performance.now();
  const check = await checkZipsBeforeSave(downloadDir, entries, readGoSums(sums).zips);
  if (check.mismatched.length > 0) {
    warning(
      `${plural(check.mismatched.length, "zip")} restored from ${matchedKey} ${check.mismatched.length === 1 ? "does not match go.sum and was" : "do not match go.sum and were"} not saved: ${check.mismatched.slice(0, 5).join(", ")}. Someone who can write this repository's caches may have planted that entry.`,
      { title: "Module cache" }
    );
  }
  if (check.unvouched.length > 0)
    info(`Not saved, no go.sum line to check them against: ${check.unvouched.join(", ")}`);
  const gone = /* @__PURE__ */ new Set([...check.mismatched, ...check.unvouched]);
  for (const e of entries.filter((e2) => e2.ext === "ziphash"))
    await rm(path2.join(downloadDir, e.rel), { force: true });
  const left = entries.filter(
    (e) => e.ext !== "ziphash" && !(e.ext === "zip" && gone.has(`${e.module}@${e.version}`))
  );
  const ms = Math.round(performance.now() - started);
  return {
    entries: left,
    note: check.hashed > 0 ? `, ${plural(check.hashed, "restored zip")} checked in ${ms} ms` : ""
  };
}
__name(checkRestoredZips, "checkRestoredZips");
function unavailable(failure) {
  warning(`The cache service failed, the module cache is not saved: ${failure}`, {
    title: "Module cache"
  });
  return "Module cache: not saved (the cache service failed).";
}
__name(unavailable, "unavailable");

// src/steps/post-step.ts
async function runPost() {
  const download = downloadState.load();
  info(
    download === void 0 ? "The main step recorded no download." : download.ok ? `The main step downloaded ${plural(download.modules, "module version")} into ${download.gomodcache}.` : "The main step did not complete its download."
  );
  for (const [name, part] of [
    ["Module cache", saveModuleCache],
    ["Credentials", removeCredentials]
  ]) {
    try {
      info(await part());
    } catch (e) {
      warning(`${name}: ${errorMessage(e)}`, { title: "setup-gomod post step" });
    }
  }
}
__name(runPost, "runPost");

// src/post.ts
await runPost();
