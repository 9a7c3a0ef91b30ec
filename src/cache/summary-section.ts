import type * as core from '@actions/core'
import type { CacheRestore } from './restore-cache.js'

/** The module cache line of the job summary. */
export function addCacheSection(s: typeof core.summary, cache: CacheRestore): void {
  s.addRaw(`Module cache: ${cache.kind}`, true)
}
