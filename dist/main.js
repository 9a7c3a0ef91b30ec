import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EOCD_SIZE,
  PREFIX,
  cacheState,
  checksumFiles,
  credentialState,
  dependencyHash,
  downloadState,
  endOfCentralDirectory,
  escapeHtml,
  eventFacts,
  fingerprint,
  formatBytes,
  formatSeconds,
  goModHash,
  isPopulated,
  isSameKey,
  listDownloadDir,
  logText,
  moduleKeys,
  plural,
  readGoSums,
  readOrEmpty,
  recordPrivateModulesPolicy,
  removeCredentialDir,
  restoreBuildCache,
  restoreEntry,
  runTool,
  serviceConfigured,
  zipHash
} from "./chunks/chunk-NCJCAOGD.js";
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
} from "./chunks/chunk-HSGKDW5T.js";
import {
  escapeModulePath,
  matchPrefixPatterns,
  readGoReport,
  splitVersion,
  unescapeModulePath,
  versionOfUrl
} from "./chunks/chunk-ENVRGW5B.js";
import "./chunks/chunk-M5XNDFZ3.js";
import {
  errorMessage
} from "./chunks/chunk-5QCUKRW6.js";
import {
  addPath,
  debug,
  error,
  exportVariable,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
  which
} from "./chunks/chunk-DH4MFXE2.js";
import {
  require_semver
} from "./chunks/chunk-JEMEWMLI.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-N2CE72JC.js";

// src/steps/main-step.ts
import * as os6 from "node:os";
import * as path18 from "node:path";

// src/cache/restore-cache.ts
import * as os from "node:os";
import * as path from "node:path";
async function restoreModuleCache(inputs, env) {
  const sums = checksumFiles(env.downloadSet.files);
  const hash = dependencyHash(sums, inputs.workingDirectory);
  const context = { os: runnerOs(), suffix: inputs.cacheKeySuffix, dependencyHash: hash };
  const keys = moduleKeys(context);
  const downloadDir = path.join(env.go.env.GOMODCACHE, "cache", "download");
  const building = inputs.cache && inputs.cacheBuild && serviceConfigured() ? restoreBuildCache(env, context) : void 0;
  const result = await restoreModules(inputs, env.go.env.GOMODCACHE, downloadDir, keys);
  if (result.kind === "disabled") {
    const off = { ...result, paths: [], restored: fingerprint([]) };
    cacheState.save({ save: "never", module: off, checksumFiles: [], dependencyHash: "", hashRoot: "" });
    return result;
  }
  const restored = fingerprint(result.kind === "partial" ? await listDownloadDir(downloadDir) : []);
  const build = await building;
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
import * as path6 from "node:path";

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

// src/inputs/durations.ts
var MAX_DURATION_MS = 2 ** 31 - 1;
var UNIT_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var EXPECTED = "a whole number of seconds or h, m, s, ms parts in that order, e.g. `90`, `90s`, `2m`, `1m30s`, `500ms`";
var DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
function parseDuration(value, report, rule) {
  const ms = toMs(value, report);
  if (ms === void 0) return void 0;
  if (ms === 0 && !rule.allowZero) {
    report(value, "must be longer than zero", `a positive duration, e.g. \`30s\``);
    return void 0;
  }
  if (ms > MAX_DURATION_MS) {
    report(value, "is longer than the longest supported duration (about 24 days)", `at most \`596h\``);
    return void 0;
  }
  return ms;
}
__name(parseDuration, "parseDuration");
function toMs(value, report) {
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  if (value.startsWith("-")) {
    report(value, "is negative", EXPECTED);
    return void 0;
  }
  const match = DURATION.exec(value);
  if (match && value !== "") {
    const [, h, m, s, ms] = match;
    return Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0) * UNIT_MS.ms;
  }
  report(value, describe2(value), EXPECTED);
  return void 0;
}
__name(toMs, "toMs");
function describe2(value) {
  if (/\s/.test(value)) return "has spaces inside the duration";
  if (/\d[.,]\d/.test(value)) return "is not a whole number (use a smaller unit, e.g. `1500ms` for 1.5s)";
  const parts = [...value.matchAll(/(\d+)([a-zA-Z]*)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== value) return "is not a duration";
  const units = parts.map((p) => p[2]);
  const unknown = units.find((u) => !(u in UNIT_MS));
  if (unknown !== void 0)
    return unknown === "" ? "has a number without a unit" : `has an unknown unit \`${unknown}\``;
  return "repeats a unit or has its units out of order (h, m, s, ms)";
}
__name(describe2, "describe");

// src/inputs/go-env-values.ts
import { createHash } from "node:crypto";

// src/inputs/problem-list.ts
var ProblemList = class {
  static {
    __name(this, "ProblemList");
  }
  list = [];
  get items() {
    return this.list;
  }
  for(input) {
    return (value, problem, expected) => {
      this.list.push(Object.freeze({ input, value, problem, expected }));
    };
  }
};
var REDACTED = "***";
function joinLines(raw, separator, separators) {
  const lines = raw.split(/\r?\n|\r/).map((line) => line.trim()).filter((line) => line !== "");
  let joined = "";
  for (const line of lines) {
    if (joined === "" || separators.includes(joined.at(-1) ?? "") || separators.includes(line[0]))
      joined += line;
    else joined += separator + line;
  }
  return joined;
}
__name(joinLines, "joinLines");
function tracking(report) {
  let failed = false;
  return {
    report: /* @__PURE__ */ __name((value, problem, expected) => {
      failed = true;
      report(value, problem, expected);
    }, "report"),
    failed: /* @__PURE__ */ __name(() => failed, "failed")
  };
}
__name(tracking, "tracking");

// src/inputs/go-env-values.ts
var SUMDB_KEY = "sum.corp.example+0b2c44b0+AQswVXqfxOkOM1h9osfsETZbgKXK7xQ5XoOozfIXPGGG";
var SUMDB_EXPECTED = `\`off\`, a database name go knows, or \`name+hash+key\` optionally followed by a space and its URL, e.g. \`${SUMDB_KEY} https://sum.corp.example\``;
var HOST_PATH = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/i;
function parseGosumdb(value, report) {
  const fields = value.split(/\s+/);
  const [key, url] = fields;
  if (fields.length > 2) return void report(value, "has more than a key and a URL", SUMDB_EXPECTED);
  if (key === "off") {
    if (url === void 0) return key;
    return void report(value, "takes no URL after `off`", "`off` alone");
  }
  if (key.toLowerCase() === "off") return void report(value, "must be written in lower case", "`off`");
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(key)) {
    return void report(key, "starts with a URL, but the database name or key comes first", SUMDB_EXPECTED);
  }
  const keyProblem = !HOST_PATH.test(key.split("+")[0]) ? "does not start with a host-like database name" : key.includes("+") ? verifierKeyProblem(key) : void 0;
  if (keyProblem !== void 0) return void report(key, keyProblem, SUMDB_EXPECTED);
  if (url !== void 0) {
    let ok = /^https?:\/\//i.test(url);
    try {
      new URL(url);
    } catch {
      ok = false;
    }
    if (!ok)
      return void report(
        url,
        "has an invalid database URL",
        "an `https://` URL, e.g. `https://sum.corp.example`"
      );
  }
  return fields.join(" ");
}
__name(parseGosumdb, "parseGosumdb");
function verifierKeyProblem(key) {
  const plus = key.indexOf("+");
  const name = key.slice(0, plus);
  const rest = key.slice(plus + 1);
  const plus2 = rest.indexOf("+");
  const hash = plus2 < 0 ? rest : rest.slice(0, plus2);
  const key64 = plus2 < 0 ? "" : rest.slice(plus2 + 1);
  if (!/^[0-9a-f]{8}$/i.test(hash)) return "has a malformed key hash (8 hex digits expected after the name)";
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key64) || key64.length % 4 !== 0) return "has a malformed verifier key";
  const bytes = Buffer.from(key64, "base64");
  if (bytes.length !== 33 || bytes[0] !== 1) return "has a verifier key that is not an Ed25519 key";
  const digest = createHash("sha256").update(`${name}
`).update(bytes).digest();
  if (digest.readUInt32BE(0) !== parseInt(hash, 16))
    return "has a key hash that does not match its name and key";
  return void 0;
}
__name(verifierKeyProblem, "verifierKeyProblem");
var GOFLAGS_EXPECTED = "flags separated by spaces, each `-name` or `-name=value`, e.g. `-mod=mod -modcacherw`";
var MOD_VALUES = ["mod", "readonly", "vendor"];
function parseGoflags(raw, outer) {
  const { report, failed } = tracking(outer);
  const fields = [];
  let s = raw;
  for (; ; ) {
    s = s.replace(/^\s+/, "");
    if (s === "") break;
    const quote2 = s[0];
    if (quote2 === '"' || quote2 === "'") {
      const end = s.indexOf(quote2, 1);
      if (end < 0) {
        report(s, `has an unterminated ${quote2} quote`, `the whole flag in quotes, e.g. \`"-ldflags=-s -w"\``);
        return void 0;
      }
      if (/[\r\n]/.test(s.slice(0, end))) {
        report(logText(s.slice(0, end + 1)), "has a line break inside a quoted flag", GOFLAGS_EXPECTED);
        return void 0;
      }
      fields.push({ text: s.slice(0, end + 1), flag: s.slice(1, end) });
      s = s.slice(end + 1);
    } else {
      const end = s.search(/\s/);
      const text = end < 0 ? s : s.slice(0, end);
      fields.push({ text, flag: text });
      s = end < 0 ? "" : s.slice(end);
    }
  }
  fields.forEach((field, i) => checkFlag(field.flag, i > 0 ? fields[i - 1].flag : void 0, report));
  if (failed()) return void 0;
  return fields.map((f) => f.text).join(" ");
}
__name(parseGoflags, "parseGoflags");
function checkFlag(flag, previous, report) {
  if (!flag.startsWith("-")) {
    const joined = previous?.startsWith("-") && !previous.includes("=") ? `${previous}=${flag}` : `-${flag}`;
    return void report(flag, "is not a flag (every GOFLAGS entry starts with `-`)", `\`${joined}\``);
  }
  if (/^(-|--|---.*|-=.*|--=.*)$/.test(flag)) return void report(flag, "is not a flag", GOFLAGS_EXPECTED);
  const name = flag.replace(/^--?/, "").split("=")[0];
  if (name !== "mod") return;
  const eq = flag.indexOf("=");
  if (eq < 0) return void report(flag, "needs a value", "`-mod=mod`, `-mod=readonly` or `-mod=vendor`");
  const mode = flag.slice(eq + 1);
  if (!MOD_VALUES.includes(mode))
    report(flag, `has an unknown -mod mode \`${mode}\``, "`-mod=mod`, `-mod=readonly` or `-mod=vendor`");
}
__name(checkFlag, "checkFlag");
var TOOLCHAIN_EXPECTED = "`local`, `auto`, `path`, or a toolchain such as `go1.22.5` optionally followed by `+auto` or `+path`";
var TOOLCHAIN = /^go1\.(0|[1-9]\d*)(\.(0|[1-9]\d*)|(alpha|beta|rc)[1-9]\d*)?(-[A-Za-z0-9._-]+)?$/;
function parseGotoolchain(value, report) {
  if (value === "local" || value === "auto" || value === "path") return value;
  const lower = value.toLowerCase();
  if (lower !== value && parseGotoolchain(lower, () => void 0) !== void 0) {
    return void report(value, "must be written in lower case", `\`${lower}\``);
  }
  const plus = value.indexOf("+");
  const min = plus < 0 ? value : value.slice(0, plus);
  const suffix = plus < 0 ? void 0 : value.slice(plus + 1);
  if (suffix !== void 0 && suffix !== "auto" && suffix !== "path") {
    return void report(
      value,
      "has an unknown suffix",
      "`+auto` or `+path` after the toolchain, e.g. `go1.22.5+auto`"
    );
  }
  if (min === "local" && suffix !== void 0) return value;
  if (min === "auto" || min === "path") {
    return void report(
      value,
      `cannot take a suffix after \`${min}\``,
      `\`${min}\` alone, or \`local+${suffix ?? "auto"}\``
    );
  }
  const match = TOOLCHAIN.exec(min);
  if (match === null) {
    const hint = /^\d+\.\d+(\.\d+)?$/.test(min) ? `\`go${min}${plus < 0 ? "" : "+" + suffix}\`` : TOOLCHAIN_EXPECTED;
    return void report(value, "is not a toolchain name", hint);
  }
  if (Number(match[1]) >= 21 && match[2] === void 0) {
    return void report(
      value,
      "is a language version, not a toolchain",
      `\`go1.${match[1]}.0\` or a later patch release`
    );
  }
  return value;
}
__name(parseGotoolchain, "parseGotoolchain");

// src/inputs/go-patterns.ts
var EXPECTED2 = "module path prefixes or globs separated by commas or newlines, e.g. `github.com/acme/*,*.corp.example.com`";
function parsePatterns(raw, outer, rule) {
  const { report, failed } = tracking(outer);
  const joined = joinLines(raw, ",", ",");
  const patterns2 = joined.split(",").map((p) => p.trim());
  if (patterns2.some((p) => p === "")) {
    report(joined, "has an empty entry (a doubled, leading or trailing comma)", EXPECTED2);
  }
  if (patterns2.includes("none")) {
    if (!rule.allowNone) {
      report(
        "none",
        "does not take `none`",
        "leave the input empty to keep the current value, or give patterns"
      );
    } else if (patterns2.filter((p) => p !== "").length > 1) {
      report(joined, "combines `none` with patterns", "`none` alone (no module), or only patterns");
    }
  }
  for (const pattern of patterns2) {
    if (pattern !== "" && pattern !== "none") checkPattern(pattern, report);
  }
  if (failed()) return void 0;
  return patterns2.join(",");
}
__name(parsePatterns, "parsePatterns");
function checkPattern(pattern, report) {
  for (const check of PATTERN_CHECKS) {
    const problem = check(pattern);
    if (problem) return report(...problem);
  }
}
__name(checkPattern, "checkPattern");
var PATTERN_CHECKS = [
  // go compares bytes: a zero-width space pasted from a web page makes a pattern that looks right match nothing.
  (pattern) => {
    const hidden = /[\p{Cc}\p{Cf}]/u.exec(pattern);
    if (!hidden) return void 0;
    const code2 = `U+${hidden[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    return [
      logText(pattern),
      `has an invisible or control character (${code2})`,
      `\`${pattern.replace(/[\p{Cc}\p{Cf}]/gu, "")}\``
    ];
  },
  (pattern) => {
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(.*)$/.exec(pattern);
    return scheme ? [pattern, "has a URL scheme; patterns are module paths", `\`${scheme[1].replace(/\/+$/, "")}\``] : void 0;
  },
  (pattern) => /\s/.test(pattern) ? [
    pattern,
    "has whitespace inside a pattern",
    `patterns separated by commas, e.g. \`${pattern.split(/\s+/).join(",")}\``
  ] : void 0,
  (pattern) => pattern.includes("\\") ? [pattern, "has a backslash; module paths use `/`", `\`${pattern.replace(/\\/g, "/")}\``] : void 0,
  (pattern) => {
    const at = pattern.indexOf("@");
    return at >= 0 ? [
      pattern,
      "has an `@version`; patterns match module paths of every version",
      `\`${pattern.slice(0, at) || "github.com/acme/*"}\``
    ] : void 0;
  },
  (pattern) => pattern.startsWith("/") ? [pattern, "starts with a slash; module paths start with a host", `\`${pattern.replace(/^\/+/, "")}\``] : void 0,
  (pattern) => pattern.endsWith("/") ? [
    pattern,
    "has a trailing slash",
    `\`${pattern.replace(/\/+$/, "")}\` (a pattern already covers everything below it)`
  ] : void 0,
  (pattern) => pattern.includes("//") ? [pattern, "has an empty path element (`//`)", `\`${pattern.replace(/\/{2,}/g, "/")}\``] : void 0,
  (pattern) => {
    const glob = globProblem(pattern);
    return glob === void 0 ? void 0 : [
      pattern,
      `is a malformed glob (${glob})`,
      "path.Match syntax: `*`, `?` and closed classes such as `[a-z]`"
    ];
  }
];
function globProblem(glob) {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] !== "[") continue;
    let j = i + 1;
    if (glob[j] === "^") j++;
    let ranges = 0;
    for (; ; ) {
      if (j >= glob.length) return "an unclosed `[`";
      if (glob[j] === "]" && ranges > 0) break;
      if (glob[j] === "-" || glob[j] === "]") return "an empty or invalid character class";
      j++;
      if (glob[j] === "-") {
        j++;
        if (j >= glob.length) return "an unclosed `[`";
        if (glob[j] === "]" || glob[j] === "-") return "a range without its end";
        j++;
      }
      ranges++;
    }
    i = j;
  }
  return void 0;
}
__name(globProblem, "globProblem");

// src/util/url-userinfo.ts
var USERINFO = /\/\/([^/\s]*)@/g;
var REDACTED_USERINFO = "***";
function hasUserinfo(value) {
  return new RegExp(USERINFO.source).test(value);
}
__name(hasUserinfo, "hasUserinfo");
function redactUserinfo(value) {
  return value.replace(USERINFO, `//${REDACTED_USERINFO}@`);
}
__name(redactUserinfo, "redactUserinfo");
function userinfoSecrets(value) {
  const forms = [];
  for (const m of value.matchAll(USERINFO)) {
    const userinfo = m[1];
    if (userinfo === "") continue;
    const colon = userinfo.indexOf(":");
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    const password = colon < 0 ? "" : userinfo.slice(colon + 1);
    forms.push(userinfo, password, decode(password), decode(userinfo));
    forms.push(Buffer.from(`${decode(user)}:${decode(password)}`).toString("base64"));
    if (colon < 0) forms.push(decode(user));
  }
  return [...new Set(forms.filter((f) => f.length >= 3))];
}
__name(userinfoSecrets, "userinfoSecrets");
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
__name(decode, "decode");

// src/inputs/goproxy.ts
var EXAMPLE = "`https://goproxy.corp.example,direct`";
var SCHEMES = ["https:", "http:", "file:"];
function maskGoproxySecrets(raw, mask) {
  for (const secret of userinfoSecrets(raw)) mask(secret);
}
__name(maskGoproxySecrets, "maskGoproxySecrets");
var redact2 = redactUserinfo;
function parseGoproxy(raw, outer) {
  const { report, failed } = tracking(outer);
  const joined = joinLines(raw, ",", ",|");
  const entries = split(joined);
  const shown = redact2(joined);
  if (hasUserinfo(joined)) {
    report(
      shown,
      "has credentials in a URL, which would be exported to later steps and the `goproxy` output",
      "the URL without them, and `proxy-credentials: host=username:password`"
    );
    return void 0;
  }
  if (entries.some((e) => e.text === "")) {
    report(
      shown,
      "has an empty entry (a doubled, leading or trailing separator)",
      `entries separated by one \`,\` or \`|\`, e.g. ${EXAMPLE}`
    );
  }
  const words = entries.map((e) => e.text.toLowerCase());
  if (words.includes("off") && entries.filter((e) => e.text !== "").length > 1) {
    report(
      shown,
      "combines `off` with other entries",
      "`off` alone to forbid downloads, or the list without `off` (a list that does not end in `direct` never falls back to the origin)"
    );
  }
  const direct = entries.findIndex((e) => e.text === "direct");
  if (direct >= 0 && direct < entries.length - 1 && entries.slice(direct + 1).some((e) => e.text !== "")) {
    const rest = entries.slice(direct + 1).map((e) => e.text).join(",");
    report(
      redact2(rest),
      "has entries after `direct`, which go never uses",
      `\`direct\` as the last entry, e.g. ${EXAMPLE}`
    );
  }
  for (const entry of entries) {
    if (entry.text !== "") checkEntry(entry.text, report);
  }
  if (failed()) return void 0;
  return entries.map((e) => e.text + e.separator).join("");
}
__name(parseGoproxy, "parseGoproxy");
function split(joined) {
  const entries = [];
  let start = 0;
  for (let i = 0; i <= joined.length; i++) {
    if (i === joined.length || joined[i] === "," || joined[i] === "|") {
      entries.push({ text: joined.slice(start, i).trim(), separator: joined[i] ?? "" });
      start = i + 1;
    }
  }
  return entries;
}
__name(split, "split");
function checkEntry(entry, report) {
  const shown = redact2(entry);
  if (entry === "direct" || entry === "off") return;
  if (entry.includes(";")) {
    report(
      shown,
      "uses `;` as a separator",
      `\`,\` (fall back on 404/410) or \`|\` (fall back on any error), e.g. ${EXAMPLE}`
    );
    return;
  }
  if (/\s/.test(entry)) {
    report(shown, "has spaces inside an entry", `entries separated by \`,\` or \`|\`, e.g. ${EXAMPLE}`);
    return;
  }
  if (/^[A-Za-z0-9_-]+$/.test(entry)) {
    const lower = entry.toLowerCase();
    const hint = lower === "direct" || lower === "off" ? `\`${lower}\` in lower case` : `\`direct\`, \`off\` or a proxy URL, e.g. ${EXAMPLE}`;
    report(shown, "has an unknown keyword", hint);
    return;
  }
  if (!entry.includes("://")) {
    if (/^(https?|file):/i.test(entry)) {
      report(shown, "is not a valid URL", "`scheme://host[/path]`, e.g. `https://goproxy.corp.example`");
    } else if (entry.startsWith("/")) {
      report(shown, "is a path without the file scheme", `\`file://${entry}\``);
    } else {
      report(shown, "has an entry without a scheme", `\`https://${entry}\` (each entry needs its scheme)`);
    }
    return;
  }
  checkUrl(entry, shown, report);
}
__name(checkEntry, "checkEntry");
function checkUrl(entry, shown, report) {
  let url;
  try {
    url = new URL(entry);
  } catch {
    report(shown, "is not a valid URL", "`https://host[/path]`, e.g. `https://goproxy.corp.example`");
    return;
  }
  if (!SCHEMES.includes(url.protocol)) {
    report(
      shown,
      `has an unsupported scheme \`${url.protocol.slice(0, -1)}\``,
      "`https://`, `http://` or `file:///`"
    );
    return;
  }
  if (entry.includes("?") || entry.includes("#")) {
    report(
      shown,
      "has a query or fragment, which go cannot use in a proxy URL",
      "a URL without `?` or `#`, e.g. `https://proxy.corp.example/go`"
    );
    return;
  }
  if (url.protocol === "file:") {
    if (!/^file:\/\/\/./i.test(entry)) {
      report(
        shown,
        "is not a file URL with an absolute path",
        "an empty host and an absolute path, e.g. `file:///srv/goproxy`"
      );
    }
    return;
  }
  if (url.hostname === "") report(shown, "has no host", "e.g. `https://proxy.corp.example`");
}
__name(checkUrl, "checkUrl");

// src/inputs/scalars.ts
var semver = __toESM(require_semver(), 1);
import * as fs from "node:fs";
import * as path4 from "node:path";
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseBoolean(value, report) {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  report(value, "is not a boolean", "`true` or `false`");
  return void 0;
}
__name(parseBoolean, "parseBoolean");
function parseInteger(value, report, min, max) {
  if (!/^\d+$/.test(value)) {
    const what = value.startsWith("-") ? "is negative" : "is not a whole number";
    report(value, what, `a whole number from ${min} to ${max}, e.g. \`${Math.min(max, Math.max(min, 3))}\``);
    return void 0;
  }
  const n = Number(value);
  if (n < min || n > max) {
    report(value, "is out of range", `a whole number from ${min} to ${max}`);
    return void 0;
  }
  return n;
}
__name(parseInteger, "parseInteger");
function parseParallelism(value, report) {
  if (value === "auto") return "auto";
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n >= 1 && n <= 256) return n;
  }
  const what = value.toLowerCase() === "auto" ? "must be written in lower case" : "is not `auto` or a number from 1 to 256";
  report(value, what, "`auto` or a whole number from 1 to 256, e.g. `8`");
  return void 0;
}
__name(parseParallelism, "parseParallelism");
var CACHE_SAVE = ["on-change", "never", "default-branch", "always"];
function parseCacheSave(value, report) {
  const found = CACHE_SAVE.find((v) => v === value);
  if (found === void 0)
    report(value, "is not a known mode", "`on-change`, `never`, `default-branch` or `always`");
  return found;
}
__name(parseCacheSave, "parseCacheSave");
var CACHE_PRIVATE_MODULES = ["auto", "never", "always"];
function parseCachePrivateModules(value, privateRepository, report) {
  const found = CACHE_PRIVATE_MODULES.find((v) => v === value);
  if (found === void 0) report(value, "is not a known mode", "`auto`, `never` or `always`");
  else if (found === "always" && !privateRepository)
    report(
      value,
      "is refused: the event payload does not say this repository is private, and pull requests from forks can restore the caches of a public repository",
      "`auto` (private modules are then left out of the saved cache) or `never`"
    );
  else return found;
  return void 0;
}
__name(parseCachePrivateModules, "parseCachePrivateModules");
function parseCacheKeySuffix(value, report) {
  if (/[,\r\n]/.test(value)) {
    report(
      value,
      "contains a comma or a line break, which cache keys cannot hold",
      "one line without commas, e.g. `linux-race`"
    );
    return void 0;
  }
  if (value.length > 256) {
    report(value.slice(0, 40) + "\u2026", "is longer than 256 characters", "a short suffix, e.g. `linux-race`");
    return void 0;
  }
  return value;
}
__name(parseCacheKeySuffix, "parseCacheKeySuffix");
var GO_VERSION_EXPECTED = "a semver range of a Go in the tool cache, e.g. `1.22`, `1.22.x`, `1.22.5` or `>=1.21 <1.23`";
function parseGoVersion(value, report) {
  if (/^(stable|oldstable|latest|tip|master)$/i.test(value)) {
    report(
      value,
      "names a release channel, but this action never downloads Go",
      `${GO_VERSION_EXPECTED}; install that Go first with actions/setup-go (\`go-version: ${value}\`)`
    );
    return void 0;
  }
  const goPrefixed = /^go(\d.*)$/i.exec(value);
  if (goPrefixed) {
    report(value, "has a `go` prefix", `the version without it, e.g. \`${toSemver(goPrefixed[1])}\``);
    return void 0;
  }
  if (semver.validRange(value) === null) {
    const pre = toSemver(value);
    report(
      value,
      "is not a semver range",
      pre !== value ? `\`${pre}\` (semver form of a Go prerelease)` : GO_VERSION_EXPECTED
    );
    return void 0;
  }
  return value;
}
__name(parseGoVersion, "parseGoVersion");
function toSemver(goVersion) {
  const pre = /^(\d+)\.(\d+)(?:\.(\d+))?(rc|beta|alpha)(\d+)$/.exec(goVersion);
  if (!pre) return goVersion;
  return `${pre[1]}.${pre[2]}.${pre[3] ?? "0"}-${pre[4]}.${pre[5]}`;
}
__name(toSemver, "toSemver");
function parseWorkingDirectory(value, workspace, report) {
  const resolved = path4.resolve(workspace, value);
  const expected = "an existing directory inside the workspace, relative to it, e.g. `.` or `services/api`";
  let stat;
  try {
    stat = fs.statSync(resolved);
  } catch (e) {
    if (isPermissionError(e)) report(value, `cannot be read: permission denied (${resolved})`, expected);
    else report(value, `does not exist (looked for ${resolved})`, expected);
    return void 0;
  }
  if (!stat.isDirectory()) report(value, `is not a directory (${resolved})`, expected);
  else if (!isInside(workspace, resolved))
    report(value, `is outside the workspace (${resolved} is not below ${workspace})`, expected);
  else if (!isReadable(resolved))
    report(value, `cannot be read: permission denied (${resolved})`, `${expected}, readable by the runner`);
  else return resolved;
  return void 0;
}
__name(parseWorkingDirectory, "parseWorkingDirectory");
function isInside(workspace, dir) {
  const real = /* @__PURE__ */ __name((p) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path4.resolve(p);
    }
  }, "real");
  const rel = path4.relative(real(workspace), real(dir));
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}
__name(isInside, "isInside");
function isReadable(dir) {
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK);
    fs.readdirSync(dir);
    return true;
  } catch (e) {
    return !isPermissionError(e);
  }
}
__name(isReadable, "isReadable");
function isPermissionError(e) {
  const code2 = e?.code;
  return code2 === "EACCES" || code2 === "EPERM";
}
__name(isPermissionError, "isPermissionError");

// src/inputs/input-table.ts
function scalar(field, value, parse) {
  return { kind: "scalar", field, default: value, parse };
}
__name(scalar, "scalar");
function optional(field, parse) {
  return { kind: "scalar", field, default: "", optional: true, parse };
}
__name(optional, "optional");
function goEnv(variable, parse) {
  return { kind: "go-env", variable, default: "", parse };
}
__name(goEnv, "goEnv");
var SECRET = { kind: "secret", default: "" };
var boolean = parseBoolean;
var patterns = /* @__PURE__ */ __name((allowNone) => (v, r) => parsePatterns(v, r, { allowNone }), "patterns");
var duration = /* @__PURE__ */ __name((allowZero) => (v, r) => parseDuration(v, r, { allowZero }), "duration");
var INPUT_TABLE = Object.freeze({
  "working-directory": scalar(
    "workingDirectory",
    ".",
    (v, r, ctx) => parseWorkingDirectory(v, ctx.workspace, r)
  ),
  "go-version": optional("goVersion", parseGoVersion),
  goproxy: goEnv("GOPROXY", parseGoproxy),
  goprivate: goEnv("GOPRIVATE", patterns(false)),
  gonoproxy: goEnv("GONOPROXY", patterns(true)),
  gonosumdb: goEnv("GONOSUMDB", patterns(true)),
  gosumdb: goEnv("GOSUMDB", parseGosumdb),
  goinsecure: goEnv("GOINSECURE", patterns(false)),
  goflags: goEnv("GOFLAGS", parseGoflags),
  gotoolchain: goEnv("GOTOOLCHAIN", parseGotoolchain),
  token: SECRET,
  "git-credentials": SECRET,
  "proxy-credentials": SECRET,
  "export-credentials": scalar("exportCredentials", "true", boolean),
  cache: scalar("cache", "true", boolean),
  "cache-build": scalar("cacheBuild", "true", boolean),
  "cache-key-suffix": scalar("cacheKeySuffix", "", parseCacheKeySuffix),
  "cache-restore-keys": scalar("cacheRestoreKeys", "true", boolean),
  "cache-save": scalar("cacheSave", "on-change", parseCacheSave),
  "cache-private-modules": scalar(
    "cachePrivateModules",
    "auto",
    (v, r, ctx) => parseCachePrivateModules(v, ctx.privateRepository === true, r)
  ),
  download: scalar("download", "true", boolean),
  retries: scalar("retries", "3", (v, r) => parseInteger(v, r, 0, 100)),
  "retry-delay": scalar("retryDelayMs", "2s", duration(true)),
  "retry-max-delay": scalar("retryMaxDelayMs", "60s", duration(false)),
  "stall-timeout": scalar("stallTimeoutMs", "120s", duration(false)),
  timeout: scalar("timeoutMs", "15m", duration(false)),
  parallelism: scalar("parallelism", "auto", parseParallelism),
  diagnose: scalar("diagnose", "true", boolean)
});
var INPUT_ROWS = Object.entries(INPUT_TABLE);

// src/inputs/defaults.ts
var INPUT_DEFAULTS = Object.freeze(
  Object.fromEntries(INPUT_ROWS.map(([name, spec]) => [name, spec.default]))
);

// src/inputs/credential-lines.ts
function credentialLines(raw) {
  const lines = [];
  raw.split(/\r?\n|\r/).forEach((text, i) => {
    const line = text.trim();
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    const left = (eq < 0 ? line : line.slice(0, eq)).trim();
    const redacted = left.replace(/\/\/[^/]*@/, `//${REDACTED}@`).replace(/^[^/:]*:[^/@]*@/, `${REDACTED}@`);
    lines.push({
      number: i + 1,
      // `TOKEN=host` (the parts swapped): what is left of `=` is then the secret.
      shown: left === "" || looksLikeHost(left) ? redacted : REDACTED,
      left,
      right: eq < 0 ? void 0 : line.slice(eq + 1).trim()
    });
  });
  return lines;
}
__name(credentialLines, "credentialLines");
function maskLineWithoutEquals(line, mask) {
  if (line.right !== void 0) return;
  if (line.left.length < 40 && /^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?(\/[\w./-]*)?$/i.test(line.left)) return;
  mask(line.left);
  const colon = line.left.indexOf(":");
  if (colon >= 0) maskPieces(line.left.slice(colon + 1), mask);
}
__name(maskLineWithoutEquals, "maskLineWithoutEquals");
function looksLikeHost(left) {
  const host = left.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^[^/@]*@/, "").split("/")[0];
  return /^(localhost|[a-z0-9*][a-z0-9*-]{0,62}(\.[a-z0-9*-]{1,63})+)(:\d{1,5})?$/i.test(host);
}
__name(looksLikeHost, "looksLikeHost");
function maskSwappedLine(line, mask) {
  if (line.right === void 0 || line.left === "" || looksLikeHost(line.left)) return;
  maskPieces(line.left, mask);
  const colon = line.left.indexOf(":");
  if (colon >= 0 && colon < line.left.length - 1) maskPieces(line.left.slice(colon + 1), mask);
}
__name(maskSwappedLine, "maskSwappedLine");
function maskPieces(secret, mask) {
  if (secret === "") return;
  mask(secret);
  const pieces = secret.split(/\s+/).filter((p) => p.length >= 8);
  if (pieces.length > 1 || pieces.length === 1 && pieces[0] !== secret) pieces.forEach((p) => mask(p));
}
__name(maskPieces, "maskPieces");
function maskUserinfo(line, mask) {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/@]*)@/i.exec(line.left);
  if (m === null || m[1] === "") return;
  mask(m[1]);
  const colon = m[1].indexOf(":");
  if (colon >= 0 && colon < m[1].length - 1) mask(m[1].slice(colon + 1));
}
__name(maskUserinfo, "maskUserinfo");
function shownLine(line) {
  return line.right === void 0 ? REDACTED : `${line.shown}=${REDACTED}`;
}
__name(shownLine, "shownLine");
var HOST_PORT = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/;
function checkHost(left, lineForm) {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(left);
  if (scheme) {
    return {
      problem: `has a URL scheme (\`${scheme[1]}://\`) before the host`,
      expected: `\`${scheme[2].replace(/^[^/@]*@/, "")}=\u2026\`, ${lineForm}`
    };
  }
  const slash = left.indexOf("/");
  const host = (slash < 0 ? left : left.slice(0, slash)).toLowerCase();
  const rest = slash < 0 ? "" : left.slice(slash + 1);
  if (host === "") return { problem: "has no host", expected: lineForm };
  if (host.includes("@"))
    return {
      problem: "has a username in the host part",
      expected: `the username right of \`=\`: ${lineForm}`
    };
  if (host.includes("*"))
    return { problem: "has a wildcard in the host; each host needs its own line", expected: lineForm };
  if (!HOST_PORT.test(host)) return { problem: "has an invalid host", expected: lineForm };
  const port = /:(\d+)$/.exec(host);
  if (port && (Number(port[1]) < 1 || Number(port[1]) > 65535))
    return { problem: "has an invalid port", expected: lineForm };
  return { host, rest };
}
__name(checkHost, "checkHost");
function base64(s) {
  return Buffer.from(s, "utf8").toString("base64");
}
__name(base64, "base64");

// src/inputs/git-credentials.ts
var LINE_FORM = "one entry a line, `host[/path-prefix]=[username:]token`, e.g. `gitlab.corp.example/team=oauth2:<token>`";
function defaultGitUsername(host, serverHost2) {
  const hostname = host.replace(/:\d+$/, "");
  const server = serverHost2.toLowerCase();
  if (hostname === "github.com" || hostname.endsWith(".ghe.com")) return "x-access-token";
  if (host === server || hostname === server.replace(/:\d+$/, "")) return "x-access-token";
  if (hostname === "gitlab.com" || hostname.split(".")[0] === "gitlab") return "oauth2";
  if (hostname === "bitbucket.org") return "x-token-auth";
  return void 0;
}
__name(defaultGitUsername, "defaultGitUsername");
function maskGitSecret(token, username, mask) {
  if (token === "") return;
  maskPieces(token, mask);
  const encoded = encodeURIComponent(token);
  if (encoded !== token) mask(encoded);
  if (username !== void 0) {
    mask(`${username}:${token}`);
    mask(base64(`${username}:${token}`));
  }
}
__name(maskGitSecret, "maskGitSecret");
function parseToken(raw, serverHost2, mask, report) {
  const username = "x-access-token";
  maskGitSecret(raw, username, mask);
  if (/[\r\n]/.test(raw)) {
    report(
      REDACTED,
      "has more than one line",
      "a single token; use `git-credentials` for tokens of other hosts"
    );
    return void 0;
  }
  if (/\s/.test(raw)) {
    report(
      REDACTED,
      "has whitespace inside the token",
      "the token alone, without spaces or a `token ` prefix"
    );
    return void 0;
  }
  return { source: "token", host: serverHost2.toLowerCase(), pathPrefix: "", username, token: raw };
}
__name(parseToken, "parseToken");
function parseGitCredentials(raw, serverHost2, mask, report, token) {
  const lines = credentialLines(raw);
  const split2 = lines.map((line) => splitLine(line, serverHost2, mask));
  const result = [];
  const seen = /* @__PURE__ */ new Map();
  if (token !== void 0) seen.set(`${token.host}/`, "the `token` input (for the whole host)");
  for (const [i, line] of lines.entries()) {
    const credential = checkLine(line, split2[i], report);
    if (credential === void 0) continue;
    const key = `${credential.host}/${credential.pathPrefix}`;
    const first = seen.get(key);
    if (first !== void 0) {
      report(
        shownLine(line),
        `(line ${line.number}) gives a second token for the same host and path prefix as ${first}`,
        "one entry per host and path prefix"
      );
      continue;
    }
    seen.set(key, `line ${line.number}`);
    result.push(credential);
  }
  return result;
}
__name(parseGitCredentials, "parseGitCredentials");
function splitLine(line, serverHost2, mask) {
  maskLineWithoutEquals(line, mask);
  maskSwappedLine(line, mask);
  maskUserinfo(line, mask);
  const right = line.right ?? "";
  const colon = right.indexOf(":");
  const explicitUsername = colon >= 0;
  const token = explicitUsername ? right.slice(colon + 1) : right;
  const host = line.left.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0].toLowerCase();
  const username = explicitUsername ? right.slice(0, colon) : defaultGitUsername(host, serverHost2);
  maskGitSecret(token, username, mask);
  if (explicitUsername && token === "" && right.length > 1) mask(right.slice(0, -1));
  return { username, token, explicitUsername };
}
__name(splitLine, "splitLine");
function checkLine(line, split2, report) {
  const shown = shownLine(line);
  const where2 = `(line ${line.number}) `;
  if (line.right === void 0) return void report(shown, `${where2}has no \`=\``, LINE_FORM);
  const host = checkHost(line.left, LINE_FORM);
  if ("problem" in host) return void report(shown, where2 + host.problem, host.expected);
  const prefix = host.rest;
  if (prefix.endsWith("/")) {
    return void report(
      shown,
      `${where2}has a trailing slash after the path prefix`,
      `\`${line.left.replace(/\/+$/, "")}=\u2026\``
    );
  }
  if (prefix.includes("@")) {
    return void report(
      shown,
      `${where2}has an \`@\` in the path prefix`,
      `a repository path prefix such as \`${host.host}/acme\``
    );
  }
  if (/\s/.test(prefix) || prefix.startsWith("/") || prefix.includes("//")) {
    return void report(shown, `${where2}has an empty path element or whitespace in the path prefix`, LINE_FORM);
  }
  const { username, token } = split2;
  if (split2.explicitUsername && username === "") {
    return void report(
      shown,
      `${where2}has an empty username before \`:\``,
      `a username, or no \`:\` for the host's default, e.g. \`${line.shown}=<token>\``
    );
  }
  if (token === "") {
    return void report(
      shown,
      `${where2}has an empty token (on a pull request from a fork, \`\${{ secrets.\u2026 }}\` is empty)`,
      LINE_FORM
    );
  }
  if (/\s/.test(token) || /\s/.test(username ?? ""))
    return void report(shown, `${where2}has whitespace inside the username or token`, LINE_FORM);
  if (username === void 0) {
    return void report(
      shown,
      `${where2}needs a username: ${host.host} has no known default`,
      `\`${line.shown}=<username>:<token>\` (GitHub \`x-access-token\`, GitLab \`oauth2\`, Bitbucket \`x-token-auth\`)`
    );
  }
  return { source: "git-credentials", host: host.host, pathPrefix: prefix, username, token };
}
__name(checkLine, "checkLine");

// src/inputs/proxy-credentials.ts
var LINE_FORM2 = "one entry a line, `host=username:password`, e.g. `athens.corp.example=ci:<password>`";
function parseProxyCredentials(raw, mask, report) {
  const lines = credentialLines(raw);
  for (const line of lines) {
    maskLineWithoutEquals(line, mask);
    maskSwappedLine(line, mask);
    maskUserinfo(line, mask);
    const right = line.right ?? "";
    const colon = right.indexOf(":");
    const password = colon < 0 ? right : right.slice(colon + 1);
    if (password === "") continue;
    maskPieces(password, mask);
    if (colon >= 0) {
      mask(right);
      mask(base64(right));
    }
  }
  const result = [];
  const seen = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const shown = shownLine(line);
    const where2 = `(line ${line.number}) `;
    if (line.right === void 0) {
      report(shown, `${where2}has no \`=\``, LINE_FORM2);
      continue;
    }
    const host = checkHost(line.left, LINE_FORM2);
    if ("problem" in host) {
      report(shown, where2 + host.problem, host.expected);
      continue;
    }
    if (host.rest !== "" || line.left.endsWith("/")) {
      report(shown, `${where2}has a path after the host`, `the host alone, e.g. \`${host.host}=\u2026\``);
      continue;
    }
    const colon = line.right.indexOf(":");
    const username = colon < 0 ? "" : line.right.slice(0, colon);
    const password = colon < 0 ? line.right : line.right.slice(colon + 1);
    if (colon < 0 || username === "") {
      report(shown, `${where2}needs a username before \`:\``, LINE_FORM2);
    } else if (password === "") {
      report(shown, `${where2}has an empty password`, LINE_FORM2);
    } else if (/\s/.test(line.right)) {
      report(shown, `${where2}has whitespace inside the username or password`, LINE_FORM2);
    } else if (seen.has(host.host)) {
      report(shown, `${where2}repeats the host of line ${seen.get(host.host)}`, "one entry per host");
    } else {
      seen.set(host.host, line.number);
      result.push({ host: host.host, username, password });
    }
  }
  return result;
}
__name(parseProxyCredentials, "parseProxyCredentials");

// src/inputs/types.ts
var GO_ENV_NAMES = [
  "GOPROXY",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GOTOOLCHAIN"
];
var InputError = class extends Error {
  static {
    __name(this, "InputError");
  }
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
};
function formatProblem(p) {
  return `Input '${p.input}' ${p.problem}: ${JSON.stringify(p.value)}. Expected ${p.expected}.`;
}
__name(formatProblem, "formatProblem");

// src/inputs/parse-inputs.ts
function parseInputs(ctx) {
  const problems = new ProblemList();
  const given = /* @__PURE__ */ __name((name) => ctx.read(name).trim(), "given");
  const read = { given, value: /* @__PURE__ */ __name((name) => given(name) || INPUT_DEFAULTS[name], "value") };
  const secrets = parseSecrets(ctx, read, problems);
  const goEnv2 = parseGoEnv(ctx, read, problems);
  const scalars = parseScalars(ctx, read, problems);
  reconcileBounds(scalars, read, problems);
  if (problems.items.length > 0) throw new InputError(problems.items);
  return freezeInputs(scalars, goEnv2, secrets);
}
__name(parseInputs, "parseInputs");
function parseSecrets(ctx, { given }, problems) {
  const token = given("token") === "" ? void 0 : parseToken(given("token"), ctx.serverHost, ctx.mask, problems.for("token"));
  const gitCredentials = parseGitCredentials(
    given("git-credentials"),
    ctx.serverHost,
    ctx.mask,
    problems.for("git-credentials"),
    token
  );
  const proxyCredentials = parseProxyCredentials(
    given("proxy-credentials"),
    ctx.mask,
    problems.for("proxy-credentials")
  );
  maskGoproxySecrets(given("goproxy"), ctx.mask);
  return {
    gitCredentials: token === void 0 ? gitCredentials : [token, ...gitCredentials],
    proxyCredentials
  };
}
__name(parseSecrets, "parseSecrets");
function parseGoEnv(ctx, { given }, problems) {
  const goEnv2 = {};
  for (const [name, spec] of INPUT_ROWS) {
    if (spec.kind !== "go-env" || given(name) === "") continue;
    const value = spec.parse(given(name), problems.for(name), ctx);
    if (value !== void 0) goEnv2[spec.variable] = value;
  }
  return Object.fromEntries(GO_ENV_NAMES.filter((n) => n in goEnv2).map((n) => [n, goEnv2[n]]));
}
__name(parseGoEnv, "parseGoEnv");
function parseScalars(ctx, { given, value }, problems) {
  const scalars = {};
  for (const [name, spec] of INPUT_ROWS) {
    if (spec.kind !== "scalar") continue;
    scalars[spec.field] = spec.optional && given(name) === "" ? void 0 : spec.parse(value(name), problems.for(name), ctx);
  }
  return scalars;
}
__name(parseScalars, "parseScalars");
function reconcileBounds(parsed2, { value }, problems) {
  const isDefault = /* @__PURE__ */ __name((name) => value(name) === INPUT_DEFAULTS[name], "isDefault");
  if (isDefault("retry-delay") && exceeds(parsed2.retryDelayMs, parsed2.retryMaxDelayMs)) {
    parsed2.retryDelayMs = parsed2.retryMaxDelayMs;
  }
  if (isDefault("stall-timeout") && exceeds(parsed2.stallTimeoutMs, parsed2.timeoutMs)) {
    parsed2.stallTimeoutMs = parsed2.timeoutMs;
  }
  if (exceeds(parsed2.retryDelayMs, parsed2.retryMaxDelayMs)) {
    problems.for("retry-delay")(
      value("retry-delay"),
      `is longer than retry-max-delay (${value("retry-max-delay")})`,
      "at most retry-max-delay"
    );
  }
  if (exceeds(parsed2.stallTimeoutMs, parsed2.timeoutMs)) {
    problems.for("stall-timeout")(
      value("stall-timeout"),
      `is longer than timeout (${value("timeout")})`,
      "at most timeout"
    );
  }
}
__name(reconcileBounds, "reconcileBounds");
function freezeInputs(scalars, goEnv2, secrets) {
  const { workingDirectory, goVersion, ...rest } = settled(scalars);
  return Object.freeze({
    workingDirectory,
    goVersion,
    goEnv: Object.freeze(goEnv2),
    gitCredentials: Object.freeze(secrets.gitCredentials.map((c) => Object.freeze({ ...c }))),
    proxyCredentials: Object.freeze(secrets.proxyCredentials.map((c) => Object.freeze({ ...c }))),
    ...rest,
    // The runner fills in action.yml's default, so `cache-build: true` cannot tell a choice from the default:
    // `cache: false` turns off both caches.
    cacheBuild: rest.cacheBuild && rest.cache
  });
}
__name(freezeInputs, "freezeInputs");
function exceeds(a, b) {
  return a !== void 0 && b !== void 0 && a > b;
}
__name(exceeds, "exceeds");
function settled(scalars) {
  for (const [, spec] of INPUT_ROWS) {
    if (spec.kind === "scalar" && !spec.optional && scalars[spec.field] === void 0)
      throw new Error(`parseInputs: ${spec.field} is missing although no problem was reported`);
  }
  return scalars;
}
__name(settled, "settled");

// src/inputs/read-inputs.ts
function readInputs() {
  return parseInputs({
    read: /* @__PURE__ */ __name((name) => getInput(name), "read"),
    mask: /* @__PURE__ */ __name((secret) => setSecret(secret), "mask"),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    serverHost: serverHost(process.env.GITHUB_SERVER_URL),
    privateRepository: eventFacts().privateRepository
  });
}
__name(readInputs, "readInputs");
function serverHost(serverUrl) {
  try {
    return serverUrl ? new URL(serverUrl).host.toLowerCase() : "github.com";
  } catch {
    return "github.com";
  }
}
__name(serverHost, "serverHost");

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
  const patterns2 = unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(`${q}/`)));
  return { patterns: patterns2, notes };
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
import { promises as fs2, readFileSync } from "node:fs";
import * as path5 from "node:path";

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
  const workFile = path5.join(workingDirectory, "go.work");
  if (gowork !== "off" && await isFile(workFile)) {
    const uses = parseWorkUses(await fs2.readFile(workFile, "utf8"));
    const goMods2 = uses.map((u) => path5.join(workingDirectory, u, "go.mod"));
    return { mode: "workspace", roots: [workingDirectory], files: [workFile, ...goMods2] };
  }
  const goMods = [];
  await walk(workingDirectory, goMods);
  goMods.sort();
  return { mode: "modules", roots: goMods.map((f) => path5.dirname(f)), files: goMods };
}
__name(findDownloadSet, "findDownloadSet");
async function walk(dir, found) {
  const entries = await fs2.readdir(dir, { withFileTypes: true }).catch((e) => {
    if (e.code !== "EACCES" && e.code !== "EPERM") throw e;
    throw new Error(
      `Cannot read ${dir} while looking for go.mod files below working-directory: permission denied. Make it readable by the runner's user (e.g. \`chmod -R u+rX\` after a container step wrote it as root), or point 'working-directory' at the Go project only.`
    );
  });
  const subdirs = [];
  for (const e of entries) {
    if (e.isFile() && e.name === "go.mod") found.push(path5.join(dir, e.name));
    else if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith("."))
      subdirs.push(path5.join(dir, e.name));
  }
  await Promise.all(subdirs.map((d) => walk(d, found)));
}
__name(walk, "walk");
async function isFile(p) {
  try {
    return (await fs2.stat(p)).isFile();
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
      await writeFile(path6.join(dir, file.name), file.text, { mode: 384, flag: "wx" });
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
  const dir = await mkdtemp(path6.join(process.env.RUNNER_TEMP || os3.tmpdir(), PREFIX));
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
import * as path9 from "node:path";

// src/diagnosis/annotations.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import * as path7 from "node:path";
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
      ...place && { file: toPosix(path7.relative(request.workspace, place.file)) },
      ...place?.line && { startLine: place.line }
    });
  }
}
__name(annotateFindings, "annotateFindings");
function findPlace(finding, root, setFiles) {
  const named = /(\S*go\.(?:mod|work|sum)):(\d+):/.exec(finding.evidence.join("\n"));
  if (named) {
    const file = path7.isAbsolute(named[1]) ? named[1] : path7.join(root, named[1]);
    if (existsSync3(file)) return { file, line: Number(named[2]) };
  }
  const goMods = [path7.join(root, "go.mod"), ...setFiles.filter((f) => f.endsWith("go.mod"))];
  if (finding.id === "checksum-mismatch" && finding.module) {
    for (const sum of [path7.join(root, "go.sum"), path7.join(root, "go.work.sum")]) {
      const line = findLine(sum, (l) => l.startsWith(`${finding.module} ${finding.version ?? ""}`));
      if (line) return { file: sum, line };
    }
  }
  const work = setFiles.find((f) => path7.basename(f) === "go.work");
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
  return p.split(path7.sep).join("/");
}
__name(toPosix, "toPosix");

// src/diagnosis/checks.ts
var semver2 = __toESM(require_semver(), 1);
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
    return runningSemver !== void 0 && wanted !== void 0 && semver2.gt(wanted, runningSemver);
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
function describe3(message, context = {}) {
  return classifyFailure(message, context);
}
__name(describe3, "describe");

// src/diagnosis/probes.ts
import { promises as dns } from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";

// src/go/trust.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
import * as path8 from "node:path";
import tls from "node:tls";
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
var nodeCAs = tls.getCACertificates;
function trustedCAs(env) {
  const cas = new Set(nodeCAs ? nodeCAs("default") : tls.rootCertificates);
  if (nodeCAs) for (const c of nodeCAs("system")) cas.add(c);
  const files = env.SSL_CERT_FILE ? [env.SSL_CERT_FILE] : nodeCAs ? [] : SYSTEM_BUNDLES;
  const dirs = (env.SSL_CERT_DIR ?? "").split(path8.delimiter).filter(Boolean);
  for (const dir of dirs) files.push(...listFiles(dir));
  for (const file of files) for (const pem of readPems(file)) cas.add(pem);
  return [...cas];
}
__name(trustedCAs, "trustedCAs");
function listFiles(dir) {
  try {
    return readdirSync2(dir).map((name) => path8.join(dir, name));
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
  const deadline = new Promise((resolve2) => timer = setTimeout(() => resolve2("timeout"), budgetMs));
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
  return new Promise((resolve2) => {
    const socket = net.connect({ host, port });
    const done = /* @__PURE__ */ __name((why) => (socket.destroy(), resolve2(why)), "done");
    socket.setTimeout(timeoutMs, () => done(`no connection within ${formatSeconds(timeoutMs)}`));
    socket.once("connect", () => done(""));
    socket.once("error", (e) => done(errorMessage(e)));
  });
}
__name(connect, "connect");
function httpGet(u, timeoutMs, ca) {
  return new Promise((resolve2, reject) => {
    const options = u.protocol === "https:" ? { timeout: timeoutMs, ca } : { timeout: timeoutMs };
    const req = (u.protocol === "https:" ? https : http).get(u, options, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => body = (body + chunk).slice(0, 65536));
      res.on("end", () => resolve2({ status: res.statusCode ?? 0, body }));
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
  const patterns2 = [env.GOPRIVATE, env.GONOPROXY, env.GONOSUMDB].filter(Boolean);
  for (const c of credentials) {
    if (c.pathPrefix) patterns2.push(`${c.host}/${c.pathPrefix}`);
    else if (repositoryOwner) patterns2.push(`${c.host}/${repositoryOwner}`);
  }
  return { patterns: patterns2 };
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
    pickPrimary(findings) ?? describe3("go mod download failed without an error message"),
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
    const finding = describe3(f.message, { module: f.module, version: f.version });
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
    if (parsed2.go) out.push({ file: path9.relative(workspace, file) || file, version: parsed2.go });
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
import * as path11 from "node:path";

// src/download/download-plan.ts
import * as os4 from "node:os";
import * as path10 from "node:path";
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
  const goMods = [...files.keys()].filter((f) => path10.basename(f) === "go.mod");
  if (set.mode === "workspace") {
    for (const f of goMods) {
      const own = files.get(f)?.module;
      if (own) excluded.add(own);
    }
  }
  const byRoot = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const f of goMods) {
    const root = set.mode === "workspace" ? set.roots[0] : path10.dirname(f);
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
var semver3 = __toESM(require_semver(), 1);
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
    const kept = versions.every((v) => semver3.valid(v)) ? [versions.reduce(higher)] : versions;
    for (const v of kept) out.push(`${modulePath}@${v}`);
  }
  return out;
}
__name(highestVersions, "highestVersions");
function higher(a, b) {
  return semver3.compare(a, b) >= 0 ? a : b;
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
  return path11.relative(ctx.workspace, root) || ".";
}
__name(where, "where");

// src/download/module-cache.ts
import { promises as fs3 } from "node:fs";
import * as path12 from "node:path";
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
      const entries = await fs3.readdir(dir, { withFileTypes: true }).catch(() => []);
      await Promise.all(
        entries.map(async (e) => {
          const p = path12.join(dir, e.name);
          if (e.isDirectory()) return walk2(p);
          const size = await fs3.stat(p).then(
            (s) => s.size,
            () => 0
          );
          sizes.push(size);
        })
      );
    }, "walk");
    await walk2(path12.join(this.root, "cache", "download"));
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
      await fs3.rm(extracted, { recursive: true, force: true });
      for (const ext of [".zip", ".ziphash", ".partial"]) await fs3.rm(base + ext, { force: true });
      info(`Removed the module cache entry of ${version} to download it again`);
    } catch (e) {
      warning(`Could not remove the module cache entry of ${version}: ${errorMessage(e)}`);
    }
  }
};
async function zipLooksWhole(file) {
  const handle = await fs3.open(file, "r");
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
      (m) => m.Zip ? fs3.stat(m.Zip).then(
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
  return path12.join(root, `${escapeModulePath(module)}@${escapeModulePath(v)}`);
}
__name(extractedDir, "extractedDir");
function downloadBase(root, version) {
  const { module, version: v } = splitVersion(version);
  return path12.join(root, "cache", "download", escapeModulePath(module), "@v", escapeModulePath(v));
}
__name(downloadBase, "downloadBase");
async function exists(p) {
  return fs3.access(p).then(
    () => true,
    () => false
  );
}
__name(exists, "exists");
async function makeWritable(dir) {
  const entries = await fs3.readdir(dir, { withFileTypes: true }).catch(() => void 0);
  if (!entries) return;
  await fs3.chmod(dir, 493);
  await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => makeWritable(path12.join(dir, e.name))));
}
__name(makeWritable, "makeWritable");

// src/download/prefetch.ts
import { promises as fs5 } from "node:fs";

// src/download/proxy-fetch.ts
import { createWriteStream, promises as fs4 } from "node:fs";
import http2 from "node:http";
import https2 from "node:https";
import * as path13 from "node:path";
import { pipeline } from "node:stream/promises";
function proxyAgents(env, sockets) {
  const options = { keepAlive: true, maxSockets: sockets };
  return { http: new http2.Agent(options), https: new https2.Agent({ ...options, ca: trustedCAs(env) }) };
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
    await fs4.mkdir(path13.dirname(file), { recursive: true });
    let bytes = 0;
    response.on("data", (chunk) => bytes += chunk.length);
    await pipeline(response, createWriteStream(temp));
    await fs4.rename(temp, file);
    return { kind: "ok", bytes };
  } catch (e) {
    await fs4.rm(temp, { force: true });
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
  return new Promise((resolve2, reject) => {
    const options = { headers, agent: secure ? agents.https : agents.http };
    const request = (secure ? https2 : http2).get(url, options, resolve2);
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
      await fs5.rm(file, { force: true });
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
      return fs5.access(`${downloadBase(request.gomodcache, t.version)}.${t.ext}`).then(
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
    return want === void 0 || goModHash(await fs5.readFile(file)) === want;
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
import * as path14 from "node:path";
function checkWorkspaceUses(set) {
  const workFile = set.files.find((f) => path14.basename(f) === "go.work");
  if (set.mode !== "workspace" || !workFile) return void 0;
  let text;
  try {
    text = readFileSync5(workFile, "utf8");
  } catch {
    return void 0;
  }
  const root = path14.dirname(workFile);
  const failures = parseWorkUseLines(text).filter((u) => !existsSync4(path14.join(root, u.dir, "go.mod"))).map((u) => ({
    root,
    message: `go: cannot load module ${u.dir} listed in go.work file: open ${path14.join(u.dir, "go.mod")}: no such file or directory
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
    sleep: /* @__PURE__ */ __name((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)), "sleep"),
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
import * as path16 from "node:path";

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
import * as path15 from "node:path";
var semver4 = __toESM(require_semver(), 1);

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
  const tc = await import("./chunks/tool-cache-ILAOLHME.js");
  const dir = tc.find("go", versionSpec);
  if (dir === "") {
    const cached = tc.findAllVersions("go");
    throw new GoNotFoundError(
      `Input 'go-version' asks for Go ${JSON.stringify(versionSpec)}, but ` + (pathEnv ? `go on PATH is ${pathEnv.GOVERSION}` : "there is no go on PATH") + ` and the runner's tool cache has ${cached.length ? cached.join(", ") : "no Go"} (RUNNER_TOOL_CACHE=${process.env.RUNNER_TOOL_CACHE ?? "unset"}).`,
      versionSpec
    );
  }
  const goPath = goInToolCache(dir, platform2);
  const bin = path15.dirname(goPath);
  addPath(bin);
  info(`Using Go from the tool cache: ${dir}`);
  return { goPath, env: await readGoEnv(goPath), source: "tool-cache" };
}
__name(locateGo, "locateGo");
function satisfies2(goVersion, spec) {
  const version = goVersionToSemver(goVersion);
  return version !== void 0 && semver4.satisfies(version, spec, { includePrerelease: false });
}
__name(satisfies2, "satisfies");
function goInToolCache(dir, platform2 = process.platform) {
  return platform2 === "win32" ? path15.win32.join(dir, "bin", "go.exe") : path15.posix.join(dir, "bin", "go");
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
  const rel = /* @__PURE__ */ __name((p) => logText(path16.relative(inputs.workingDirectory, p) || "."), "rel");
  info(
    downloadSet.mode === "workspace" ? `Download set: workspace ${rel(downloadSet.files[0])} using ${plural(downloadSet.files.length - 1, "module")}` : `Download set: ${plural(downloadSet.roots.length, "module")}: ${listSome(downloadSet.files.map(rel)) || "none"}`
  );
  const roots = downloadSet.roots.map((r) => ({ dir: rel(r), hasVendor: existsSync5(path16.join(r, "vendor")) }));
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
import * as path17 from "node:path";

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
      code(path17.relative(workspace, root) || "."),
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
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const phases = new Phases();
  const results = {};
  try {
    await runPhases(inputs, workspace, phases, results);
  } finally {
    writeOutputs(stepOutputs(results));
  }
}
__name(main, "main");
async function runPhases(inputs, workspace, phases, results) {
  const env = results.env = await phases.run("Go environment", () => setupEnvironment(inputs));
  const credentials = await phases.run("Credentials", () => setupCredentials(inputs, env));
  recordPrivateModulesPolicy(inputs.cachePrivateModules, env.plan, eventFacts().privateRepository);
  try {
    const cache = results.cache = await phases.run("Module cache", () => restoreModuleCache(inputs, env));
    const download = results.download = await downloadPhase(inputs, workspace, phases, env, credentials);
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
      netrc: readOrEmpty(processEnv.NETRC || path18.join(os6.homedir(), ".netrc")),
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

// src/main.ts
await runMain();
