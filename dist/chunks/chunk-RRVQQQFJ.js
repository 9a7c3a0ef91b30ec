import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  eventFacts,
  logText
} from "./chunk-3TPR4KFN.js";
import {
  getInput,
  setSecret
} from "./chunk-DH4MFXE2.js";
import {
  require_semver
} from "./chunk-JEMEWMLI.js";
import {
  __name,
  __toESM
} from "./chunk-N2CE72JC.js";

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
  report(value, describe(value), EXPECTED);
  return void 0;
}
__name(toMs, "toMs");
function describe(value) {
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
__name(describe, "describe");

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
    const quote = s[0];
    if (quote === '"' || quote === "'") {
      const end = s.indexOf(quote, 1);
      if (end < 0) {
        report(s, `has an unterminated ${quote} quote`, `the whole flag in quotes, e.g. \`"-ldflags=-s -w"\``);
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
    const code = `U+${hidden[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    return [
      logText(pattern),
      `has an invisible or control character (${code})`,
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

// src/inputs/goproxy.ts
var EXAMPLE = "`https://goproxy.corp.example,direct`";
var SCHEMES = ["https:", "http:", "file:"];
function maskGoproxySecrets(raw, mask) {
  for (const secret of userinfoSecrets(raw)) mask(secret);
}
__name(maskGoproxySecrets, "maskGoproxySecrets");
var redact = redactUserinfo;
function parseGoproxy(raw, outer) {
  const { report, failed } = tracking(outer);
  const joined = joinLines(raw, ",", ",|");
  const entries = split(joined);
  const shown = redact(joined);
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
      redact(rest),
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
  const shown = redact(entry);
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
import * as path from "node:path";
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
  const resolved = path.resolve(workspace, value);
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
      return path.resolve(p);
    }
  }, "real");
  const rel = path.relative(real(workspace), real(dir));
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
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
  const code = e?.code;
  return code === "EACCES" || code === "EPERM";
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
  const where = `(line ${line.number}) `;
  if (line.right === void 0) return void report(shown, `${where}has no \`=\``, LINE_FORM);
  const host = checkHost(line.left, LINE_FORM);
  if ("problem" in host) return void report(shown, where + host.problem, host.expected);
  const prefix = host.rest;
  if (prefix.endsWith("/")) {
    return void report(
      shown,
      `${where}has a trailing slash after the path prefix`,
      `\`${line.left.replace(/\/+$/, "")}=\u2026\``
    );
  }
  if (prefix.includes("@")) {
    return void report(
      shown,
      `${where}has an \`@\` in the path prefix`,
      `a repository path prefix such as \`${host.host}/acme\``
    );
  }
  if (/\s/.test(prefix) || prefix.startsWith("/") || prefix.includes("//")) {
    return void report(shown, `${where}has an empty path element or whitespace in the path prefix`, LINE_FORM);
  }
  const { username, token } = split2;
  if (split2.explicitUsername && username === "") {
    return void report(
      shown,
      `${where}has an empty username before \`:\``,
      `a username, or no \`:\` for the host's default, e.g. \`${line.shown}=<token>\``
    );
  }
  if (token === "") {
    return void report(
      shown,
      `${where}has an empty token (on a pull request from a fork, \`\${{ secrets.\u2026 }}\` is empty)`,
      LINE_FORM
    );
  }
  if (/\s/.test(token) || /\s/.test(username ?? ""))
    return void report(shown, `${where}has whitespace inside the username or token`, LINE_FORM);
  if (username === void 0) {
    return void report(
      shown,
      `${where}needs a username: ${host.host} has no known default`,
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
    const where = `(line ${line.number}) `;
    if (line.right === void 0) {
      report(shown, `${where}has no \`=\``, LINE_FORM2);
      continue;
    }
    const host = checkHost(line.left, LINE_FORM2);
    if ("problem" in host) {
      report(shown, where + host.problem, host.expected);
      continue;
    }
    if (host.rest !== "" || line.left.endsWith("/")) {
      report(shown, `${where}has a path after the host`, `the host alone, e.g. \`${host.host}=\u2026\``);
      continue;
    }
    const colon = line.right.indexOf(":");
    const username = colon < 0 ? "" : line.right.slice(0, colon);
    const password = colon < 0 ? line.right : line.right.slice(colon + 1);
    if (colon < 0 || username === "") {
      report(shown, `${where}needs a username before \`:\``, LINE_FORM2);
    } else if (password === "") {
      report(shown, `${where}has an empty password`, LINE_FORM2);
    } else if (/\s/.test(line.right)) {
      report(shown, `${where}has whitespace inside the username or password`, LINE_FORM2);
    } else if (seen.has(host.host)) {
      report(shown, `${where}repeats the host of line ${seen.get(host.host)}`, "one entry per host");
    } else {
      seen.set(host.host, line.number);
      result.push({ host: host.host, username, password });
    }
  }
  return result;
}
__name(parseProxyCredentials, "parseProxyCredentials");

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
function reconcileBounds(parsed, { value }, problems) {
  const isDefault = /* @__PURE__ */ __name((name) => value(name) === INPUT_DEFAULTS[name], "isDefault");
  if (isDefault("retry-delay") && exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    parsed.retryDelayMs = parsed.retryMaxDelayMs;
  }
  if (isDefault("stall-timeout") && exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
    parsed.stallTimeoutMs = parsed.timeoutMs;
  }
  if (exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    problems.for("retry-delay")(
      value("retry-delay"),
      `is longer than retry-max-delay (${value("retry-max-delay")})`,
      "at most retry-max-delay"
    );
  }
  if (exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
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

export {
  redactUserinfo,
  userinfoSecrets,
  GO_ENV_NAMES,
  readInputs,
  serverHost
};
