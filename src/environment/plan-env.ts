import { GO_ENV_NAMES, type GoEnvName, type GoEnvSettings } from '../inputs/types.js'
import type { GoEnv } from './go-env.js'

export interface EnvPlan {
  /** What go will see for each variable once the inputs are applied. */
  readonly effective: Readonly<Record<GoEnvName, string>>
  /** The variables an input set: the only ones exported. */
  readonly exported: Readonly<Partial<Record<GoEnvName, string>>>
  /** Whether GONOPROXY / GONOSUMDB were set on their own rather than defaulting to GOPRIVATE. */
  readonly explicit: Readonly<Record<'GONOPROXY' | 'GONOSUMDB', boolean>>
}

/** Pure: what applying the inputs does to the Go environment read from `go env`. */
export function planGoEnv(current: GoEnv, settings: GoEnvSettings): EnvPlan {
  const effective = Object.fromEntries(GO_ENV_NAMES.map(n => [n, settings[n] ?? current[n]])) as Record<
    GoEnvName,
    string
  >
  // go reports GONOPROXY and GONOSUMDB as GOPRIVATE when they are unset, so equal means "defaulted": such a
  // value follows a new GOPRIVATE, as go itself would.
  const explicit = {
    GONOPROXY: settings.GONOPROXY !== undefined || current.GONOPROXY !== current.GOPRIVATE,
    GONOSUMDB: settings.GONOSUMDB !== undefined || current.GONOSUMDB !== current.GOPRIVATE
  }
  for (const name of ['GONOPROXY', 'GONOSUMDB'] as const) {
    if (!explicit[name]) effective[name] = effective.GOPRIVATE
  }
  const exported = Object.fromEntries(
    GO_ENV_NAMES.filter(n => settings[n] !== undefined).map(n => [n, settings[n]])
  )
  return { effective, exported, explicit }
}
