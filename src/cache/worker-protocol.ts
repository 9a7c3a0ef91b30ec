/** What service.ts and its worker process (worker.ts) exchange; no imports, so main never loads the library. */
export interface WorkerRequest {
  readonly op: 'restore' | 'lookup' | 'save'
  readonly paths: string[]
  readonly key: string
  readonly restoreKeys?: string[]
  /** restore: the time (seconds since the epoch) to date every restored file and directory with. */
  readonly mtime?: number
}

export interface WorkerResult {
  /** restore, lookup: the matched key (undefined: none); save: the entry id (-1: not saved). */
  readonly value?: string | number
  /** No cache service for this job (the library's own check). */
  readonly unavailable?: boolean
  /** restore: why the matched entry's content was refused (nothing of it was kept). */
  readonly refused?: string
  /** What the library threw (only a ValidationError: a bad key or path). */
  readonly error?: string
}

/** The worker's argument when it was started before its request was known (worker-process.ts). */
export const AHEAD = '--ahead'

/** The line that carries the result, after the library's own log lines on stdout. */
export const RESULT_MARK = '::setup-gomod-cache-result::'
