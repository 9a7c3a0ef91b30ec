import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AHEAD,
  RESULT_MARK
} from "./chunk-3O35XIHG.js";
import {
  errorMessage
} from "./chunk-5QCUKRW6.js";
import {
  debug,
  info,
  warning
} from "./chunk-DH4MFXE2.js";
import {
  __name
} from "./chunk-N2CE72JC.js";

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

// src/util/event-payload.ts
import { readFileSync as readFileSync2 } from "node:fs";
function eventFacts(eventPath = process.env.GITHUB_EVENT_PATH) {
  let repository;
  try {
    repository = eventPath ? JSON.parse(readFileSync2(eventPath, "utf8")).repository : void 0;
  } catch {
    repository = void 0;
  }
  const branch = repository?.default_branch;
  const visibility = repository?.visibility;
  const saysPublic = repository?.private === false || visibility === "public";
  const saysPrivate = repository?.private === true || visibility === "private" || visibility === "internal";
  return {
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : void 0,
    // Two fields that disagree read as public, the safe side.
    privateRepository: saysPrivate && !saysPublic
  };
}
__name(eventFacts, "eventFacts");

// src/util/escape.ts
var UNSAFE_IN_LINE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
function logText(s) {
  return s.replace(UNSAFE_IN_LINE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\u{${c.codePointAt(0)?.toString(16)}}`;
  });
}
__name(logText, "logText");
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}
__name(escapeHtml, "escapeHtml");

// src/cache/worker-process.ts
import { spawn } from "node:child_process";
import * as path2 from "node:path";
import { fileURLToPath } from "node:url";
function workerScript() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  return path2.join(path2.basename(here) === "chunks" ? path2.dirname(here) : here, "cache-worker.js");
}
__name(workerScript, "workerScript");
function workerEnvironment(op, env) {
  return op === "save" && !env.ZSTD_CLEVEL ? { ...env, ZSTD_CLEVEL: "1" } : env;
}
__name(workerEnvironment, "workerEnvironment");
function startWorker(script, env, ahead = false) {
  const child = spawn(process.execPath, ahead ? [script, AHEAD] : [script], {
    env,
    stdio: ["pipe", "pipe", "pipe"],
    detached: process.platform !== "win32"
    // its own process group: stopping it stops a tar it started too
  });
  const exited = new Promise((resolve) => {
    child.on("error", (error) => resolve({ code: null, error }));
    child.on("close", (code) => resolve({ code }));
  });
  child.stdin.on("error", () => void 0);
  return { script, child, exited };
}
__name(startWorker, "startWorker");
var idle = [];
function prewarmWorkers(count, script = workerScript(), use = "restore") {
  for (let i = 0; i < count; i++)
    idle.push({ worker: startWorker(script, workerEnvironment(use, process.env), true), use });
}
__name(prewarmWorkers, "prewarmWorkers");
function workerFor(request, script, how = {}) {
  const use = how.then ?? (request.op === "save" ? "save" : "restore");
  const at = idle.findIndex((w) => w.worker.script === script && w.use === use);
  const waiting = at < 0 ? void 0 : idle.splice(at, 1)[0].worker;
  const worker = waiting ?? startWorker(script, workerEnvironment(use, process.env));
  if (how.then) worker.child.stdin.write(requestLine(request));
  else worker.child.stdin.end(requestLine(request));
  return worker;
}
__name(workerFor, "workerFor");
function sendLast(worker, request) {
  if (isWaiting(worker)) worker.child.stdin.end(request && requestLine(request));
}
__name(sendLast, "sendLast");
function isWaiting({ child }) {
  return child.pid !== void 0 && child.exitCode === null && child.signalCode === null && !child.stdin.writableEnded;
}
__name(isWaiting, "isWaiting");
function releaseIdleWorkers() {
  for (const { worker } of idle.splice(0)) worker.child.stdin.end();
}
__name(releaseIdleWorkers, "releaseIdleWorkers");
function requestLine(request) {
  return JSON.stringify(request) + "\n";
}
__name(requestLine, "requestLine");

// src/cache/service.ts
import * as os2 from "node:os";
import { createInterface } from "node:readline";

// src/exec/run-tool.ts
import { spawn as spawn2 } from "node:child_process";
import * as os from "node:os";
import * as path3 from "node:path";
function runTool(command, args, options = {}) {
  const started = performance.now();
  debug(`run: ${[command, ...args].join(" ")}${options.cwd ? ` (in ${options.cwd})` : ""}`);
  return new Promise((resolve, reject) => {
    stopGroupsOnSignal();
    const child = spawn2(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group on POSIX, so stopTree reaches every descendant. Not on Windows, where `detached`
      // means a new console instead; taskkill /T finds the tree there.
      detached: process.platform !== "win32",
      windowsHide: true
    });
    const untrack = trackProcessGroup(child.pid);
    const guard = guardProcess(child.pid, options);
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (b) => {
      stdout.push(b);
      guard.active();
    });
    child.stderr.on("data", (b) => {
      stderr.push(b);
      guard.active();
    });
    child.on("error", (e) => {
      untrack();
      guard.stop();
      reject(e);
    });
    child.on("close", (code) => {
      untrack();
      guard.stop();
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        ...guard.stopped,
        durationMs: performance.now() - started
      });
    });
  });
}
__name(runTool, "runTool");
function guardProcess(pid, options) {
  const stopped2 = { timedOut: false, stalled: false };
  const watch = watchStall(options, () => {
    stopped2.stalled = true;
    stopTree(pid);
  });
  const timer = options.timeoutMs === void 0 ? void 0 : setTimeout(() => {
    stopped2.timedOut = true;
    stopTree(pid);
  }, options.timeoutMs);
  return {
    stopped: stopped2,
    active: /* @__PURE__ */ __name(() => watch.active(), "active"),
    stop: /* @__PURE__ */ __name(() => {
      clearTimeout(timer);
      watch.stop();
    }, "stop")
  };
}
__name(guardProcess, "guardProcess");
function watchStall(options, onStall) {
  const limit = options.stallTimeoutMs;
  if (limit === void 0) return { active: /* @__PURE__ */ __name(() => void 0, "active"), stop: /* @__PURE__ */ __name(() => void 0, "stop") };
  let lastActive = performance.now();
  let baseline;
  let stopped2 = false;
  let timer;
  const schedule = /* @__PURE__ */ __name(() => {
    if (!stopped2) timer = setTimeout(() => void check(), Math.max(10, Math.min(limit / 4, 1e3)));
  }, "schedule");
  const check = /* @__PURE__ */ __name(async () => {
    const silent = performance.now() - lastActive;
    if (options.progress && silent >= limit / 2) {
      const silenceStarted = lastActive;
      const fingerprint = await options.progress().catch(() => "");
      if (stopped2) return;
      if (lastActive !== silenceStarted) baseline = void 0;
      else if (baseline === void 0) baseline = fingerprint;
      else if (baseline !== fingerprint) {
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
      stopped2 = true;
      clearTimeout(timer);
    }, "stop")
  };
}
__name(watchStall, "watchStall");
var liveGroups = /* @__PURE__ */ new Set();
var stopOnSignal = false;
function trackProcessGroup(pid) {
  stopGroupsOnSignal();
  if (pid === void 0) return () => void 0;
  liveGroups.add(pid);
  return () => liveGroups.delete(pid);
}
__name(trackProcessGroup, "trackProcessGroup");
function stopGroupsOnSignal() {
  if (!stopOnSignal) {
    stopOnSignal = true;
    for (const signal of ["SIGTERM", "SIGINT"]) {
      process.once(signal, () => {
        for (const group of liveGroups) stopTree(group);
        process.exit(128 + os.constants.signals[signal]);
      });
    }
  }
}
__name(stopGroupsOnSignal, "stopGroupsOnSignal");
function treeStopFor(pid, platform = process.platform, env = process.env) {
  if (platform !== "win32") return { kind: "signal-group", pid: -pid };
  const command = path3.win32.join(env.SystemRoot ?? "C:\\Windows", "System32", "taskkill.exe");
  return { kind: "command", command, args: ["/T", "/F", "/PID", String(pid)] };
}
__name(treeStopFor, "treeStopFor");
function stopTree(pid) {
  if (pid === void 0) return;
  const stop = treeStopFor(pid);
  if (stop.kind === "signal-group") return killQuietly(stop.pid);
  const taskkill = spawn2(stop.command, stop.args, { stdio: "ignore", windowsHide: true });
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

// src/cache/worker-log.ts
var RETRY_NOTICE = /^Attempt (\d+) of \d+ failed with error: (.*?)\.? Retrying request in \d+ ms/;
var WAITS = {
  restore: { end: /^Cache hit for|^::debug::Cache not found/ },
  lookup: { end: /^Cache hit for|^::debug::Cache not found/ },
  save: { start: /^::debug::Reserving Cache/, end: /^::debug::(Attempting to upload|Failed to reserve)/ }
};
var SIZE = /^Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)/;
var RESERVE_FAILED = /^::debug::Failed to reserve cache: (.*)/;
var PROBLEM = /^::(?:warning|error)(?: [^:]*)?::(.*)$/;
function startLog(op, now) {
  return { problems: [], failedCalls: 0, waitingSince: WAITS[op].start ? void 0 : now };
}
__name(startLog, "startLog");
function readWorkerLine(log, line, op, now, limits) {
  if (line.startsWith(RESULT_MARK))
    return {
      log: { ...log, result: JSON.parse(line.slice(RESULT_MARK.length)) },
      echo: void 0
    };
  const wait = WAITS[op];
  let next = log;
  if (wait.start?.test(line)) next = { ...next, waitingSince: now };
  if (wait.end.test(line)) next = { ...next, waitingSince: void 0 };
  const retry = RETRY_NOTICE.exec(line);
  if (retry) {
    const failedCalls = next.failedCalls + 1;
    next = { ...next, failedCalls };
    if (failedCalls >= limits.failuresToStop && (next.waitingSince !== void 0 || op === "save"))
      next = stopped(next, `the cache service failed ${failedCalls} times (${retry[2]})`);
    return { log: next, echo: { to: "debug", line } };
  }
  const size = SIZE.exec(line);
  if (size) next = { ...next, archiveBytes: Number(size[1] ?? size[2]) };
  const reserve = RESERVE_FAILED.exec(line);
  if (reserve) next = { ...next, reserveError: unescapeCommand(reserve[1]) };
  const problem = PROBLEM.exec(line);
  if (problem)
    return { log: { ...next, problems: [...next.problems, unescapeCommand(problem[1])] }, echo: void 0 };
  return { log: next, echo: line === "" ? void 0 : { to: "log", line } };
}
__name(readWorkerLine, "readWorkerLine");
function checkDeadline(log, now, limits) {
  if (log.waitingSince === void 0 || now - log.waitingSince <= limits.answerDeadlineMs) return log;
  return stopped(log, `the cache service did not answer within ${limits.answerDeadlineMs / 1e3} s`);
}
__name(checkDeadline, "checkDeadline");
function callFailure(log, exit) {
  return log.stop ?? log.result?.error ?? (log.problems.join("; ") || (log.result === void 0 ? `the cache worker exited with code ${exit}` : void 0));
}
__name(callFailure, "callFailure");
function stopped(log, why) {
  return log.stop === void 0 ? { ...log, stop: why } : log;
}
__name(stopped, "stopped");
function unescapeCommand(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
__name(unescapeCommand, "unescapeCommand");

// src/cache/service.ts
var ANSWER_DEADLINE_MS = 5e3;
function supervisorOptions(overrides = {}) {
  return {
    answerDeadlineMs: ANSWER_DEADLINE_MS,
    failuresToStop: 2,
    workerScript: workerScript(),
    ...overrides
  };
}
__name(supervisorOptions, "supervisorOptions");
function isKeyConflict(call) {
  return /\(409\)|already exists/i.test(call.reserveError ?? "");
}
__name(isKeyConflict, "isKeyConflict");
function serviceConfigured() {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}
__name(serviceConfigured, "serviceConfigured");
function restoreEntry(paths, primaryKey, restoreKeys, how = {}, options = supervisorOptions()) {
  const request = {
    op: "restore",
    paths,
    key: primaryKey,
    restoreKeys,
    mtime: how.mtime
  };
  return inWorker(request, options, how.holdIn);
}
__name(restoreEntry, "restoreEntry");
async function lookupThenSave(paths, key, decide, how = {}, options = supervisorOptions()) {
  const request = { op: "lookup", paths, key, restoreKeys: [] };
  const worker = workerFor(request, options.workerScript, { then: "save" });
  try {
    const lookup = await inWorker(request, options, how.holdIn, worker);
    return await decide({
      lookup,
      keyExists: !lookup.failure && lookup.value !== void 0 && isSameKey(key, lookup.value),
      async save() {
        const save = { op: "save", paths, key };
        const kept = isWaiting(worker) ? worker : void 0;
        if (kept) sendLast(kept, save);
        const call = await inWorker(save, options, how.holdIn, kept);
        return { ...call, value: call.value ?? -1 };
      }
    });
  } finally {
    sendLast(worker);
  }
}
__name(lookupThenSave, "lookupThenSave");
function showHeld(lines = []) {
  for (const held of lines) {
    if (held.to === "stderr") process.stderr.write(held.line);
    else if (held.to === "debug") debug(held.line);
    else process.stdout.write(held.line + os2.EOL);
  }
}
__name(showHeld, "showHeld");
async function inWorker(request, options, held, worker = workerFor(request, options.workerScript)) {
  const started = performance.now();
  const show = held ? (line) => void held.push(line) : (line) => showHeld([line]);
  const { log, exit } = await supervise(worker, request.op, options, show);
  return {
    value: log.result?.value,
    failure: callFailure(log, exit),
    unavailable: log.result?.unavailable,
    refused: log.result?.refused,
    archiveBytes: log.archiveBytes,
    reserveError: log.reserveError,
    ms: performance.now() - started
  };
}
__name(inWorker, "inWorker");
var lineReaders = /* @__PURE__ */ new WeakMap();
async function supervise(worker, op, limits, show) {
  const { child, exited } = worker;
  let log = startLog(op, performance.now());
  const staysForAnother = isWaiting(worker);
  const update = /* @__PURE__ */ __name((next) => {
    if (next.stop !== void 0 && log.stop === void 0) stopTree(child.pid);
    log = next;
  }, "update");
  const watch = setInterval(() => update(checkDeadline(log, performance.now(), limits)), 100);
  const lines = lineReaders.get(worker) ?? createInterface({ input: child.stdout });
  lineReaders.set(worker, lines);
  let answered = /* @__PURE__ */ __name(() => {
  }, "answered");
  const result = new Promise(
    (resolve) => answered = /* @__PURE__ */ __name(() => resolve({ code: null }), "answered")
  );
  const onLine = /* @__PURE__ */ __name((line) => {
    const read = readWorkerLine(log, line, op, performance.now(), limits);
    update(read.log);
    if (read.echo) show(read.echo);
    if (staysForAnother && read.log.result) answered();
  }, "onLine");
  const onStderr = /* @__PURE__ */ __name((chunk) => show({ to: "stderr", line: chunk }), "onStderr");
  lines.on("line", onLine);
  child.stderr.on("data", onStderr);
  const { code: exit, error } = await Promise.race([exited, result]);
  lines.off("line", onLine);
  child.stderr.off("data", onStderr);
  if (error)
    log = { ...log, problems: [...log.problems, `the cache worker did not start: ${errorMessage(error)}`] };
  clearInterval(watch);
  return { log, exit };
}
__name(supervise, "supervise");

// src/cache/build-cache.ts
import * as path5 from "node:path";

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
import { promises as fs } from "node:fs";
import * as path4 from "node:path";
var SUBDIR = /^[0-9a-f]{2}$/;
var ENTRY = /^([0-9a-f]+)-([ad])$/;
async function listGocache(gocache) {
  let subdirs;
  try {
    subdirs = (await fs.readdir(gocache)).filter((d) => SUBDIR.test(d));
  } catch {
    return [];
  }
  const lists = await Promise.all(subdirs.map((d) => listSubdir(gocache, d)));
  return lists.flat().sort((a, b) => a.rel < b.rel ? -1 : 1);
}
__name(listGocache, "listGocache");
async function hasEntries(gocache) {
  const subdirs = await fs.readdir(gocache).catch(() => []);
  for (const d of subdirs.filter((d2) => SUBDIR.test(d2))) {
    const names = await fs.readdir(path4.join(gocache, d)).catch(() => []);
    if (names.some((n) => ENTRY.test(n))) return true;
  }
  return false;
}
__name(hasEntries, "hasEntries");
async function listSubdir(gocache, subdir) {
  const names = (await fs.readdir(path4.join(gocache, subdir))).filter((n) => ENTRY.test(n));
  const entries = await Promise.all(
    names.map(async (name) => {
      const file = path4.join(gocache, subdir, name);
      const info2 = await fs.stat(file).catch(() => void 0);
      if (!info2) return void 0;
      const bytes = info2.isDirectory() ? await directoryBytes(file) : info2.size;
      return { rel: `${subdir}/${name}`, bytes, mtimeMs: info2.mtimeMs, isDir: info2.isDirectory() };
    })
  );
  return entries.filter((e) => e !== void 0);
}
__name(listSubdir, "listSubdir");
async function directoryBytes(dir) {
  const names = await fs.readdir(dir);
  const sizes = await Promise.all(
    names.map(
      (n) => fs.stat(path4.join(dir, n)).then(
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
    actions.map((e) => fs.readFile(path4.join(gocache, e.rel), "utf8").then(actionOutputId, () => void 0))
  );
  return new Set(ids.filter((id) => id !== void 0).map(outputEntry));
}
__name(outputsNamedBy, "outputsNamedBy");
async function removeEntries(gocache, entries) {
  await Promise.all(entries.map((e) => fs.rm(path4.join(gocache, e.rel), { recursive: e.isDir, force: true })));
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
  const held = [];
  const run = { gocache, primaryKey: keys.primary, held };
  if (skip) return { ...run, skip, restoredAt: Date.now(), restored: none };
  const mtime = (Date.now() - MARK_AGE_MS) / 1e3;
  const call = await restoreEntry([gocache], keys.primary, [keys.restorePrefix], { mtime, holdIn: held });
  const restoredAt = Date.now();
  const found = !call.failure && !call.refused && call.value;
  return { ...run, call, restoredAt, restored: found ? totals(await listGocache(gocache)) : none };
}
__name(restoreBuildCache, "restoreBuildCache");
function reportBuildRestore(run) {
  const { call, primaryKey } = run;
  showHeld(run.held);
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
    paths: [run.gocache],
    restored: { files: restored.entries, bytes: restored.bytes, digest: "" },
    usedSinceMs: restored.entries > 0 ? run.restoredAt - CLOCK_MARGIN_MS : 0
  };
  return { restore, state };
}
__name(reportBuildRestore, "reportBuildRestore");
async function buildCacheSkippedEarly(env = process.env) {
  if (!env.GOCACHEPROG && env.GOCACHE === void 0) return false;
  return await skipReason(env.GOCACHE ?? "", env) !== void 0;
}
__name(buildCacheSkippedEarly, "buildCacheSkippedEarly");
async function skipReason(gocache, env = process.env) {
  if (env.GOCACHEPROG) return "GOCACHEPROG serves the build cache";
  if (!path5.isAbsolute(gocache)) return `GOCACHE is ${JSON.stringify(gocache)}, not a directory`;
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
  return lookupThenSave(
    build.paths,
    key,
    async (service) => {
      if (service.keyExists) return `Build cache: not saved (${key} was saved by another job of this run).`;
      const pruned = await pruneUnused(gocache, entries, build.usedSinceMs, listMs);
      return `Build cache: ${await saveGocache(service, key, totals(pruned.keep), pruned.note)}`;
    },
    { holdIn: held }
  );
}
__name(pruneAndSave, "pruneAndSave");
async function pruneUnused(gocache, entries, usedSinceMs, listMs) {
  const pruning = performance.now();
  const plan = planPrune(entries, usedSinceMs, await outputsNamedBy(gocache, entries, usedSinceMs));
  await removeEntries(gocache, plan.drop);
  const dropped = totals(plan.drop);
  const pruneMs = Math.round(listMs + performance.now() - pruning);
  const note = dropped.entries > 0 ? `pruned ${plural(dropped.entries, "entry", "entries")} (${formatBytes(dropped.bytes)}) this job did not use, in ${pruneMs} ms` : `nothing to prune (${pruneMs} ms)`;
  return { keep: plan.keep, note };
}
__name(pruneUnused, "pruneUnused");
async function saveGocache(service, key, kept, pruned) {
  const call = await service.save();
  if (isKeyConflict(call)) return `not saved (another job of this run is saving ${key}; ${pruned}).`;
  if (call.failure || call.value === -1) {
    const why = [call.failure, call.reserveError].filter(Boolean).join(": ") || "the save returned no entry";
    warning(`The build cache is not saved: ${why}`, { title: "Build cache" });
    return `not saved (the cache service failed; ${pruned}).`;
  }
  return `saved ${key} (${plural(kept.entries, "entry", "entries")}, ${formatBytes(kept.bytes)}, ${formatBytes(call.archiveBytes)} archive, ${Math.round(call.ms)} ms; ${pruned}).`;
}
__name(saveGocache, "saveGocache");

export {
  logText,
  escapeHtml,
  formatSeconds,
  formatBytes,
  plural,
  untrustedEvent,
  checksumFiles,
  dependencyHash,
  moduleKeys,
  isSameKey,
  runTool,
  workerScript,
  prewarmWorkers,
  releaseIdleWorkers,
  isKeyConflict,
  serviceConfigured,
  restoreEntry,
  lookupThenSave,
  showHeld,
  restoreBuildCache,
  reportBuildRestore,
  buildCacheSkippedEarly,
  saveBuildCache,
  buildSaveRefusal,
  eventFacts
};
