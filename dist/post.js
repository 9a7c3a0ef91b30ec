import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  cacheState,
  dependencyHash,
  downloadState,
  fingerprint,
  isKeyConflict,
  isSameKey,
  listDownloadDir,
  mib,
  neededVersions,
  pruneDownloadDir,
  removeCredentials,
  restoreEntry,
  saveBuildCache,
  saveEntry
} from "./chunks/chunk-6QKO7WIG.js";
import "./chunks/chunk-NU5Q7IMV.js";
import {
  info,
  summary,
  warning
} from "./chunks/chunk-6NOU4TFR.js";
import {
  __name,
  errorMessage
} from "./chunks/chunk-6YREEE2X.js";

// src/cache/save-cache.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { rm } from "node:fs/promises";
import * as path from "node:path";

// src/cache/save-policy.ts
import { readFileSync } from "node:fs";
function saveRefusal(save2, env = process.env) {
  if (save2 === "never") return "cache-save: never (restore only)";
  if (save2 === "on-change") return void 0;
  const branch = defaultBranch(env.GITHUB_EVENT_PATH);
  if (branch === void 0)
    return "cache-save: default-branch, and the event payload does not name the default branch";
  const ref = env.GITHUB_REF ?? "";
  return ref === `refs/heads/${branch}` ? void 0 : `cache-save: default-branch, and ${ref || "this run"} is not refs/heads/${branch}`;
}
__name(saveRefusal, "saveRefusal");
function defaultBranch(eventPath) {
  if (!eventPath) return void 0;
  try {
    const event = JSON.parse(readFileSync(eventPath, "utf8"));
    const branch = event.repository?.default_branch;
    return typeof branch === "string" && branch !== "" ? branch : void 0;
  } catch {
    return void 0;
  }
}
__name(defaultBranch, "defaultBranch");

// src/cache/save-cache.ts
async function saveModuleCache() {
  try {
    const lines = await save();
    await summary.addRaw(lines.join("<br>\n"), true).write();
    return lines.join("\n");
  } catch (e) {
    warning(`Module cache not saved: ${errorMessage(e)}`, { title: "Module cache" });
    return `Module cache: not saved (${errorMessage(e)}).`;
  }
}
__name(saveModuleCache, "saveModuleCache");
async function save() {
  const state = cacheState.load();
  if (!state) return ["Module cache: not saved (cache off, or the main step stopped before the cache)."];
  const refusal = saveRefusal(state.save);
  if (refusal) return [`Module cache: not saved (${refusal}).`];
  if (!downloadState.load()?.ok)
    return ["Module cache: not saved (the main step did not complete a module download)."];
  const lines = [await saveModules(state)];
  if (state.build) lines.push(await saveBuildCache(state.build));
  return lines;
}
__name(save, "save");
async function saveModules(state) {
  const m = state.module;
  if (m.kind === "exact") return `Module cache: not saved (exact hit: ${m.primaryKey} exists).`;
  if (m.kind === "skipped") return "Module cache: not saved (GOMODCACHE was populated before this job).";
  if (m.kind === "unavailable") return "Module cache: not saved (the cache service was unavailable).";
  const started = performance.now();
  const [downloadDir] = m.paths;
  await rm(path.join(downloadDir, "..", "vcs"), { recursive: true, force: true });
  let entries = await listDownloadDir(downloadDir);
  let pruned = "";
  const sums = state.checksumFiles.map(readOrEmpty);
  if (dependencyHash(state.checksumFiles, state.hashRoot) === state.dependencyHash) {
    const removed = await pruneDownloadDir(downloadDir, entries, neededVersions(sums));
    const versions = new Set(removed.filter((e) => e.ext === "zip").map((e) => `${e.module}@${e.version}`));
    if (removed.length > 0) {
      pruned = `, pruned ${versions.size} unneeded module version(s)`;
      info(`Pruned ${removed.length} file(s) of module versions the download set no longer needs.`);
      const gone = new Set(removed);
      entries = entries.filter((e) => !gone.has(e));
    }
  } else {
    pruned = ", not pruned (go.sum changed during the job)";
  }
  const now = fingerprint(entries);
  if (now.files === 0) return "Module cache: not saved (no modules in the cache).";
  if (now.digest === m.restored.digest)
    return `Module cache: not saved (unchanged since the ${m.kind === "partial" ? `restore of ${m.matchedKey}` : "restore"}).`;
  const lookup = await restoreEntry(m.paths, m.primaryKey, [], true);
  if (lookup.failure) return unavailable(lookup.failure);
  if (lookup.value !== void 0 && isSameKey(m.primaryKey, lookup.value))
    return `Module cache: not saved (${m.primaryKey} was saved by another job).`;
  const call = await saveEntry(m.paths, m.primaryKey);
  if (isKeyConflict(call)) return `Module cache: not saved (another job is saving ${m.primaryKey}).`;
  if (call.failure || call.value === -1)
    return unavailable(
      [call.failure, call.reserveError].filter(Boolean).join(": ") || "the save returned no entry"
    );
  const ms = Math.round(performance.now() - started);
  return `Module cache: saved ${m.primaryKey} (${now.files} files, ${mib(now.bytes)} of modules, ${mib(call.archiveBytes)} archive${pruned}, ${ms} ms).`;
}
__name(saveModules, "saveModules");
function unavailable(failure) {
  warning(`The cache service failed, the module cache is not saved: ${failure}`, {
    title: "Module cache"
  });
  return "Module cache: not saved (the cache service failed).";
}
__name(unavailable, "unavailable");
function readOrEmpty(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return "";
  }
}
__name(readOrEmpty, "readOrEmpty");

// src/steps/post-step.ts
async function runPost() {
  const download = downloadState.load();
  info(
    download === void 0 ? "The main step recorded no download." : download.ok ? `The main step downloaded ${download.modules} module versions into ${download.gomodcache}.` : "The main step did not complete its download."
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
