import { INPUT_DEFAULTS } from './defaults.js'
import { INPUT_ROWS, type InputName, type ScalarField } from './input-table.js'
import { maskGoproxySecrets } from './goproxy.js'
import { parseGitCredentials, parseToken } from './git-credentials.js'
import { ProblemList } from './problem-list.js'
import { parseProxyCredentials } from './proxy-credentials.js'
import {
  GO_ENV_NAMES,
  InputError,
  type GitCredential,
  type GoEnvName,
  type InputContext,
  type Inputs,
  type ProxyCredential
} from './types.js'

/** One input as given (trimmed, '' when unset) and with its default applied. */
interface Reader {
  readonly given: (name: InputName) => string
  readonly value: (name: InputName) => string
}

type Scalars = { -readonly [F in ScalarField]?: Inputs[F] }

interface Secrets {
  readonly gitCredentials: readonly GitCredential[]
  readonly proxyCredentials: readonly ProxyCredential[]
}

/**
 * Reads and validates every input, then either returns one deeply frozen Inputs or throws one InputError
 * listing every problem. Secrets are masked before anything is validated, so no message can show them.
 * How each input is parsed, and its default, is the input table (src/inputs/input-table.ts).
 */
export function parseInputs(ctx: InputContext): Inputs {
  const problems = new ProblemList()
  const given = (name: InputName): string => ctx.read(name).trim()
  const read: Reader = { given, value: name => given(name) || INPUT_DEFAULTS[name] }

  const secrets = parseSecrets(ctx, read, problems)
  const goEnv = parseGoEnv(ctx, read, problems)
  const scalars = parseScalars(ctx, read, problems)
  reconcileBounds(scalars, read, problems)
  if (problems.items.length > 0) throw new InputError(problems.items)
  return freezeInputs(scalars, goEnv, secrets)
}

/** Secrets first: each parser masks every form of its secrets before it reports anything. */
function parseSecrets(ctx: InputContext, { given }: Reader, problems: ProblemList): Secrets {
  const token =
    given('token') === ''
      ? undefined
      : parseToken(given('token'), ctx.serverHost, ctx.mask, problems.for('token'))
  const gitCredentials = parseGitCredentials(
    given('git-credentials'),
    ctx.serverHost,
    ctx.mask,
    problems.for('git-credentials'),
    token
  )
  const proxyCredentials = parseProxyCredentials(
    given('proxy-credentials'),
    ctx.mask,
    problems.for('proxy-credentials')
  )
  maskGoproxySecrets(given('goproxy'), ctx.mask)
  return {
    gitCredentials: token === undefined ? gitCredentials : [token, ...gitCredentials],
    proxyCredentials
  }
}

/** Empty Go variables are left out: the action then keeps whatever the runner already has. */
function parseGoEnv(
  ctx: InputContext,
  { given }: Reader,
  problems: ProblemList
): Partial<Record<GoEnvName, string>> {
  const goEnv: Partial<Record<GoEnvName, string>> = {}
  for (const [name, spec] of INPUT_ROWS) {
    if (spec.kind !== 'go-env' || given(name) === '') continue
    const value = spec.parse(given(name), problems.for(name), ctx)
    if (value !== undefined) goEnv[spec.variable] = value
  }
  // In the order they are applied and logged.
  return Object.fromEntries(GO_ENV_NAMES.filter(n => n in goEnv).map(n => [n, goEnv[n]]))
}

function parseScalars(ctx: InputContext, { given, value }: Reader, problems: ProblemList): Scalars {
  const scalars: Record<string, unknown> = {}
  for (const [name, spec] of INPUT_ROWS) {
    if (spec.kind !== 'scalar') continue
    scalars[spec.field] =
      spec.optional && given(name) === '' ? undefined : spec.parse(value(name), problems.for(name), ctx)
  }
  return scalars as Scalars
}

/**
 * A bound the user set lowers a default it contradicts (timeout: 1m with the default stall-timeout of 120s
 * means a 1m stall timeout); only two explicit values that contradict each other are an error.
 */
function reconcileBounds(parsed: Scalars, { value }: Reader, problems: ProblemList): void {
  const isDefault = (name: 'retry-delay' | 'stall-timeout') => value(name) === INPUT_DEFAULTS[name]
  if (isDefault('retry-delay') && exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    parsed.retryDelayMs = parsed.retryMaxDelayMs
  }
  if (isDefault('stall-timeout') && exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
    parsed.stallTimeoutMs = parsed.timeoutMs
  }
  if (exceeds(parsed.retryDelayMs, parsed.retryMaxDelayMs)) {
    problems.for('retry-delay')(
      value('retry-delay'),
      `is longer than retry-max-delay (${value('retry-max-delay')})`,
      'at most retry-max-delay'
    )
  }
  if (exceeds(parsed.stallTimeoutMs, parsed.timeoutMs)) {
    problems.for('stall-timeout')(
      value('stall-timeout'),
      `is longer than timeout (${value('timeout')})`,
      'at most timeout'
    )
  }
}

function freezeInputs(scalars: Scalars, goEnv: Partial<Record<GoEnvName, string>>, secrets: Secrets): Inputs {
  const { workingDirectory, goVersion, ...rest } = settled(scalars)
  return Object.freeze({
    workingDirectory,
    goVersion,
    goEnv: Object.freeze(goEnv),
    gitCredentials: Object.freeze(secrets.gitCredentials.map(c => Object.freeze({ ...c }))),
    proxyCredentials: Object.freeze(secrets.proxyCredentials.map(c => Object.freeze({ ...c }))),
    ...rest,
    // The runner fills in action.yml's default, so `cache-build: true` cannot tell a choice from the default:
    // `cache: false` turns off both caches.
    cacheBuild: rest.cacheBuild && rest.cache
  })
}

function exceeds(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a > b
}

/**
 * Every parser that returns undefined has reported a problem, so after the throw in parseInputs this cannot
 * fire (an optional input left empty is the one undefined that is a value).
 */
function settled(scalars: Scalars): Pick<Inputs, ScalarField> {
  for (const [, spec] of INPUT_ROWS) {
    if (spec.kind === 'scalar' && !spec.optional && scalars[spec.field] === undefined)
      throw new Error(`parseInputs: ${spec.field} is missing although no problem was reported`)
  }
  return scalars as Pick<Inputs, ScalarField>
}
