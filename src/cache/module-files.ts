import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { unescapeModulePath } from '../go/go-output.js'

/**
 * What the module cache holds, read from GOMODCACHE/cache/download: `<escaped module path>/@v/<version>.zip`
 * (plus .ziphash, .mod, .info, .lock, .partial) and `@v/list`. `sumdb/` holds checksum-database tiles, not
 * modules, and is left alone.
 */
export interface DownloadEntry {
  /** Path relative to cache/download, with `/`. */
  readonly rel: string
  /** Module path as go.sum writes it (unescaped); undefined for @v/list files. */
  readonly module: string
  readonly version?: string
  readonly ext?: string
  readonly size: number
}

const VERSION_FILE = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/

export async function listDownloadDir(downloadDir: string): Promise<DownloadEntry[]> {
  const out: DownloadEntry[] = []
  const walk = async (rel: string): Promise<void> => {
    let entries
    try {
      entries = await fs.readdir(path.join(downloadDir, rel), { withFileTypes: true })
    } catch {
      return
    }
    await Promise.all(
      entries.map(async e => {
        const r = rel ? `${rel}/${e.name}` : e.name
        if (e.isDirectory()) return r === 'sumdb' ? undefined : walk(r)
        if (!rel.endsWith('/@v')) return
        const module = unescapeModulePath(rel.slice(0, -'/@v'.length))
        const size = (await fs.stat(path.join(downloadDir, r))).size
        const m = VERSION_FILE.exec(e.name)
        out.push(
          m
            ? { rel: r, module, version: unescapeModulePath(m[1]), ext: m[2], size }
            : { rel: r, module, size }
        )
      })
    )
  }
  await walk('')
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1))
}

/** Cheap content identity: the module files' names and sizes (lock files and partial downloads excluded). */
export interface Fingerprint {
  readonly files: number
  readonly bytes: number
  readonly digest: string
}

export function fingerprint(entries: readonly DownloadEntry[]): Fingerprint {
  const kept = entries.filter(e => e.ext !== 'lock' && e.ext !== 'partial' && e.version !== undefined)
  const hash = createHash('sha256')
  for (const e of kept) hash.update(`${e.rel}\0${e.size}\n`)
  return {
    files: kept.length,
    bytes: kept.reduce((n, e) => n + e.size, 0),
    digest: hash.digest('hex').slice(0, 32)
  }
}

/** The module versions a set of go.sum files needs: content (zip) and go.mod-only versions. */
export interface NeededVersions {
  readonly zips: ReadonlySet<string>
  readonly goMods: ReadonlySet<string>
}

/**
 * Parses go.sum text: `path version h1:…` needs the zip, `path version/go.mod h1:…` only the go.mod. With
 * `selected` (the versions the module graphs select: go/module-graph.ts), a zip line of any other version
 * (an old version `go get` left in go.sum) needs only its go.mod.
 */
export function neededVersions(
  goSumTexts: readonly string[],
  selected?: ReadonlySet<string>
): NeededVersions {
  const zips = new Set<string>()
  const goMods = new Set<string>()
  for (const text of goSumTexts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version] = line.trim().split(/\s+/)
      if (!module || !version) continue
      if (version.endsWith('/go.mod')) goMods.add(`${module}@${version.slice(0, -'/go.mod'.length)}`)
      else if (!selected || selected.has(`${module}@${version}`)) zips.add(`${module}@${version}`)
      else goMods.add(`${module}@${version}`)
    }
  }
  return { zips, goMods }
}

/**
 * Removes what the current download set does not need, so restoring an older entry and saving it again
 * does not keep every version the project ever used. A version needed only for its go.mod keeps its .mod
 * and .info. @v/list files go with the last version of their module. Returns the files removed.
 */
export async function pruneDownloadDir(
  downloadDir: string,
  entries: readonly DownloadEntry[],
  needed: NeededVersions
): Promise<DownloadEntry[]> {
  const keepsAnything = new Set<string>()
  const removed: DownloadEntry[] = []
  for (const e of entries) {
    if (e.version === undefined) continue
    const id = `${e.module}@${e.version}`
    const keep = needed.zips.has(id) || (needed.goMods.has(id) && (e.ext === 'mod' || e.ext === 'info'))
    if (keep) keepsAnything.add(e.module)
    else removed.push(e)
  }
  removed.push(...entries.filter(e => e.version === undefined && !keepsAnything.has(e.module)))
  for (const e of removed) await fs.rm(path.join(downloadDir, e.rel), { force: true })
  await removeEmptyDirs(downloadDir, true)
  const gomodcache = path.dirname(path.dirname(downloadDir))
  for (const e of removed.filter(r => r.ext === 'zip')) {
    // Both halves stay in go's escaped form: `<module>@<version>` next to cache/.
    const at = e.rel.lastIndexOf('/@v/')
    await removeExtracted(gomodcache, `${e.rel.slice(0, at)}@${e.rel.slice(at + 4, -'.zip'.length)}`)
  }
  return removed
}

/** Removes an extracted module tree (go makes it read-only) and the parent folders it leaves empty. */
async function removeExtracted(gomodcache: string, rel: string): Promise<void> {
  const dir = path.join(gomodcache, rel)
  const makeWritable = async (p: string): Promise<void> => {
    await fs.chmod(p, 0o755).catch(() => undefined)
    const entries = await fs.readdir(p, { withFileTypes: true }).catch(() => [])
    for (const e of entries) if (e.isDirectory()) await makeWritable(path.join(p, e.name))
  }
  await makeWritable(dir)
  await fs.rm(dir, { recursive: true, force: true })
  for (
    let parent = path.dirname(dir);
    parent.startsWith(gomodcache + path.sep);
    parent = path.dirname(parent)
  ) {
    await fs.chmod(parent, 0o755).catch(() => undefined)
    if ((await fs.readdir(parent).catch(() => ['?'])).length > 0) break
    await fs.rmdir(parent).catch(() => undefined)
  }
}

async function removeEmptyDirs(dir: string, isRoot = false): Promise<boolean> {
  let entries
  try {
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch {
    return false
  }
  let left = entries.length
  for (const e of entries) {
    if (e.isDirectory() && e.name !== 'sumdb' && (await removeEmptyDirs(path.join(dir, e.name)))) left--
  }
  if (left > 0 || isRoot) return false
  await fs.rmdir(dir).catch(() => undefined)
  return true
}

/** True when the directory exists and has any entry. */
export async function isPopulated(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length > 0
  } catch {
    return false
  }
}
