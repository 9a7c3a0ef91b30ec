import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../util/errors.js'
import { escapeModulePath, splitVersion, type ModuleLine } from '../go/go-output.js'
import { endOfCentralDirectory, EOCD_SIZE } from '../go/zip-hash.js'

/** The module cache (GOMODCACHE) the go processes of a download write to. */
export class ModuleCache {
  /** The walk in progress: parallel stalled processes share it instead of each walking the same tree. */
  private walking: Promise<string> | undefined

  constructor(private readonly root: string) {}

  /**
   * Versions without a complete download entry (.info, .mod and .zip). A .ziphash is not required: the module
   * cache is saved and restored without them, so go hashes a restored zip against go.sum before it first
   * extracts it. An already complete cache costs one stat per file instead of a go process per part.
   */
  async missing(versions: readonly string[]): Promise<string[]> {
    const root = this.root
    const complete = await Promise.all(
      versions.map(async v => {
        const base = downloadBase(root, v)
        const found = await Promise.all(['.info', '.mod', '.zip'].map(ext => exists(base + ext)))
        if (!found.every(Boolean)) return false
        // go trusts a zip it finds in the cache until it extracts it: a truncated one would fail the build.
        if (await zipLooksWhole(base + '.zip')) return true
        await this.remove(v)
        return false
      })
    )
    return versions.filter((_, i) => !complete[i])
  }

  /**
   * Total size and count of the files under cache/download: it grows while go writes a zip (to a temporary
   * file next to it) even when go prints nothing, which tells a slow download from a stalled one.
   */
  fingerprint(): Promise<string> {
    this.walking ??= this.walk().finally(() => (this.walking = undefined))
    return this.walking
  }

  private async walk(): Promise<string> {
    const sizes: number[] = []
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
      await Promise.all(
        entries.map(async e => {
          const p = path.join(dir, e.name)
          if (e.isDirectory()) return walk(p)
          const size = await fs.stat(p).then(
            s => s.size,
            () => 0
          )
          sizes.push(size)
        })
      )
    }
    await walk(path.join(this.root, 'cache', 'download'))
    const bytes = sizes.reduce((a, b) => a + b, 0)
    return `${sizes.length}:${bytes}`
  }

  /**
   * Removes what go keeps of one version besides its .info and .mod: the zip, its hash and the extracted tree.
   * go trusts a zip that is already in the cache, so a truncated one (from a restored cache or a killed
   * process) fails every later attempt until it is gone.
   */
  async remove(version: string): Promise<void> {
    const base = downloadBase(this.root, version)
    const extracted = extractedDir(this.root, version)
    try {
      await makeWritable(extracted)
      await fs.rm(extracted, { recursive: true, force: true })
      for (const ext of ['.zip', '.ziphash', '.partial']) await fs.rm(base + ext, { force: true })
      core.info(`Removed the module cache entry of ${version} to download it again`)
    } catch (e) {
      core.warning(`Could not remove the module cache entry of ${version}: ${errorMessage(e)}`)
    }
  }
}

/**
 * Whether a zip ends in an end-of-central-directory record whose central directory ends right before it: a
 * zip cut short (a killed download, a truncated archive) does not. One read of the file's tail, so it costs
 * nothing next to hashing; content is checked by go against go.sum when it first extracts the zip.
 */
export async function zipLooksWhole(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r')
  try {
    const { size } = await handle.stat()
    const length = Math.min(size, EOCD_SIZE + 0xffff)
    const tail = Buffer.alloc(length)
    await handle.read(tail, 0, length, size - length)
    const i = endOfCentralDirectory(tail)
    if (i < 0) return false
    const [cdSize, cdOffset] = [tail.readUInt32LE(i + 12), tail.readUInt32LE(i + 16)]
    // A zip64 archive keeps the real offsets elsewhere: go's own check decides.
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff) return true
    return cdOffset + cdSize === size - length + i
  } finally {
    await handle.close()
  }
}

/** Bytes of the zips among `modules` that were written at or after `since` (epoch ms): what was fetched. */
export async function bytesFetched(modules: readonly ModuleLine[], since: number): Promise<number> {
  const sizes = await Promise.all(
    modules.map(m =>
      m.Zip
        ? fs.stat(m.Zip).then(
            s => (s.mtimeMs >= since ? s.size : 0),
            () => 0
          )
        : 0
    )
  )
  return sizes.reduce((a, b) => a + b, 0)
}

/** Where go extracts `path@version`: `<GOMODCACHE>/<escaped path>@<escaped version>`. */
function extractedDir(root: string, version: string): string {
  const { module, version: v } = splitVersion(version)
  return path.join(root, `${escapeModulePath(module)}@${escapeModulePath(v)}`)
}

/** `<GOMODCACHE>/cache/download/<escaped path>/@v/<escaped version>`: add `.zip`, `.mod` or `.info`. */
export function downloadBase(root: string, version: string): string {
  const { module, version: v } = splitVersion(version)
  return path.join(root, 'cache', 'download', escapeModulePath(module), '@v', escapeModulePath(v))
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false
  )
}

/** go extracts modules read-only (unless -modcacherw), so directories need write permission before removal. */
async function makeWritable(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => undefined)
  if (!entries) return
  await fs.chmod(dir, 0o755)
  await Promise.all(entries.filter(e => e.isDirectory()).map(e => makeWritable(path.join(dir, e.name))))
}
