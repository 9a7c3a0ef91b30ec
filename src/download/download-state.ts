import { stateItem } from '../state/state.js'

/** What the post step needs to know about the download (the cache is saved only after a complete one). */
export interface DownloadState {
  readonly ok: boolean
  readonly modules: number
  readonly gomodcache: string
  /** The versions the module graphs select (DownloadOutcome.selected): post keeps only their zips. */
  readonly selected?: readonly string[]
}

export const downloadState = stateItem<DownloadState>('download')
