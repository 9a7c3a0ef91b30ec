/**
 * The one typed, frozen configuration that every phase of the action reads. It is produced by
 * `parseInputs` (src/inputs/parse-inputs.ts) before anything on the machine is changed.
 */

/** The Go environment variables an input can set, in the order they are applied and logged. */
export const GO_ENV_NAMES = [
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GOTOOLCHAIN'
] as const
export type GoEnvName = (typeof GO_ENV_NAMES)[number]

/** Only the variables whose input was non-empty, already normalised to the form go reads. */
export type GoEnvSettings = Readonly<Partial<Record<GoEnvName, string>>>

export type CacheSave = 'on-change' | 'never' | 'default-branch' | 'always'

/** Whether private module versions (GOPRIVATE/GONOPROXY) go into the saved module cache. */
export type CachePrivateModules = 'auto' | 'never' | 'always'

/** One `git-credentials` line (or the `token` input, with `source: 'token'`). */
export interface GitCredential {
  readonly source: 'token' | 'git-credentials'
  /** Lower-case host, with `:port` when one was given. */
  readonly host: string
  /** Path prefix without leading or trailing slash; '' for the whole host. */
  readonly pathPrefix: string
  readonly username: string
  readonly token: string
}

/** One `proxy-credentials` line. */
export interface ProxyCredential {
  readonly host: string
  readonly username: string
  readonly password: string
}

export interface Inputs {
  /** Absolute path of an existing directory. */
  readonly workingDirectory: string
  /** A semver range for the tool cache, or undefined to use `go` on PATH as it is. */
  readonly goVersion: string | undefined
  readonly goEnv: GoEnvSettings
  readonly gitCredentials: readonly GitCredential[]
  readonly proxyCredentials: readonly ProxyCredential[]
  readonly exportCredentials: boolean
  readonly cache: boolean
  readonly cacheBuild: boolean
  readonly cacheKeySuffix: string
  readonly cacheRestoreKeys: boolean
  readonly cacheSave: CacheSave
  readonly cachePrivateModules: CachePrivateModules
  readonly download: boolean
  readonly retries: number
  readonly retryDelayMs: number
  readonly retryMaxDelayMs: number
  readonly stallTimeoutMs: number
  readonly timeoutMs: number
  readonly parallelism: 'auto' | number
  readonly diagnose: boolean
}

/** What the parser needs to know about the run besides the inputs themselves. */
export interface InputContext {
  /** Reads one input by its action.yml name; '' when unset (like core.getInput). */
  readonly read: (name: string) => string
  /** Registers a secret for masking (core.setSecret); called before any validation can print it. */
  readonly mask: (secret: string) => void
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  readonly workspace: string
  /** Host of GITHUB_SERVER_URL (`github.com` when unset); the host the `token` input is for. */
  readonly serverHost: string
  /**
   * The event payload says the repository is private or internal. Absent or false: public, since a payload that
   * does not say must not let private source into caches that forks can read.
   */
  readonly privateRepository?: boolean
}

/** One problem with one input. `value` is already redacted when the input is secret. */
export interface InputProblem {
  readonly input: string
  readonly value: string
  readonly problem: string
  readonly expected: string
}

/** Thrown by parseInputs with every problem found, so a user fixes them all in one round. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[]

  constructor(problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }
}

export function formatProblem(p: InputProblem): string {
  return `Input '${p.input}' ${p.problem}: ${JSON.stringify(p.value)}. Expected ${p.expected}.`
}
