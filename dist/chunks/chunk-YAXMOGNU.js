import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  plural
} from "./chunk-3TPR4KFN.js";
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
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
var VERSION_FILE = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/;
async function listDownloadDir(downloadDir) {
  const out = [];
  const walk = /* @__PURE__ */ __name(async (rel) => {
    let entries;
    try {
      entries = await fs.readdir(path.join(downloadDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map(async (e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) return r === "sumdb" ? void 0 : walk(r);
        if (!rel.endsWith("/@v")) return;
        const module = unescapeModulePath(rel.slice(0, -"/@v".length));
        const size = (await fs.stat(path.join(downloadDir, r))).size;
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
  const hash = createHash("sha256");
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
  for (const e of removed) await fs.rm(path.join(downloadDir, e.rel), { force: true });
  await removeEmptyDirs(downloadDir, true);
  const gomodcache = path.dirname(path.dirname(downloadDir));
  for (const e of removed.filter((r) => r.ext === "zip")) {
    const at = e.rel.lastIndexOf("/@v/");
    await removeExtracted(gomodcache, `${e.rel.slice(0, at)}@${e.rel.slice(at + 4, -".zip".length)}`);
  }
  return removed;
}
__name(pruneDownloadDir, "pruneDownloadDir");
async function removeExtracted(gomodcache, rel) {
  const dir = path.join(gomodcache, rel);
  const makeWritable = /* @__PURE__ */ __name(async (p) => {
    await fs.chmod(p, 493).catch(() => void 0);
    const entries = await fs.readdir(p, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await makeWritable(path.join(p, e.name));
  }, "makeWritable");
  await makeWritable(dir);
  await fs.rm(dir, { recursive: true, force: true });
  for (let parent = path.dirname(dir); parent.startsWith(gomodcache + path.sep); parent = path.dirname(parent)) {
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
    if (e.isDirectory() && e.name !== "sumdb" && await removeEmptyDirs(path.join(dir, e.name))) left--;
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
import { createHash as createHash2 } from "node:crypto";
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
  const line = `${createHash2("sha256").update(content2).digest("hex")}  go.mod
`;
  return `h1:${createHash2("sha256").update(line).digest("base64")}`;
}
__name(goModHash, "goModHash");

// src/download/download-state.ts
var downloadState = stateItem("download");

// src/util/files.ts
import { readFileSync } from "node:fs";
function readOrEmpty(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
__name(readOrEmpty, "readOrEmpty");

// src/cache/cache-state.ts
var cacheState = stateItem("cache");

// src/credentials/credential-state.ts
var credentialState = stateItem("credentials");

// src/credentials/remove-credentials.ts
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import * as path2 from "node:path";
async function removeCredentials() {
  const state = credentialState.load();
  if (state === void 0) return "Nothing to clean up: no credentials were configured.";
  return removeCredentialDir(state.dir);
}
__name(removeCredentials, "removeCredentials");
async function removeCredentialDir(dir) {
  const temp = process.env.RUNNER_TEMP;
  if (!temp || path2.dirname(path2.resolve(dir)) !== path2.resolve(temp) || !path2.basename(dir).startsWith(PREFIX)) {
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
import { createHash as createHash3 } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
async function zipHash(file) {
  const zip = await readFile(file);
  const lines = [];
  for (const member of centralDirectory(zip)) {
    if (member.name.includes("\n")) throw new Error(`${file}: a file name with a newline`);
    const sum = createHash3("sha256").update(content(zip, member)).digest("hex");
    lines.push({ name: member.name, line: `${sum}  ${member.name}
` });
  }
  lines.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const summary = createHash3("sha256");
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
  listDownloadDir,
  fingerprint,
  neededVersions,
  pruneDownloadDir,
  isPopulated,
  recordPrivateModulesPolicy,
  leavePrivateModulesOut,
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
