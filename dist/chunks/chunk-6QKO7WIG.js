import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  unescapeModulePath
} from "./chunk-NU5Q7IMV.js";
import {
  RESULT_MARK,
  debug,
  getState,
  info,
  notice,
  saveState,
  setOutput,
  warning
} from "./chunk-6NOU4TFR.js";
import {
  __name,
  errorMessage
} from "./chunk-6YREEE2X.js";

// src/cache/restore-cache.ts
import * as os2 from "node:os";
import * as path6 from "node:path";

// src/cache/build-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { promises as fs2 } from "node:fs";
import * as path5 from "node:path";

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
  const base = `${BUILD_KEY_PREFIX}-${c.os}-${c.goos}-${c.goarch}-${c.goVersion}${c.suffix ? `-${c.suffix}` : ""}-`;
  return {
    primary: `${base}${c.dependencyHash}-${c.runId}`,
    restoreKeys: [`${base}${c.dependencyHash}-`, base]
  };
}
__name(buildKeys, "buildKeys");
function isSameKey(requested, returned) {
  return requested.localeCompare(returned, void 0, { sensitivity: "accent" }) === 0;
}
__name(isSameKey, "isSameKey");

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
function neededVersions(goSumTexts) {
  const zips = /* @__PURE__ */ new Set();
  const goMods = /* @__PURE__ */ new Set();
  for (const text of goSumTexts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version] = line.trim().split(/\s+/);
      if (!module || !version) continue;
      if (version.endsWith("/go.mod")) goMods.add(`${module}@${version.slice(0, -"/go.mod".length)}`);
      else zips.add(`${module}@${version}`);
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

// src/cache/service.ts
import { spawn as spawn2 } from "node:child_process";
import * as os from "node:os";
import * as path4 from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// src/exec/run-tool.ts
import { spawn } from "node:child_process";
import * as path3 from "node:path";
function runTool(command, args, options = {}) {
  const started = performance.now();
  debug(`run: ${[command, ...args].join(" ")}${options.cwd ? ` (in ${options.cwd})` : ""}`);
  return new Promise((resolve2, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group on POSIX, so stopTree reaches every descendant. Not on Windows, where `detached`
      // means a new console instead; taskkill /T finds the tree there.
      detached: process.platform !== "win32",
      windowsHide: true
    });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    let stalled = false;
    const watch = watchStall(options, () => {
      stalled = true;
      stopTree(child.pid);
    });
    const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      stopTree(child.pid);
    }, options.timeoutMs);
    child.stdout.on("data", (b) => {
      stdout.push(b);
      watch.active();
    });
    child.stderr.on("data", (b) => {
      stderr.push(b);
      watch.active();
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      watch.stop();
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      watch.stop();
      resolve2({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        timedOut,
        stalled,
        durationMs: performance.now() - started
      });
    });
  });
}
__name(runTool, "runTool");
function watchStall(options, onStall) {
  const limit = options.stallTimeoutMs;
  if (limit === void 0) return { active: /* @__PURE__ */ __name(() => void 0, "active"), stop: /* @__PURE__ */ __name(() => void 0, "stop") };
  let lastActive = performance.now();
  let baseline;
  let stopped = false;
  let timer;
  const schedule = /* @__PURE__ */ __name(() => {
    if (!stopped) timer = setTimeout(() => void check(), Math.max(10, Math.min(limit / 4, 1e3)));
  }, "schedule");
  const check = /* @__PURE__ */ __name(async () => {
    const silent = performance.now() - lastActive;
    if (options.progress && silent >= limit / 2) {
      const silenceStarted = lastActive;
      const fingerprint2 = await options.progress().catch(() => "");
      if (stopped) return;
      if (lastActive !== silenceStarted) baseline = void 0;
      else if (baseline === void 0) baseline = fingerprint2;
      else if (baseline !== fingerprint2) {
        lastActive = performance.now();
        baseline = void 0;
      } else if (performance.now() - lastActive >= limit) return onStall();
    } else if (!options.progress && silent >= limit) return onStall();
    schedule();
  }, "check");
  schedule();
  return {
    active: /* @__PURE__ */ __name(() => {
      lastActive = performance.now();
      baseline = void 0;
    }, "active"),
    stop: /* @__PURE__ */ __name(() => {
      stopped = true;
      clearTimeout(timer);
    }, "stop")
  };
}
__name(watchStall, "watchStall");
function treeStopFor(pid, platform2 = process.platform, env = process.env) {
  if (platform2 !== "win32") return { kind: "signal-group", pid: -pid };
  const command = path3.win32.join(env.SystemRoot ?? "C:\\Windows", "System32", "taskkill.exe");
  return { kind: "command", command, args: ["/T", "/F", "/PID", String(pid)] };
}
__name(treeStopFor, "treeStopFor");
function stopTree(pid) {
  if (pid === void 0) return;
  const stop = treeStopFor(pid);
  if (stop.kind === "signal-group") return killQuietly(stop.pid);
  const taskkill = spawn(stop.command, stop.args, { stdio: "ignore", windowsHide: true });
  taskkill.on("error", () => killQuietly(pid));
  taskkill.on("exit", (code) => {
    if (code !== 0) killQuietly(pid);
  });
}
__name(stopTree, "stopTree");
function killQuietly(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
  }
}
__name(killQuietly, "killQuietly");

// src/cache/service.ts
var ANSWER_DEADLINE_MS = 5e3;
var RETRY_NOTICE = /^Attempt (\d+) of \d+ failed with error: (.*?)\.? Retrying request in \d+ ms/;
var WAITS = {
  restore: { end: /^Cache hit for|^::debug::Cache not found/ },
  lookup: { end: /^Cache hit for|^::debug::Cache not found/ },
  save: { start: /^::debug::Reserving Cache/, end: /^::debug::(Attempting to upload|Failed to reserve)/ }
};
function isKeyConflict(call) {
  return /\(409\)|already exists/i.test(call.reserveError ?? "");
}
__name(isKeyConflict, "isKeyConflict");
function serviceConfigured() {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}
__name(serviceConfigured, "serviceConfigured");
function restoreEntry(paths, primaryKey, restoreKeys, lookupOnly = false) {
  return inWorker({
    op: lookupOnly ? "lookup" : "restore",
    paths,
    key: primaryKey,
    restoreKeys
  });
}
__name(restoreEntry, "restoreEntry");
async function saveEntry(paths, key) {
  const call = await inWorker({ op: "save", paths, key });
  return { ...call, value: call.value ?? -1 };
}
__name(saveEntry, "saveEntry");
function workerScript() {
  const here = path4.dirname(fileURLToPath(import.meta.url));
  return path4.join(path4.basename(here) === "chunks" ? path4.dirname(here) : here, "cache-worker.js");
}
__name(workerScript, "workerScript");
async function inWorker(request) {
  const started = performance.now();
  const problems = [];
  let archiveBytes;
  let reserveError;
  let result;
  let stopped;
  const wait = WAITS[request.op];
  let waitingSince = wait.start ? void 0 : performance.now();
  let failedCalls = 0;
  const child = spawn2(process.execPath, [workerScript(), JSON.stringify(request)], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32"
    // its own process group: stopping it stops a tar it started too
  });
  const stop = /* @__PURE__ */ __name((why) => {
    if (stopped !== void 0) return;
    stopped = why;
    stopTree(child.pid);
  }, "stop");
  const watch = setInterval(() => {
    if (waitingSince !== void 0 && performance.now() - waitingSince > ANSWER_DEADLINE_MS)
      stop(`the cache service did not answer within ${ANSWER_DEADLINE_MS / 1e3} s`);
  }, 100);
  const onLine = /* @__PURE__ */ __name((line) => {
    if (line.startsWith(RESULT_MARK))
      return void (result = JSON.parse(line.slice(RESULT_MARK.length)));
    if (wait.start?.test(line)) waitingSince = performance.now();
    if (wait.end.test(line)) waitingSince = void 0;
    const retry = RETRY_NOTICE.exec(line);
    if (retry) {
      failedCalls++;
      if (failedCalls >= 2 && (waitingSince !== void 0 || request.op === "save"))
        stop(`the cache service failed ${failedCalls} times (${retry[2]})`);
      return debug(line);
    }
    const size = /^Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)/.exec(line);
    if (size) archiveBytes = Number(size[1] ?? size[2]);
    const reserve = /^::debug::Failed to reserve cache: (.*)/.exec(line);
    if (reserve) reserveError = unescapeCommand(reserve[1]);
    const problem = /^::(?:warning|error)(?: [^:]*)?::(.*)$/.exec(line);
    if (problem) return void problems.push(unescapeCommand(problem[1]));
    if (line !== "") process.stdout.write(line + os.EOL);
  }, "onLine");
  createInterface({ input: child.stdout }).on("line", onLine);
  child.stderr.on("data", (chunk) => process.stderr.write(chunk));
  const exit = await new Promise((resolve2) => {
    child.on("error", (e) => {
      problems.push(`the cache worker did not start: ${errorMessage(e)}`);
      resolve2(null);
    });
    child.on("close", (code) => resolve2(code));
  });
  clearInterval(watch);
  const failure = stopped ?? result?.error ?? (problems.join("; ") || (result === void 0 ? `the cache worker exited with code ${exit}` : void 0));
  return {
    value: result?.value,
    failure,
    unavailable: result?.unavailable,
    archiveBytes,
    reserveError,
    ms: performance.now() - started
  };
}
__name(inWorker, "inWorker");
function unescapeCommand(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
__name(unescapeCommand, "unescapeCommand");

// src/cache/build-cache.ts
async function restoreBuildCache(env, context) {
  const gocache = env.go.env.GOCACHE;
  const keys = buildKeys({
    ...context,
    goVersion: env.go.env.GOVERSION,
    goos: env.go.env.GOOS,
    goarch: env.go.env.GOARCH,
    runId: `${process.env.GITHUB_RUN_ID || Date.now()}-${process.env.GITHUB_RUN_ATTEMPT || 1}`
  });
  let restore;
  if (await isPopulated(gocache)) {
    info(`Build cache: ${gocache} already has entries; not restored over them, nor saved.`);
    restore = { kind: "skipped", primaryKey: keys.primary, matchedKey: "" };
  } else {
    const call = await restoreEntry([gocache], keys.primary, [...keys.restoreKeys]);
    if (call.failure) warning(`Build cache not restored: ${call.failure}`, { title: "Build cache" });
    const matchedKey = call.value ?? "";
    restore = {
      kind: call.failure ? "unavailable" : matchedKey ? "partial" : "miss",
      primaryKey: keys.primary,
      matchedKey,
      archiveBytes: call.archiveBytes,
      restoreMs: Math.round(call.ms)
    };
    info(`Build cache: ${restore.kind}${matchedKey ? ` from ${matchedKey}` : ""} (key ${keys.primary}).`);
  }
  const restored = restore.kind === "partial" ? await buildCacheFingerprint(gocache) : fingerprint([]);
  return { restore, state: { ...restore, paths: [gocache], restored } };
}
__name(restoreBuildCache, "restoreBuildCache");
async function saveBuildCache(build) {
  if (build.kind === "skipped" || build.kind === "unavailable")
    return `Build cache: not saved (restore was ${build.kind}).`;
  const now = await buildCacheFingerprint(build.paths[0]);
  if (now.files === 0) return "Build cache: not saved (empty).";
  if (now.digest === build.restored.digest) return "Build cache: not saved (unchanged since the restore).";
  const call = await saveEntry(build.paths, build.primaryKey);
  if (call.value === -1 || call.failure)
    return `Build cache: not saved (${call.reserveError ?? call.failure ?? "the service refused the key"}).`;
  return `Build cache: saved ${build.primaryKey} (${now.files} entries, ${Math.round(call.ms)} ms).`;
}
__name(saveBuildCache, "saveBuildCache");
async function buildCacheFingerprint(gocache) {
  const hash = createHash3("sha256");
  let files = 0;
  let dirs = [];
  try {
    dirs = (await fs2.readdir(gocache)).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort();
  } catch {
  }
  for (const d of dirs) {
    const names = (await fs2.readdir(path5.join(gocache, d))).sort();
    files += names.length;
    hash.update(`${d}/${names.join("\n")}
`);
  }
  return { files, bytes: 0, digest: hash.digest("hex").slice(0, 32) };
}
__name(buildCacheFingerprint, "buildCacheFingerprint");

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

// src/cache/cache-state.ts
var cacheState = stateItem("cache");

// src/cache/restore-cache.ts
async function restoreModuleCache(inputs, env) {
  const sums = checksumFiles(env.downloadSet.files);
  const hash = dependencyHash(sums, inputs.workingDirectory);
  const context = { os: runnerOs(), suffix: inputs.cacheKeySuffix, dependencyHash: hash };
  const keys = moduleKeys(context);
  const downloadDir = path6.join(env.go.env.GOMODCACHE, "cache", "download");
  const result = await restoreModules(inputs, env.go.env.GOMODCACHE, downloadDir, keys);
  setOutput("cache-hit", String(result.kind === "exact"));
  setOutput("cache-restore-kind", result.kind);
  setOutput("cache-primary-key", keys.primary);
  setOutput("cache-matched-key", result.matchedKey);
  if (result.kind === "disabled") return result;
  const restored = fingerprint(result.kind === "partial" ? await listDownloadDir(downloadDir) : []);
  const build = inputs.cacheBuild && result.kind !== "unavailable" ? await restoreBuildCache(env, context) : void 0;
  cacheState.save({
    save: inputs.cacheSave,
    module: { ...result, paths: [downloadDir], restored },
    checksumFiles: sums,
    dependencyHash: hash,
    hashRoot: inputs.workingDirectory,
    build: build?.state
  });
  return { ...result, build: build?.restore };
}
__name(restoreModuleCache, "restoreModuleCache");
async function restoreModules(inputs, gomodcache, downloadDir, keys) {
  const none = { primaryKey: keys.primary, matchedKey: "" };
  if (!inputs.cache) {
    info("Module cache off (cache: false).");
    return { kind: "disabled", ...none };
  }
  info(`Primary key: ${keys.primary}`);
  if (!serviceConfigured()) {
    info("The cache service is not available to this job (no ACTIONS_RESULTS_URL): no module cache.");
    return { kind: "unavailable", ...none };
  }
  if (await isPopulated(gomodcache)) {
    notice(
      `GOMODCACHE ${gomodcache} already holds modules (a self-hosted runner, or another cache step), so the module cache is not restored over it, nor saved from it.`,
      { title: "Module cache" }
    );
    return { kind: "skipped", ...none };
  }
  const restoreKeys = inputs.cacheRestoreKeys ? [keys.restorePrefix] : [];
  const call = await restoreEntry([downloadDir], keys.primary, restoreKeys);
  const timing = { archiveBytes: call.archiveBytes, restoreMs: Math.round(call.ms) };
  if (call.unavailable) {
    info("The cache service is not available to this job: no module cache.");
    return { kind: "unavailable", ...none };
  }
  if (call.failure) {
    warning(
      `The cache service failed (${call.failure}). Continuing without the module cache: the download fetches every module, and nothing is saved.`,
      { title: "Module cache unavailable" }
    );
    return { kind: "unavailable", ...none, ...timing };
  }
  const matchedKey = call.value ?? "";
  const kind = matchedKey === "" ? "miss" : isSameKey(keys.primary, matchedKey) ? "exact" : "partial";
  info(
    kind === "miss" ? `No module cache for ${keys.primary}${restoreKeys.length ? ` or ${keys.restorePrefix}*` : ""}.` : `Restored ${kind === "exact" ? "exactly" : `partially from ${matchedKey}`} (${mib(call.archiveBytes)}, ${timing.restoreMs} ms).`
  );
  return { kind, primaryKey: keys.primary, matchedKey, ...timing };
}
__name(restoreModules, "restoreModules");
var OS_NAMES = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function runnerOs() {
  return process.env.RUNNER_OS || OS_NAMES[os2.platform()] || os2.platform();
}
__name(runnerOs, "runnerOs");
function mib(bytes) {
  return bytes === void 0 ? "size unknown" : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
__name(mib, "mib");

// src/credentials/remove-credentials.ts
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import * as path7 from "node:path";

// src/credentials/credential-state.ts
var credentialState = stateItem("credentials");

// src/credentials/remove-credentials.ts
async function removeCredentials() {
  const state = credentialState.load();
  if (state === void 0) return "Nothing to clean up: no credentials were configured.";
  return removeCredentialDir(state.dir);
}
__name(removeCredentials, "removeCredentials");
async function removeCredentialDir(dir) {
  const temp = process.env.RUNNER_TEMP;
  if (!temp || path7.dirname(path7.resolve(dir)) !== path7.resolve(temp) || !path7.basename(dir).startsWith(PREFIX)) {
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

// src/download/download-state.ts
var downloadState = stateItem("download");

export {
  dependencyHash,
  isSameKey,
  listDownloadDir,
  fingerprint,
  neededVersions,
  pruneDownloadDir,
  runTool,
  isKeyConflict,
  restoreEntry,
  saveEntry,
  saveBuildCache,
  cacheState,
  restoreModuleCache,
  mib,
  credentialState,
  removeCredentials,
  removeCredentialDir,
  PREFIX,
  downloadState
};
