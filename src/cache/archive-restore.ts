import { spawn } from 'node:child_process'
import { closeSync, futimesSync, mkdirSync, openSync, promises as fs, utimesSync, writeSync } from 'node:fs'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import * as core from '@actions/core'
/*
 * The library's own building blocks for finding an entry. Its package exports only restoreCache, which
 * extracts the archive with `tar -P` relative to GITHUB_WORKSPACE: a member named `../../.gitconfig` or
 * `/etc/x`, or a symlink, lands wherever it points. A cache entry is written by anyone who can run a workflow
 * in the repository's scope, so the archive is read here member by member instead, while it downloads
 * (archive-download.ts). The version is pinned in package.json; these modules are its internals at that version.
 */
import * as utils from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js'
import {
  getCacheMode,
  getCacheServiceVersion,
  isCacheReadable
} from '../../node_modules/@actions/cache/lib/internal/config.js'
import { internalCacheTwirpClient } from '../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js'
import { openArchive } from './archive-download.js'
import { TarReader, type TarMember, type TarSink } from './tar-reader.js'

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
 * extracted: without one, go hashes a cached zip against go.sum before it first extracts it. `method` is the
 * library's getCompressionMethod (which zstd is installed), worked out while the worker waited for its request.
 */
export async function restoreArchive(
  target: string,
  key: string,
  restoreKeys: readonly string[],
  method: string,
  mtime?: number
): Promise<ArchiveRestore> {
  if (!isCacheReadable(getCacheMode())) {
    core.info(`Cache restore skipped: the runner's cache-mode '${getCacheMode()}' does not permit reads.`)
    return {}
  }
  const found = await findEntry([target], key, restoreKeys, method)
  if (!found) {
    // The same debug line as the library's: service.ts reads it as the end of the lookup.
    core.debug(`Cache not found for keys: ${[key, ...restoreKeys].join(', ')}`)
    return {}
  }
  core.info(`Cache hit for${found.key === key ? '' : ' restore-key'}: ${found.key}`)
  const archive = await openArchive(found.url)
  // The library's line (service.ts reads the size from it), once the size is known: before the extraction.
  if (archive.bytes !== undefined)
    core.info(`Cache Size: ~${Math.round(archive.bytes / 2 ** 20)} MB (${archive.bytes} B)`)
  return { matchedKey: found.key, refused: await extractMembers(archive.stream, method, target, mtime) }
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
  // The legacy service (GHES): its client module also loads the storage SDK, which the v2 path never needs.
  const { getCacheEntry } = await import('../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js')
  const entry = await getCacheEntry([key, ...restoreKeys], paths, { compressionMethod: method as never })
  return entry?.archiveLocation ? { key: entry.cacheKey ?? key, url: entry.archiveLocation } : undefined
}

/** Member types a module cache consists of (regular and contiguous files, directories); never links or devices. */
const KINDS: Readonly<Record<string, 'file' | 'directory'>> = { '0': 'file', '7': 'file', '5': 'directory' }
const TYPE_NAMES: Readonly<Record<string, string>> = {
  '1': 'Link',
  '2': 'SymbolicLink',
  '3': 'CharacterDevice',
  '4': 'BlockDevice',
  '6': 'FIFO'
}

/**
 * Extracts the archive into `target`; returns why it was refused, or undefined. A failed download or a
 * broken archive leaves nothing behind either, and throws.
 */
async function extractMembers(
  archive: Readable,
  method: string,
  target: string,
  mtime?: number
): Promise<string | undefined> {
  // The library names members relative to GITHUB_WORKSPACE (tar -C), so they start with this prefix.
  const prefix = toPosix(path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), target))
  await fs.mkdir(target, { recursive: true })
  const writer = new MemberWriter(target, prefix, mtime)
  // A failed download, a malformed header (tar-reader.ts) or a failed write throws; a refused member refuses.
  let error: unknown
  try {
    await decompress(archive, method, new TarReader(writer))
    writer.dateDirectories()
    error = writer.failure
  } catch (e) {
    error = e
  }
  const { problems } = writer
  if (problems.length === 0 && !error) return undefined
  await fs.rm(target, { recursive: true, force: true })
  if (error) throw error
  const shown = problems.slice(0, 3).join(', ')
  return `entry holds paths outside the module cache or that are not regular files: ${shown}${problems.length > 3 ? `, and ${problems.length - 3} more` : ''}`
}

/**
 * Writes the members of an archive into an empty directory: directories and regular files only, each file
 * created exclusively (O_EXCL: never through an existing file or link), written synchronously as its bytes
 * arrive. node-tar's Unpack did the same checks but took 2.5-3.9 s for a 167 MiB build cache that this takes
 * 1.3 s for (GNU tar: 1.0-1.3 s), because it runs half a dozen asynchronous calls per file.
 */
class MemberWriter implements TarSink {
  readonly problems: string[] = []
  failure?: Error
  private readonly made = new Set<string>()
  private file?: { fd: number; mtime: number }

  constructor(
    private readonly target: string,
    private readonly prefix: string,
    /** Seconds: every file and directory gets this time instead of its member's. */
    private readonly mtime?: number
  ) {}

  /** With `mtime`: directories last, since writing into a directory changes its time. */
  dateDirectories(): void {
    const time = this.mtime
    if (time === undefined || this.failure || this.problems.length > 0) return
    for (const dir of this.made) this.attempt(() => utimesSync(dir, time, time))
  }

  begin(member: TarMember): void {
    this.file = undefined
    const inside = memberPath(member.path, this.prefix)
    const kind = KINDS[member.type]
    if (inside === undefined || !kind) {
      const why =
        inside === undefined ? 'outside the module cache' : (TYPE_NAMES[member.type] ?? `type ${member.type}`)
      this.problems.push(`${member.path} (${why})`)
      return
    }
    // Nothing is written once the entry is known to be refused, nor after a write failed.
    if (this.problems.length > 0 || this.failure || inside.endsWith('.ziphash')) return
    const dest = inside === '' ? this.target : path.join(this.target, ...inside.split('/'))
    if (kind === 'directory') return this.attempt(() => this.directory(dest))
    const fd = this.create(member, dest)
    if (fd !== undefined) this.file = { fd, mtime: this.mtime ?? member.mtime }
  }

  data(chunk: Buffer): void {
    const file = this.file
    if (file) this.attempt(() => writeSync(file.fd, chunk))
  }

  end(): void {
    const file = this.file
    if (!file) return
    this.file = undefined
    this.attempt(() => futimesSync(file.fd, file.mtime, file.mtime))
    closeSync(file.fd)
  }

  /** Opens the member's file; a second member of the same name (tar would let it replace the first) refuses. */
  private create(member: TarMember, dest: string): number | undefined {
    if (this.failure) return undefined
    try {
      this.directory(path.dirname(dest))
      return openSync(dest, 'wx', member.mode & 0o777)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        this.problems.push(`${member.path} (a second member of that name)`)
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

/** Decompresses the archive into `into`: zstd in a child process (as the library does), gzip in-process. */
async function decompress(archive: Readable, method: string, into: NodeJS.WritableStream): Promise<void> {
  if (method === 'gzip') return pipeline(archive, createGunzip(), into)
  const args = method === 'zstd' ? ['-d', '-c', '--long=30'] : ['-d', '-c']
  const child = spawn('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] })
  const stderr: Buffer[] = []
  child.stderr.on('data', (c: Buffer) => stderr.push(c))
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve()
        : reject(new Error(`zstd -d exited with ${code}: ${Buffer.concat(stderr).toString().trim()}`))
    )
  })
  const feed = pipeline(archive, child.stdin).catch((e: unknown) => {
    child.kill() // a failed download: zstd would wait for the rest forever
    throw e
  })
  await Promise.all([feed, pipeline(child.stdout, into), exited])
}
