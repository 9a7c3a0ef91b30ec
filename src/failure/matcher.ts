import { splitParts } from './parts.js'
import { NETWORK_RULES } from './rules/network.js'
import { SETUP_RULES } from './rules/setup.js'
import type { Test } from './rules/text.js'
import { VCS_RULES } from './rules/vcs.js'
import { STAGES } from './stages.js'
import type { ScenarioId } from './types.js'

/**
 * The rule of each scenario id. The order in which they are tried is not here: it is the stage table
 * (stages.ts), which the primary choice and the summary's flowchart read too. Each rule sees the failure split
 * at go's `server response:` marker, because text after it is the remote server's own error (a proxy that
 * failed to fetch the origin), not the runner's.
 */
export const RULES: Readonly<Partial<Record<ScenarioId, Test>>> = {
  ...SETUP_RULES,
  ...NETWORK_RULES,
  ...VCS_RULES
}

/** The scenario that names a failure and the index of the stage whose rule did. */
export interface Match {
  readonly id: ScenarioId
  readonly stage: number
}

/** The first rule, in stage order, that recognises one failure's text; `unknown` when none does. */
export function matchFailure(message: string): Match {
  const parts = splitParts(message)
  for (const [stage, s] of STAGES.entries()) {
    for (const id of s.ids) if (RULES[id]?.(parts)) return { id, stage }
  }
  return { id: 'unknown', stage: STAGES.length - 1 }
}

/** The scenario id of one failure's text. */
export function matchScenario(message: string): ScenarioId {
  return matchFailure(message).id
}
