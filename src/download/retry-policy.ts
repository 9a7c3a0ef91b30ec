import { classify, type ScenarioId } from '../failure/index.js'
import type { DownloadFailure } from './types.js'
import { unescapeModulePath } from '../go/go-output.js'

/** What the engine does about one failure. */
export interface Verdict {
  /** The catalog's scenario id, or `stall` for a process this engine stopped. */
  readonly id: ScenarioId | 'stall' | 'budget'
  readonly retryable: boolean
  /** `path@version` whose module cache entry is removed before the retry (a corrupt zip stays otherwise). */
  readonly repair?: string
  /** A public proxy has not fetched the origin yet (e.g. a tag pushed a minute ago): wait longer. */
  readonly slow: boolean
}

/**
 * One classifier decides for the engine and for the diagnosis (failure/index.ts: classify). Two additions are the
 * engine's own: a stall it stopped is transient, and a corrupt module cache entry becomes transient once the
 * entry is removed; without the removal go would fail on the same bad zip at every attempt.
 */
export function judge(failure: DownloadFailure): Verdict {
  if (failure.stopped === 'stall-timeout') return { id: 'stall', retryable: true, slow: false }
  if (failure.stopped === 'timeout') return { id: 'budget', retryable: false, slow: false }
  const scenario = classify(failure.message)
  const repair = scenario.id === 'modcache-corrupt' ? corruptVersion(failure) : undefined
  return {
    id: scenario.id,
    retryable: scenario.retryable || repair !== undefined,
    repair,
    slow: scenario.id === 'proxy-origin-fetch-failed'
  }
}

/**
 * The version whose cache entry is bad: the one go named, else the one in the cache path go printed
 * (`…/cache/download/<escaped path>/@v/<escaped version>.zip`, e.g. in `-> unzip PATH: zip: not a valid zip file`).
 */
function corruptVersion(failure: DownloadFailure): string | undefined {
  if (failure.module && failure.version) return `${failure.module}@${failure.version}`
  const m = /cache\/download\/(\S+)\/@v\/(\S+?)\.(?:zip|ziphash|mod|info)\b/.exec(failure.message)
  return m ? `${unescapeModulePath(m[1])}@${unescapeModulePath(m[2])}` : undefined
}

export interface BackoffInputs {
  readonly retryDelayMs: number
  readonly retryMaxDelayMs: number
}

/** How much longer the first wait is when a public proxy has not fetched the origin yet. */
export const SLOW_FACTOR = 4

/**
 * The wait before retry number `retry` (1-based): exponential backoff with full jitter, a uniform draw in
 * [0, min(max, delay · 2^(retry-1))], so that many jobs hit by the same outage do not come back in step.
 * The slow case starts at SLOW_FACTOR times the delay and never draws below half of its cap, because the
 * proxy's negative cache does not clear sooner for anyone.
 */
export function backoffDelay(
  retry: number,
  inputs: BackoffInputs,
  slow: boolean,
  random: () => number = Math.random
): number {
  const base = inputs.retryDelayMs * (slow ? SLOW_FACTOR : 1)
  const cap = Math.min(inputs.retryMaxDelayMs, base * 2 ** Math.min(retry - 1, 30))
  return Math.round(slow ? cap * (0.5 + random() / 2) : cap * random())
}
