import { INPUT_DEFAULTS, type InputName } from './defaults.js'
import { parseDuration } from './durations.js'
import { parseGoflags, parseGosumdb, parseGotoolchain } from './go-env-values.js'
import { parsePatterns } from './go-patterns.js'
import { maskGoproxySecrets, parseGoproxy } from './goproxy.js'
import { parseGitCredentials, parseToken } from './git-credentials.js'
import { ProblemList, type Report } from './problem-list.js'
import { parseProxyCredentials } from './proxy-credentials.js'
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
import { GO_ENV_NAMES, InputError, type GoEnvName, type InputContext, type Inputs } from './types.js'

/**
 * Reads and validates every input, then either returns one deeply frozen Inputs or throws one InputError
 * listing every problem. Secrets are masked before anything is validated, so no message can show them.
 */
export function parseInputs(ctx: InputContext): Inputs {
  const problems = new ProblemList()
  const given = (name: InputName): string => ctx.read(name).trim()
  const value = (name: InputName): string => given(name) || INPUT_DEFAULTS[name]
  const report = (name: InputName): Report => problems.for(name)

  // Secrets first: each parser masks every form of its secrets before it reports anything.
  const token =
    given('token') === '' ? undefined : parseToken(given('token'), ctx.serverHost, ctx.mask, report('token'))
  const gitCredentials = parseGitCredentials(
    given('git-credentials'),
    ctx.serverHost,
    ctx.mask,
    report('git-credentials'),
    token
  )
  const proxyCredentials = parseProxyCredentials(
    given('proxy-credentials'),
    ctx.mask,
    report('proxy-credentials')
  )
  maskGoproxySecrets(given('goproxy'), ctx.mask)

  const bool = (name: InputName): boolean | undefined => parseBoolean(value(name), report(name))
  const duration = (name: InputName, allowZero: boolean): number | undefined =>
    parseDuration(value(name), report(name), { allowZero })
  // Empty Go variables are left out: the action then keeps whatever the runner already has.
  const goEnvValue = (
    name: InputName,
    parse: (v: string, r: Report) => string | undefined
  ): string | undefined => (given(name) === '' ? undefined : parse(given(name), report(name)))

  const goEnvEntries: Record<GoEnvName, string | undefined> = {
    GOPROXY: goEnvValue('goproxy', parseGoproxy),
    GOPRIVATE: goEnvValue('goprivate', (v, r) => parsePatterns(v, r, { allowNone: false })),
    GONOPROXY: goEnvValue('gonoproxy', (v, r) => parsePatterns(v, r, { allowNone: true })),
    GONOSUMDB: goEnvValue('gonosumdb', (v, r) => parsePatterns(v, r, { allowNone: true })),
    GOSUMDB: goEnvValue('gosumdb', parseGosumdb),
    GOINSECURE: goEnvValue('goinsecure', (v, r) => parsePatterns(v, r, { allowNone: false })),
    GOFLAGS: goEnvValue('goflags', parseGoflags),
    GOTOOLCHAIN: goEnvValue('gotoolchain', parseGotoolchain)
  }

  const parsed = {
    workingDirectory: parseWorkingDirectory(
      value('working-directory'),
      ctx.workspace,
      report('working-directory')
    ),
    goVersion:
      given('go-version') === '' ? undefined : parseGoVersion(given('go-version'), report('go-version')),
    exportCredentials: bool('export-credentials'),
    cache: bool('cache'),
    cacheBuild: bool('cache-build'),
    cacheKeySuffix: parseCacheKeySuffix(value('cache-key-suffix'), report('cache-key-suffix')),
    cacheRestoreKeys: bool('cache-restore-keys'),
    cacheSave: parseCacheSave(value('cache-save'), report('cache-save')),
    cachePrivateModules: parseCachePrivateModules(
      value('cache-private-modules'),
      ctx.privateRepository === true,
      report('cache-private-modules')
    ),
    download: bool('download'),
    retries: parseInteger(value('retries'), report('retries'), 0, 100),
    retryDelayMs: duration('retry-delay', true),
    retryMaxDelayMs: duration('retry-max-delay', false),
    stallTimeoutMs: duration('stall-timeout', false),
    timeoutMs: duration('timeout', false),
    parallelism: parseParallelism(value('parallelism'), report('parallelism')),
    diagnose: bool('diagnose')
  }

  // A bound the user set lowers a default it contradicts (timeout: 1m with the default stall-timeout of 120s
  // means a 1m stall timeout); only two explicit values that contradict each other are an error.
  const isDefault = (name: 'retry-delay' | 'stall-timeout') => value(name) === INPUT_DEFAULTS[name]
  if (isDefault('retry-delay') && exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    parsed.retryDelayMs = parsed.retryMaxDelayMs
  }
  if (isDefault('stall-timeout') && exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
    parsed.stallTimeoutMs = parsed.timeoutMs
  }
  if (exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    report('retry-delay')(
      value('retry-delay'),
      `is longer than retry-max-delay (${value('retry-max-delay')})`,
      'at most retry-max-delay'
    )
  }
  if (exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
    report('stall-timeout')(
      value('stall-timeout'),
      `is longer than timeout (${value('timeout')})`,
      'at most timeout'
    )
  }
  if (problems.items.length > 0) throw new InputError(problems.items)

  const goEnv: Partial<Record<GoEnvName, string>> = {}
  for (const name of GO_ENV_NAMES) {
    const v = goEnvEntries[name]
    if (v !== undefined) goEnv[name] = v
  }
  const credentials = token === undefined ? gitCredentials : [token, ...gitCredentials]
  return Object.freeze({
    workingDirectory: defined(parsed.workingDirectory),
    goVersion: parsed.goVersion,
    goEnv: Object.freeze(goEnv),
    gitCredentials: Object.freeze(credentials.map(c => Object.freeze({ ...c }))),
    proxyCredentials: Object.freeze(proxyCredentials.map(c => Object.freeze({ ...c }))),
    exportCredentials: defined(parsed.exportCredentials),
    cache: defined(parsed.cache),
    // The runner fills in action.yml's default, so `cache-build: true` cannot tell a choice from the default:
    // `cache: false` turns off both caches.
    cacheBuild: defined(parsed.cacheBuild) && defined(parsed.cache),
    cacheKeySuffix: defined(parsed.cacheKeySuffix),
    cacheRestoreKeys: defined(parsed.cacheRestoreKeys),
    cacheSave: defined(parsed.cacheSave),
    cachePrivateModules: defined(parsed.cachePrivateModules),
    download: defined(parsed.download),
    retries: defined(parsed.retries),
    retryDelayMs: defined(parsed.retryDelayMs),
    retryMaxDelayMs: defined(parsed.retryMaxDelayMs),
    stallTimeoutMs: defined(parsed.stallTimeoutMs),
    timeoutMs: defined(parsed.timeoutMs),
    parallelism: defined(parsed.parallelism),
    diagnose: defined(parsed.diagnose)
  })
}

function exceeds(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a > b
}

// Every parser that returns undefined has reported a problem, so after the throw above this cannot fire.
function defined<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('parseInputs: a value is missing although no problem was reported')
  return v
}
