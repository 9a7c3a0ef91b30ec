import { promises as fs } from 'node:fs'
import * as path from 'node:path'

/**
 * What GOCACHE holds (cmd/go/internal/cache/cache.go): in 256 subdirectories `00`..`ff`, `<hash>-a` files
 * (an action id: which output the action produced, one line `v1 <action id> <output id> <size> <time>`) and
 * `<hash>-d` outputs (a file, or since Go 1.24 a directory holding one cached executable). Files at the top
 * (README, trim.txt, testexpire.txt) and other directories (fuzz/) are left alone.
 */
export interface GocacheEntry {
  /** `<subdir>/<name>`, with `/`. */
  readonly rel: string
  /** The file's size, or the sum of a directory entry's files. */
  readonly bytes: number
  readonly mtimeMs: number
  readonly isDir: boolean
}

const SUBDIR = /^[0-9a-f]{2}$/
const ENTRY = /^([0-9a-f]+)-([ad])$/

export async function listGocache(gocache: string): Promise<GocacheEntry[]> {
  let subdirs: string[]
  try {
    subdirs = (await fs.readdir(gocache)).filter(d => SUBDIR.test(d))
  } catch {
    return [] // absent: empty
  }
  const lists = await Promise.all(subdirs.map(d => listSubdir(gocache, d)))
  return lists.flat().sort((a, b) => (a.rel < b.rel ? -1 : 1))
}

/**
 * Whether GOCACHE holds any entry (stops at the first). A README, trim.txt or empty subdirectories, which any go
 * command may leave, do not count: a restore writes over them cleanly.
 */
export async function hasEntries(gocache: string): Promise<boolean> {
  const subdirs = await fs.readdir(gocache).catch(() => [] as string[])
  for (const d of subdirs.filter(d => SUBDIR.test(d))) {
    const names = await fs.readdir(path.join(gocache, d)).catch(() => [] as string[])
    if (names.some(n => ENTRY.test(n))) return true
  }
  return false
}

async function listSubdir(gocache: string, subdir: string): Promise<GocacheEntry[]> {
  const names = (await fs.readdir(path.join(gocache, subdir))).filter(n => ENTRY.test(n))
  const entries = await Promise.all(
    names.map(async name => {
      const file = path.join(gocache, subdir, name)
      const info = await fs.stat(file).catch(() => undefined)
      if (!info) return undefined // removed meanwhile (a go process trimming)
      const bytes = info.isDirectory() ? await directoryBytes(file) : info.size
      return { rel: `${subdir}/${name}`, bytes, mtimeMs: info.mtimeMs, isDir: info.isDirectory() }
    })
  )
  return entries.filter(e => e !== undefined)
}

async function directoryBytes(dir: string): Promise<number> {
  const names = await fs.readdir(dir)
  const sizes = await Promise.all(
    names.map(n =>
      fs.stat(path.join(dir, n)).then(
        s => s.size,
        () => 0
      )
    )
  )
  return sizes.reduce((a, b) => a + b, 0)
}

export interface Totals {
  readonly entries: number
  readonly bytes: number
}

export function totals(entries: readonly GocacheEntry[]): Totals {
  return { entries: entries.length, bytes: entries.reduce((sum, e) => sum + e.bytes, 0) }
}

/** The output id an action file names, or undefined when the file is not an action entry go would read. */
export function actionOutputId(text: string): string | undefined {
  return /^v1 [0-9a-f]+ ([0-9a-f]+) /.exec(text)?.[1]
}

/** The `-d` entry of an output id: `<first two hex>/<id>-d`. */
export function outputEntry(outputId: string): string {
  return `${outputId.slice(0, 2)}/${outputId}-d`
}

export interface PrunePlan {
  readonly keep: readonly GocacheEntry[]
  readonly drop: readonly GocacheEntry[]
}

/**
 * Keeps the entries used or made since `usedSinceMs`, and the outputs that a kept action names: when a new
 * action produces bytes already cached, go reuses the output file without touching its mtime (copyFile
 * returns early after its hash check), so the mtime alone would drop an output the job relies on.
 */
export function planPrune(
  entries: readonly GocacheEntry[],
  usedSinceMs: number,
  outputsOfUsedActions: ReadonlySet<string>
): PrunePlan {
  const keep: GocacheEntry[] = []
  const drop: GocacheEntry[] = []
  for (const e of entries) (e.mtimeMs >= usedSinceMs || outputsOfUsedActions.has(e.rel) ? keep : drop).push(e)
  return { keep, drop }
}

/** Reads the used action entries and returns the `-d` entries (rel) they name. */
export async function outputsNamedBy(
  gocache: string,
  entries: readonly GocacheEntry[],
  usedSinceMs: number
): Promise<Set<string>> {
  const actions = entries.filter(e => e.rel.endsWith('-a') && e.mtimeMs >= usedSinceMs)
  const ids = await Promise.all(
    actions.map(e => fs.readFile(path.join(gocache, e.rel), 'utf8').then(actionOutputId, () => undefined))
  )
  return new Set(ids.filter(id => id !== undefined).map(outputEntry))
}

export async function removeEntries(gocache: string, entries: readonly GocacheEntry[]): Promise<void> {
  await Promise.all(entries.map(e => fs.rm(path.join(gocache, e.rel), { recursive: e.isDir, force: true })))
}

/** A run that adds less than this share of the restored bytes does not save: the restored entry serves as well. */
export const MIN_NEW_SHARE = 0.01

/**
 * Why the build cache is not worth saving, or undefined when it is: nothing in it, nothing new since the
 * restore, or new bytes under MIN_NEW_SHARE of what was restored. Skipping lets the restored entry drift by
 * at most that share (what the next run recompiles) and spares the quota a near-copy on every run.
 */
export function buildSaveSkip(restored: Totals, now: Totals): string | undefined {
  if (now.entries === 0) return 'empty'
  const newEntries = now.entries - restored.entries
  if (newEntries <= 0) return 'nothing new since the restore'
  const newBytes = Math.max(0, now.bytes - restored.bytes)
  if (restored.bytes > 0 && newBytes < restored.bytes * MIN_NEW_SHARE) {
    const share = ((100 * newBytes) / restored.bytes).toFixed(2)
    return `${newEntries} new entries, ${share}% of the restored bytes: under ${MIN_NEW_SHARE * 100}%`
  }
  return undefined
}
