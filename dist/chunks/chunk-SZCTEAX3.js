import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  isKeyConflict,
  logText,
  restoreEntry,
  saveEntry,
  showHeld
} from "./chunk-LCUETJ6U.js";
import {
  matchPrefixPatterns,
  unescapeModulePath
} from "./chunk-ENVRGW5B.js";
import {
  errorMessage
} from "./chunk-5QCUKRW6.js";
import {
  getState,
  info,
  saveState,
  warning
} from "./chunk-DH4MFXE2.js";
import {
  __name
} from "./chunk-N2CE72JC.js";

// src/cache/keys.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as path from "node:path";
var MODULE_KEY_PREFIX = "setup-gomod-mod";
var BUILD_KEY_PREFIX = "setup-gomod-build";
function checksumFiles(setFiles) {
  return setFiles.map(
    (f) => path.join(path.dirname(f), path.basename(f) === "go.work" ? "go.work.sum" : "go.sum")
  );
}
__name(checksumFiles, "checksumFiles");
function dependencyHash(files, root) {
  const entries = files.map((f) => ({ rel: path.relative(root, f).split(path.sep).join("/"), file: f })).sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const hash = createHash("sha256");
  for (const e of entries) {
    hash.update(`${e.rel}\0`);
    hash.update(readOrAbsent(e.file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}
__name(dependencyHash, "dependencyHash");
function readOrAbsent(file) {
  try {
    return readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  } catch {
    return "<absent>";
  }
}
__name(readOrAbsent, "readOrAbsent");
function moduleKeys(c) {
  const restorePrefix = `${MODULE_KEY_PREFIX}-${c.os}${c.suffix ? `-${c.suffix}` : ""}-`;
  return { primary: restorePrefix + c.dependencyHash, restorePrefix };
}
__name(moduleKeys, "moduleKeys");
function buildKeys(c) {
  const suffix = c.suffix ? `-${c.suffix}` : "";
  const restorePrefix = `${BUILD_KEY_PREFIX}-${c.os}-${c.goos}-${c.goarch}-${c.goVersion}${suffix}-${c.leg}-${c.dependencyHash}-`;
  return { primary: `${restorePrefix}${c.runId}`, restorePrefix };
}
__name(buildKeys, "buildKeys");
var MATRIX_ENV = [
  "ImageOS",
  "RUNNER_ARCH",
  "CGO_ENABLED",
  "CC",
  "CXX",
  "CGO_CFLAGS",
  "CGO_CPPFLAGS",
  "CGO_CXXFLAGS",
  "CGO_LDFLAGS",
  "GOEXPERIMENT",
  "GO386",
  "GOAMD64",
  "GOARM",
  "GOARM64",
  "GOMIPS",
  "GOMIPS64",
  "GOPPC64",
  "GORISCV64",
  "GOWASM"
];
function buildLeg(env, goflags) {
  const job = env.GITHUB_JOB ?? "";
  const hash = createHash("sha256").update(`GITHUB_JOB=${job}\0GOFLAGS=${goflags}\0`);
  for (const name of MATRIX_ENV) hash.update(`${name}=${env[name] ?? ""}\0`);
  const readable = job.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 32) || "job";
  return `${readable}-${hash.digest("hex").slice(0, 8)}`;
}
__name(buildLeg, "buildLeg");
function isSameKey(requested, returned) {
  return requested.localeCompare(returned, void 0, { sensitivity: "accent" }) === 0;
}
__name(isSameKey, "isSameKey");

// src/util/format.ts
var KIB = 1024;
var MIB = 1024 * KIB;
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(ms < 1e4 ? 2 : 1))} s`;
}
__name(formatSeconds, "formatSeconds");
function formatBytes(bytes) {
  if (bytes === void 0) return "size unknown";
  return bytes < MIB ? `${(bytes / KIB).toFixed(1)} KiB` : `${(bytes / MIB).toFixed(1)} MiB`;
}
__name(formatBytes, "formatBytes");
function plural(n, noun, nouns = `${noun}s`) {
  return `${n} ${n === 1 ? noun : nouns}`;
}
__name(plural, "plural");

// src/state/state.ts
function stateItem(name) {
  return {
    save: /* @__PURE__ */ __name((value) => saveState(name, JSON.stringify(value)), "save"),
    load: /* @__PURE__ */ __name(() => {
      const raw = getState(name);
      if (raw === "") return void 0;
      try {
        return JSON.parse(raw);
      } catch {
        warning(`Ignoring unreadable state '${name}' handed over from the main step.`);
        return void 0;
      }
    }, "load")
  };
}
__name(stateItem, "stateItem");

// src/cache/module-files.ts
import { createHash as createHash2 } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path2 from "node:path";
var VERSION_FILE = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/;
async function listDownloadDir(downloadDir) {
  const out = [];
  const walk = /* @__PURE__ */ __name(async (rel) => {
    let entries;
    try {
      entries = await fs.readdir(path2.join(downloadDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map(async (e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) return r === "sumdb" ? void 0 : walk(r);
        if (!rel.endsWith("/@v")) return;
        const module = unescapeModulePath(rel.slice(0, -"/@v".length));
        const size = (await fs.stat(path2.join(downloadDir, r))).size;
        const m = VERSION_FILE.exec(e.name);
        out.push(
          m ? { rel: r, module, version: unescapeModulePath(m[1]), ext: m[2], size } : { rel: r, module, size }
        );
      })
    );
  }, "walk");
  await walk("");
  return out.sort((a, b) => a.rel < b.rel ? -1 : 1);
}
__name(listDownloadDir, "listDownloadDir");
function fingerprint(entries) {
  const kept = entries.filter((e) => e.ext !== "lock" && e.ext !== "partial" && e.version !== void 0);
  const hash = createHash2("sha256");
  for (const e of kept) hash.update(`${e.rel}\0${e.size}
`);
  return {
    files: kept.length,
    bytes: kept.reduce((n, e) => n + e.size, 0),
    digest: hash.digest("hex").slice(0, 32)
  };
}
__name(fingerprint, "fingerprint");
function neededVersions(goSumTexts, selected) {
  const zips = /* @__PURE__ */ new Set();
  const goMods = /* @__PURE__ */ new Set();
  for (const text of goSumTexts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version] = line.trim().split(/\s+/);
      if (!module || !version) continue;
      if (version.endsWith("/go.mod")) goMods.add(`${module}@${version.slice(0, -"/go.mod".length)}`);
      else if (!selected || selected.has(`${module}@${version}`)) zips.add(`${module}@${version}`);
      else goMods.add(`${module}@${version}`);
    }
  }
  return { zips, goMods };
}
__name(neededVersions, "neededVersions");
async function pruneDownloadDir(downloadDir, entries, needed) {
  const keepsAnything = /* @__PURE__ */ new Set();
  const removed = [];
  for (const e of entries) {
    if (e.version === void 0) continue;
    const id = `${e.module}@${e.version}`;
    const keep = needed.zips.has(id) || needed.goMods.has(id) && (e.ext === "mod" || e.ext === "info");
    if (keep) keepsAnything.add(e.module);
    else removed.push(e);
  }
  removed.push(...entries.filter((e) => e.version === void 0 && !keepsAnything.has(e.module)));
  for (const e of removed) await fs.rm(path2.join(downloadDir, e.rel), { force: true });
  await removeEmptyDirs(downloadDir, true);
  const gomodcache = path2.dirname(path2.dirname(downloadDir));
  for (const e of removed.filter((r) => r.ext === "zip")) {
    const at = e.rel.lastIndexOf("/@v/");
    await removeExtracted(gomodcache, `${e.rel.slice(0, at)}@${e.rel.slice(at + 4, -".zip".length)}`);
  }
  return removed;
}
__name(pruneDownloadDir, "pruneDownloadDir");
async function removeExtracted(gomodcache, rel) {
  const dir = path2.join(gomodcache, rel);
  const makeWritable = /* @__PURE__ */ __name(async (p) => {
    await fs.chmod(p, 493).catch(() => void 0);
    const entries = await fs.readdir(p, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await makeWritable(path2.join(p, e.name));
  }, "makeWritable");
  await makeWritable(dir);
  await fs.rm(dir, { recursive: true, force: true });
  for (let parent = path2.dirname(dir); parent.startsWith(gomodcache + path2.sep); parent = path2.dirname(parent)) {
    await fs.chmod(parent, 493).catch(() => void 0);
    if ((await fs.readdir(parent).catch(() => ["?"])).length > 0) break;
    await fs.rmdir(parent).catch(() => void 0);
  }
}
__name(removeExtracted, "removeExtracted");
async function removeEmptyDirs(dir, isRoot = false) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  let left = entries.length;
  for (const e of entries) {
    if (e.isDirectory() && e.name !== "sumdb" && await removeEmptyDirs(path2.join(dir, e.name))) left--;
  }
  if (left > 0 || isRoot) return false;
  await fs.rmdir(dir).catch(() => void 0);
  return true;
}
__name(removeEmptyDirs, "removeEmptyDirs");
async function isPopulated(dir) {
  try {
    return (await fs.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
__name(isPopulated, "isPopulated");

// src/cache/private-modules.ts
var privateModulesPolicy = stateItem("private-modules");
function recordPrivateModulesPolicy(mode, plan, privateRepository) {
  const leaveOut = mode === "never" || mode === "auto" && !privateRepository;
  const why = mode === "never" ? "cache-private-modules: never" : "the event payload does not say this repository is private, and pull requests from forks can restore its caches (cache-private-modules: auto)";
  const patterns = [plan.effective.GOPRIVATE, plan.effective.GONOPROXY].filter((p) => p !== "" && p !== "none");
  privateModulesPolicy.save({ leaveOut, why, patterns });
}
__name(recordPrivateModulesPolicy, "recordPrivateModulesPolicy");
async function leavePrivateModulesOut(state) {
  const m = state.module;
  const policy = privateModulesPolicy.load();
  if (m.kind !== "miss" && m.kind !== "partial" || !policy?.leaveOut) return [];
  const patterns = [...policy.patterns, process.env.GOPRIVATE ?? "", process.env.GONOPROXY ?? ""].filter((p) => p !== "" && p !== "none").join(",");
  if (patterns === "") return [];
  const [downloadDir] = m.paths;
  const entries = (await listDownloadDir(downloadDir)).filter((e) => matchPrefixPatterns(patterns, e.module));
  if (entries.length === 0) return [];
  const versions = privateVersions(entries);
  await pruneDownloadDir(downloadDir, entries, { zips: /* @__PURE__ */ new Set(), goMods: /* @__PURE__ */ new Set() });
  const shown = versions.slice(0, 5).join(", ") + (versions.length > 5 ? ", \u2026" : "");
  info(`Left ${plural(entries.length, "file")} of private module versions out of the module cache.`);
  return [
    `Module cache: left out ${plural(versions.length, "private module version")} matching GOPRIVATE/GONOPROXY (${shown}): ${policy.why}. The next run fetches them again with its credentials.`
  ];
}
__name(leavePrivateModulesOut, "leavePrivateModulesOut");
function privateVersions(entries) {
  const versions = entries.filter((e) => e.version !== void 0).map((e) => `${e.module}@${e.version}`);
  return [...new Set(versions)].sort();
}
__name(privateVersions, "privateVersions");

// src/go/go-sum.ts
import { createHash as createHash3 } from "node:crypto";
function readGoSums(texts) {
  const zips = /* @__PURE__ */ new Map();
  const goMods = /* @__PURE__ */ new Map();
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version, hash] = line.trim().split(/\s+/);
      if (!module || !version || !hash) continue;
      if (version.endsWith("/go.mod")) goMods.set(`${module}@${version.slice(0, -"/go.mod".length)}`, hash);
      else zips.set(`${module}@${version}`, hash);
    }
  }
  return { zips, goMods };
}
__name(readGoSums, "readGoSums");
function goModHash(content2) {
  const line = `${createHash3("sha256").update(content2).digest("hex")}  go.mod
`;
  return `h1:${createHash3("sha256").update(line).digest("base64")}`;
}
__name(goModHash, "goModHash");

// src/download/download-state.ts
var downloadState = stateItem("download");

// src/util/files.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readOrEmpty(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return "";
  }
}
__name(readOrEmpty, "readOrEmpty");

// src/cache/build-cache.ts
import * as path4 from "node:path";

// src/cache/events.ts
var UNTRUSTED_EVENTS = /* @__PURE__ */ new Set([
  "pull_request_target",
  "workflow_run",
  "issue_comment"
]);
function untrustedEvent(env = process.env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  return UNTRUSTED_EVENTS.has(event) ? event : void 0;
}
__name(untrustedEvent, "untrustedEvent");

// src/cache/gocache-files.ts
import { promises as fs2 } from "node:fs";
import * as path3 from "node:path";
var SUBDIR = /^[0-9a-f]{2}$/;
var ENTRY = /^([0-9a-f]+)-([ad])$/;
async function listGocache(gocache) {
  let subdirs;
  try {
    subdirs = (await fs2.readdir(gocache)).filter((d) => SUBDIR.test(d));
  } catch {
    return [];
  }
  const lists = await Promise.all(subdirs.map((d) => listSubdir(gocache, d)));
  return lists.flat().sort((a, b) => a.rel < b.rel ? -1 : 1);
}
__name(listGocache, "listGocache");
async function hasEntries(gocache) {
  const subdirs = await fs2.readdir(gocache).catch(() => []);
  for (const d of subdirs.filter((d2) => SUBDIR.test(d2))) {
    const names = await fs2.readdir(path3.join(gocache, d)).catch(() => []);
    if (names.some((n) => ENTRY.test(n))) return true;
  }
  return false;
}
__name(hasEntries, "hasEntries");
async function listSubdir(gocache, subdir) {
  const names = (await fs2.readdir(path3.join(gocache, subdir))).filter((n) => ENTRY.test(n));
  const entries = await Promise.all(
    names.map(async (name) => {
      const file = path3.join(gocache, subdir, name);
      const info2 = await fs2.stat(file).catch(() => void 0);
      if (!info2) return void 0;
      const bytes = info2.isDirectory() ? await directoryBytes(file) : info2.size;
      return { rel: `${subdir}/${name}`, bytes, mtimeMs: info2.mtimeMs, isDir: info2.isDirectory() };
    })
  );
  return entries.filter((e) => e !== void 0);
}
__name(listSubdir, "listSubdir");
async function directoryBytes(dir) {
  const names = await fs2.readdir(dir);
  const sizes = await Promise.all(
    names.map(
      (n) => fs2.stat(path3.join(dir, n)).then(
        (s) => s.size,
        () => 0
      )
    )
  );
  return sizes.reduce((a, b) => a + b, 0);
}
__name(directoryBytes, "directoryBytes");
function totals(entries) {
  return { entries: entries.length, bytes: entries.reduce((sum, e) => sum + e.bytes, 0) };
}
__name(totals, "totals");
function actionOutputId(text) {
  return /^v1 [0-9a-f]+ ([0-9a-f]+) /.exec(text)?.[1];
}
__name(actionOutputId, "actionOutputId");
function outputEntry(outputId) {
  return `${outputId.slice(0, 2)}/${outputId}-d`;
}
__name(outputEntry, "outputEntry");
function planPrune(entries, usedSinceMs, outputsOfUsedActions) {
  const keep = [];
  const drop = [];
  for (const e of entries) (e.mtimeMs >= usedSinceMs || outputsOfUsedActions.has(e.rel) ? keep : drop).push(e);
  return { keep, drop };
}
__name(planPrune, "planPrune");
async function outputsNamedBy(gocache, entries, usedSinceMs) {
  const actions = entries.filter((e) => e.rel.endsWith("-a") && e.mtimeMs >= usedSinceMs);
  const ids = await Promise.all(
    actions.map((e) => fs2.readFile(path3.join(gocache, e.rel), "utf8").then(actionOutputId, () => void 0))
  );
  return new Set(ids.filter((id) => id !== void 0).map(outputEntry));
}
__name(outputsNamedBy, "outputsNamedBy");
async function removeEntries(gocache, entries) {
  await Promise.all(entries.map((e) => fs2.rm(path3.join(gocache, e.rel), { recursive: e.isDir, force: true })));
}
__name(removeEntries, "removeEntries");
var MIN_NEW_SHARE = 0.01;
function buildSaveSkip(restored, now) {
  if (now.entries === 0) return "empty";
  const newEntries = now.entries - restored.entries;
  if (newEntries <= 0) return "nothing new since the restore";
  const newBytes = Math.max(0, now.bytes - restored.bytes);
  if (restored.bytes > 0 && newBytes < restored.bytes * MIN_NEW_SHARE) {
    const share = (100 * newBytes / restored.bytes).toFixed(2);
    return `${newEntries} new entries, ${share}% of the restored bytes: under ${MIN_NEW_SHARE * 100}%`;
  }
  return void 0;
}
__name(buildSaveSkip, "buildSaveSkip");

// src/cache/build-cache.ts
var MARK_AGE_MS = 24 * 3600 * 1e3;
var CLOCK_MARGIN_MS = 60 * 1e3;
async function restoreBuildCache(env, context) {
  const gocache = env.go.env.GOCACHE;
  const keys = buildKeys({
    ...context,
    goVersion: env.go.env.GOVERSION,
    goos: env.go.env.GOOS,
    goarch: env.go.env.GOARCH,
    leg: buildLeg(process.env, env.go.env.GOFLAGS),
    runId: `${process.env.GITHUB_RUN_ID || Date.now()}-${process.env.GITHUB_RUN_ATTEMPT || 1}`
  });
  const none = { entries: 0, bytes: 0 };
  const skip = await skipReason(gocache);
  if (skip) return { primaryKey: keys.primary, skip, restoredAt: Date.now(), restored: none };
  const mtime = (Date.now() - MARK_AGE_MS) / 1e3;
  const call = await restoreEntry([gocache], keys.primary, [keys.restorePrefix], { mtime, holdLog: true });
  const restoredAt = Date.now();
  const found = !call.failure && !call.refused && call.value;
  return {
    primaryKey: keys.primary,
    call,
    restoredAt,
    restored: found ? totals(await listGocache(gocache)) : none
  };
}
__name(restoreBuildCache, "restoreBuildCache");
function reportBuildRestore(run, gocache) {
  const { call, primaryKey } = run;
  showHeld(call?.held);
  if (call?.failure) warning(`Build cache not restored: ${call.failure}`, { title: "Build cache" });
  if (call?.refused)
    warning(`Build cache entry ${logText(call.value ?? "")} refused: ${call.refused}.`, {
      title: "Build cache entry refused"
    });
  const matchedKey = call && !call.refused ? call.value ?? "" : "";
  const restore = !call ? { kind: "skipped", primaryKey, matchedKey: "" } : {
    kind: call.failure ? "unavailable" : matchedKey ? "partial" : "miss",
    primaryKey,
    matchedKey,
    archiveBytes: call.archiveBytes,
    restoreMs: Math.round(call.ms)
  };
  const { restored } = run;
  info(
    run.skip ? `Build cache: ${run.skip}; not restored, nor saved.` : restore.kind === "partial" ? `Build cache: restored ${logText(restore.matchedKey)} (${plural(restored.entries, "entry", "entries")}, ${formatBytes(restored.bytes)}, ${restore.restoreMs} ms), dated a day back: post keeps only the entries this job uses or makes.` : `Build cache: ${restore.kind} (key ${primaryKey}).`
  );
  const state = {
    ...restore,
    paths: [gocache],
    restored: { files: restored.entries, bytes: restored.bytes, digest: "" },
    usedSinceMs: restored.entries > 0 ? run.restoredAt - CLOCK_MARGIN_MS : 0
  };
  return { restore, state };
}
__name(reportBuildRestore, "reportBuildRestore");
async function skipReason(gocache) {
  if (process.env.GOCACHEPROG) return "GOCACHEPROG serves the build cache";
  if (!path4.isAbsolute(gocache)) return `GOCACHE is ${JSON.stringify(gocache)}, not a directory`;
  if (await hasEntries(gocache)) return `${gocache} already has entries`;
  return void 0;
}
__name(skipReason, "skipReason");
async function saveBuildCache(build, held) {
  try {
    return await pruneAndSave(build, held);
  } catch (e) {
    warning(`The build cache is not saved: ${errorMessage(e)}`, { title: "Build cache" });
    return `Build cache: not saved (${errorMessage(e)}).`;
  }
}
__name(saveBuildCache, "saveBuildCache");
function buildSaveRefusal(env = process.env) {
  const event = untrustedEvent(env);
  return event ? `Build cache: not saved (a ${event} run may execute code from outside the repository; build outputs are never saved from it).` : void 0;
}
__name(buildSaveRefusal, "buildSaveRefusal");
async function pruneAndSave(build, held) {
  if (build.kind === "skipped" || build.kind === "unavailable")
    return `Build cache: not saved (restore was ${build.kind}).`;
  const refusal = buildSaveRefusal();
  if (refusal) return refusal;
  const [gocache] = build.paths;
  const listing = performance.now();
  const entries = await listGocache(gocache);
  const listMs = performance.now() - listing;
  const skip = buildSaveSkip({ entries: build.restored.files, bytes: build.restored.bytes }, totals(entries));
  if (skip) return `Build cache: not saved (${skip}).`;
  const key = build.primaryKey;
  const lookup = await restoreEntry(build.paths, key, [], { lookupOnly: true, holdLog: true });
  held.push(...lookup.held ?? []);
  if (!lookup.failure && lookup.value !== void 0 && isSameKey(key, lookup.value))
    return `Build cache: not saved (${key} was saved by another job of this run).`;
  const pruning = performance.now();
  const plan = planPrune(
    entries,
    build.usedSinceMs,
    await outputsNamedBy(gocache, entries, build.usedSinceMs)
  );
  await removeEntries(gocache, plan.drop);
  const dropped = totals(plan.drop);
  const pruneMs = Math.round(listMs + performance.now() - pruning);
  const pruned = dropped.entries > 0 ? `pruned ${plural(dropped.entries, "entry", "entries")} (${formatBytes(dropped.bytes)}) this job did not use, in ${pruneMs} ms` : `nothing to prune (${pruneMs} ms)`;
  return `Build cache: ${await saveGocache(build.paths, key, totals(plan.keep), pruned, held)}`;
}
__name(pruneAndSave, "pruneAndSave");
async function saveGocache(paths, key, kept, pruned, held) {
  const call = await saveEntry(paths, key, { holdLog: true });
  held.push(...call.held ?? []);
  if (isKeyConflict(call)) return `not saved (another job of this run is saving ${key}; ${pruned}).`;
  if (call.failure || call.value === -1) {
    const why = [call.failure, call.reserveError].filter(Boolean).join(": ") || "the save returned no entry";
    warning(`The build cache is not saved: ${why}`, { title: "Build cache" });
    return `not saved (the cache service failed; ${pruned}).`;
  }
  return `saved ${key} (${plural(kept.entries, "entry", "entries")}, ${formatBytes(kept.bytes)}, ${formatBytes(call.archiveBytes)} archive, ${Math.round(call.ms)} ms; ${pruned}).`;
}
__name(saveGocache, "saveGocache");

// src/cache/cache-state.ts
var cacheState = stateItem("cache");

// src/credentials/credential-state.ts
var credentialState = stateItem("credentials");

// src/credentials/remove-credentials.ts
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import * as path5 from "node:path";
async function removeCredentials() {
  const state = credentialState.load();
  if (state === void 0) return "Nothing to clean up: no credentials were configured.";
  return removeCredentialDir(state.dir);
}
__name(removeCredentials, "removeCredentials");
async function removeCredentialDir(dir) {
  const temp = process.env.RUNNER_TEMP;
  if (!temp || path5.dirname(path5.resolve(dir)) !== path5.resolve(temp) || !path5.basename(dir).startsWith(PREFIX)) {
    warning(`Not removing ${dir}: it is not a setup-gomod credentials directory in RUNNER_TEMP.`);
    return "Credentials: nothing removed.";
  }
  try {
    await rm(dir, { recursive: true, force: true });
  } catch (e) {
    warning(`Could not remove the credentials directory ${dir}: ${errorMessage(e)}`, {
      title: "setup-gomod post step"
    });
    return "Credentials: removal failed (see the warning).";
  }
  if (existsSync(dir)) {
    warning(`The credentials directory ${dir} still exists after removal.`, {
      title: "setup-gomod post step"
    });
    return "Credentials: removal failed (see the warning).";
  }
  return `Removed the credentials this action added (${dir}); ~/.gitconfig and ~/.netrc were not touched.`;
}
__name(removeCredentialDir, "removeCredentialDir");
var PREFIX = "setup-gomod-credentials-";

// src/go/zip-hash.ts
import { createHash as createHash4 } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
async function zipHash(file) {
  const zip = await readFile(file);
  const lines = [];
  for (const member of centralDirectory(zip)) {
    if (member.name.includes("\n")) throw new Error(`${file}: a file name with a newline`);
    const sum = createHash4("sha256").update(content(zip, member)).digest("hex");
    lines.push({ name: member.name, line: `${sum}  ${member.name}
` });
  }
  lines.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const summary = createHash4("sha256");
  for (const l of lines) summary.update(l.line);
  return `h1:${summary.digest("base64")}`;
}
__name(zipHash, "zipHash");
var EOCD = 101010256;
var EOCD_SIZE = 22;
function endOfCentralDirectory(zip) {
  for (let i = zip.length - EOCD_SIZE; i >= Math.max(0, zip.length - EOCD_SIZE - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}
__name(endOfCentralDirectory, "endOfCentralDirectory");
var CENTRAL = 33639248;
var LOCAL = 67324752;
function centralDirectory(zip) {
  const eocd = endOfCentralDirectory(zip);
  if (eocd < 0) throw new Error("no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 65535 || at === 4294967295) throw new Error("zip64 archive");
  const members = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error("bad central directory");
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    members.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength)
    });
    at += 46 + skip;
  }
  return members;
}
__name(centralDirectory, "centralDirectory");
function content(zip, m) {
  if (zip.readUInt32LE(m.localHeader) !== LOCAL) throw new Error(`${m.name}: bad local header`);
  const start = m.localHeader + 30 + zip.readUInt16LE(m.localHeader + 26) + zip.readUInt16LE(m.localHeader + 28);
  const data = zip.subarray(start, start + m.compressedSize);
  if (m.method === 0) return data;
  if (m.method !== 8) throw new Error(`${m.name}: compression method ${m.method}`);
  const out = inflateRawSync(data);
  if (out.length !== m.size) throw new Error(`${m.name}: size differs from the directory`);
  return out;
}
__name(content, "content");

export {
  checksumFiles,
  dependencyHash,
  moduleKeys,
  isSameKey,
  formatSeconds,
  formatBytes,
  plural,
  listDownloadDir,
  fingerprint,
  neededVersions,
  pruneDownloadDir,
  isPopulated,
  recordPrivateModulesPolicy,
  leavePrivateModulesOut,
  untrustedEvent,
  restoreBuildCache,
  reportBuildRestore,
  saveBuildCache,
  buildSaveRefusal,
  cacheState,
  credentialState,
  removeCredentials,
  removeCredentialDir,
  PREFIX,
  zipHash,
  EOCD_SIZE,
  endOfCentralDirectory,
  readGoSums,
  goModHash,
  downloadState,
  readOrEmpty
};
