/** Scenario ids of docs/taxonomy.md: fixed names, part of the public contract. */
export const SCENARIO_IDS = [
  'dns-failure',
  'connect-timeout',
  'connection-refused',
  'connection-reset',
  'tls-untrusted-cert',
  'http-proxy-misconfigured',
  'network-egress-blocked',
  'proxy-bad-response',
  'rate-limited',
  'proxy-origin-fetch-failed',
  'private-module-via-public-proxy',
  'private-module-sumdb',
  'goproxy-off',
  'goproxy-invalid',
  'proxy-auth-required',
  'git-auth-missing',
  'git-auth-rejected',
  'ssh-auth-failed',
  'git-missing',
  'vcs-unrecognized-import-path',
  'insecure-protocol',
  'unknown-revision',
  'invalid-pseudo-version',
  'module-path-mismatch',
  'major-version-suffix',
  'malformed-module-path',
  'module-not-found',
  'module-zip-malformed',
  'checksum-mismatch',
  'missing-gosum-entry',
  'gosum-malformed',
  'gomod-parse-error',
  'toolchain-too-old',
  'toolchain-not-available',
  'toolchain-download-failed',
  'replace-path-missing',
  'vendor-inconsistent',
  'modcache-corrupt',
  'modcache-permission',
  'disk-full',
  'go-missing',
  'no-main-module',
  'workspace-module-missing',
  'workspace-version-mismatch',
  'unknown'
] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]

/** One diagnosed failure: the shape `dist/diagnose.js --json` prints (docs/interface.md). */
export interface Finding {
  readonly id: ScenarioId
  readonly title: string
  /** A plain re-run (or an automatic retry) is worth trying. */
  readonly retryable: boolean
  readonly module?: string
  readonly version?: string
  readonly host?: string
  readonly url?: string
  readonly httpStatus?: number
  /** The lines of go's output that show it, secrets redacted. */
  readonly evidence: readonly string[]
  /** What to do, in Markdown (may include the setup-gomod inputs, in YAML, that fix it). */
  readonly fix: string
  /** How many failures of the log this finding stands for (grouped by scenario and module version). */
  readonly occurrences?: number
  /**
   * Other scenarios the evidence does not rule out, most likely first, each with the one check that tells it
   * apart from `id` (docs/interface.md, v1.1); absent when the log decides.
   */
  readonly alternatives?: readonly Alternative[]
}

/** A scenario the evidence leaves open, and how to tell it from the chosen one. */
export interface Alternative {
  readonly id: ScenarioId
  readonly title: string
  readonly check: string
}
