import { CATALOG, renderFix } from './catalog.js'
import type { Finding, ScenarioId } from './types.js'

/** A finding renamed: the catalog's title, retryability and fix for the new id, the same facts. */
export function relabel(finding: Finding, id: ScenarioId): Finding {
  return {
    ...finding,
    id,
    title: CATALOG[id].title,
    retryable: CATALOG[id].retryable,
    fix: renderFix(id, finding)
  }
}
