import * as core from '@actions/core'
import type { Environment } from '../environment/setup-environment.js'
import type { Inputs } from '../inputs/types.js'

export type RestoreKind = 'exact' | 'partial' | 'miss' | 'disabled' | 'unavailable' | 'skipped'

export interface CacheRestore {
  readonly kind: RestoreKind
}

/**
 * Restores the module cache and sets the cache-* outputs. PLACEHOLDER until the module-cache issue: reports
 * `disabled`, honestly, whatever the `cache` input says.
 */
export async function restoreModuleCache(inputs: Inputs, _env: Environment): Promise<CacheRestore> {
  if (inputs.cache) core.info('The module cache is not restored or saved by this build yet.')
  core.setOutput('cache-hit', 'false')
  core.setOutput('cache-restore-kind', 'disabled')
  return { kind: 'disabled' }
}
