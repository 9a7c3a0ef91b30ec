import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../util/errors.js'
import { escapeModulePath, splitVersion, type ModuleLine } from './go-output.js'

/** The module cache (GOMODCACHE) the go processes of a download write to. */
export class ModuleCache {
  /** The walk in progress: parallel stalled processes share it instead of each walking the same tree. */
  private walking: Promise<string> | undefined

  constructor(private readonly root: string) {}

  /**
   * Versions without a complete download entry (.info, .mod and .ziphash, the last written only after the zip
   * was verified). An already complete cache then costs one stat per file instead of a go process per part.
   */
  async missing(versions: readonly string[]): Promise<string[]> {
    const root = this.root
    const complete = await Promise.all(
      versions.map(async v => {
        const base = downloadBase(root, v)
        const found = await Promise.all(['.info', '.mod', '.ziphash'].map(ext => exists(base + ext)))
        return found.every(Boolean)
      })
    )
    return versions.filter((_, i) => !complete[i])
  }

  /** Versions whose tree go has not extracted yet (no folder, or a `.partial` marker of an unfinished one). */
  async unextracted(versions: readonly string[]): Promise<string[]> {
    const root = this.root
    const done = await Promise.all(
      versions.map(async v => {
        return (await exists(extractedDir(root, v))) && !(await exists(downloadBase(root, v) + '.partial'))
      })
    )
    return versions.filter((_, i) => !done[i])
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

function downloadBase(root: string, version: string): string {
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
