import { CATALOG } from './catalog.js'
import { classifyFailure } from './classify.js'
import { matchScenario } from './matcher.js'
import type { Finding, ScenarioId } from './types.js'

/**
 * What a failure is, from go's words alone: the package's two questions. `classify` is what the download
 * engine's retry policy asks (which scenario, and is it transient); `describe` is the whole finding the
 * diagnosis and the CLI show (facts, evidence, fix, alternatives). Both read the same rules and catalog, so the
 * engine retries exactly what the diagnosis calls retryable.
 */
export function classify(message: string): { readonly id: ScenarioId; readonly retryable: boolean } {
  const id = matchScenario(message)
  return { id, retryable: CATALOG[id].retryable }
}

/** The finding of one failure as go printed it, with the module and version the caller already knows. */
export function describe(message: string, context: { module?: string; version?: string } = {}): Finding {
  return classifyFailure(message, context)
}

export type { Finding, ScenarioId } from './types.js'
