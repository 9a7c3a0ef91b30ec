import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { GocacheEntry } from '../src/cache/gocache-files.js'

/**
 * Sets every entry's mtime (for a directory entry, the directory's, which is what go looks at) to `time`, as a
 * build-cache restore leaves them (the action dates them as it writes them: src/cache/archive-restore.ts).
 */
export async function setEntryTimes(
  gocache: string,
  entries: readonly GocacheEntry[],
  time: Date
): Promise<void> {
  await Promise.all(entries.map(e => fs.utimes(path.join(gocache, e.rel), time, time).catch(() => undefined)))
}
