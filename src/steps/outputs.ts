import * as core from '@actions/core'
import type { CacheRestore } from '../cache/restore-cache.js'
import type { Diagnosis } from '../diagnosis/diagnose.js'
import type { Environment } from '../environment/setup-environment.js'

/** Every output of the main step, typed. A phase that did not finish leaves its outputs unset. */
export interface StepOutputs {
  readonly cacheHit: boolean
  readonly cacheRestoreKind: CacheRestore['kind']
  readonly cachePrimaryKey: string
  readonly cacheMatchedKey: string
  readonly gomodcache: string
  readonly goproxy: string
  readonly goprivate: string
  readonly modules: number
  readonly downloadAttempts: number
  readonly diagnosis: string
  readonly diagnosisRetryable: boolean
}

/** The name action.yml gives each output, in its order (a test keeps the two equal). */
export const OUTPUT_NAMES: { readonly [K in keyof StepOutputs]: string } = Object.freeze({
  cacheHit: 'cache-hit',
  cacheRestoreKind: 'cache-restore-kind',
  cachePrimaryKey: 'cache-primary-key',
  cacheMatchedKey: 'cache-matched-key',
  gomodcache: 'gomodcache',
  goproxy: 'goproxy',
  goprivate: 'goprivate',
  modules: 'modules',
  downloadAttempts: 'download-attempts',
  diagnosis: 'diagnosis',
  diagnosisRetryable: 'diagnosis-retryable'
})

/** What the main step's phases returned, each present once its phase finished. */
export interface PhaseResults {
  readonly env?: Pick<Environment, 'go' | 'shown'>
  readonly cache?: Pick<CacheRestore, 'kind' | 'primaryKey' | 'matchedKey'>
  /** Module versions resolved (or, without a download, required) and attempts used. */
  readonly download?: { readonly modules: number; readonly attempts: number }
  readonly diagnosis?: Pick<Diagnosis, 'primary'>
}

export function stepOutputs(r: PhaseResults): Partial<StepOutputs> {
  return {
    ...(r.cache && {
      cacheHit: r.cache.kind === 'exact',
      cacheRestoreKind: r.cache.kind,
      cachePrimaryKey: r.cache.primaryKey,
      cacheMatchedKey: r.cache.matchedKey
    }),
    ...(r.env && {
      gomodcache: r.env.go.env.GOMODCACHE,
      // Shown forms: URL userinfo is redacted.
      goproxy: r.env.shown.GOPROXY,
      goprivate: r.env.shown.GOPRIVATE
    }),
    ...(r.download && { modules: r.download.modules, downloadAttempts: r.download.attempts }),
    ...(r.diagnosis && {
      diagnosis: r.diagnosis.primary.id,
      diagnosisRetryable: r.diagnosis.primary.retryable
    })
  }
}

/** The one place the step's outputs are set. */
export function writeOutputs(
  outputs: Partial<StepOutputs>,
  set: (name: string, value: string) => void = core.setOutput
): void {
  for (const [field, name] of Object.entries(OUTPUT_NAMES) as [keyof StepOutputs, string][]) {
    const value = outputs[field]
    if (value !== undefined) set(name, String(value))
  }
}
