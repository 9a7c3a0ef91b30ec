// The download engine's own types: what it is asked (DownloadRequest) and what it answers (DownloadOutcome),
// apart from the orchestrator (download.ts) so that its parts and its readers need not import it.
import type { Inputs } from '../inputs/types.js'
import type { DownloadSet } from '../go/download-set.js'
import type { GoFailure } from '../go/go-output.js'
import type { GoSumHashes } from '../go/go-sum.js'
import type { PrefetchSource } from './prefetch.js'

/**
 * One module version that could not be downloaded, or a failure go reported without naming one: go's own words
 * (go-output.ts), or the engine's for a process it stopped.
 */
export interface DownloadFailure extends GoFailure {
  /** The engine stopped the go process: it made no progress, or the time budget ran out. */
  readonly stopped?: 'stall-timeout' | 'timeout'
}

/** One attempt of the download, for the log and the diagnosis summary. */
export interface AttemptRecord {
  readonly attempt: number
  /** Start, in ms after the download began. */
  readonly startedMs: number
  readonly durationMs: number
  /** Failures this attempt reported. */
  readonly failed: number
  /** What the next attempt fetches again (`path@version`, or a root's relative path); empty when none follows. */
  readonly retrying: readonly string[]
  /** The wait before the next attempt. */
  readonly delayMs: number
}

export interface DownloadOutcome {
  readonly ok: boolean
  /** Distinct module versions go reported, downloaded or not. */
  readonly modules: number
  /** The failures of the last attempt. */
  readonly failures: readonly DownloadFailure[]
  readonly durationMs: number
  readonly attempts: number
  readonly attemptLog: readonly AttemptRecord[]
  /** Size of the module zips this download wrote to the module cache. */
  readonly bytes: number
  /** Most go processes that ran at once. */
  readonly processes: number
  /**
   * After a success, the `path@version` every root's module graph selects; undefined when a root's graph
   * was not read (its check failed and a full `go mod download` ran instead).
   */
  readonly selected?: readonly string[]
}

export interface DownloadRequest {
  readonly goPath: string
  readonly set: DownloadSet
  readonly inputs: Inputs
  /** GITHUB_WORKSPACE, for paths in the log. */
  readonly workspace: string
  /** The complete environment of the go processes (exported variables plus credentials). */
  readonly env: NodeJS.ProcessEnv
  /** GOMODCACHE, from the environment phase's `go env`. */
  readonly gomodcache: string
  /** Where the module files can be fetched from before go runs, and go.sum to check them against. */
  readonly prefetch?: { readonly source: PrefetchSource; readonly sums: GoSumHashes }
}
