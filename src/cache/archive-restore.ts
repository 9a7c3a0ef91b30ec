import { spawn } from 'node:child_process'
import {
  closeSync,
  createReadStream,
  futimesSync,
  mkdirSync,
  openSync,
  promises as fs,
  writeSync
} from 'node:fs'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as core from '@actions/core'
import * as tar from 'tar'
/*
 * The library's own building blocks for finding and downloading an entry. Its package exports only
 * restoreCache, which extracts the archive with `tar -P` relative to GITHUB_WORKSPACE: a member named
 * `../../.gitconfig` or `/etc/x`, or a symlink, lands wherever it points. A cache entry is written by anyone
 * who can run a workflow in the repository's scope, so the archive is read here member by member instead.
 * The version is pinned in package.json; these modules are the library's internals at that version.
 */
import {
  downloadCache,
  getCacheEntry
} from '../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js'
import * as utils from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import {
  getCacheMode,
  getCacheServiceVersion,
  isCacheReadable
} from '../../node_modules/@actions/cache/lib/internal/config.js'
import { internalCacheTwirpClient } from '../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js'

export interface ArchiveRestore {
  /** The key of the entry found; undefined when none matched. */
  readonly matchedKey?: string
  /** Why the entry's content was refused (nothing of it is left in the target directory). */
  readonly refused?: string
}

/**
 * Finds the entry for `key` (then each restore prefix) as restoreCache does and extracts it into `target`,
 * which must be the one path the entry was saved with. Every member must lie inside `target` and be a
 * regular file or a directory; one that is not refuses the whole entry. `.ziphash` files are never
 * extracted: without one, go hashes a cached zip against go.sum before it first extracts it.
 */
export async function restoreArchive(
  target: string,
  key: string,
  restoreKeys: readonly string[]
): Promise<ArchiveRestore> {
  if (!isCacheReadable(getCacheMode())) {
    core.info(`Cache restore skipped: the runner's cache-mode '${getCacheMode()}' does not permit reads.`)
    return {}
  }
  const method = await utils.getCompressionMethod()
  const found = await findEntry([target], key, restoreKeys, method)
  if (!found) {
    // The same debug line as the library's: service.ts reads it as the end of the lookup.
    core.debug(`Cache not found for keys: ${[key, ...restoreKeys].join(', ')}`)
    return {}
  }
  core.info(`Cache hit for${found.key === key ? '' : ' restore-key'}: ${found.key}`)
  const archive = path.join(await utils.createTempDirectory(), utils.getCacheFileName(method))
  try {
    await downloadCache(found.url, archive, { useAzureSdk: getCacheServiceVersion() === 'v2' })
    const size = utils.getArchiveFileSizeInBytes(archive)
    core.info(`Cache Size: ~${Math.round(size / 2 ** 20)} MB (${size} B)`)
    return { matchedKey: found.key, refused: await extractMembers(archive, method, target) }
  } finally {
    await fs.rm(path.dirname(archive), { recursive: true, force: true })
  }
}

async function findEntry(
  paths: string[],
  key: string,
  restoreKeys: readonly string[],
  method: string
): Promise<{ key: string; url: string } | undefined> {
  const version = utils.getCacheVersion(paths, method as never, false)
  if (getCacheServiceVersion() === 'v2') {
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
      key,
      restoreKeys: [...restoreKeys],
      version
    })
    return response.ok ? { key: response.matchedKey, url: response.signedDownloadUrl } : undefined
  }
  const entry = await getCacheEntry([key, ...restoreKeys], paths, { compressionMethod: method as never })
  return entry?.archiveLocation ? { key: entry.cacheKey ?? key, url: entry.archiveLocation } : undefined
}

/** Member types a module cache consists of; links, devices and FIFOs never belong in one. */
const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory'])

/** Extracts the archive into `target`; returns why it was refused, or undefined. */
async function extractMembers(archive: string, method: string, target: string): Promise<string | undefined> {
  // The library names members relative to GITHUB_WORKSPACE (tar -C), so they start with this prefix.
  const prefix = toPosix(path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), target))
  await fs.mkdir(target, { recursive: true })
  const writer = new MemberWriter(target, prefix)
  // strict: a malformed header fails the restore instead of being skipped.
  const parser = new tar.Parser({ strict: true, onReadEntry: entry => writer.take(entry) })
  const source = decompress(archive, method)
  await Promise.all([pipeline(source.stream, parser), source.done])
  const { problems, failure } = writer
  if (problems.length === 0 && !failure) return undefined
  await fs.rm(target, { recursive: true, force: true })
  if (failure) throw failure
  const shown = problems.slice(0, 3).join(', ')
  return `entry holds paths outside the module cache or that are not regular files: ${shown}${problems.length > 3 ? `, and ${problems.length - 3} more` : ''}`
}

/**
 * Writes the members of an archive into an empty directory: directories and regular files only, each file
 * created exclusively (O_EXCL: never through an existing file or link), streamed with synchronous writes.
 * node-tar's own Unpack did the same checks but took 2.5-3.9 s for a 167 MiB build cache that this takes
 * 1.3 s for (GNU tar: 1.0-1.3 s), because it runs half a dozen asynchronous calls per file.
 */
class MemberWriter {
  readonly problems: string[] = []
  failure?: Error
  private readonly made = new Set<string>()

  constructor(
    private readonly target: string,
    private readonly prefix: string
  ) {}

  take(entry: tar.ReadEntry): void {
    const inside = memberPath(entry.path, this.prefix)
    if (inside === undefined || !ALLOWED_TYPES.has(entry.type)) {
      this.problems.push(`${entry.path} (${inside === undefined ? 'outside the module cache' : entry.type})`)
      return void entry.resume()
    }
    // Nothing is written once the entry is known to be refused, nor after a write failed.
    if (this.problems.length > 0 || this.failure || inside.endsWith('.ziphash')) return void entry.resume()
    const dest = inside === '' ? this.target : path.join(this.target, ...inside.split('/'))
    if (entry.type === 'Directory') {
      this.attempt(() => this.directory(dest))
      return void entry.resume()
    }
    this.writeFile(entry, dest)
  }

  private writeFile(entry: tar.ReadEntry, dest: string): void {
    const fd = this.create(entry, dest)
    entry.on('data', (chunk: Buffer) => this.attempt(() => fd !== undefined && writeSync(fd, chunk)))
    entry.on('end', () => {
      if (fd === undefined) return
      const mtime = entry.mtime ?? new Date()
      this.attempt(() => futimesSync(fd, mtime, mtime))
      closeSync(fd)
    })
  }

  /** Opens the member's file; a second member of the same name (tar would let it replace the first) refuses. */
  private create(entry: tar.ReadEntry, dest: string): number | undefined {
    if (this.failure) return undefined
    try {
      this.directory(path.dirname(dest))
      return openSync(dest, 'wx', (entry.mode ?? 0o644) & 0o777)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        this.problems.push(`${entry.path} (a second member of that name)`)
      else this.failure = e instanceof Error ? e : new Error(String(e))
      return undefined
    }
  }

  private directory(dir: string): void {
    if (this.made.has(dir)) return
    mkdirSync(dir, { recursive: true })
    this.made.add(dir)
  }

  /** Keeps the first write error; the restore fails with it once the stream ends (nothing half-written is kept). */
  private attempt(write: () => unknown): void {
    if (this.failure) return
    try {
      write()
    } catch (e) {
      this.failure = e instanceof Error ? e : new Error(String(e))
    }
  }
}

/**
 * The path of a member inside the target directory ('' for the directory itself), or undefined when the
 * member lies outside it: another prefix, a `..` segment after the prefix, or an absolute name.
 */
export function memberPath(name: string, prefix: string): string | undefined {
  const n = name.replace(/\\/g, '/').replace(/\/+$/, '')
  const rest = n === prefix ? '' : n.startsWith(prefix + '/') ? n.slice(prefix.length + 1) : undefined
  if (rest === undefined) return undefined
  const segments = rest.split('/')
  if (segments.some(s => s === '..' || s === '.' || s === '') && rest !== '') return undefined
  return rest
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** The archive's tar stream: zstd in a child process (as the library does), gzip in-process. */
function decompress(archive: string, method: string): { stream: Readable; done: Promise<void> } {
  if (method === 'gzip')
    return { stream: createReadStream(archive).pipe(createGunzip()), done: Promise.resolve() }
  const args = method === 'zstd' ? ['-d', '-c', '--long=30', archive] : ['-d', '-c', archive]
  const child = spawn('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const stderr: Buffer[] = []
  child.stderr.on('data', (c: Buffer) => stderr.push(c))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new Error(`zstd -d exited with ${code}: ${Buffer.concat(stderr).toString().trim()}`))
    )
  })
  return { stream: child.stdout, done }
}
