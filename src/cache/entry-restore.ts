import type { RestoreKind } from './cache-state.js'

/** How one cache entry was restored, for the outputs and the job summary. */
export interface EntryRestore {
  readonly kind: RestoreKind
  readonly primaryKey: string
  readonly matchedKey: string
  readonly archiveBytes?: number
  readonly restoreMs?: number
}
