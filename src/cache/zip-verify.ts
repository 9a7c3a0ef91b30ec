import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import type { DownloadEntry } from './module-files.js'

/**
 * go's `h1:` hash of a module zip, as go.sum records it (golang.org/x/mod/sumdb/dirhash: Hash1 over
 * HashZip): the sha256 of the lines `<hex sha256 of the file>  <name>\n` for every member, sorted by name.
 */
export async function zipHash(file: string): Promise<string> {
  const zip = await openZip(file)
  const lines: string[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', resolve)
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.includes('\n')) return reject(new Error('a file name with a newline'))
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err)
          sha256(stream).then(sum => {
            lines.push(`${sum}  ${entry.fileName}\n`)
            zip.readEntry()
          }, reject)
        })
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  const summary = createHash('sha256')
  // Go sorts the names as strings of bytes; every line starts with 64 hex digits, so sort by name.
  const byName = (l: string) => l.slice(66)
  for (const line of lines.sort((a, b) => (byName(a) < byName(b) ? -1 : 1))) summary.update(line)
  return `h1:${summary.digest('base64')}`
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, zip) =>
      err ? reject(err) : resolve(zip)
    )
  )
}

function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256')
  return new Promise((resolve, reject) => {
    stream.on('data', (c: Buffer) => hash.update(c))
    stream.on('error', reject)
    stream.on('end', () => resolve(hash.digest('hex')))
  })
}

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
