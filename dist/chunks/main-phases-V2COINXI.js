import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GO_ENV_NAMES,
  redactUserinfo,
  serverHost,
  userinfoSecrets
} from "./chunk-RRVQQQFJ.js";
import {
  EOCD_SIZE,
  PREFIX,
  cacheState,
  credentialState,
  downloadState,
  endOfCentralDirectory,
  fingerprint,
  goModHash,
  isPopulated,
  listDownloadDir,
  readGoSums,
  readOrEmpty,
  recordPrivateModulesPolicy,
  removeCredentialDir,
  zipHash
} from "./chunk-YAXMOGNU.js";
import {
  checksumFiles,
  dependencyHash,
  escapeHtml,
  eventFacts,
  formatBytes,
  formatSeconds,
  isSameKey,
  logText,
  moduleKeys,
  plural,
  reportBuildRestore,
  restoreBuildCache,
  restoreEntry,
  runTool,
  serviceConfigured
} from "./chunk-3TPR4KFN.js";
import {
  CATALOG,
  STAGES,
  adviseByOwnership,
  alternativesFor,
  classifyFailure,
  goVersionToSemver,
  groupFindings,
  judgeDirective,
  matchScenario,
  meaningOf,
  nameRunningAction,
  ownership,
  pickPrimary,
  redact,
  relabel,
  repositoryUrl,
  runningAction,
  splitParts,
  stageOf,
  unavailableFix
} from "./chunk-AJHHL4HO.js";
import {
  escapeModulePath,
  matchPrefixPatterns,
  readGoReport,
  splitVersion,
  unescapeModulePath,
  versionOfUrl
} from "./chunk-ENVRGW5B.js";
import "./chunk-3O35XIHG.js";
import {
  errorMessage
} from "./chunk-5QCUKRW6.js";
import {
  addPath,
  debug,
  error,
  exportVariable,
  group,
  info,
  notice,
  setFailed,
  setSecret,
  summary,
  warning,
  which
} from "./chunk-DH4MFXE2.js";
import {
  require_semver
} from "./chunk-JEMEWMLI.js";
import {
  __name,
  __toESM
} from "./chunk-N2CE72JC.js";

// src/steps/main-phases.ts
import * as os6 from "node:os";
import * as path17 from "node:path";

// src/cache/restore-cache.ts
import * as os from "node:os";
import * as path from "node:path";
async function restoreModuleCache(inputs, env) {
  const sums = checksumFiles(env.downloadSet.files);
  const hash = dependencyHash(sums, inputs.workingDirectory);
  const context = { os: runnerOs(), suffix: inputs.cacheKeySuffix, dependencyHash: hash };
  const keys = moduleKeys(context);
  const downloadDir = path.join(env.go.env.GOMODCACHE, "cache", "download");
  const build = inputs.cache && inputs.cacheBuild && serviceConfigured() ? restoreBuildCache(env, context) : void 0;
  const modules = await restoreModules(inputs, env.go.env.GOMODCACHE, downloadDir, keys);
  if (modules.kind === "disabled") {
    const off = { ...modules, paths: [], restored: fingerprint([]) };
    const state2 = {
      save: "never",
      module: off,
      checksumFiles: [],
      dependencyHash: "",
      hashRoot: ""
    };
    return { modules, build, state: state2 };
  }
  const restored = fingerprint(modules.kind === "partial" ? await listDownloadDir(downloadDir) : []);
  const state = {
    save: inputs.cacheSave,
    module: { ...modules, paths: [downloadDir], restored },
    checksumFiles: sums,
    dependencyHash: hash,
    hashRoot: inputs.workingDirectory
  };
  return { modules, build, state };
}
__name(restoreModuleCache, "restoreModuleCache");
async function finishCacheRestore(pending) {
  const build = pending.build && reportBuildRestore(await pending.build);
  cacheState.save({ ...pending.state, build: build?.state });
  return { ...pending.modules, build: build?.restore };
}
__name(finishCacheRestore, "finishCacheRestore");
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
  if (call.refused) {
    warning(`Module cache entry ${call.value} refused: ${call.refused}. Downloading without it.`, {
      title: "Module cache entry refused"
    });
    return { kind: "miss", ...none, ...timing };
  }
  const matchedKey = call.value ?? "";
  const kind = matchedKey === "" ? "miss" : isSameKey(keys.primary, matchedKey) ? "exact" : "partial";
  info(
    kind === "miss" ? `No module cache for ${keys.primary}${restoreKeys.length ? ` or ${keys.restorePrefix}*` : ""}.` : `Restored ${kind === "exact" ? "exactly" : `partially from ${logText(matchedKey)}`} (${formatBytes(call.archiveBytes)}, ${timing.restoreMs} ms).`
  );
  return { kind, primaryKey: keys.primary, matchedKey, ...timing };
}
__name(restoreModules, "restoreModules");
var OS_NAMES = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function runnerOs() {
  return process.env.RUNNER_OS || OS_NAMES[os.platform()] || os.platform();
}
__name(runnerOs, "runnerOs");

// src/credentials/setup-credentials.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import * as os3 from "node:os";
import * as path5 from "node:path";

// src/credentials/credential-plan.ts
import * as path3 from "node:path";

// src/credentials/git-config.ts
function authorizationHeader(c) {
  return `AUTHORIZATION: basic ${Buffer.from(`${c.username}:${c.token}`, "utf8").toString("base64")}`;
}
__name(authorizationHeader, "authorizationHeader");
function credentialUrl(c) {
  return `https://${c.host}/${c.pathPrefix === "" ? "" : `${c.pathPrefix}/`}`;
}
__name(credentialUrl, "credentialUrl");
function gitConfigEntries(credentials) {
  const ordered = [...credentials].sort(
    (a, b) => a.host.localeCompare(b.host) || a.pathPrefix.length - b.pathPrefix.length
  );
  const entries = [];
  for (const c of ordered) {
    const url = credentialUrl(c);
    entries.push([`http.${url}.extraheader`, ""], [`http.${url}.extraheader`, authorizationHeader(c)]);
  }
  for (const c of ordered) {
    if (c.host.includes(":")) continue;
    const rest = c.pathPrefix === "" ? "" : `${c.pathPrefix}/`;
    const url = credentialUrl(c);
    entries.push([`url.${url}.insteadOf`, `git@${c.host}:${rest}`]);
    entries.push([`url.${url}.insteadOf`, `ssh://git@${c.host}/${rest}`]);
  }
  return entries;
}
__name(gitConfigEntries, "gitConfigEntries");
function gitConfigEnv(entries, current) {
  const start = /^\d+$/.test(current.GIT_CONFIG_COUNT ?? "") ? Number(current.GIT_CONFIG_COUNT) : 0;
  const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  return env;
}
__name(gitConfigEnv, "gitConfigEnv");
function gitConfigFile(entries) {
  const lines = ["# Written by setup-gomod; removed by its post step."];
  for (const [key, value] of entries) {
    const first = key.indexOf(".");
    const last = key.lastIndexOf(".");
    const section = key.slice(0, first);
    const subsection = key.slice(first + 1, last);
    lines.push(`[${section} ${quote(subsection)}]`, `	${key.slice(last + 1)} = ${quote(value)}`);
  }
  return `${lines.join("\n")}
`;
}
__name(gitConfigFile, "gitConfigFile");
function quote(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
__name(quote, "quote");

// src/credentials/netrc.ts
import { existsSync } from "node:fs";
import * as path2 from "node:path";
function netrcText(credentials, userNetrc) {
  const ours = credentials.map((c) => `machine ${c.host} login ${c.username} password ${c.password}
`).join("");
  if (userNetrc === void 0 || userNetrc.trim() === "") return ours;
  return `${ours}
${userNetrc.endsWith("\n") ? userNetrc : `${userNetrc}
`}`;
}
__name(netrcText, "netrcText");
function userNetrcPath(home, platform2 = process.platform, exists2 = existsSync) {
  if (platform2 !== "win32") return path2.posix.join(home, ".netrc");
  const legacy = path2.win32.join(home, "_netrc");
  return exists2(legacy) ? legacy : path2.win32.join(home, ".netrc");
}
__name(userNetrcPath, "userNetrcPath");
function goauthWithNetrc(current) {
  const methods = current.split(";").map((m) => m.trim()).filter(Boolean);
  if (current.trim() === "" || methods.some((m) => m === "netrc")) return { value: void 0, note: void 0 };
  if (methods.length === 1 && methods[0] === "off") {
    return { value: "netrc", note: "GOAUTH was off, so go would ignore proxy-credentials: set to netrc" };
  }
  return {
    value: `netrc;${methods.join(";")}`,
    note: `GOAUTH=${current} did not read the netrc: netrc put first`
  };
}
__name(goauthWithNetrc, "goauthWithNetrc");

// src/credentials/credential-plan.ts
function planCredentials(r) {
  const entries = gitConfigEntries(r.git);
  const goauth = goauthWithNetrc(r.goauth);
  const files = [];
  if (entries.length > 0 && r.exportCredentials)
    files.push({ name: "gitconfig", text: gitConfigFile(entries) });
  if (r.proxies.length > 0) files.push({ name: "netrc", text: netrcText(r.proxies, r.userNetrc) });
  const settle = /* @__PURE__ */ __name((dir) => {
    const variables = {};
    const notes = [];
    if (entries.length > 0) {
      const config = r.exportCredentials ? [["include.path", path3.join(dir, "gitconfig")]] : entries;
      Object.assign(variables, gitConfigEnv(config, r.env));
      notes.push(
        `Git credentials (https, and git@/ssh:// URLs rewritten to https): ${r.git.map(describe).join(", ")}`
      );
    }
    if (r.proxies.length > 0) {
      const file = path3.join(dir, "netrc");
      Object.assign(variables, {
        NETRC: file,
        ...goauth.value === void 0 ? {} : { GOAUTH: goauth.value }
      });
      if (goauth.note) notes.push(goauth.note);
      notes.push(
        `Proxy credentials for ${r.proxies.map((p) => `${p.host} (user ${p.username})`).join(", ")} in ${file} (NETRC${goauth.value === void 0 ? "" : ", GOAUTH"}); ~/.netrc is not changed.`
      );
    }
    notes.push(
      r.exportCredentials ? "Credentials are exported to later steps of this job and removed by the post step." : "Credentials are for this step only (export-credentials: false)."
    );
    return { variables, notes };
  }, "settle");
  return { exported: r.exportCredentials, files, settle, preflight: r.download && r.git.length > 0 };
}
__name(planCredentials, "planCredentials");
function describe(c) {
  const scope = c.pathPrefix === "" ? c.host : `${c.host}/${c.pathPrefix}`;
  return `${scope} (${c.source === "token" ? "input 'token'" : "git-credentials"}, user ${c.username})`;
}
__name(describe, "describe");

// src/environment/goprivate.ts
var SHARED_PUBLIC_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org"]);
function deriveGoprivate(credentials, run) {
  const candidates = [];
  const notes = [];
  for (const c of credentials) {
    const hostname = c.host.replace(/:\d+$/, "");
    if (c.pathPrefix !== "") {
      candidates.push(`${hostname}/${c.pathPrefix}`);
    } else if (!SHARED_PUBLIC_HOSTS.has(hostname)) {
      candidates.push(hostname);
    } else if (hostname === run.serverHost && run.repositoryOwner) {
      candidates.push(`${hostname}/${run.repositoryOwner}`);
      notes.push({
        message: `the credential for all of ${hostname} gives ${hostname}/${run.repositoryOwner} (the owner of this repository), not all of ${hostname}: set 'goprivate' if your private modules live elsewhere`,
        warning: false
      });
    } else {
      notes.push({
        message: `the credential for all of ${hostname} gives no GOPRIVATE pattern, because that would send every public module on ${hostname} past the proxy and the checksum database: set 'goprivate' (e.g. ${hostname}/your-org) or give the credential a path prefix`,
        warning: true
      });
    }
  }
  const unique = [...new Set(candidates)].sort((a, b) => a.split("/").length - b.split("/").length);
  const patterns = unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(`${q}/`)));
  return { patterns, notes };
}
__name(deriveGoprivate, "deriveGoprivate");
function runContextFrom(env) {
  return {
    serverHost: serverHost(env.GITHUB_SERVER_URL),
    repositoryOwner: env.GITHUB_REPOSITORY_OWNER || void 0
  };
}
__name(runContextFrom, "runContextFrom");

// src/credentials/masking.ts
function maskCredentialForms(git, proxies) {
  const pairs = [
    ...git.map((c) => ({ username: c.username, token: c.token })),
    ...proxies.map((c) => ({ username: c.username, token: c.password }))
  ];
  for (const pair of pairs) {
    for (const form of secretForms(pair)) setSecret(form);
  }
  for (const c of git) setSecret(authorizationHeader(c));
}
__name(maskCredentialForms, "maskCredentialForms");
function secretForms({ username, token }) {
  const userinfo = `${username}:${token}`;
  const forms = [token, encodeURIComponent(token), userinfo, Buffer.from(userinfo).toString("base64")];
  return [...new Set(forms.filter((f) => f !== ""))];
}
__name(secretForms, "secretForms");

// src/go/download-set.ts
import { promises as fs, readFileSync } from "node:fs";
import * as path4 from "node:path";

// src/go/go-mod-file.ts
function* directive(text, keyword) {
  const open = new RegExp(`^${keyword}\\s*\\($`);
  const single = new RegExp(`^${keyword}\\s+`);
  let inBlock = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (inBlock) {
      if (line === ")") inBlock = false;
      else if (line) yield { spec: line, line: i + 1, raw };
    } else if (open.test(line)) inBlock = true;
    else if (single.test(line)) yield { spec: line.replace(single, ""), line: i + 1, raw };
  }
}
__name(directive, "directive");
function parseRequirements(text) {
  const out = [];
  for (const e of directive(text, "require")) {
    const m = /^"?([^"\s]+)"?\s+(\S+)$/.exec(e.spec);
    if (m) out.push({ path: m[1], version: m[2], line: e.line, indirect: /\/\/\s*indirect\b/.test(e.raw) });
  }
  return out;
}
__name(parseRequirements, "parseRequirements");
function parseWorkUses(text) {
  return parseWorkUseLines(text).map((u) => u.dir);
}
__name(parseWorkUses, "parseWorkUses");
function parseWorkUseLines(text) {
  return [...directive(text, "use")].map((e) => ({ dir: unquote(e.spec), line: e.line }));
}
__name(parseWorkUseLines, "parseWorkUseLines");
function parseReplacedPaths(text) {
  return [...directive(text, "replace")].filter((e) => e.spec.includes("=>")).map((e) => unquote(e.spec.split(/\s+/)[0]));
}
__name(parseReplacedPaths, "parseReplacedPaths");
function parseModulePath(text) {
  const m = /^module\s+"?([^"\s]+)"?\s*(?:\/\/.*)?$/m.exec(text);
  return m?.[1];
}
__name(parseModulePath, "parseModulePath");
function parseModFile(text) {
  return {
    module: parseModulePath(text),
    go: /^go\s+(\d+\.\d+(?:\.\d+)?\S*)\s*$/m.exec(text)?.[1],
    requirements: parseRequirements(text),
    replaced: parseReplacedPaths(text)
  };
}
__name(parseModFile, "parseModFile");
function unquote(s) {
  return s.replace(/^"(.*)"$/, "$1");
}
__name(unquote, "unquote");

// src/go/download-set.ts
var SKIPPED = /* @__PURE__ */ new Set(["vendor", "testdata", "node_modules"]);
async function findDownloadSet(workingDirectory, gowork) {
  const workFile = path4.join(workingDirectory, "go.work");
  if (gowork !== "off" && await isFile(workFile)) {
    const uses = parseWorkUses(await fs.readFile(workFile, "utf8"));
    const goMods2 = uses.map((u) => path4.join(workingDirectory, u, "go.mod"));
    return { mode: "workspace", roots: [workingDirectory], files: [workFile, ...goMods2] };
  }
  const goMods = [];
  await walk(workingDirectory, goMods);
  goMods.sort();
  return { mode: "modules", roots: goMods.map((f) => path4.dirname(f)), files: goMods };
}
__name(findDownloadSet, "findDownloadSet");
async function walk(dir, found) {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((e) => {
    if (e.code !== "EACCES" && e.code !== "EPERM") throw e;
    throw new Error(
      `Cannot read ${dir} while looking for go.mod files below working-directory: permission denied. Make it readable by the runner's user (e.g. \`chmod -R u+rX\` after a container step wrote it as root), or point 'working-directory' at the Go project only.`
    );
  });
  const subdirs = [];
  for (const e of entries) {
    if (e.isFile() && e.name === "go.mod") found.push(path4.join(dir, e.name));
    else if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith("."))
      subdirs.push(path4.join(dir, e.name));
  }
  await Promise.all(subdirs.map((d) => walk(d, found)));
}
__name(walk, "walk");
async function isFile(p) {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}
__name(isFile, "isFile");
var parsed = /* @__PURE__ */ new WeakMap();
function modFiles(set) {
  let files = parsed.get(set);
  if (files === void 0) {
    const read = /* @__PURE__ */ new Map();
    for (const file of set.files) {
      try {
        read.set(file, parseModFile(readFileSync(file, "utf8")));
      } catch {
      }
    }
    files = read;
    parsed.set(set, files);
  }
  return files;
}
__name(modFiles, "modFiles");

// src/exec/ls-remote.ts
import * as os2 from "node:os";
function lsRemote(url, env, timeoutMs) {
  return runTool("git", ["ls-remote", url, "HEAD"], {
    cwd: os2.tmpdir(),
    env: { ...env, GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "", SSH_ASKPASS: "" },
    timeoutMs
  });
}
__name(lsRemote, "lsRemote");

// src/credentials/preflight.ts
var PREFLIGHT_TIMEOUT_MS = 5e3;
function covers(c, modulePath) {
  const scope = c.pathPrefix === "" ? c.host : `${c.host}/${c.pathPrefix}`;
  return modulePath === scope || modulePath.startsWith(`${scope}/`);
}
__name(covers, "covers");
function credentialFor(credentials, modulePath) {
  return credentials.filter((c) => covers(c, modulePath)).sort((a, b) => b.pathPrefix.length - a.pathPrefix.length)[0];
}
__name(credentialFor, "credentialFor");
function directRequirements(set, goproxy, gonoproxy) {
  const allDirect = goproxy.split(/[,|]/).every((p) => p === "direct" || p === "off");
  const paths = /* @__PURE__ */ new Set();
  for (const file of modFiles(set).values()) for (const r of file.requirements) paths.add(r.path);
  return [...paths].filter((p) => allDirect || matchPrefixPatterns(gonoproxy, p)).sort();
}
__name(directRequirements, "directRequirements");
async function runPreflight(credentials, modules, serverHost2, env) {
  const probes = credentials.flatMap((c) => {
    const module = modules.find((m) => credentialFor(credentials, m) === c);
    return module === void 0 ? [] : [{ c, module }];
  });
  return Promise.all(
    probes.map(async ({ c, module }) => {
      const url = repositoryUrl(module, serverHost2);
      const scope = c.pathPrefix === "" ? c.host : `${c.host}/${c.pathPrefix}`;
      const base = { scope, source: c.source, module, url };
      try {
        const r = await lsRemote(url, env, PREFLIGHT_TIMEOUT_MS);
        const detail = r.stderr.trim().split("\n").slice(-2).join(" / ");
        const verdict = r.timedOut ? "unreachable" : r.exitCode === 0 ? "ok" : classify(r.stderr);
        return { ...base, verdict, detail, durationMs: r.durationMs };
      } catch (e) {
        return { ...base, verdict: "failed", detail: errorMessage(e), durationMs: 0 };
      }
    })
  );
}
__name(runPreflight, "runPreflight");
function classify(stderr) {
  if (/Authentication failed|could not read (Username|Password)|terminal prompts disabled|\b40[13]\b/i.test(
    stderr
  ))
    return "rejected";
  if (/not found|does not exist|\b404\b/i.test(stderr)) return "not-found";
  if (/Could not resolve host|Failed to connect|timed out|unable to access/i.test(stderr))
    return "unreachable";
  return "failed";
}
__name(classify, "classify");
function reportPreflight(results) {
  for (const r of results) {
    const input = r.source === "token" ? "input 'token'" : "input 'git-credentials'";
    const took = formatSeconds(r.durationMs);
    if (r.verdict === "ok") {
      info(`Preflight: the credential for ${r.scope} (${input}) can read ${r.url} (${took}).`);
      continue;
    }
    const why = {
      rejected: `${r.scope.split("/")[0]} rejected the credential for ${r.scope} (${input}) when reading ${r.url}. Check that the token is valid, not expired, and may read that repository (GitHub: contents read; GitLab: read_repository; Bitbucket: repository read), and that the username fits the host.`,
      "not-found": `${r.url} (for ${r.module}) was not found with the credential for ${r.scope} (${input}). GitHub and others answer "not found" when a token may not read a private repository.`,
      unreachable: `${r.url} could not be reached within ${formatSeconds(PREFLIGHT_TIMEOUT_MS)} to check the credential for ${r.scope}.`,
      failed: `Checking the credential for ${r.scope} (${input}) on ${r.url} failed.`
    };
    warning(`${why[r.verdict]}
git: ${r.detail || "(no output)"}`, {
      title: `Credential check: ${r.scope}`
    });
  }
}
__name(reportPreflight, "reportPreflight");

// src/credentials/setup-credentials.ts
async function setupCredentials(inputs, env) {
  const run = runContextFrom(process.env);
  const direct = directRequirements(env.downloadSet, env.plan.effective.GOPROXY, env.plan.effective.GONOPROXY);
  warnAboutMissingToken(inputs.gitCredentials, direct, run.serverHost);
  const { gitCredentials: git, proxyCredentials: proxies } = inputs;
  if (git.length === 0 && proxies.length === 0) {
    info("No credentials given.");
    return { processEnv: {}, release: /* @__PURE__ */ __name(async () => {
    }, "release") };
  }
  maskCredentialForms(git, proxies);
  const plan2 = planCredentials({
    git,
    proxies,
    exportCredentials: inputs.exportCredentials,
    download: inputs.download,
    goauth: env.go.env.GOAUTH,
    userNetrc: proxies.length > 0 ? readUserNetrc() : void 0,
    env: process.env
  });
  const { processEnv, dir } = await applyCredentials(plan2);
  if (plan2.preflight)
    reportPreflight(await runPreflight(git, direct, run.serverHost, { ...process.env, ...processEnv }));
  const release = /* @__PURE__ */ __name(async () => {
    if (!plan2.exported && dir !== void 0) info(await removeCredentialDir(dir));
  }, "release");
  return { processEnv, release };
}
__name(setupCredentials, "setupCredentials");
async function applyCredentials(plan2) {
  let dir;
  if (plan2.files.length > 0) {
    dir = await makeCredentialDir();
    for (const file of plan2.files)
      await writeFile(path5.join(dir, file.name), file.text, { mode: 384, flag: "wx" });
  }
  const { variables, notes } = plan2.settle(dir ?? "");
  const processEnv = {};
  if (plan2.exported) for (const [k, v] of Object.entries(variables)) exportVariable(k, v);
  else Object.assign(processEnv, variables);
  for (const note of notes) info(note);
  return { processEnv, dir };
}
__name(applyCredentials, "applyCredentials");
async function makeCredentialDir() {
  const dir = await mkdtemp(path5.join(process.env.RUNNER_TEMP || os3.tmpdir(), PREFIX));
  credentialState.save({ dir });
  return dir;
}
__name(makeCredentialDir, "makeCredentialDir");
function readUserNetrc() {
  const file = process.env.NETRC || userNetrcPath(os3.homedir());
  try {
    return existsSync2(file) ? readFileSync2(file, "utf8") : void 0;
  } catch {
    return void 0;
  }
}
__name(readUserNetrc, "readUserNetrc");
function warnAboutMissingToken(git, direct, serverHost2) {
  if (git.some((c) => c.source === "token")) return;
  const uncovered = direct.filter((m) => m.split("/")[0] === serverHost2 && credentialFor(git, m) === void 0);
  if (uncovered.length === 0) return;
  const shown = uncovered.slice(0, 5).join(", ") + (uncovered.length > 5 ? ", \u2026" : "");
  warning(
    `Input 'token' is empty, but ${plural(uncovered.length, "required module")} on ${serverHost2} ${uncovered.length === 1 ? "is" : "are"} fetched directly with git (GOPRIVATE/GONOPROXY): ${shown}. git has no credential for them. If this run is a pull request from a fork, that is the likely cause: GitHub gives such runs no secrets, so \`token: \${{ secrets.\u2026 }}\` is empty. Public modules still download.`,
    { title: "Input 'token' is empty" }
  );
}
__name(warnAboutMissingToken, "warnAboutMissingToken");

// src/diagnosis/diagnose.ts
import * as path8 from "node:path";

// src/diagnosis/annotations.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import * as path6 from "node:path";
function annotateFindings(located, request) {
  for (const { finding, root } of located) {
    const place = findPlace(finding, root, request.env.downloadSet.files);
    const fixLine = CATALOG[finding.id].steps[0];
    const message = `${finding.title} (${finding.id}${finding.retryable ? ", transient" : ""}).
${finding.evidence.slice(0, 6).join("\n")}

Fix: ${fixLine} See the job summary.`;
    error(message, {
      // The title other steps and tests already match on; the scenario leads the message.
      title: finding.module ? `Cannot download ${finding.module}${finding.version ? `@${finding.version}` : ""}` : finding.title,
      ...place && { file: toPosix(path6.relative(request.workspace, place.file)) },
      ...place?.line && { startLine: place.line }
    });
  }
}
__name(annotateFindings, "annotateFindings");
function findPlace(finding, root, setFiles) {
  const named = /(\S*go\.(?:mod|work|sum)):(\d+):/.exec(finding.evidence.join("\n"));
  if (named) {
    const file = path6.isAbsolute(named[1]) ? named[1] : path6.join(root, named[1]);
    if (existsSync3(file)) return { file, line: Number(named[2]) };
  }
  const goMods = [path6.join(root, "go.mod"), ...setFiles.filter((f) => f.endsWith("go.mod"))];
  if (finding.id === "checksum-mismatch" && finding.module) {
    for (const sum of [path6.join(root, "go.sum"), path6.join(root, "go.work.sum")]) {
      const line = findLine(sum, (l) => l.startsWith(`${finding.module} ${finding.version ?? ""}`));
      if (line) return { file: sum, line };
    }
  }
  const work = setFiles.find((f) => path6.basename(f) === "go.work");
  if (work && finding.id.startsWith("workspace-"))
    return { file: work, ...optionalLine(findLine(work, (l) => /^go\s/.test(l))) };
  if (finding.id.startsWith("toolchain-")) {
    for (const f of goMods) {
      const line = findLine(f, (l) => /^(go|toolchain)\s/.test(l));
      if (line) return { file: f, line };
    }
  }
  if (finding.module) {
    for (const f of goMods) {
      const text = readText(f);
      const req = text === void 0 ? void 0 : parseRequirements(text).find((r) => r.path === finding.module);
      if (req) return { file: f, line: req.line };
    }
  }
  return existsSync3(goMods[0]) ? { file: goMods[0] } : void 0;
}
__name(findPlace, "findPlace");
function optionalLine(line) {
  return line ? { line } : {};
}
__name(optionalLine, "optionalLine");
function findLine(file, test) {
  const text = readText(file);
  if (text === void 0) return void 0;
  const i = text.split(/\r?\n/).findIndex((l) => test(l.trim()));
  return i >= 0 ? i + 1 : void 0;
}
__name(findLine, "findLine");
function readText(file) {
  try {
    return readFileSync3(file, "utf8");
  } catch {
    return void 0;
  }
}
__name(readText, "readText");
function toPosix(p) {
  return p.split(path6.sep).join("/");
}
__name(toPosix, "toPosix");

// src/diagnosis/checks.ts
var semver = __toESM(require_semver(), 1);
function checkEnvironment(env, findings, project) {
  const out = [];
  for (const f of findings) {
    const m = f.module;
    if (f.id === "private-module-via-public-proxy" && m) {
      if (!matchPrefixPatterns(env.GOPRIVATE, m) && !matchPrefixPatterns(env.GONOPROXY, m))
        out.push(
          `GOPRIVATE=${show(env.GOPRIVATE)} and GONOPROXY=${show(env.GONOPROXY)} do not match ${m}, so it went to GOPROXY=${env.GOPROXY}.`
        );
    }
    if (f.id === "private-module-sumdb" && m && env.GOSUMDB !== "off" && !matchPrefixPatterns(env.GONOSUMDB, m))
      out.push(
        `GONOSUMDB=${show(env.GONOSUMDB)} does not match ${m}, so it was checked against GOSUMDB=${env.GOSUMDB}.`
      );
    if (f.id === "goproxy-off" && /-mod=vendor/.test(env.GOFLAGS))
      out.push(`GOFLAGS=${env.GOFLAGS} disables module lookups: ${m ?? "the module"} must be in vendor/.`);
    if (f.id === "proxy-bad-response" && /,/.test(env.GOPROXY) && !/\|/.test(env.GOPROXY))
      out.push(
        `GOPROXY=${env.GOPROXY} uses ',', which falls through to the next entry only on 404/410; '|' would fall through on this error too.`
      );
  }
  const running = env.GOVERSION.replace(/^go/, "");
  const runningSemver = goVersionToSemver(env.GOVERSION);
  const newer = /* @__PURE__ */ __name((v) => {
    const wanted = goVersionToSemver(`go${v}`);
    return runningSemver !== void 0 && wanted !== void 0 && semver.gt(wanted, runningSemver);
  }, "newer");
  if (/^(local|path)$|\+path$/.test(env.GOTOOLCHAIN) || !env.GOTOOLCHAIN) {
    for (const g of project.goLines)
      if (newer(g.version))
        out.push(
          `${g.file} says go ${g.version}, newer than the running go ${running}, and GOTOOLCHAIN=${env.GOTOOLCHAIN || "(empty)"} does not switch.`
        );
  }
  const proxy = env.HTTPS_PROXY || env.HTTP_PROXY;
  if (proxy) {
    const hosts = goproxyUrls(env.GOPROXY).map((u) => new URL(u).hostname);
    const bypassed = hosts.filter(
      (h) => (env.NO_PROXY ?? "").split(",").some((n) => n.trim() && h.endsWith(n.trim().replace(/^\*?\.?/, "")))
    );
    out.push(
      `An HTTP proxy is set (${env.HTTPS_PROXY ? "HTTPS_PROXY" : "HTTP_PROXY"}); NO_PROXY=${show(env.NO_PROXY ?? "")}` + (bypassed.length ? ` bypasses it for ${bypassed.join(", ")}.` : ". Every module proxy and git host is reached through it.")
    );
  }
  return [...new Set(out)];
}
__name(checkEnvironment, "checkEnvironment");
function planProbes(env, findings, processEnv) {
  const endpoints = goproxyUrls(env.GOPROXY).map((url) => ({ label: "GOPROXY", url }));
  const sumdb = sumdbUrl(env.GOSUMDB);
  if (sumdb && findings.some((f) => f.module && !matchPrefixPatterns(env.GONOSUMDB, f.module)))
    endpoints.push({ label: "GOSUMDB", url: sumdb });
  const httpProxies = ["HTTPS_PROXY", "HTTP_PROXY"].filter((n) => env[n]).map((n) => ({ name: n, url: env[n] }));
  const gitIds = /* @__PURE__ */ new Set([
    "git-auth-missing",
    "git-auth-rejected",
    "ssh-auth-failed",
    "insecure-protocol",
    "unknown-revision",
    "vcs-unrecognized-import-path"
  ]);
  const direct = /(^|[,|])direct($|[,|])/.test(env.GOPROXY);
  const gitRemotes = findings.filter((f) => f.module && gitIds.has(f.id) && (direct || matchPrefixPatterns(env.GONOPROXY, f.module))).map((f) => repositoryUrl(f.module, serverHost(processEnv.GITHUB_SERVER_URL)));
  return { endpoints, httpProxies, gitRemotes: [...new Set(gitRemotes)], env: processEnv };
}
__name(planProbes, "planProbes");
function goproxyUrls(goproxy) {
  return goproxy.split(/[,|]/).map((s) => s.trim()).filter((s) => /^https?:\/\//.test(s));
}
__name(goproxyUrls, "goproxyUrls");
function sumdbUrl(gosumdb) {
  if (!gosumdb || gosumdb === "off") return void 0;
  const [name, url] = gosumdb.trim().split(/\s+/);
  if (url) return /^https?:\/\//.test(url) ? url : `https://${url}`;
  return `https://${name.split("+")[0]}`;
}
__name(sumdbUrl, "sumdbUrl");
function show(v) {
  return v ? `"${v}"` : "(empty)";
}
__name(show, "show");

// src/failure/index.ts
function classify2(message) {
  const id = matchScenario(message);
  return { id, retryable: CATALOG[id].retryable };
}
__name(classify2, "classify");
function describe2(message, context = {}) {
  return classifyFailure(message, context);
}
__name(describe2, "describe");

// src/diagnosis/probes.ts
import { promises as dns } from "node:dns";
import net from "node:net";

// src/util/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var nodeHttp = /* @__PURE__ */ __name(() => load("node:http"), "nodeHttp");
var nodeHttps = /* @__PURE__ */ __name(() => load("node:https"), "nodeHttps");
var nodeTls = /* @__PURE__ */ __name(() => load("node:tls"), "nodeTls");

// src/go/trust.ts
import { readdirSync, readFileSync as readFileSync4 } from "node:fs";
import * as path7 from "node:path";
var SYSTEM_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/pki/tls/cacert.pem",
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
  "/etc/ssl/cert.pem",
  "/usr/local/etc/ssl/cert.pem"
];
var PEM = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
function trustedCAs(env) {
  const tls = nodeTls();
  const nodeCAs = tls.getCACertificates;
  const cas = new Set(nodeCAs ? nodeCAs("default") : tls.rootCertificates);
  if (nodeCAs) for (const c of nodeCAs("system")) cas.add(c);
  const files = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : nodeCAs ? [] : SYSTEM_BUNDLES;
  const dirs = (env.SSL_CERT_DIR ?? "").split(path7.delimiter).filter(Boolean);
  for (const dir of dirs) files.push(...listFiles(dir));
  for (const file of files) for (const pem of readPems(file)) cas.add(pem);
  return [...cas];
}
__name(trustedCAs, "trustedCAs");
function listFiles(dir) {
  try {
    return readdirSync(dir).map((name) => path7.join(dir, name));
  } catch {
    return [];
  }
}
__name(listFiles, "listFiles");
function readPems(file) {
  try {
    return readFileSync4(file, "utf8").match(PEM) ?? [];
  } catch {
    return [];
  }
}
__name(readPems, "readPems");

// src/diagnosis/probes.ts
var PROBE_BUDGET_MS = 1e4;
async function runProbes(plan2, budgetMs = PROBE_BUDGET_MS) {
  const jobs = [];
  for (const e of plan2.endpoints)
    jobs.push({
      check: `${e.label} reachable`,
      target: e.url,
      run: /* @__PURE__ */ __name(() => probeEndpoint(e.label, e.url, plan2.env), "run")
    });
  for (const p of plan2.httpProxies)
    jobs.push({ check: `${p.name} reachable`, target: p.url, run: /* @__PURE__ */ __name(() => probeHttpProxy(p.name, p.url), "run") });
  for (const r of plan2.gitRemotes)
    jobs.push({ check: "git ls-remote", target: r, run: /* @__PURE__ */ __name(() => probeGit(r, plan2.env), "run") });
  for (const m of plan2.moduleVersions ?? []) {
    const url = versionListUrl(m.proxy, m.module);
    jobs.push({ check: MODULE_VERSIONS, target: url, run: /* @__PURE__ */ __name(() => probeVersions(url, m.version, plan2.env), "run") });
  }
  let timer;
  const deadline = new Promise((resolve) => timer = setTimeout(() => resolve("timeout"), budgetMs));
  const results = await Promise.all(
    jobs.map(async (j) => {
      const r = await Promise.race([
        j.run().catch((e) => fail(j.check, j.target, errorMessage(e), 0)),
        deadline
      ]);
      return r === "timeout" ? fail(j.check, j.target, `no answer within ${formatSeconds(budgetMs)}`, budgetMs, "connect-timeout") : r;
    })
  );
  clearTimeout(timer);
  return results;
}
__name(runProbes, "runProbes");
function fail(check, target, detail, ms, scenario) {
  return {
    check,
    target: redact(target),
    ok: false,
    detail: redact(detail),
    ms,
    ...scenario && { scenario }
  };
}
__name(fail, "fail");
async function probeEndpoint(label, url, env) {
  const started = performance.now();
  const elapsed = /* @__PURE__ */ __name(() => Math.round(performance.now() - started), "elapsed");
  const u = new URL(url);
  const check = `${label} reachable`;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  try {
    if (!net.isIP(host)) await withTimeout(dns.lookup(host), 3e3, "DNS lookup timed out");
  } catch (e) {
    return fail(check, url, `DNS: ${errorMessage(e)}`, elapsed(), "dns-failure");
  }
  const port = Number(u.port || (u.protocol === "https:" ? 443 : 80));
  const tcp = await connect(host, port, 3e3);
  if (tcp)
    return fail(
      check,
      url,
      `TCP ${host}:${port}: ${tcp}`,
      elapsed(),
      /refused/i.test(tcp) ? "connection-refused" : "connect-timeout"
    );
  try {
    const { status } = await httpGet(u, 4e3, trustedCAs(env));
    return {
      check,
      target: redact(url),
      ok: true,
      detail: `DNS, TCP and ${u.protocol.slice(0, -1).toUpperCase()} ok (HTTP ${status})`,
      ms: elapsed()
    };
  } catch (e) {
    const msg = errorMessage(e);
    return fail(
      check,
      url,
      msg,
      elapsed(),
      /certificate|self[- ]signed|x509|UNABLE_TO_VERIFY|CERT_|SELF_SIGNED|DEPTH_ZERO|issuer/i.test(msg) ? "tls-untrusted-cert" : "connect-timeout"
    );
  }
}
__name(probeEndpoint, "probeEndpoint");
async function probeHttpProxy(name, url) {
  const started = performance.now();
  const check = `${name} reachable`;
  let u;
  try {
    u = new URL(url.includes("://") ? url : `http://${url}`);
  } catch {
    return fail(check, url, "not a URL", 0, "http-proxy-misconfigured");
  }
  const tcp = await connect(u.hostname, Number(u.port || (u.protocol === "https:" ? 443 : 80)), 3e3);
  const ms = Math.round(performance.now() - started);
  return tcp ? fail(check, url, `TCP: ${tcp}`, ms, "http-proxy-misconfigured") : { check, target: redact(url), ok: true, detail: "TCP ok", ms };
}
__name(probeHttpProxy, "probeHttpProxy");
async function probeGit(remote, env) {
  try {
    const r = await lsRemote(remote, env, 8e3);
    if (r.exitCode === 0)
      return {
        check: "git ls-remote",
        target: remote,
        ok: true,
        detail: "credentials accepted, repository readable",
        ms: Math.round(r.durationMs)
      };
    const stderr = r.stderr.trim().split("\n").slice(-2).join(" ");
    let scenario = matchScenario(r.stderr);
    let detail = r.timedOut ? "no answer within 8 s" : stderr;
    if (scenario === "git-auth-missing" && await sendsAuthorization(remote, env)) {
      scenario = "git-auth-rejected";
      detail = `the Authorization header configured for this URL (http.extraheader) was refused: ${stderr}`;
    }
    return fail(
      "git ls-remote",
      remote,
      detail,
      Math.round(r.durationMs),
      scenario === "unknown" ? void 0 : scenario
    );
  } catch (e) {
    return fail("git ls-remote", remote, errorMessage(e), 0, "git-missing");
  }
}
__name(probeGit, "probeGit");
async function sendsAuthorization(remote, env) {
  try {
    const r = await runTool("git", ["config", "--get-urlmatch", "http.extraheader", remote], {
      env,
      timeoutMs: 2e3
    });
    return r.exitCode === 0 && /^\s*authorization\s*:/im.test(r.stdout);
  } catch {
    return false;
  }
}
__name(sendsAuthorization, "sendsAuthorization");
var MODULE_VERSIONS = "module versions";
function versionListUrl(proxy, module) {
  return `${proxy.replace(/\/+$/, "")}/${escapeModulePath(module)}/@v/list`;
}
__name(versionListUrl, "versionListUrl");
async function probeVersions(url, version, env) {
  const started = performance.now();
  const ms = /* @__PURE__ */ __name(() => Math.round(performance.now() - started), "ms");
  try {
    const { status, body } = await httpGet(new URL(url), 4e3, trustedCAs(env));
    const versions = body.split("\n").map((v) => v.trim()).filter((v) => /^v\d/.test(v));
    if (status !== 200)
      return fail(MODULE_VERSIONS, url, `HTTP ${status}: the mirror has no version of it`, ms());
    const listed = version !== void 0 && versions.includes(version);
    const detail = `HTTP 200: ${plural(versions.length, "version")}${version ? `, ${version} ${listed ? "listed" : "not listed"}` : ""}`;
    return { check: MODULE_VERSIONS, target: redact(url), ok: true, detail, ms: ms() };
  } catch (e) {
    return fail(MODULE_VERSIONS, url, errorMessage(e), ms());
  }
}
__name(probeVersions, "probeVersions");
function connect(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = /* @__PURE__ */ __name((why) => (socket.destroy(), resolve(why)), "done");
    socket.setTimeout(timeoutMs, () => done(`no connection within ${formatSeconds(timeoutMs)}`));
    socket.once("connect", () => done(""));
    socket.once("error", (e) => done(errorMessage(e)));
  });
}
__name(connect, "connect");
function httpGet(u, timeoutMs, ca) {
  return new Promise((resolve, reject) => {
    const options = u.protocol === "https:" ? { timeout: timeoutMs, ca } : { timeout: timeoutMs };
    const req = (u.protocol === "https:" ? nodeHttps() : nodeHttp()).get(u, options, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => body = (body + chunk).slice(0, 65536));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no HTTP answer within ${formatSeconds(timeoutMs)}`)));
    req.on("error", reject);
  });
}
__name(httpGet, "httpGet");
function withTimeout(p, ms, message) {
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => timer = setTimeout(() => reject(new Error(message)), ms))
  ]);
}
__name(withTimeout, "withTimeout");

// src/diagnosis/decide.ts
var MIRROR_AMBIGUOUS = /* @__PURE__ */ new Set([
  "private-module-via-public-proxy",
  "private-module-sumdb",
  "proxy-origin-fetch-failed",
  "module-not-found",
  "unknown-revision"
]);
function ambiguousModules(findings) {
  return findings.filter((f) => f.module && MIRROR_AMBIGUOUS.has(f.id) && (f.alternatives?.length ?? 0) > 0).map((f) => ({ module: f.module, ...f.version && { version: f.version } }));
}
__name(ambiguousModules, "ambiguousModules");
function ownPatterns(env, credentials, repositoryOwner) {
  const patterns = [env.GOPRIVATE, env.GONOPROXY, env.GONOSUMDB].filter(Boolean);
  for (const c of credentials) {
    if (c.pathPrefix) patterns.push(`${c.host}/${c.pathPrefix}`);
    else if (repositoryOwner) patterns.push(`${c.host}/${repositoryOwner}`);
  }
  return { patterns };
}
__name(ownPatterns, "ownPatterns");
function decide(finding, probes, own) {
  const f = adviseByOwnership(finding, own);
  if (!MIRROR_AMBIGUOUS.has(f.id) || !f.module || !f.alternatives?.length) return { finding: f };
  const whose = ownership(f, own);
  const escaped = `/${escapeModulePath(f.module)}/@v/`;
  const probe = probes.find((p) => p.check === MODULE_VERSIONS && p.target.includes(escaped));
  const subject = `${f.module}${f.version ? `@${f.version}` : ""}`;
  const decided = /* @__PURE__ */ __name((id, why) => ({
    finding: { ...id === f.id ? f : adviseByOwnership(relabel(f, id), own), alternatives: [] },
    note: `${subject}: ${why} The verdict is ${id}.`
  }), "decided");
  if (probe?.ok && f.version && probe.detail.includes(`${f.version} listed`))
    return decided(
      "proxy-origin-fetch-failed",
      `probe "${MODULE_VERSIONS}" decided: the mirror lists ${f.version} now (${probe.target}), so it had not fetched it yet.`
    );
  if (probe?.ok)
    return decided(
      "unknown-revision",
      `probe "${MODULE_VERSIONS}" decided: other versions resolve (${probe.detail}), ${f.version ?? "this one"} does not.`
    );
  const gone = probe && /HTTP (404|410)/.test(probe.detail);
  const privateId = f.id === "private-module-sumdb" || /\/lookup\//.test(f.url ?? "") ? "private-module-sumdb" : "private-module-via-public-proxy";
  if (whose === "own")
    return decided(
      privateId,
      `the path is under your own patterns (${own.patterns.join(", ")})${gone ? ` and probe "${MODULE_VERSIONS}" found no public version` : ""}.`
    );
  if (gone && whose === "third-party") {
    const out = decided(
      "module-not-found",
      `probe "${MODULE_VERSIONS}" decided: the mirror has no version of it and the path is outside your own patterns, so the dependency is unavailable.`
    );
    return { ...out, finding: { ...out.finding, fix: unavailableFix(f, own) } };
  }
  if (gone && whose === "unknown") return notPublic(f, privateId, subject);
  return { finding: f };
}
__name(decide, "decide");
function notPublic(f, privateId, subject) {
  const transient = f.id === "proxy-origin-fetch-failed" || f.id === "unknown-revision";
  const base = transient ? relabel(f, privateId) : f;
  const alternatives = alternativesFor(base.id, splitParts(f.evidence.join("\n")), f).filter(
    (a) => a.id !== "proxy-origin-fetch-failed" && a.id !== "unknown-revision"
  );
  return {
    finding: { ...base, alternatives },
    note: `${subject}: probe "${MODULE_VERSIONS}" found no version of it at the mirror: it is private or gone, not a mirror still catching up. The verdict is ${base.id}.`
  };
}
__name(notPublic, "notPublic");

// src/diagnosis/sharpen.ts
function sharpenWithGitProbes(located, probes, serverHost2) {
  const rejected = probes.filter((p) => p.check === "git ls-remote" && p.scenario === "git-auth-rejected");
  const notes = [];
  const out = located.map((l) => {
    const f = l.finding;
    if (f.id !== "git-auth-missing" || !f.module) return l;
    const probe = rejected.find((p) => p.target === repositoryUrl(f.module, serverHost2));
    if (!probe) return l;
    notes.push(
      `Probe "git ls-remote" of ${probe.target} sent the configured credential and ${f.host ?? "the host"} refused it: git's "could not read Username" means the credential is wrong, expired or may not read the repository, so the verdict is git-auth-rejected.`
    );
    return { ...l, finding: relabel(f, "git-auth-rejected") };
  });
  return { located: out, notes: [...new Set(notes)] };
}
__name(sharpenWithGitProbes, "sharpenWithGitProbes");

// src/diagnosis/diagnose.ts
async function diagnose(request) {
  const failures = request.download.failures ?? [];
  const env = diagnosisEnv(request.env);
  const notes = checkEnvironment(env, groupFindings(locate(failures).map((l) => l.finding)), {
    goLines: goLines(request.env.downloadSet, request.workspace)
  });
  const own = ownPatterns(env, request.inputs.gitCredentials, process.env.GITHUB_REPOSITORY_OWNER);
  let located = locate(failures);
  let probes = [];
  if (request.inputs.diagnose) {
    const plan2 = planProbes(env, groupFindings(located.map((l) => l.finding)), {
      ...process.env,
      ...request.processEnv
    });
    const proxy = plan2.endpoints.find((e) => e.label === "GOPROXY")?.url;
    const moduleVersions = proxy ? ambiguousModules(located.map((l) => l.finding)).map((m) => ({ proxy, ...m })) : [];
    probes = await runProbes({ ...plan2, moduleVersions });
    const sharpened = sharpenWithGitProbes(located, probes, serverHost(plan2.env.GITHUB_SERVER_URL));
    located = sharpened.located;
    notes.push(...sharpened.notes);
  }
  const goLine = goLines(request.env.downloadSet, request.workspace)[0]?.version;
  located = located.map((l) => {
    const decided = decide(l.finding, probes, own);
    const judged = judgeDirective(decided.finding, env.GOVERSION, goLine);
    notes.push(...[decided.note, judged.note].filter((n) => n !== void 0));
    return { ...l, finding: judged.finding };
  });
  const findings = groupFindings(located.map((l) => l.finding));
  const primary = followProbes(
    pickPrimary(findings) ?? describe2("go mod download failed without an error message"),
    probes,
    notes
  );
  const action = runningAction(process.env);
  return {
    primary: nameRunningAction(primary, action),
    findings: findings.map((f) => nameRunningAction(f, action)),
    located: located.map((l) => ({ ...l, finding: nameRunningAction(l.finding, action) })),
    probes,
    probed: request.inputs.diagnose,
    notes: [...new Set(notes)],
    environment: shownEnv(env)
  };
}
__name(diagnose, "diagnose");
function followProbes(primary, probes, notes) {
  const failed = probes.find((p) => !p.ok && p.scenario);
  const reachedOut = /https?:\/\/|dial tcp|lookup |Get "|fetch/.test(primary.evidence.join("\n"));
  if (primary.id === "unknown" && reachedOut && failed?.scenario) {
    notes.push(`Probe "${failed.check}" failed (${failed.detail}): the verdict follows it.`);
    return relabel(primary, failed.scenario);
  }
  if (primary.retryable && probes.length > 0 && probes.every((p) => p.ok))
    notes.push(
      "Every probed endpoint is reachable now: the network path works, so a re-run is likely to get past a transient failure."
    );
  return primary;
}
__name(followProbes, "followProbes");
function reportDiagnosis(diagnosis, request) {
  annotateFindings(diagnosis.located, request);
}
__name(reportDiagnosis, "reportDiagnosis");
function locate(failures) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of failures) {
    const finding = describe2(f.message, { module: f.module, version: f.version });
    const key = `${f.root}|${finding.id}|${finding.module ?? finding.evidence[0]}@${finding.version ?? ""}`;
    const before = seen.get(key);
    seen.set(
      key,
      before ? { ...before, finding: { ...before.finding, occurrences: (before.finding.occurrences ?? 1) + 1 } } : { finding, root: f.root }
    );
  }
  return [...seen.values()];
}
__name(locate, "locate");
function diagnosisEnv(env) {
  const e = env.plan.effective;
  const p = process.env;
  return {
    GOPROXY: e.GOPROXY,
    GOPRIVATE: e.GOPRIVATE,
    GONOPROXY: e.GONOPROXY,
    GONOSUMDB: e.GONOSUMDB,
    GOSUMDB: e.GOSUMDB,
    GOINSECURE: e.GOINSECURE,
    GOFLAGS: e.GOFLAGS,
    GOTOOLCHAIN: e.GOTOOLCHAIN,
    GOVERSION: env.go.env.GOVERSION,
    HTTPS_PROXY: p.HTTPS_PROXY ?? p.https_proxy,
    HTTP_PROXY: p.HTTP_PROXY ?? p.http_proxy,
    NO_PROXY: p.NO_PROXY ?? p.no_proxy
  };
}
__name(diagnosisEnv, "diagnosisEnv");
function shownEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== void 0).map(([k, v]) => [k, redact(String(v))])
  );
}
__name(shownEnv, "shownEnv");
function goLines(set, workspace) {
  const out = [];
  for (const [file, parsed2] of modFiles(set)) {
    if (parsed2.go) out.push({ file: path8.relative(workspace, file) || file, version: parsed2.go });
  }
  return out;
}
__name(goLines, "goLines");

// src/download/retry-policy.ts
function judge(failure) {
  if (failure.stopped === "stall-timeout") return { id: "stall", retryable: true, slow: false };
  if (failure.stopped === "timeout") return { id: "budget", retryable: false, slow: false };
  const scenario = classify2(failure.message);
  const repair = scenario.id === "modcache-corrupt" ? corruptVersion(failure) : void 0;
  return {
    id: scenario.id,
    retryable: scenario.retryable || repair !== void 0,
    repair,
    slow: scenario.id === "proxy-origin-fetch-failed"
  };
}
__name(judge, "judge");
function corruptVersion(failure) {
  if (failure.module && failure.version) return `${failure.module}@${failure.version}`;
  const m = /cache\/download\/(\S+)\/@v\/(\S+?)\.(?:zip|ziphash|mod|info)\b/.exec(failure.message);
  return m ? `${unescapeModulePath(m[1])}@${unescapeModulePath(m[2])}` : void 0;
}
__name(corruptVersion, "corruptVersion");
var SLOW_FACTOR = 4;
function backoffDelay(retry, inputs, slow, random = Math.random) {
  const base = inputs.retryDelayMs * (slow ? SLOW_FACTOR : 1);
  const cap = Math.min(inputs.retryMaxDelayMs, base * 2 ** Math.min(retry - 1, 30));
  return Math.round(slow ? cap * (0.5 + random() / 2) : cap * random());
}
__name(backoffDelay, "backoffDelay");

// src/download/attempt-loop.ts
async function attemptLoop(first, rules, fx) {
  let work = first;
  const reported = /* @__PURE__ */ new Map();
  const selected = /* @__PURE__ */ new Map();
  const log = [];
  let failures = [];
  for (let attempt = 1; ; attempt++) {
    fx.log(`Attempt ${attempt}: ${fx.describe.work(work)}`);
    const attemptStarted = fx.now();
    const result = await fx.runAttempt(work);
    for (const m of result.modules) if (m.Path && m.Version) reported.set(`${m.Path}@${m.Version}`, m);
    for (const [root, versions] of result.selected ?? []) selected.set(root, versions);
    failures = result.failures;
    const record = {
      attempt,
      startedMs: attemptStarted - rules.origin,
      durationMs: fx.now() - attemptStarted
    };
    const took = formatSeconds(record.durationMs);
    if (failures.length === 0) {
      fx.log(`Attempt ${attempt}: complete in ${took}`);
      log.push({ ...record, failed: 0, retrying: [], delayMs: 0 });
      break;
    }
    const verdicts = failures.map(judge);
    fx.log(`Attempt ${attempt}: ${plural(failures.length, "failure")} in ${took}:`);
    for (const line of fx.describe.failures(failures, verdicts)) fx.log(`  ${line}`);
    const next = nextStep(attempt, verdicts, rules, fx);
    if (!next.retry) {
      fx.log(`Attempt ${attempt}: not retried: ${next.reason}`);
      log.push({ ...record, failed: failures.length, retrying: [], delayMs: 0 });
      break;
    }
    for (const repair of new Set(verdicts.map((v) => v.repair))) if (repair) await fx.repair(repair);
    work = result.next;
    fx.log(
      `Attempt ${attempt}: retry ${attempt} of ${rules.retries} in ${formatSeconds(next.delayMs)}, for ` + fx.describe.work(work)
    );
    log.push({
      ...record,
      failed: failures.length,
      retrying: fx.describe.retrying(work),
      delayMs: next.delayMs
    });
    await fx.sleep(next.delayMs);
  }
  return { failures, attemptLog: log, reported, selected };
}
__name(attemptLoop, "attemptLoop");
function nextStep(attempt, verdicts, rules, clock) {
  const permanent = [...new Set(verdicts.filter((v) => !v.retryable).map((v) => v.id))];
  if (permanent.length) return { retry: false, reason: `${permanent.join(", ")} is not transient` };
  if (attempt > rules.retries)
    return { retry: false, reason: `no retries left (input 'retries': ${rules.retries})` };
  const delayMs = backoffDelay(
    attempt,
    rules,
    verdicts.some((v) => v.slow),
    clock.random
  );
  if (clock.now() + delayMs >= rules.deadline)
    return { retry: false, reason: `the download budget (input 'timeout') ran out` };
  return { retry: true, delayMs };
}
__name(nextStep, "nextStep");

// src/download/attempt.ts
import * as path10 from "node:path";

// src/download/download-plan.ts
import * as os4 from "node:os";
import * as path9 from "node:path";
function autoProcesses(versions, cpus = os4.availableParallelism()) {
  return Math.max(1, Math.min(32, 8 * cpus, Math.ceil(versions / 4)));
}
__name(autoProcesses, "autoProcesses");
function processCount(parallelism, versions) {
  return parallelism === "auto" ? autoProcesses(versions) : Math.max(1, Math.min(parallelism, versions));
}
__name(processCount, "processCount");
async function requiredVersions(set) {
  const files = modFiles(set);
  const excluded = /* @__PURE__ */ new Set();
  for (const file of files.values()) for (const p of file.replaced) excluded.add(p);
  const goMods = [...files.keys()].filter((f) => path9.basename(f) === "go.mod");
  if (set.mode === "workspace") {
    for (const f of goMods) {
      const own = files.get(f)?.module;
      if (own) excluded.add(own);
    }
  }
  const byRoot = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const f of goMods) {
    const root = set.mode === "workspace" ? set.roots[0] : path9.dirname(f);
    const list2 = byRoot.get(root) ?? [];
    for (const r of files.get(f)?.requirements ?? []) {
      const v = `${r.path}@${r.version}`;
      if (excluded.has(r.path) || seen.has(v)) continue;
      seen.add(v);
      list2.push(v);
    }
    byRoot.set(root, list2);
  }
  return byRoot;
}
__name(requiredVersions, "requiredVersions");
function splitJobs(byRoot, processes) {
  const total = [...byRoot.values()].reduce((n, l) => n + l.length, 0);
  const size = Math.max(1, Math.ceil(total / Math.max(1, processes)));
  const jobs = [];
  for (const [root, versions] of byRoot) {
    for (let i = 0; i < versions.length; i += size) jobs.push({ root, versions: versions.slice(i, i + size) });
  }
  return jobs;
}
__name(splitJobs, "splitJobs");
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
__name(mapLimit, "mapLimit");

// src/go/module-graph.ts
var semver2 = __toESM(require_semver(), 1);
function highestVersions(graph) {
  const byPath = /* @__PURE__ */ new Map();
  for (const line of graph.split(/\r?\n/)) {
    for (const node of line.trim().split(/\s+/)) {
      const at = node.lastIndexOf("@");
      if (at <= 0) continue;
      const [modulePath, version] = [node.slice(0, at), node.slice(at + 1)];
      if (modulePath === "go" || modulePath === "toolchain") continue;
      const versions = byPath.get(modulePath) ?? [];
      if (!versions.includes(version)) versions.push(version);
      byPath.set(modulePath, versions);
    }
  }
  const out = [];
  for (const [modulePath, versions] of byPath) {
    const kept = versions.every((v) => semver2.valid(v)) ? [versions.reduce(higher)] : versions;
    for (const v of kept) out.push(`${modulePath}@${v}`);
  }
  return out;
}
__name(highestVersions, "highestVersions");
function higher(a, b) {
  return semver2.compare(a, b) >= 0 ? a : b;
}
__name(higher, "higher");

// src/download/attempt.ts
async function runAttempt(ctx, work) {
  const failures = [];
  const modules = [];
  const retry = /* @__PURE__ */ new Map();
  const again = /* @__PURE__ */ __name((root, versions2) => {
    const set = retry.get(root) ?? /* @__PURE__ */ new Set();
    for (const v of versions2) set.add(v);
    retry.set(root, set);
  }, "again");
  const collect = /* @__PURE__ */ __name((job, r) => {
    modules.push(...r.modules);
    failures.push(...r.failures);
    if (r.stopped) again(job.root, job.versions);
    for (const f of r.failures) if (f.module && f.version) again(job.root, [`${f.module}@${f.version}`]);
  }, "collect");
  const parts = splitJobs(work.versions, ctx.processes);
  const partResults = await mapLimit(parts, ctx.processes, (job) => runJob(ctx, job));
  parts.forEach((job, i) => collect(job, partResults[i]));
  let roots = [...work.roots];
  const selected = /* @__PURE__ */ new Map();
  if (failures.length === 0) {
    const passes = roots.map((root) => ({ root, versions: [] }));
    const passResults = await mapLimit(passes, ctx.processes, (job) => rootCheck(ctx, job.root));
    passes.forEach((job, i) => collect(job, passResults[i]));
    passes.forEach((job, i) => passResults[i].selected && selected.set(job.root, passResults[i].selected));
    roots = passes.filter((_, i) => passResults[i].failures.length > 0).map((j) => j.root);
  }
  const versions = new Map([...retry].map(([root, set]) => [root, [...set]]));
  return { failures, modules, next: { versions, roots }, selected };
}
__name(runAttempt, "runAttempt");
async function rootCheck(ctx, root) {
  const remaining = ctx.deadline - performance.now();
  if (remaining <= 0) return { modules: [], failures: [budgetFailure(ctx, root)], stopped: true };
  const result = await runTool(ctx.goPath, ["mod", "graph"], {
    cwd: root,
    env: ctx.env,
    timeoutMs: remaining,
    stallTimeoutMs: ctx.stallTimeoutMs,
    progress: /* @__PURE__ */ __name(() => ctx.cache.fingerprint(), "progress")
  });
  debug(
    `${where(ctx, root)} (module graph check): exit ${result.exitCode}, ${Math.round(result.durationMs)} ms`
  );
  if (result.exitCode === 0)
    return { modules: [], failures: [], stopped: false, selected: highestVersions(result.stdout) };
  info(`${where(ctx, root)}: the module graph check failed, running the full go mod download`);
  return runJob(ctx, { root, versions: [] });
}
__name(rootCheck, "rootCheck");
async function runJob(ctx, job) {
  const remaining = ctx.deadline - performance.now();
  if (remaining <= 0) return { modules: [], failures: [budgetFailure(ctx, job.root)], stopped: true };
  const result = await runTool(ctx.goPath, downloadArgs(job.versions), {
    cwd: job.root,
    env: ctx.env,
    timeoutMs: remaining,
    stallTimeoutMs: ctx.stallTimeoutMs,
    progress: /* @__PURE__ */ __name(() => ctx.cache.fingerprint(), "progress")
  });
  const report = readGoReport(job.root, result);
  const what = job.versions.length ? `${job.versions.length} named versions` : "full pass";
  debug(
    `${where(ctx, job.root)} (${what}): exit ${result.exitCode}${result.stalled ? " (stalled)" : ""}${result.timedOut ? " (budget)" : ""}, ${report.modules.length} reported, ${Math.round(result.durationMs)} ms`
  );
  const failures = [...report.failures];
  if (result.stalled) failures.push(...stallFailures(ctx, job, report.inFlight));
  else if (result.timedOut) failures.push(budgetFailure(ctx, job.root));
  return { modules: report.modules, failures, stopped: result.stalled || result.timedOut };
}
__name(runJob, "runJob");
function downloadArgs(versions) {
  return ["mod", "download", "-json", "-x", "--", ...versions];
}
__name(downloadArgs, "downloadArgs");
function stallFailures(ctx, job, inFlight) {
  const seconds = formatSeconds(ctx.stallTimeoutMs);
  const candidates = job.versions.length ? job.versions : ctx.known;
  const byVersion = /* @__PURE__ */ new Map();
  for (const url of inFlight) {
    const v = versionOfUrl(url, candidates);
    if (v && !byVersion.has(v)) byVersion.set(v, url);
  }
  const message = /* @__PURE__ */ __name((url) => `go mod download in ${where(ctx, job.root)} showed no progress for ${seconds} (input 'stall-timeout')${url ? ` while waiting for ${url}` : ""} and was stopped. go never times out a connection that hangs.`, "message");
  if (byVersion.size === 0)
    return [{ root: job.root, message: message(inFlight[0]), stopped: "stall-timeout" }];
  return [...byVersion].map(([v, url]) => ({
    root: job.root,
    ...splitVersion(v),
    message: message(url),
    stopped: "stall-timeout"
  }));
}
__name(stallFailures, "stallFailures");
function budgetFailure(ctx, root) {
  return {
    root,
    message: `go mod download in ${where(ctx, root)} was stopped after ${formatSeconds(ctx.timeoutMs)}: the download budget (input 'timeout') ran out. go itself never times out a connection that hangs, so a proxy that accepts and never answers looks like this.`,
    stopped: "timeout"
  };
}
__name(budgetFailure, "budgetFailure");
function where(ctx, root) {
  return path10.relative(ctx.workspace, root) || ".";
}
__name(where, "where");

// src/download/module-cache.ts
import { promises as fs2 } from "node:fs";
import * as path11 from "node:path";
var ModuleCache = class {
  constructor(root) {
    this.root = root;
  }
  root;
  static {
    __name(this, "ModuleCache");
  }
  /** The walk in progress: parallel stalled processes share it instead of each walking the same tree. */
  walking;
  /**
   * Versions without a complete download entry (.info, .mod and .zip). A .ziphash is not required: the module
   * cache is saved and restored without them, so go hashes a restored zip against go.sum before it first
   * extracts it. An already complete cache costs one stat per file instead of a go process per part.
   */
  async missing(versions) {
    const root = this.root;
    const complete = await Promise.all(
      versions.map(async (v) => {
        const base = downloadBase(root, v);
        const found = await Promise.all([".info", ".mod", ".zip"].map((ext) => exists(base + ext)));
        if (!found.every(Boolean)) return false;
        if (await zipLooksWhole(base + ".zip")) return true;
        await this.remove(v);
        return false;
      })
    );
    return versions.filter((_, i) => !complete[i]);
  }
  /**
   * Total size and count of the files under cache/download: it grows while go writes a zip (to a temporary
   * file next to it) even when go prints nothing, which tells a slow download from a stalled one.
   */
  fingerprint() {
    this.walking ??= this.walk().finally(() => this.walking = void 0);
    return this.walking;
  }
  async walk() {
    const sizes = [];
    const walk2 = /* @__PURE__ */ __name(async (dir) => {
      const entries = await fs2.readdir(dir, { withFileTypes: true }).catch(() => []);
      await Promise.all(
        entries.map(async (e) => {
          const p = path11.join(dir, e.name);
          if (e.isDirectory()) return walk2(p);
          const size = await fs2.stat(p).then(
            (s) => s.size,
            () => 0
          );
          sizes.push(size);
        })
      );
    }, "walk");
    await walk2(path11.join(this.root, "cache", "download"));
    const bytes = sizes.reduce((a, b) => a + b, 0);
    return `${sizes.length}:${bytes}`;
  }
  /**
   * Removes what go keeps of one version besides its .info and .mod: the zip, its hash and the extracted tree.
   * go trusts a zip that is already in the cache, so a truncated one (from a restored cache or a killed
   * process) fails every later attempt until it is gone.
   */
  async remove(version) {
    const base = downloadBase(this.root, version);
    const extracted = extractedDir(this.root, version);
    try {
      await makeWritable(extracted);
      await fs2.rm(extracted, { recursive: true, force: true });
      for (const ext of [".zip", ".ziphash", ".partial"]) await fs2.rm(base + ext, { force: true });
      info(`Removed the module cache entry of ${version} to download it again`);
    } catch (e) {
      warning(`Could not remove the module cache entry of ${version}: ${errorMessage(e)}`);
    }
  }
};
async function zipLooksWhole(file) {
  const handle = await fs2.open(file, "r");
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, EOCD_SIZE + 65535);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    const i = endOfCentralDirectory(tail);
    if (i < 0) return false;
    const [cdSize, cdOffset] = [tail.readUInt32LE(i + 12), tail.readUInt32LE(i + 16)];
    if (cdOffset === 4294967295 || cdSize === 4294967295) return true;
    return cdOffset + cdSize === size - length + i;
  } finally {
    await handle.close();
  }
}
__name(zipLooksWhole, "zipLooksWhole");
async function bytesFetched(modules, since) {
  const sizes = await Promise.all(
    modules.map(
      (m) => m.Zip ? fs2.stat(m.Zip).then(
        (s) => s.mtimeMs >= since ? s.size : 0,
        () => 0
      ) : 0
    )
  );
  return sizes.reduce((a, b) => a + b, 0);
}
__name(bytesFetched, "bytesFetched");
function extractedDir(root, version) {
  const { module, version: v } = splitVersion(version);
  return path11.join(root, `${escapeModulePath(module)}@${escapeModulePath(v)}`);
}
__name(extractedDir, "extractedDir");
function downloadBase(root, version) {
  const { module, version: v } = splitVersion(version);
  return path11.join(root, "cache", "download", escapeModulePath(module), "@v", escapeModulePath(v));
}
__name(downloadBase, "downloadBase");
async function exists(p) {
  return fs2.access(p).then(
    () => true,
    () => false
  );
}
__name(exists, "exists");
async function makeWritable(dir) {
  const entries = await fs2.readdir(dir, { withFileTypes: true }).catch(() => void 0);
  if (!entries) return;
  await fs2.chmod(dir, 493);
  await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => makeWritable(path11.join(dir, e.name))));
}
__name(makeWritable, "makeWritable");

// src/download/prefetch.ts
import { promises as fs4 } from "node:fs";

// src/download/proxy-fetch.ts
import { createWriteStream, promises as fs3 } from "node:fs";
import * as path12 from "node:path";
import { pipeline } from "node:stream/promises";
function proxyAgents(env, sockets) {
  const options = { keepAlive: true, maxSockets: sockets };
  return {
    http: new (nodeHttp()).Agent(options),
    https: new (nodeHttps()).Agent({ ...options, ca: trustedCAs(env) })
  };
}
__name(proxyAgents, "proxyAgents");
async function fetchToFile(url, file, headers, agents, idleMs) {
  const temp = `${file}.prefetch-${process.pid}`;
  try {
    let response = await get(url, headers, agents, idleMs);
    for (let hops = 0; isRedirect(response.statusCode) && hops < 10; hops++) {
      response.resume();
      const next = new URL(response.headers.location ?? "", url);
      const sameHost = next.host === new URL(url).host;
      url = next.href;
      response = await get(url, sameHost ? headers : {}, agents, idleMs);
    }
    const status = response.statusCode ?? 0;
    if (status !== 200) {
      response.resume();
      if (status === 404 || status === 410) return { kind: "absent" };
      return { kind: "failed", why: `${status} ${response.statusMessage ?? ""}`.trim() };
    }
    await fs3.mkdir(path12.dirname(file), { recursive: true });
    let bytes = 0;
    response.on("data", (chunk) => bytes += chunk.length);
    await pipeline(response, createWriteStream(temp));
    await fs3.rename(temp, file);
    return { kind: "ok", bytes };
  } catch (e) {
    await fs3.rm(temp, { force: true });
    return {
      kind: "failed",
      why: e.code ?? (e instanceof Error ? e.message : String(e))
    };
  }
}
__name(fetchToFile, "fetchToFile");
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
__name(isRedirect, "isRedirect");
function get(url, headers, agents, idleMs) {
  const secure = url.startsWith("https:");
  return new Promise((resolve, reject) => {
    const options = { headers, agent: secure ? agents.https : agents.http };
    const request = (secure ? nodeHttps() : nodeHttp()).get(url, options, resolve);
    request.setTimeout(idleMs, () => {
      const idle = Object.assign(new Error(`no data for ${formatSeconds(idleMs)}`), {
        code: `no data for ${formatSeconds(idleMs)}`
      });
      request.destroy(idle);
    });
    request.on("error", reject);
  });
}
__name(get, "get");
function netrcAuthorization(netrcText2, host) {
  let machine = "";
  let login = "";
  let password = "";
  for (const line of netrcText2.split("\n")) {
    if (line.trim() === "default") break;
    const f = line.trim().split(/\s+/);
    for (let i = 0; i + 1 < f.length; i += 2) {
      if (f[i] === "machine") [machine, login, password] = [f[i + 1], "", ""];
      else if (f[i] === "login") login = f[i + 1];
      else if (f[i] === "password") password = f[i + 1];
      if (machine === host && login && password)
        return `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`;
    }
  }
  return void 0;
}
__name(netrcAuthorization, "netrcAuthorization");

// src/download/prefetch.ts
async function prefetchModules(request) {
  const started = performance.now();
  const base = proxyBase(request.goproxy);
  const skipped = /* @__PURE__ */ __name((stopped2) => ({ files: 0, bytes: 0, ms: 0, rejected: [], stopped: stopped2 }), "skipped");
  if (!base) return skipped("the first GOPROXY entry is not an http(s) URL");
  if (request.viaHttpProxy) return skipped("an HTTP proxy is configured");
  const headers = authorization(base, request.netrc);
  const tasks = await missingFiles(request);
  if (tasks.length === 0) return { files: 0, bytes: 0, ms: performance.now() - started, rejected: [] };
  const agents = proxyAgents(request.env, request.concurrency);
  let files = 0;
  let bytes = 0;
  let stopped;
  const rejected = [];
  const absent = /* @__PURE__ */ new Set();
  const run = /* @__PURE__ */ __name(async (task) => {
    if (stopped || absent.has(task.version)) return;
    const { module, version } = splitVersion(task.version);
    const rel = `${escapeModulePath(module)}/@v/${escapeModulePath(version)}.${task.ext}`;
    const file = `${downloadBase(request.gomodcache, task.version)}.${task.ext}`;
    const got = await fetchToFile(`${base.url}/${rel}`, file, headers, agents, request.idleMs);
    if (got.kind === "absent") return void absent.add(task.version);
    if (got.kind === "failed") return void (stopped ??= `${task.version} .${task.ext}: ${got.why}`);
    if (!await vouched(task, file, request.sums)) {
      await fs4.rm(file, { force: true });
      rejected.push(task.version);
      return;
    }
    files++;
    bytes += got.bytes;
  }, "run");
  const queue = [...tasks];
  const worker = /* @__PURE__ */ __name(async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await run(t);
  }, "worker");
  await Promise.all(Array.from({ length: Math.max(1, request.concurrency) }, worker));
  agents.http.destroy();
  agents.https.destroy();
  return { files, bytes, ms: performance.now() - started, rejected: [...new Set(rejected)], stopped };
}
__name(prefetchModules, "prefetchModules");
async function missingFiles(request) {
  const fromProxy = /* @__PURE__ */ __name((v) => !matchPrefixPatterns(request.noProxy, splitVersion(v).module), "fromProxy");
  const zips = new Set(request.zips.filter((v) => fromProxy(v) && request.sums.zips.has(v)));
  const wanted = [
    ...[...zips].flatMap((version) => ["mod", "info", "zip"].map((ext) => ({ version, ext }))),
    ...request.goMods.filter((v) => fromProxy(v) && !zips.has(v)).map((version) => ({ version, ext: "mod" }))
  ];
  const present = await Promise.all(
    wanted.map((t) => {
      return fs4.access(`${downloadBase(request.gomodcache, t.version)}.${t.ext}`).then(
        () => true,
        () => false
      );
    })
  );
  const rank = { mod: 0, info: 1, zip: 2 };
  return wanted.filter((_, i) => !present[i]).sort((a, b) => rank[a.ext] - rank[b.ext]);
}
__name(missingFiles, "missingFiles");
async function vouched(task, file, sums) {
  if (task.ext === "info") return true;
  if (task.ext === "mod") {
    const want = sums.goMods.get(task.version);
    return want === void 0 || goModHash(await fs4.readFile(file)) === want;
  }
  return await zipHash(file).catch(() => "") === sums.zips.get(task.version);
}
__name(vouched, "vouched");
function proxyBase(goproxy) {
  const first = goproxy.split(/[,|]/)[0]?.trim() ?? "";
  if (!/^https?:\/\//i.test(first)) return void 0;
  try {
    const u = new URL(first);
    const userinfo = u.username ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : void 0;
    if (userinfo && u.protocol === "http:") return void 0;
    u.username = "";
    u.password = "";
    return { url: u.href.replace(/\/+$/, ""), host: u.host, userinfo };
  } catch {
    return void 0;
  }
}
__name(proxyBase, "proxyBase");
function authorization(base, netrc) {
  if (!base.url.startsWith("https:")) return {};
  const basic = base.userinfo ? `Basic ${Buffer.from(base.userinfo).toString("base64")}` : void 0;
  const header = basic ?? netrcAuthorization(netrc, base.host);
  return header ? { Authorization: header } : {};
}
__name(authorization, "authorization");

// src/download/workspace-check.ts
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
import * as path13 from "node:path";
function checkWorkspaceUses(set) {
  const workFile = set.files.find((f) => path13.basename(f) === "go.work");
  if (set.mode !== "workspace" || !workFile) return void 0;
  let text;
  try {
    text = readFileSync5(workFile, "utf8");
  } catch {
    return void 0;
  }
  const root = path13.dirname(workFile);
  const failures = parseWorkUseLines(text).filter((u) => !existsSync4(path13.join(root, u.dir, "go.mod"))).map((u) => ({
    root,
    message: `go: cannot load module ${u.dir} listed in go.work file: open ${path13.join(u.dir, "go.mod")}: no such file or directory
${workFile}:${u.line}: use ${u.dir}: the directory is not in this checkout (checked before starting go)`
  }));
  if (failures.length === 0) return void 0;
  return {
    ok: false,
    modules: 0,
    failures,
    durationMs: 0,
    attempts: 0,
    attemptLog: [],
    bytes: 0,
    processes: 0
  };
}
__name(checkWorkspaceUses, "checkWorkspaceUses");

// src/download/download.ts
function failedVersions(failures) {
  return [...new Set(failures.filter((f) => f.module).map((f) => `${f.module}@${f.version}`))];
}
__name(failedVersions, "failedVersions");
async function downloadModules(request) {
  const { inputs, set } = request;
  const unusable = checkWorkspaceUses(set);
  if (unusable) return unusable;
  const started = performance.now();
  const startedEpoch = Date.now();
  const cache = new ModuleCache(request.gomodcache);
  const byRoot = await requiredVersions(set);
  const known = [...byRoot.values()].flat();
  const prefetched = request.prefetch && await prefetch(request, known);
  const processes = processCount(inputs.parallelism, known.length);
  const ctx = {
    goPath: request.goPath,
    env: request.env,
    processes,
    deadline: started + inputs.timeoutMs,
    timeoutMs: inputs.timeoutMs,
    stallTimeoutMs: inputs.stallTimeoutMs,
    cache,
    known,
    workspace: request.workspace
  };
  const first = { versions: await plan(cache, byRoot), roots: set.roots };
  const { retries, retryDelayMs, retryMaxDelayMs } = inputs;
  const rules = { retries, retryDelayMs, retryMaxDelayMs, deadline: ctx.deadline, origin: started };
  const loop = await attemptLoop(first, rules, {
    runAttempt: /* @__PURE__ */ __name((work) => runAttempt(ctx, work), "runAttempt"),
    sleep: /* @__PURE__ */ __name((ms) => new Promise((resolve) => setTimeout(resolve, ms)), "sleep"),
    now: /* @__PURE__ */ __name(() => performance.now(), "now"),
    repair: /* @__PURE__ */ __name((version) => cache.remove(version), "repair"),
    random: Math.random,
    log: /* @__PURE__ */ __name((line) => info(line), "log"),
    describe: {
      work: /* @__PURE__ */ __name((work) => describeWork(work, processes), "work"),
      failures: /* @__PURE__ */ __name((failures, verdicts) => describeFailures(request, failures, verdicts), "failures"),
      retrying: /* @__PURE__ */ __name((work) => [
        ...[...work.versions.values()].flat(),
        ...work.roots.map((r) => `${where(request, r)} (full pass)`)
      ], "retrying")
    }
  });
  const bytes = await bytesFetched([...loop.reported.values()], startedEpoch) + (prefetched?.bytes ?? 0);
  return outcomeOf(loop, {
    known,
    bytes,
    processes,
    durationMs: performance.now() - started,
    roots: set.roots
  });
}
__name(downloadModules, "downloadModules");
function outcomeOf(loop, facts) {
  const { failures, reported, selected } = loop;
  const everyGraph = failures.length === 0 && facts.roots.every((r) => selected.has(r));
  const outcome = {
    ok: failures.length === 0,
    // The download set is complete after success, whether its versions were fetched now or restored.
    modules: failures.length === 0 ? (/* @__PURE__ */ new Set([...facts.known, ...reported.keys()])).size : reported.size,
    failures,
    durationMs: facts.durationMs,
    attempts: loop.attemptLog.length,
    attemptLog: loop.attemptLog,
    bytes: facts.bytes,
    processes: facts.processes,
    selected: everyGraph ? [...new Set(facts.roots.flatMap((r) => selected.get(r) ?? []))] : void 0
  };
  info(
    `${outcome.ok ? "Done" : "Failed"}: ${plural(outcome.modules, "module version")}${outcome.ok ? " ready" : ""}, ${formatBytes(outcome.bytes)} fetched, ${formatSeconds(outcome.durationMs)}, ${plural(outcome.attempts, "attempt")}${outcome.ok ? " (zips stay packed: go extracts what a build needs)" : ""}`
  );
  return outcome;
}
__name(outcomeOf, "outcomeOf");
async function prefetch(request, zips) {
  const { source, sums } = request.prefetch;
  const { parallelism, stallTimeoutMs } = request.inputs;
  const outcome = await prefetchModules({
    ...source,
    gomodcache: request.gomodcache,
    zips,
    goMods: [...sums.goMods.keys()],
    sums,
    concurrency: parallelism === "auto" ? 16 : parallelism,
    idleMs: Math.min(stallTimeoutMs, 3e4)
  });
  const left = outcome.stopped ? `; stopped (${outcome.stopped}), go fetches the rest` : "";
  const rejected = outcome.rejected.length ? `; ${outcome.rejected.length} did not match go.sum and are left to go: ${outcome.rejected.join(", ")}` : "";
  const say = outcome.files === 0 && !outcome.stopped && !outcome.rejected.length ? debug : info;
  say(
    outcome.files || outcome.stopped === void 0 ? `Prefetch: ${outcome.files} module files, ${formatBytes(outcome.bytes)}, in ${formatSeconds(outcome.ms)} without extracting${left}${rejected}` : `Prefetch: none (${outcome.stopped})`
  );
  return outcome;
}
__name(prefetch, "prefetch");
async function plan(cache, byRoot) {
  const versions = /* @__PURE__ */ new Map();
  for (const [root, all] of byRoot) {
    const fetch = await cache.missing(all);
    if (fetch.length > 0) versions.set(root, fetch);
  }
  return versions;
}
__name(plan, "plan");
function describeWork(work, processes) {
  const count = /* @__PURE__ */ __name((m) => [...m?.values() ?? []].reduce((n, l) => n + l.length, 0), "count");
  const named = count(work.versions);
  const parts = [];
  if (named) parts.push(`${plural(named, "module version")} in up to ${processes} parallel go processes`);
  if (work.roots.length) parts.push(`module graph check in ${plural(work.roots.length, "root")}`);
  return parts.join(", then ");
}
__name(describeWork, "describeWork");
function describeFailures(request, failures, verdicts) {
  const lines = failures.slice(0, 10).map((f, i) => {
    const what = f.module ? `${f.module}@${f.version}` : where(request, f.root);
    return `${what} (${verdicts[i].id}): ${f.message.split("\n")[0]}`;
  });
  if (failures.length > 10) lines.push(`\u2026 and ${failures.length - 10} more`);
  return lines;
}
__name(describeFailures, "describeFailures");

// src/environment/setup-environment.ts
import { existsSync as existsSync5 } from "node:fs";
import * as path15 from "node:path";

// src/environment/consistency.ts
function findInconsistencies(plan2, project) {
  const env = plan2.effective;
  const warnings = [];
  const privatePatterns = splitList(env.GOPRIVATE);
  if (plan2.explicit.GONOSUMDB && env.GOSUMDB !== "off") {
    const checked = privatePatterns.filter((p) => !matchPrefixPatterns(env.GONOSUMDB, p));
    if (checked.length) {
      warnings.push(
        `GONOSUMDB=${show2(env.GONOSUMDB)} replaces the GOPRIVATE default, so ${list(checked)} ${checked.length > 1 ? "are" : "is"} still checked against the public checksum database (${env.GOSUMDB}), which fails for private modules. Add ${list(checked)} to gonosumdb, or leave gonosumdb empty to follow goprivate.`
      );
    }
  }
  if (plan2.explicit.GONOPROXY && !isDirectOnly(env.GOPROXY)) {
    const proxied = privatePatterns.filter((p) => !matchPrefixPatterns(env.GONOPROXY, p));
    if (proxied.length) {
      warnings.push(
        `GONOPROXY=${show2(env.GONOPROXY)} replaces the GOPRIVATE default, so ${list(proxied)} ${proxied.length > 1 ? "are" : "is"} still fetched through GOPROXY=${env.GOPROXY}. Add ${list(proxied)} to gonoproxy, or leave gonoproxy empty to follow goprivate.`
      );
    }
  }
  if (/(^|\s)-mod=vendor(\s|$)/.test(env.GOFLAGS)) {
    const missing = project.roots.filter((r) => !r.hasVendor).map((r) => r.dir);
    if (missing.length) {
      warnings.push(
        `GOFLAGS has -mod=vendor, but ${list(missing)} ${missing.length > 1 ? "have" : "has"} no vendor/ directory: builds will fail with "inconsistent vendoring" or missing packages. Run \`go mod vendor\` and commit vendor/, or drop -mod=vendor from goflags.`
      );
    }
  }
  const chain = commaChain(env.GOPROXY);
  if (chain) {
    warnings.push(
      `GOPROXY=${env.GOPROXY} separates "${chain.first}" and "${chain.next}" with ",", which falls through to the next entry only on 404 and 410: a timeout or 5xx from the first proxy fails the download without trying the next. Use "|" to fall through on any error: ${chain.suggestion}`
    );
  }
  return warnings;
}
__name(findInconsistencies, "findInconsistencies");
function splitList(value) {
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}
__name(splitList, "splitList");
function isDirectOnly(goproxy) {
  return goproxy === "direct" || goproxy === "off";
}
__name(isDirectOnly, "isDirectOnly");
function commaChain(goproxy) {
  const parts = goproxy.split(/([,|])/).map((p) => p.trim());
  const isUrl = /* @__PURE__ */ __name((e) => e !== void 0 && e !== "" && e !== "direct" && e !== "off", "isUrl");
  let found;
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i] === "," && isUrl(parts[i - 1]) && isUrl(parts[i + 1])) {
      found ??= { first: parts[i - 1], next: parts[i + 1] };
      parts[i] = "|";
    }
  }
  return found && { ...found, suggestion: parts.join("") };
}
__name(commaChain, "commaChain");
function list(items) {
  return items.map((i) => `"${i}"`).join(", ");
}
__name(list, "list");
function show2(value) {
  return value === "" ? '""' : value;
}
__name(show2, "show");

// src/environment/locate-go.ts
import * as path14 from "node:path";
var semver3 = __toESM(require_semver(), 1);

// src/environment/go-env.ts
import * as os5 from "node:os";
var NAMES = [
  "GOVERSION",
  "GOMODCACHE",
  "GOCACHE",
  "GOPROXY",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GOTOOLCHAIN",
  "GOOS",
  "GOARCH",
  "GOWORK",
  "GOAUTH"
];
async function readGoEnv(goPath) {
  const result = await runTool(goPath, ["env", "-json", ...NAMES], {
    cwd: process.env.RUNNER_TEMP || os5.tmpdir(),
    timeoutMs: 6e4
  });
  if (result.exitCode !== 0) {
    throw new Error(`\`go env\` failed (exit ${result.exitCode}):
${result.stderr.trim()}`);
  }
  const raw = JSON.parse(result.stdout);
  return Object.fromEntries(NAMES.map((n) => [n, raw[n] ?? ""]));
}
__name(readGoEnv, "readGoEnv");

// src/environment/locate-go.ts
var SETUP_GO_HINT = "Install Go first with actions/setup-go, e.g.\n  - uses: actions/setup-go@v6\n    with:\n      go-version: 'VERSION'\n      cache: false  # setup-gomod caches the module cache itself";
var GoNotFoundError = class extends Error {
  static {
    __name(this, "GoNotFoundError");
  }
  constructor(message, versionSpec) {
    super(`${message}
${SETUP_GO_HINT.replace("VERSION", versionSpec ?? "stable")}`);
    this.name = "GoNotFoundError";
  }
};
async function locateGo(versionSpec, platform2 = process.platform) {
  const onPath = await which("go", false);
  debug(`start-up: ${Math.round(performance.now())} ms to the first go call`);
  const pathEnv = onPath ? await readGoEnv(onPath) : void 0;
  if (onPath && pathEnv && (versionSpec === void 0 || satisfies2(pathEnv.GOVERSION, versionSpec))) {
    return { goPath: onPath, env: pathEnv, source: "path" };
  }
  if (versionSpec === void 0) {
    throw new GoNotFoundError("No `go` on PATH.");
  }
  const tc = await import("./tool-cache-MQ54OBIU.js");
  const dir = tc.find("go", versionSpec);
  if (dir === "") {
    const cached = tc.findAllVersions("go");
    throw new GoNotFoundError(
      `Input 'go-version' asks for Go ${JSON.stringify(versionSpec)}, but ` + (pathEnv ? `go on PATH is ${pathEnv.GOVERSION}` : "there is no go on PATH") + ` and the runner's tool cache has ${cached.length ? cached.join(", ") : "no Go"} (RUNNER_TOOL_CACHE=${process.env.RUNNER_TOOL_CACHE ?? "unset"}).`,
      versionSpec
    );
  }
  const goPath = goInToolCache(dir, platform2);
  const bin = path14.dirname(goPath);
  addPath(bin);
  info(`Using Go from the tool cache: ${dir}`);
  return { goPath, env: await readGoEnv(goPath), source: "tool-cache" };
}
__name(locateGo, "locateGo");
function satisfies2(goVersion, spec) {
  const version = goVersionToSemver(goVersion);
  return version !== void 0 && semver3.satisfies(version, spec, { includePrerelease: false });
}
__name(satisfies2, "satisfies");
function goInToolCache(dir, platform2 = process.platform) {
  return platform2 === "win32" ? path14.win32.join(dir, "bin", "go.exe") : path14.posix.join(dir, "bin", "go");
}
__name(goInToolCache, "goInToolCache");

// src/environment/plan-env.ts
function planGoEnv(current, settings) {
  const effective = Object.fromEntries(GO_ENV_NAMES.map((n) => [n, settings[n] ?? current[n]]));
  const explicit = {
    GONOPROXY: settings.GONOPROXY !== void 0 || current.GONOPROXY !== current.GOPRIVATE,
    GONOSUMDB: settings.GONOSUMDB !== void 0 || current.GONOSUMDB !== current.GOPRIVATE
  };
  for (const name of ["GONOPROXY", "GONOSUMDB"]) {
    if (!explicit[name]) effective[name] = effective.GOPRIVATE;
  }
  const exported = Object.fromEntries(
    GO_ENV_NAMES.filter((n) => settings[n] !== void 0).map((n) => [n, settings[n]])
  );
  return { effective, exported, explicit };
}
__name(planGoEnv, "planGoEnv");

// src/environment/setup-environment.ts
async function setupEnvironment(inputs) {
  const go = await locateGo(inputs.goVersion);
  for (const secret of userinfoSecrets(Object.values(go.env).join(" "))) setSecret(secret);
  const downloadSet = await findDownloadSet(inputs.workingDirectory, process.env.GOWORK);
  const plan2 = planGoEnv(go.env, withDerivedGoprivate(inputs, go.env.GOPRIVATE));
  const shown = Object.fromEntries(GO_ENV_NAMES.map((n) => [n, redactUserinfo(plan2.effective[n])]));
  for (const [name, value] of Object.entries(plan2.exported)) exportVariable(name, value);
  const where2 = go.source === "path" ? "PATH" : "the tool cache";
  info(`Go ${logText(go.env.GOVERSION)} (${logText(go.goPath)}, from ${where2})`);
  for (const name of GO_ENV_NAMES) {
    const derived = name === "GOPRIVATE" && inputs.goEnv.GOPRIVATE === void 0;
    const note = name in plan2.exported ? `  (${derived ? "derived from credentials" : "set by input"}, exported)` : "";
    info(`${name}=${logText(shown[name])}${note}`);
  }
  info(`GOMODCACHE=${logText(go.env.GOMODCACHE)}`);
  const rel = /* @__PURE__ */ __name((p) => logText(path15.relative(inputs.workingDirectory, p) || "."), "rel");
  info(
    downloadSet.mode === "workspace" ? `Download set: workspace ${rel(downloadSet.files[0])} using ${plural(downloadSet.files.length - 1, "module")}` : `Download set: ${plural(downloadSet.roots.length, "module")}: ${listSome(downloadSet.files.map(rel)) || "none"}`
  );
  const roots = downloadSet.roots.map((r) => ({ dir: rel(r), hasVendor: existsSync5(path15.join(r, "vendor")) }));
  for (const warning2 of findInconsistencies({ ...plan2, effective: shown }, { roots }))
    warning(warning2, { title: "Go environment" });
  return { go, plan: plan2, downloadSet, shown };
}
__name(setupEnvironment, "setupEnvironment");
function withDerivedGoprivate(inputs, currentGoprivate) {
  if (inputs.goEnv.GOPRIVATE !== void 0 || currentGoprivate !== "" || inputs.gitCredentials.length === 0) {
    return inputs.goEnv;
  }
  const derived = deriveGoprivate(inputs.gitCredentials, runContextFrom(process.env));
  for (const note of derived.notes) {
    if (note.warning) warning(`GOPRIVATE: ${note.message}.`, { title: "GOPRIVATE not derived" });
    else info(`GOPRIVATE: ${note.message}.`);
  }
  if (derived.patterns.length === 0) return inputs.goEnv;
  info(
    `GOPRIVATE derived from the git credentials (input 'goprivate' is empty): ${derived.patterns.join(",")}`
  );
  return { ...inputs.goEnv, GOPRIVATE: derived.patterns.join(",") };
}
__name(withDerivedGoprivate, "withDerivedGoprivate");
function listSome(names, shown = 5) {
  const more = names.length - shown;
  return names.slice(0, shown).join(", ") + (more > 0 ? `, \u2026 (${more} more)` : "");
}
__name(listSome, "listSome");

// src/report/phase.ts
var Phases = class {
  static {
    __name(this, "Phases");
  }
  timings = [];
  async run(name, fn) {
    const started = performance.now();
    try {
      return await group(name, fn);
    } finally {
      const ms = Math.round(performance.now() - started);
      this.timings.push({ name, ms });
      info(`${name}: ${ms} ms`);
    }
  }
};

// src/report/html.ts
function code(s) {
  return `<code>${escapeHtml(s)}</code>`;
}
__name(code, "code");

// src/report/cache-section.ts
var NONE = "\u2013";
function addCacheSection(s, cache) {
  if (cache.kind === "disabled") {
    s.addRaw("<p>Module cache: off (<code>cache: false</code>).</p>", true);
    return;
  }
  s.addHeading("Module cache", 4);
  const row = /* @__PURE__ */ __name((name, e) => [
    name,
    code(e.kind),
    code(e.primaryKey),
    e.matchedKey ? code(e.matchedKey) : NONE,
    e.archiveBytes === void 0 ? NONE : formatBytes(e.archiveBytes),
    e.restoreMs === void 0 ? NONE : formatSeconds(e.restoreMs)
  ], "row");
  s.addTable([
    ["cache", "restore", "primary key", "matched key", "archive", "restore time"].map((data) => ({
      data,
      header: true
    })),
    row("modules", cache),
    ...cache.build ? [row("build", cache.build)] : []
  ]);
  if (cache.kind !== "unavailable" && cache.kind !== "skipped")
    s.addRaw(
      "<p>The post step saves when the download completed and the content changed (see its log).</p>",
      true
    );
}
__name(addCacheSection, "addCacheSection");

// src/report/diagnosis-section.ts
import * as path16 from "node:path";

// src/diagnosis/flowchart.ts
function diagnosisFlowchart(id, title) {
  const taken = stageOf(id);
  const lines = ["flowchart TD", "  start([go mod download failed])"];
  const edges = [];
  STAGES.forEach((s, i) => {
    lines.push(`  s${i}{"${s.question}"}`);
    edges.push(`  ${i === 0 ? "start" : `s${i - 1}`} -->${i === 0 ? "" : "|no|"} s${i}`);
  });
  const leaf = `  verdict["<b>${title.replace(/"/g, "'")}</b><br/>${id}"]`;
  lines.push(leaf);
  const last = STAGES.length - 1;
  edges.push(taken >= 0 ? `  s${taken} -->|yes| verdict` : `  s${last} -->|no| verdict`);
  const stop = taken >= 0 ? taken : last;
  const highlighted = [...Array(stop + 1).keys()].concat(edges.length - 1);
  return [
    ...lines,
    ...edges,
    "  classDef taken fill:#fde68a,stroke:#b45309,stroke-width:2px",
    `  class start,${[...Array(stop + 1).keys()].map((i) => `s${i}`).join(",")},verdict taken`,
    `  linkStyle ${highlighted.join(",")} stroke:#b45309,stroke-width:3px`
  ].join("\n");
}
__name(diagnosisFlowchart, "diagnosisFlowchart");

// src/report/diagnosis-section.ts
var MAX_ROWS = 30;
var MAX_RAW_CHARS = 2e4;
function addDiagnosisSection(s, diagnosis, download, workspace) {
  const p = diagnosis.primary;
  const subject = p.module ? ` for ${code(`${p.module}${p.version ? `@${p.version}` : ""}`)}` : "";
  s.addRaw(`<h3>Diagnosis: ${escapeHtml(p.title)}${subject}</h3>`, true);
  s.addRaw(
    `<p>${code(p.id)} \xB7 ${p.retryable ? "\u{1F501} transient: a re-run may succeed" : "\u{1F6E0} needs a change: a re-run will fail the same way"}</p><p>${escapeHtml(meaningOf(p.id, p))}</p>`,
    true
  );
  const located = diagnosis.located;
  s.addTable([
    ["module", "version", "where", "scenario", "retryable"].map((h) => ({ data: h, header: true })),
    ...located.slice(0, MAX_ROWS).map(({ finding: f, root }) => [
      code(f.module ?? "\u2014"),
      code(f.version ?? "\u2014"),
      code(path16.relative(workspace, root) || "."),
      `${code(f.id)}${f.occurrences && f.occurrences > 1 ? ` \xD7${f.occurrences}` : ""}`,
      f.retryable ? "yes" : "no"
    ])
  ]);
  if (located.length > MAX_ROWS) s.addRaw(`<p>\u2026 and ${located.length - MAX_ROWS} more.</p>`, true);
  s.addRaw("<h4>Evidence</h4>", true);
  s.addRaw(`<pre>${escapeHtml(p.evidence.join("\n"))}</pre>`, true);
  s.addRaw("<h4>Fix</h4>", true).addRaw(`
${p.fix}
`, true);
  if (p.alternatives?.length) {
    s.addRaw("<h4>Not ruled out</h4>", true);
    s.addList(p.alternatives.map((a) => `${code(a.id)}: ${escapeHtml(a.title)}. ${escapeHtml(a.check)}`));
  }
  for (const other of new Set(diagnosis.findings.map((f) => f.id).filter((id) => id !== p.id))) {
    s.addRaw(
      `<p>Also: ${code(other)}: ${escapeHtml(CATALOG[other].title)}. ${escapeHtml(CATALOG[other].steps[0])}</p>`,
      true
    );
  }
  addProbes(s, diagnosis);
  addEnvironment(s, diagnosis);
  addTimeline(s, download);
  const raw = redact(download.failures.map((f) => f.message).join("\n\n"));
  s.addRaw(
    `<details><summary>Raw go output (${plural(download.failures.length, "failure")})</summary>

<pre>${escapeHtml(raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}
\u2026` : raw)}</pre>
</details>`,
    true
  );
  s.addRaw(
    `<details><summary>How this was diagnosed</summary>

\`\`\`mermaid
${diagnosisFlowchart(p.id, p.title)}
\`\`\`
</details>`,
    true
  );
}
__name(addDiagnosisSection, "addDiagnosisSection");
function addProbes(s, diagnosis) {
  s.addRaw("<h4>Probes and checks</h4>", true);
  const probes = diagnosis.probes;
  if (!diagnosis.probed)
    s.addRaw("<p>Probes skipped (<code>diagnose: false</code>): classification only.</p>", true);
  else if (probes.length === 0) s.addRaw("<p>Nothing to probe for this failure.</p>", true);
  else
    s.addTable([
      ["check", "target", "result", "time"].map((h) => ({ data: h, header: true })),
      ...probes.map((r) => [
        escapeHtml(r.check),
        code(r.target),
        `${r.ok ? "\u2705" : "\u274C"} ${escapeHtml(r.detail)}`,
        `${r.ms} ms`
      ])
    ]);
  const notes = diagnosis.notes;
  if (notes.length) s.addList(notes.map((n) => escapeHtml(redact(n))));
}
__name(addProbes, "addProbes");
function addEnvironment(s, diagnosis) {
  const env = diagnosis.environment;
  s.addRaw("<h4>Environment</h4>", true);
  s.addTable([
    [
      { data: "variable", header: true },
      { data: "value", header: true }
    ],
    ...Object.entries(env).map(([k, v]) => [code(k), code(v || "(empty)")])
  ]);
}
__name(addEnvironment, "addEnvironment");
function addTimeline(s, download) {
  s.addRaw("<h4>Attempts</h4>", true);
  if (download.attemptLog.length === 0) {
    s.addRaw(`<p>${plural(download.attempts, "attempt")} in ${formatSeconds(download.durationMs)}.</p>`, true);
    return;
  }
  s.addList(
    download.attemptLog.map(
      (a) => escapeHtml(
        `attempt ${a.attempt} \xB7 started ${formatSeconds(a.startedMs)} \xB7 duration ${formatSeconds(a.durationMs)} \xB7 failed ${a.failed} \xB7 delay ${formatSeconds(a.delayMs)}`
      )
    )
  );
}
__name(addTimeline, "addTimeline");

// src/report/summary.ts
async function writeSummary(report) {
  const s = summary;
  const d = report.download;
  s.addHeading(d && !d.ok ? "\u274C setup-gomod: go mod download failed" : "\u2705 setup-gomod", 3);
  if (d) {
    const roots = report.mode === "workspace" ? `${report.roots.length} workspace` : plural(report.roots.length, "module root");
    s.addRaw(
      `<p>${plural(d.modules, "module version")} \xB7 ${roots} \xB7 ${formatSeconds(d.durationMs)} \xB7 ${plural(d.attempts, "attempt")}</p>`,
      true
    );
  } else {
    s.addRaw("<p>Download skipped (<code>download: false</code>).</p>", true);
  }
  if (d && report.diagnosis) addDiagnosisSection(s, report.diagnosis, d, report.workspace);
  addCacheSection(s, report.cache);
  if (!report.diagnosis) addEnvironmentTable(s, report);
  s.addRaw(
    `<p>Go ${report.goVersion} \xB7 ` + report.timings.map((t) => `${t.name} ${formatSeconds(t.ms)}`).join(" \xB7 ") + "</p>",
    true
  );
  await s.write();
}
__name(writeSummary, "writeSummary");
function addEnvironmentTable(s, report) {
  s.addTable([
    [
      { data: "Go variable", header: true },
      { data: "value", header: true },
      { data: "source", header: true }
    ],
    ...Object.keys(report.env).map((n) => [
      code(n),
      code(report.env[n] || "(empty)"),
      report.exported.includes(n) ? "input (exported)" : "unchanged"
    ]),
    [code("GOMODCACHE"), code(report.gomodcache), "go env"]
  ]);
}
__name(addEnvironmentTable, "addEnvironmentTable");

// src/steps/main-phases.ts
async function runPhases(inputs, workspace, results) {
  const phases = new Phases();
  const env = results.env = await phases.run("Go environment", () => setupEnvironment(inputs));
  const credentials = await phases.run("Credentials", () => setupCredentials(inputs, env));
  recordPrivateModulesPolicy(inputs.cachePrivateModules, env.plan, eventFacts().privateRepository);
  try {
    const restoring = await phases.run("Module cache", () => restoreModuleCache(inputs, env));
    let cache;
    try {
      results.download = await downloadPhase(inputs, workspace, phases, env, credentials);
    } finally {
      cache = results.cache = await buildCachePhase(restoring, phases);
    }
    const download = results.download;
    const failed = download.outcome?.ok === false ? download.outcome : void 0;
    if (failed) {
      const request = { download: failed, env, inputs, workspace, processEnv: credentials.processEnv };
      results.diagnosis = await diagnosisPhase(request, phases);
    }
    await summaryPhase(workspace, phases, env, cache, download.outcome, results.diagnosis);
    if (failed) {
      setFailed(
        `go mod download failed: ${describeFailures2(failed)}. See the annotations and the job summary.`
      );
    }
  } finally {
    await credentials.release();
  }
}
__name(runPhases, "runPhases");
async function downloadPhase(inputs, workspace, phases, env, credentials) {
  if (!inputs.download)
    return { outcome: void 0, modules: countRequirements(env.downloadSet), attempts: 0 };
  if (env.downloadSet.roots.length === 0) {
    throw new Error(
      `No go.work or go.mod in working-directory ${inputs.workingDirectory} or below. Set 'working-directory' to the folder of your Go project, or 'download: false' to only set up the environment.`
    );
  }
  const download = await phases.run(
    "Download modules",
    () => downloadModules({
      goPath: env.go.goPath,
      set: env.downloadSet,
      inputs,
      workspace,
      env: { ...process.env, ...credentials.processEnv },
      // Already read by the environment phase: saves the engine a go env call.
      gomodcache: env.go.env.GOMODCACHE,
      prefetch: prefetchFor(env, credentials)
    })
  );
  const modules = download.modules;
  downloadState.save({
    ok: download.ok,
    modules,
    gomodcache: env.go.env.GOMODCACHE,
    selected: download.selected
  });
  if (!download.ok) {
    const took = `${formatSeconds(download.durationMs)}, ${plural(download.attempts, "attempt")}`;
    info(
      `Download failed after ${took} (${plural(modules, "module version")} resolved): ${describeFailures2(download)}`
    );
  }
  return { outcome: download, modules, attempts: download.attempts };
}
__name(downloadPhase, "downloadPhase");
function buildCachePhase(restoring, phases) {
  const finish = /* @__PURE__ */ __name(() => finishCacheRestore(restoring), "finish");
  return restoring.build ? phases.run("Build cache", finish) : finish();
}
__name(buildCachePhase, "buildCachePhase");
async function diagnosisPhase(request, phases) {
  const diagnosis = await phases.run("Diagnosis", () => diagnose(request));
  reportDiagnosis(diagnosis, request);
  return diagnosis;
}
__name(diagnosisPhase, "diagnosisPhase");
async function summaryPhase(workspace, phases, env, cache, download, diagnosis) {
  await writeSummary({
    goVersion: env.go.env.GOVERSION,
    workspace,
    mode: env.downloadSet.mode,
    roots: env.downloadSet.roots,
    env: env.shown,
    exported: Object.keys(env.plan.exported),
    gomodcache: env.go.env.GOMODCACHE,
    cache,
    download,
    diagnosis,
    timings: phases.timings
  });
}
__name(summaryPhase, "summaryPhase");
function prefetchFor(env, credentials) {
  const processEnv = { ...process.env, ...credentials.processEnv };
  const proxyVars = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];
  return {
    source: {
      goproxy: env.plan.effective.GOPROXY,
      noProxy: env.plan.effective.GONOPROXY,
      netrc: readOrEmpty(processEnv.NETRC || path17.join(os6.homedir(), ".netrc")),
      viaHttpProxy: proxyVars.some((name) => Boolean(processEnv[name])),
      env: processEnv
    },
    sums: readGoSums(checksumFiles(env.downloadSet.files).map(readOrEmpty))
  };
}
__name(prefetchFor, "prefetchFor");
function describeFailures2(download) {
  const versions = failedVersions(download.failures);
  if (versions.length === 0) return download.failures[0]?.message.split("\n")[0] ?? "unknown error";
  const shown = versions.slice(0, 5).join(", ");
  return `${plural(versions.length, "module version")} could not be downloaded (${shown}${versions.length > 5 ? ", \u2026" : ""})`;
}
__name(describeFailures2, "describeFailures");
function countRequirements(set) {
  const versions = /* @__PURE__ */ new Set();
  for (const file of modFiles(set).values()) {
    for (const r of file.requirements) versions.add(`${r.path}@${r.version}`);
  }
  return versions.size;
}
__name(countRequirements, "countRequirements");
export {
  runPhases
};
