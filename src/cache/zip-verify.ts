import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { zipHash } from '../go/zip-hash.js'
import type { DownloadEntry } from './module-files.js'

export interface ZipCheck {
  /** Zips go verified during the job (it writes a .ziphash only after checking the zip against go.sum). */
  readonly verifiedByGo: number
  /** Zips this check hashed and found to match go.sum. */
  readonly hashed: number
  /** `path@version` of zips that did not match go.sum, or could not be read: removed. */
  readonly mismatched: readonly string[]
  /** `path@version` of zips no go.sum line vouches for: removed, since nothing can check them. */
  readonly unvouched: readonly string[]
}

/**
 * Before a save: every zip in the cache must be one go checked during the job, or one whose hash matches
 * go.sum now. A restored zip the job never built from was never checked by anyone, and an entry that a
 * stranger wrote must not travel on under this repository's key. What fails is removed, not saved.
 */
export async function checkZipsBeforeSave(
  downloadDir: string,
  entries: readonly DownloadEntry[],
  sums: ReadonlyMap<string, string>
): Promise<ZipCheck> {
  const hashFiles = new Set(entries.filter(e => e.ext === 'ziphash').map(e => e.rel.slice(0, -'hash'.length)))
  const toHash = entries.filter(e => e.ext === 'zip' && !hashFiles.has(e.rel))
  const mismatched: string[] = []
  const unvouched: string[] = []
  let hashed = 0
  const queue = [...toHash]
  const worker = async (): Promise<void> => {
    for (let e = queue.shift(); e; e = queue.shift()) {
      const id = `${e.module}@${e.version}`
      const want = sums.get(id)
      if (want === undefined) unvouched.push(id)
      else if ((await zipHash(path.join(downloadDir, e.rel)).catch(() => '')) === want) hashed++
      else mismatched.push(id)
    }
  }
  await Promise.all([worker(), worker()])
  const removed = new Set([...mismatched, ...unvouched])
  for (const e of toHash) {
    if (removed.has(`${e.module}@${e.version}`)) await fs.rm(path.join(downloadDir, e.rel), { force: true })
  }
  return { verifiedByGo: hashFiles.size, hashed, mismatched, unvouched }
}
