import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RESULT_MARK
} from "./chunk-M5XNDFZ3.js";
import {
  errorMessage
} from "./chunk-5QCUKRW6.js";
import {
  debug
} from "./chunk-DH4MFXE2.js";
import {
  __name
} from "./chunk-N2CE72JC.js";

// src/util/event-payload.ts
import { readFileSync } from "node:fs";
function eventFacts(eventPath = process.env.GITHUB_EVENT_PATH) {
  let repository;
  try {
    repository = eventPath ? JSON.parse(readFileSync(eventPath, "utf8")).repository : void 0;
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

// src/cache/worker-process.ts
import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
function workerScript() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.join(path.basename(here) === "chunks" ? path.dirname(here) : here, "cache-worker.js");
}
__name(workerScript, "workerScript");
function workerEnvironment(op, env) {
  return op === "save" && !env.ZSTD_CLEVEL ? { ...env, ZSTD_CLEVEL: "1" } : env;
}
__name(workerEnvironment, "workerEnvironment");
function startWorker(script, env) {
  const child = spawn(process.execPath, [script], {
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
function prewarmWorkers(count, script = workerScript()) {
  for (let i = 0; i < count; i++) idle.push(startWorker(script, workerEnvironment("restore", process.env)));
}
__name(prewarmWorkers, "prewarmWorkers");
function workerFor(request, script) {
  const at = request.op === "save" ? -1 : idle.findIndex((w) => w.script === script);
  const waiting = at < 0 ? void 0 : idle.splice(at, 1)[0];
  const worker = waiting ?? startWorker(script, workerEnvironment(request.op, process.env));
  worker.child.stdin.end(JSON.stringify(request) + "\n");
  return worker;
}
__name(workerFor, "workerFor");
function releaseIdleWorkers() {
  for (const worker of idle.splice(0)) worker.child.stdin.end();
}
__name(releaseIdleWorkers, "releaseIdleWorkers");

// src/cache/service.ts
import * as os2 from "node:os";
import { createInterface } from "node:readline";

// src/exec/run-tool.ts
import { spawn as spawn2 } from "node:child_process";
import * as os from "node:os";
import * as path2 from "node:path";
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
  const command = path2.win32.join(env.SystemRoot ?? "C:\\Windows", "System32", "taskkill.exe");
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
    op: how.lookupOnly ? "lookup" : "restore",
    paths,
    key: primaryKey,
    restoreKeys,
    mtime: how.mtime
  };
  return inWorker(request, options, how.holdLog ? [] : void 0);
}
__name(restoreEntry, "restoreEntry");
async function saveEntry(paths, key, how = {}, options = supervisorOptions()) {
  const call = await inWorker(
    { op: "save", paths, key },
    options,
    how.holdLog ? [] : void 0
  );
  return { ...call, value: call.value ?? -1 };
}
__name(saveEntry, "saveEntry");
function showHeld(lines = []) {
  for (const held of lines) {
    if (held.to === "stderr") process.stderr.write(held.line);
    else if (held.to === "debug") debug(held.line);
    else process.stdout.write(held.line + os2.EOL);
  }
}
__name(showHeld, "showHeld");
async function inWorker(request, options, held) {
  const started = performance.now();
  const worker = workerFor(request, options.workerScript);
  const show = held ? (line) => void held.push(line) : (line) => showHeld([line]);
  const { log, exit } = await supervise(worker, request.op, options, show);
  return {
    value: log.result?.value,
    failure: callFailure(log, exit),
    unavailable: log.result?.unavailable,
    refused: log.result?.refused,
    archiveBytes: log.archiveBytes,
    reserveError: log.reserveError,
    held,
    ms: performance.now() - started
  };
}
__name(inWorker, "inWorker");
async function supervise({ child, exited }, op, limits, show) {
  let log = startLog(op, performance.now());
  const update = /* @__PURE__ */ __name((next) => {
    if (next.stop !== void 0 && log.stop === void 0) stopTree(child.pid);
    log = next;
  }, "update");
  const watch = setInterval(() => update(checkDeadline(log, performance.now(), limits)), 100);
  createInterface({ input: child.stdout }).on("line", (line) => {
    const read = readWorkerLine(log, line, op, performance.now(), limits);
    update(read.log);
    if (read.echo) show(read.echo);
  });
  child.stderr.on("data", (chunk) => show({ to: "stderr", line: chunk }));
  const { code: exit, error } = await exited;
  if (error)
    log = { ...log, problems: [...log.problems, `the cache worker did not start: ${errorMessage(error)}`] };
  clearInterval(watch);
  return { log, exit };
}
__name(supervise, "supervise");

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

export {
  runTool,
  prewarmWorkers,
  releaseIdleWorkers,
  isKeyConflict,
  serviceConfigured,
  restoreEntry,
  saveEntry,
  showHeld,
  eventFacts,
  logText,
  escapeHtml
};
