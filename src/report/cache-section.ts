import type * as core from '@actions/core'
import { code } from './html.js'
import { formatBytes, formatSeconds } from '../util/format.js'
import type { EntryRestore } from '../cache/entry-restore.js'
import type { CacheRestore } from '../cache/restore-cache.js'

const NONE = '–'

/** The cache rows of the job summary: kind, keys, archive size and restore time per entry. */
export function addCacheSection(s: typeof core.summary, cache: CacheRestore): void {
  if (cache.kind === 'disabled') {
    s.addRaw('<p>Module cache: off (<code>cache: false</code>).</p>', true)
    return
  }
  s.addHeading('Module cache', 4)
  // core.summary leaves a cell open when its text is empty (`<td>` without `</td>`): a dash stands for none.
  const row = (name: string, e: EntryRestore) => [
    name,
    code(e.kind),
    code(e.primaryKey),
    e.matchedKey ? code(e.matchedKey) : NONE,
    e.archiveBytes === undefined ? NONE : formatBytes(e.archiveBytes),
    e.restoreMs === undefined ? NONE : formatSeconds(e.restoreMs)
  ]
  s.addTable([
    ['cache', 'restore', 'primary key', 'matched key', 'archive', 'restore time'].map(data => ({
      data,
      header: true
    })),
    row('modules', cache),
    ...(cache.build ? [row('build', cache.build)] : [])
  ])
  if (cache.kind !== 'unavailable' && cache.kind !== 'skipped')
    s.addRaw(
      '<p>The post step saves when the download completed and the content changed (see its log).</p>',
      true
    )
}
