import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __name
} from "./chunk-N2CE72JC.js";

// src/go/module-patterns.ts
function matchPrefixPatterns(patterns, target) {
  for (const raw of patterns.split(",")) {
    const glob = raw.replace(/\/$/, "");
    if (glob === "") continue;
    const elements = glob.split("/").length;
    const prefix = target.split("/");
    if (prefix.length < elements) continue;
    if (globToRegExp(glob).test(prefix.slice(0, elements).join("/"))) return true;
  }
  return false;
}
__name(matchPrefixPatterns, "matchPrefixPatterns");
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "\\" && i + 1 < glob.length) re += escapeRegExp(glob[++i]);
    else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) return /$^/;
      let body = glob.slice(i + 1, end);
      if (body.startsWith("^")) body = "^" + body.slice(1).replace(/[\]\\]/g, "\\$&");
      else body = body.replace(/[\]\\^]/g, "\\$&");
      re += `(?!/)[${body}]`;
      i = end;
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}
__name(globToRegExp, "globToRegExp");
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
__name(escapeRegExp, "escapeRegExp");

// src/go/json-stream.ts
function parseJsonStream(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && depth > 0 && --depth === 0) {
      values.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return values;
}
__name(parseJsonStream, "parseJsonStream");

// src/go/go-output.ts
var TRACE = /^(?:# |\d+\.\d+s # |cd [^;\n]+; )/;
function readGoReport(root, result) {
  const modules = parseJsonStream(result.stdout);
  const lines = result.stderr.split("\n");
  const failures = modules.filter((m) => m.Error).map((m) => ({ root, module: m.Path, version: m.Version, message: m.Error ?? "" }));
  if (result.exitCode !== 0 && !result.timedOut && !result.stalled) {
    failures.push(...stderrFailures(root, lines.filter((l) => !TRACE.test(l)).join("\n")));
  }
  return { modules, failures, inFlight: inFlightRequests(lines) };
}
__name(readGoReport, "readGoReport");
function stderrFailures(root, stderr) {
  const failures = [];
  for (const line of stderr.split("\n")) {
    const named = /^(?:go: |verifying )([^\s@:]+)@([^\s:/]+)(?:\/go\.mod)?: /.exec(line);
    if (named) failures.push({ root, module: named[1], version: named[2], message: line });
    else if (line.trim() === "") continue;
    else if (failures.length && !line.startsWith("go: ")) {
      const last = failures[failures.length - 1];
      failures[failures.length - 1] = { ...last, message: `${last.message}
${line}` };
    } else failures.push({ root, message: line });
  }
  return failures;
}
__name(stderrFailures, "stderrFailures");
function inFlightRequests(lines) {
  const open = /* @__PURE__ */ new Set();
  for (const line of lines) {
    const started = /^# get (\S+)$/.exec(line);
    if (started) open.add(started[1]);
    const finished = /^# get (\S+): /.exec(line);
    if (finished) open.delete(finished[1]);
  }
  return [...open];
}
__name(inFlightRequests, "inFlightRequests");
function escapeModulePath(s) {
  return s.replace(/[A-Z]/g, (c) => "!" + c.toLowerCase());
}
__name(escapeModulePath, "escapeModulePath");
function unescapeModulePath(p) {
  return p.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
__name(unescapeModulePath, "unescapeModulePath");
function versionOfUrl(url, candidates) {
  return candidates.find((v) => {
    const at = v.lastIndexOf("@");
    const suffix = `/${escapeModulePath(v.slice(0, at))}/@v/${escapeModulePath(v.slice(at + 1))}.`;
    return url.includes(suffix);
  });
}
__name(versionOfUrl, "versionOfUrl");
function splitVersion(v) {
  const at = v.lastIndexOf("@");
  return { module: v.slice(0, at), version: v.slice(at + 1) };
}
__name(splitVersion, "splitVersion");

export {
  matchPrefixPatterns,
  readGoReport,
  escapeModulePath,
  unescapeModulePath,
  versionOfUrl,
  splitVersion
};
