import { parseDuration } from './durations.js'
import { parseGoflags, parseGosumdb, parseGotoolchain } from './go-env-values.js'
import { parsePatterns } from './go-patterns.js'
import { parseGoproxy } from './goproxy.js'
import type { Report } from './problem-list.js'
import {
  parseBoolean,
  parseCacheKeySuffix,
  parseCachePrivateModules,
  parseCacheSave,
  parseGoVersion,
  parseInteger,
  parseParallelism,
  parseWorkingDirectory
} from './scalars.js'
import type { GoEnvName, InputContext, Inputs } from './types.js'

/** Reads one input's value (the default already applied) and reports what is wrong with it; undefined then. */
export type InputParser<T> = (value: string, report: Report, ctx: InputContext) => T | undefined

/** The fields of Inputs that one input gives on its own. */
export type ScalarField = Exclude<keyof Inputs, 'goEnv' | 'gitCredentials' | 'proxyCredentials'>

/**
 * How one input becomes part of Inputs:
 * - `scalar`: one field; `optional` ones are undefined when the input is empty instead of taking the default.
 * - `go-env`: one Go variable; empty leaves it out, so the action keeps whatever the runner already has.
 * - `secret`: parsed (and masked) first and together by parseInputs, since they combine into the credentials.
 */
export type InputSpec =
  | {
      readonly kind: 'scalar'
      readonly field: ScalarField
      readonly default: string
      readonly optional?: boolean
      readonly parse: InputParser<unknown>
    }
  | {
      readonly kind: 'go-env'
      readonly variable: GoEnvName
      readonly default: ''
      readonly parse: InputParser<string>
    }
  | { readonly kind: 'secret'; readonly default: '' }

function scalar<F extends ScalarField>(field: F, value: string, parse: InputParser<Inputs[F]>): InputSpec {
  return { kind: 'scalar', field, default: value, parse }
}

function optional<F extends ScalarField>(field: F, parse: InputParser<Inputs[F]>): InputSpec {
  return { kind: 'scalar', field, default: '', optional: true, parse }
}

function goEnv(variable: GoEnvName, parse: InputParser<string>): InputSpec {
  return { kind: 'go-env', variable, default: '', parse }
}

const SECRET: InputSpec = { kind: 'secret', default: '' }

const boolean: InputParser<boolean> = parseBoolean
const patterns =
  (allowNone: boolean): InputParser<string> =>
  (v, r) =>
    parsePatterns(v, r, { allowNone })
const duration =
  (allowZero: boolean): InputParser<number> =>
  (v, r) =>
    parseDuration(v, r, { allowZero })

/**
 * Every input of action.yml, in its order, with its default and how it is parsed. action.yml declares the same
 * defaults for the runner; they are repeated here because parseInputs also runs outside a runner (tests, the
 * demo) where nothing fills them in, and an empty input must mean the same thing everywhere. A test keeps the
 * two in step. Within each kind, problems are reported in this order.
 */
export const INPUT_TABLE = Object.freeze({
  'working-directory': scalar('workingDirectory', '.', (v, r, ctx) =>
    parseWorkingDirectory(v, ctx.workspace, r)
  ),
  'go-version': optional('goVersion', parseGoVersion),
  goproxy: goEnv('GOPROXY', parseGoproxy),
  goprivate: goEnv('GOPRIVATE', patterns(false)),
  gonoproxy: goEnv('GONOPROXY', patterns(true)),
  gonosumdb: goEnv('GONOSUMDB', patterns(true)),
  gosumdb: goEnv('GOSUMDB', parseGosumdb),
  goinsecure: goEnv('GOINSECURE', patterns(false)),
  goflags: goEnv('GOFLAGS', parseGoflags),
  gotoolchain: goEnv('GOTOOLCHAIN', parseGotoolchain),
  token: SECRET,
  'git-credentials': SECRET,
  'proxy-credentials': SECRET,
  'export-credentials': scalar('exportCredentials', 'true', boolean),
  cache: scalar('cache', 'true', boolean),
  'cache-build': scalar('cacheBuild', 'true', boolean),
  'cache-key-suffix': scalar('cacheKeySuffix', '', parseCacheKeySuffix),
  'cache-restore-keys': scalar('cacheRestoreKeys', 'true', boolean),
  'cache-save': scalar('cacheSave', 'on-change', parseCacheSave),
  'cache-private-modules': scalar('cachePrivateModules', 'auto', (v, r, ctx) =>
    parseCachePrivateModules(v, ctx.privateRepository === true, r)
  ),
  download: scalar('download', 'true', boolean),
  retries: scalar('retries', '3', (v, r) => parseInteger(v, r, 0, 100)),
  'retry-delay': scalar('retryDelayMs', '2s', duration(true)),
  'retry-max-delay': scalar('retryMaxDelayMs', '60s', duration(false)),
  'stall-timeout': scalar('stallTimeoutMs', '120s', duration(false)),
  timeout: scalar('timeoutMs', '15m', duration(false)),
  parallelism: scalar('parallelism', 'auto', parseParallelism),
  diagnose: scalar('diagnose', 'true', boolean)
})

export type InputName = keyof typeof INPUT_TABLE

/** The table's rows, in its order. */
export const INPUT_ROWS = Object.entries(INPUT_TABLE) as readonly (readonly [InputName, InputSpec])[]
