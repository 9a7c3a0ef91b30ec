import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  AHEAD,
  RESULT_MARK
} from "./chunks/chunk-3O35XIHG.js";
import {
  errorMessage
} from "./chunks/chunk-5QCUKRW6.js";
import {
  internalCacheTwirpClient
} from "./chunks/chunk-3SJCOQCH.js";
import {
  getCacheMode,
  getCacheServiceVersion,
  getCacheVersion,
  getCompressionMethod,
  isCacheReadable
} from "./chunks/chunk-WOE3YT2T.js";
import {
  HttpClient
} from "./chunks/chunk-TVAVELDU.js";
import {
  debug,
  info
} from "./chunks/chunk-DH4MFXE2.js";
import "./chunks/chunk-JEMEWMLI.js";
import {
  __name
} from "./chunks/chunk-N2CE72JC.js";

// src/cache/worker.ts
import { createInterface } from "node:readline";

// src/cache/archive-restore.ts
import { spawn } from "node:child_process";
import { closeSync, futimesSync, mkdirSync, openSync, promises as fs, utimesSync, writeSync } from "node:fs";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/cache/archive-download.ts
import { Readable } from "node:stream";
var RANGED_DOWNLOAD = {
  segmentBytes: 4 * 2 ** 20,
  concurrency: 8,
  attempts: 5,
  socketTimeoutMs: 3e4,
  retryDelayMs: 1e3
};
async function openArchive(url, o = RANGED_DOWNLOAD) {
  const http = new HttpClient("actions/cache", void 0, {
    keepAlive: true,
    socketTimeout: o.socketTimeoutMs
  });
  const first = await withRetries(o, "the first range", async () => {
    const response = await request(http, url, 0, o.segmentBytes);
    return response.message.statusCode === 200 ? { whole: response } : { response, total: rangeTotal(response) };
  }).catch((e) => {
    http.dispose();
    throw e;
  });
  if (first.whole) {
    const length = contentLength(first.whole);
    return { stream: checkedLength(first.whole.message, length, http), bytes: length };
  }
  const head = new RangeFetch(http, url, 0, Math.min(o.segmentBytes, first.total), o, first.response);
  return { stream: Readable.from(ranges(http, url, first.total, head, o)), bytes: first.total };
}
__name(openArchive, "openArchive");
async function request(http, url, offset, count) {
  const response = await http.get(url, { Range: `bytes=${offset}-${offset + count - 1}` });
  const status = response.message.statusCode ?? 0;
  if (status === 200 || status === 206) return response;
  response.message.resume();
  const error = new Error(`the cache storage answered ${status} for bytes ${offset}-${offset + count - 1}`);
  return Promise.reject(Object.assign(error, { final: status < 500 && status !== 429 }));
}
__name(request, "request");
async function* ranges(http, url, total, head, o) {
  const inFlight = [head];
  let next = head.offset + head.count;
  const fill = /* @__PURE__ */ __name(() => {
    while (inFlight.length < o.concurrency && next < total) {
      const count = Math.min(o.segmentBytes, total - next);
      inFlight.push(new RangeFetch(http, url, next, count, o));
      next += count;
    }
  }, "fill");
  try {
    fill();
    for (let range = inFlight.shift(); range; range = inFlight.shift()) {
      yield* range.read();
      fill();
    }
  } finally {
    http.dispose();
  }
}
__name(ranges, "ranges");
async function withRetries(o, what, attempt) {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      if (n >= o.attempts || e.final)
        throw new Error(`downloading ${what} failed${n > 1 ? ` ${n} times` : ""}: ${e.message}`);
      debug(`Downloading ${what}: attempt ${n} failed (${e.message}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, o.retryDelayMs));
    }
  }
}
__name(withRetries, "withRetries");
var RangeFetch = class {
  constructor(http, url, offset, count, o, first) {
    this.http = http;
    this.url = url;
    this.offset = offset;
    this.count = count;
    let response = first;
    const attempt = /* @__PURE__ */ __name(async () => {
      const body = response ?? await this.requestRest();
      response = void 0;
      await this.receive(body);
    }, "attempt");
    withRetries(o, `bytes ${offset}-${offset + count - 1}`, attempt).catch((e) => void (this.error = e)).finally(() => {
      this.ended = true;
      this.notify();
    });
  }
  http;
  url;
  offset;
  count;
  static {
    __name(this, "RangeFetch");
  }
  chunks = [];
  got = 0;
  ended = false;
  error;
  wake;
  /** The range's bytes in order; throws once its tries are spent. */
  async *read() {
    for (; ; ) {
      const chunk = this.chunks.shift();
      if (chunk) yield chunk;
      else if (this.error) throw this.error;
      else if (this.ended) return;
      else await new Promise((resolve) => this.wake = resolve);
    }
  }
  requestRest() {
    return request(this.http, this.url, this.offset + this.got, this.count - this.got);
  }
  async receive(response) {
    for await (const chunk of response.message) {
      this.got += chunk.length;
      if (this.got > this.count)
        throw Object.assign(new Error(`more than the ${this.count} bytes asked for`), { final: true });
      this.chunks.push(chunk);
      this.notify();
    }
    if (this.got !== this.count)
      throw new Error(
        `got ${this.got} bytes for the ${this.count} at offset ${this.offset}: the connection broke`
      );
  }
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
};
function rangeTotal(response) {
  const header = String(response.message.headers["content-range"] ?? "");
  const total = Number(/^bytes \d+-\d+\/(\d+)$/.exec(header)?.[1]);
  if (!Number.isSafeInteger(total))
    throw new Error(`the cache storage sent no usable Content-Range: '${header}'`);
  return total;
}
__name(rangeTotal, "rangeTotal");
function contentLength(response) {
  const length = Number(response.message.headers["content-length"]);
  return Number.isSafeInteger(length) ? length : void 0;
}
__name(contentLength, "contentLength");
function checkedLength(body, length, http) {
  async function* counted() {
    let received = 0;
    try {
      for await (const chunk of body) {
        received += chunk.length;
        yield chunk;
      }
    } finally {
      http.dispose();
    }
    if (length !== void 0 && received !== length)
      throw new Error(`incomplete download: ${received} of ${length} bytes`);
  }
  __name(counted, "counted");
  return Readable.from(counted());
}
__name(checkedLength, "checkedLength");

// src/cache/tar-reader.ts
import { Writable } from "node:stream";
var BLOCK = 512;
var MAX_META_BYTES = 1 << 20;
var TarReader = class extends Writable {
  constructor(sink) {
    super();
    this.sink = sink;
  }
  sink;
  static {
    __name(this, "TarReader");
  }
  pending = { kind: "header" };
  /** Bytes of a header or of a metadata body not complete yet. */
  partial = [];
  partialBytes = 0;
  /** Padding to skip after a member's bytes. */
  skip = 0;
  pax = {};
  longName;
  zeroBlocks = 0;
  _write(chunk, _, done) {
    try {
      this.consume(chunk);
      done();
    } catch (e) {
      done(e);
    }
  }
  _final(done) {
    const complete = this.zeroBlocks > 0 || this.pending.kind === "header" && this.partialBytes === 0;
    done(complete && this.skip === 0 ? void 0 : new Error("the archive ends in the middle of a member"));
  }
  consume(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
      } else if (this.zeroBlocks >= 2) {
        return;
      } else if (this.pending.kind === "data") {
        const n = Math.min(this.pending.left, chunk.length - at);
        if (n > 0) this.sink.data(chunk.subarray(at, at + n));
        at += n;
        this.pending.left -= n;
        if (this.pending.left === 0) this.finishMember(this.pending.padding);
      } else {
        const need = this.pending.kind === "header" ? BLOCK : this.pending.size;
        const n = Math.min(need - this.partialBytes, chunk.length - at);
        this.partial.push(chunk.subarray(at, at + n));
        this.partialBytes += n;
        at += n;
        if (this.partialBytes === need) {
          const whole = this.partial.length === 1 ? this.partial[0] : Buffer.concat(this.partial);
          this.partial = [];
          this.partialBytes = 0;
          if (this.pending.kind === "header") this.header(whole);
          else this.meta(this.pending.type, whole);
        }
      }
    }
  }
  finishMember(padding2) {
    this.sink.end();
    this.pending = { kind: "header" };
    this.skip = padding2;
  }
  header(block) {
    if (block.every((b) => b === 0)) {
      this.zeroBlocks++;
      return;
    }
    if (this.zeroBlocks > 0) throw new Error("a member follows the end-of-archive marker");
    checkSum(block);
    const flag = block[156] === 0 ? "0" : String.fromCharCode(block[156]);
    if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
      const size2 = number(block, 124, 12);
      if (size2 > MAX_META_BYTES) throw new Error(`a ${size2}-byte '${flag}' header`);
      this.pending = { kind: "meta", type: flag, size: size2 };
      if (size2 === 0) this.meta(flag, Buffer.alloc(0));
      return;
    }
    const size = this.pax.size !== void 0 ? decimal(this.pax.size, "pax size") : number(block, 124, 12);
    if (!Number.isSafeInteger(size)) throw new Error(`a member size that is not a whole number: ${size}`);
    const member = {
      path: this.pax.path ?? this.longName ?? ustarName(block),
      type: flag,
      mode: number(block, 100, 8),
      mtime: this.pax.mtime !== void 0 ? decimal(this.pax.mtime, "pax mtime") : number(block, 136, 12),
      size
    };
    this.pax = {};
    this.longName = void 0;
    this.sink.begin(member);
    if (size === 0) this.finishMember(0);
    else this.pending = { kind: "data", left: size, padding: padding(size) };
  }
  /** A pax header ('x' for the next member, 'g' for all: ignored) or a GNU long name ('L') or link ('K'). */
  meta(type, body) {
    this.pending = { kind: "header" };
    this.skip = padding(body.length);
    if (type === "x") this.pax = { ...this.pax, ...paxRecords(body) };
    else if (type === "L") this.longName = cString(body, 0, body.length);
  }
};
var padding = /* @__PURE__ */ __name((size) => (BLOCK - size % BLOCK) % BLOCK, "padding");
function checkSum(block) {
  let sum = 8 * 32;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i];
  const stored = number(block, 148, 8);
  if (stored !== sum) throw new Error(`a tar header with a wrong checksum (${stored}, computed ${sum})`);
}
__name(checkSum, "checkSum");
function number(block, start, length) {
  if (block[start] & 128) {
    if (block[start] !== 128) throw new Error("a negative number in a tar header");
    let value = 0;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i];
    if (!Number.isSafeInteger(value)) throw new Error("a number too large in a tar header");
    return value;
  }
  const text = block.toString("latin1", start, start + length).replace(/[\0 ]+$/, "").replace(/^ +/, "");
  if (!/^[0-7]*$/.test(text)) throw new Error(`a tar header field that is not octal: '${text}'`);
  return text === "" ? 0 : parseInt(text, 8);
}
__name(number, "number");
function decimal(text, what) {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`a ${what} that is not a number: '${text}'`);
  return Number(text);
}
__name(decimal, "decimal");
function cString(buf, start, end) {
  const nul = buf.indexOf(0, start);
  return buf.toString("utf8", start, nul >= 0 && nul < end ? nul : end);
}
__name(cString, "cString");
function ustarName(block) {
  const name = cString(block, 0, 100);
  const posix = block.toString("latin1", 257, 263) === "ustar\0";
  const prefix = posix ? cString(block, 345, 500) : "";
  return prefix ? `${prefix}/${name}` : name;
}
__name(ustarName, "ustarName");
function paxRecords(body) {
  const records = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const space = body.indexOf(32, at);
    const length = space > at ? Number(body.toString("latin1", at, space)) : NaN;
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > body.length)
      throw new Error("a malformed pax record");
    const record = body.toString("utf8", space + 1, at + length - 1);
    const eq = record.indexOf("=");
    if (eq <= 0 || body[at + length - 1] !== 10) throw new Error("a malformed pax record");
    records[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return records;
}
__name(paxRecords, "paxRecords");

// src/cache/archive-restore.ts
async function restoreArchive(target, key, restoreKeys, method, mtime) {
  if (!isCacheReadable(getCacheMode())) {
    info(`Cache restore skipped: the runner's cache-mode '${getCacheMode()}' does not permit reads.`);
    return {};
  }
  const found = await findEntry([target], key, restoreKeys, method);
  if (!found) {
    debug(`Cache not found for keys: ${[key, ...restoreKeys].join(", ")}`);
    return {};
  }
  info(`Cache hit for${found.key === key ? "" : " restore-key"}: ${found.key}`);
  const archive = await openArchive(found.url);
  if (archive.bytes !== void 0)
    info(`Cache Size: ~${Math.round(archive.bytes / 2 ** 20)} MB (${archive.bytes} B)`);
  return { matchedKey: found.key, refused: await extractMembers(archive.stream, method, target, mtime) };
}
__name(restoreArchive, "restoreArchive");
async function findEntry(paths, key, restoreKeys, method) {
  const version = getCacheVersion(paths, method, false);
  if (getCacheServiceVersion() === "v2") {
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
      key,
      restoreKeys: [...restoreKeys],
      version
    });
    return response.ok ? { key: response.matchedKey, url: response.signedDownloadUrl } : void 0;
  }
  const { getCacheEntry } = await import("./chunks/cacheHttpClient-I4DLG2BU.js");
  const entry = await getCacheEntry([key, ...restoreKeys], paths, { compressionMethod: method });
  return entry?.archiveLocation ? { key: entry.cacheKey ?? key, url: entry.archiveLocation } : void 0;
}
__name(findEntry, "findEntry");
var KINDS = { "0": "file", "7": "file", "5": "directory" };
var TYPE_NAMES = {
  "1": "Link",
  "2": "SymbolicLink",
  "3": "CharacterDevice",
  "4": "BlockDevice",
  "6": "FIFO"
};
async function extractMembers(archive, method, target, mtime) {
  const prefix = toPosix(path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), target));
  await fs.mkdir(target, { recursive: true });
  const writer = new MemberWriter(target, prefix, mtime);
  let error;
  try {
    await decompress(archive, method, new TarReader(writer));
    writer.dateDirectories();
    error = writer.failure;
  } catch (e) {
    error = e;
  }
  const { problems } = writer;
  if (problems.length === 0 && !error) return void 0;
  await fs.rm(target, { recursive: true, force: true });
  if (error) throw error;
  const shown = problems.slice(0, 3).join(", ");
  return `entry holds paths outside the module cache or that are not regular files: ${shown}${problems.length > 3 ? `, and ${problems.length - 3} more` : ""}`;
}
__name(extractMembers, "extractMembers");
var MemberWriter = class {
  constructor(target, prefix, mtime) {
    this.target = target;
    this.prefix = prefix;
    this.mtime = mtime;
  }
  target;
  prefix;
  mtime;
  static {
    __name(this, "MemberWriter");
  }
  problems = [];
  failure;
  made = /* @__PURE__ */ new Set();
  file;
  /** With `mtime`: directories last, since writing into a directory changes its time. */
  dateDirectories() {
    const time = this.mtime;
    if (time === void 0 || this.failure || this.problems.length > 0) return;
    for (const dir of this.made) this.attempt(() => utimesSync(dir, time, time));
  }
  begin(member) {
    this.file = void 0;
    const inside = memberPath(member.path, this.prefix);
    const kind = KINDS[member.type];
    if (inside === void 0 || !kind) {
      const why = inside === void 0 ? "outside the module cache" : TYPE_NAMES[member.type] ?? `type ${member.type}`;
      this.problems.push(`${member.path} (${why})`);
      return;
    }
    if (this.problems.length > 0 || this.failure || inside.endsWith(".ziphash")) return;
    const dest = inside === "" ? this.target : path.join(this.target, ...inside.split("/"));
    if (kind === "directory") return this.attempt(() => this.directory(dest));
    const fd = this.create(member, dest);
    if (fd !== void 0) this.file = { fd, mtime: this.mtime ?? member.mtime };
  }
  data(chunk) {
    const file = this.file;
    if (file) this.attempt(() => writeSync(file.fd, chunk));
  }
  end() {
    const file = this.file;
    if (!file) return;
    this.file = void 0;
    this.attempt(() => futimesSync(file.fd, file.mtime, file.mtime));
    closeSync(file.fd);
  }
  /** Opens the member's file; a second member of the same name (tar would let it replace the first) refuses. */
  create(member, dest) {
    if (this.failure) return void 0;
    try {
      this.directory(path.dirname(dest));
      return openSync(dest, "wx", member.mode & 511);
    } catch (e) {
      if (e.code === "EEXIST")
        this.problems.push(`${member.path} (a second member of that name)`);
      else this.failure = e instanceof Error ? e : new Error(String(e));
      return void 0;
    }
  }
  directory(dir) {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
  /** Keeps the first write error; the restore fails with it once the stream ends (nothing half-written is kept). */
  attempt(write) {
    if (this.failure) return;
    try {
      write();
    } catch (e) {
      this.failure = e instanceof Error ? e : new Error(String(e));
    }
  }
};
function memberPath(name, prefix) {
  const n = name.replace(/\\/g, "/").replace(/\/+$/, "");
  const rest = n === prefix ? "" : n.startsWith(prefix + "/") ? n.slice(prefix.length + 1) : void 0;
  if (rest === void 0) return void 0;
  const segments = rest.split("/");
  if (segments.some((s) => s === ".." || s === "." || s === "") && rest !== "") return void 0;
  return rest;
}
__name(memberPath, "memberPath");
function toPosix(p) {
  return p.split(path.sep).join("/");
}
__name(toPosix, "toPosix");
async function decompress(archive, method, into) {
  if (method === "gzip") return pipeline(archive, createGunzip(), into);
  const args = method === "zstd" ? ["-d", "-c", "--long=30"] : ["-d", "-c"];
  const child = spawn("zstd", args, { stdio: ["pipe", "pipe", "pipe"] });
  const stderr = [];
  child.stderr.on("data", (c) => stderr.push(c));
  const exited = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on(
      "close",
      (code) => code === 0 ? resolve() : reject(new Error(`zstd -d exited with ${code}: ${Buffer.concat(stderr).toString().trim()}`))
    );
  });
  const feed = pipeline(archive, child.stdin).catch((e) => {
    child.kill();
    throw e;
  });
  await Promise.all([feed, pipeline(child.stdout, into), exited]);
}
__name(decompress, "decompress");

// src/cache/worker.ts
async function runCacheWorker(input = process.stdin, ahead = process.argv.includes(AHEAD)) {
  const method = ahead ? getCompressionMethod() : void 0;
  method?.catch(() => void 0);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const request2 = JSON.parse(line);
    const started = ahead ? " (started ahead)" : "";
    process.stdout.write(`::debug::Cache worker ${process.pid}${started}: ${request2.op} ${request2.key}
`);
    let result;
    try {
      result = featureAvailable() ? await call(request2, method) : { unavailable: true };
    } catch (e) {
      result = { error: errorMessage(e) };
    }
    await new Promise((written) => process.stdout.write(`
${RESULT_MARK}${JSON.stringify(result)}
`, written));
  }
  process.exit(0);
}
__name(runCacheWorker, "runCacheWorker");
function featureAvailable() {
  return Boolean(process.env[getCacheServiceVersion() === "v2" ? "ACTIONS_RESULTS_URL" : "ACTIONS_CACHE_URL"]);
}
__name(featureAvailable, "featureAvailable");
async function call(r, method) {
  if (r.op !== "restore") {
    const cache = await import("./chunks/cache-TGW6IIBO.js");
    if (r.op === "save") return { value: await cache.saveCache(r.paths, r.key) };
    return { value: await cache.restoreCache(r.paths, r.key, r.restoreKeys ?? [], { lookupOnly: true }) };
  }
  const restored = await restoreArchive(
    r.paths[0],
    r.key,
    r.restoreKeys ?? [],
    await (method ?? getCompressionMethod()),
    r.mtime
  );
  return { value: restored.matchedKey, refused: restored.refused };
}
__name(call, "call");

// src/cache-worker.ts
await runCacheWorker();
