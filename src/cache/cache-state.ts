import type { CacheSave } from '../inputs/types.js'
import { stateItem } from '../state/state.js'
import type { Fingerprint } from './module-files.js'

export type RestoreKind = 'exact' | 'partial' | 'miss' | 'disabled' | 'unavailable' | 'skipped'

/** One cache entry as main restored it: what post needs to decide whether and where to save. */
export interface EntryState {
  readonly kind: RestoreKind
  readonly primaryKey: string
  readonly matchedKey: string
  /**
   * The paths handed to @actions/cache (they are part of the entry's version: save must pass the same). For
   * the module cache, the one path is GOMODCACHE/cache/download.
   */
  readonly paths: string[]
  /** Content right after the restore (before the download): post saves only when it differs. */
  readonly restored: Fingerprint
}

/** The build cache entry: what the restore left, and from when on an entry counts as used by the job. */
export interface BuildEntryState extends EntryState {
  /** The restore set every restored entry's mtime before this (ms since the epoch): newer ones are the job's. */
  readonly usedSinceMs: number
}

/** Handed from main to post. Absent when main did not get as far as the cache, or `cache: false`. */
export interface CacheState {
  readonly save: CacheSave
  readonly module: EntryState
  /** The go.sum / go.work.sum files of the download set and their hash in the primary key. */
  readonly checksumFiles: string[]
  readonly dependencyHash: string
  /** The working directory the hash's paths are relative to. */
  readonly hashRoot: string
  readonly build?: BuildEntryState
}

export const cacheState = stateItem<CacheState>('cache')
