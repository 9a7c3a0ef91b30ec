/**
 * The one table of input defaults. action.yml declares the same defaults for the runner; they are repeated
 * here because `parseInputs` also runs outside a runner (tests, the demo) where nothing fills them in, and
 * an empty input must mean the same thing everywhere. A test keeps the two in step.
 */
export const INPUT_DEFAULTS = Object.freeze({
  'working-directory': '.',
  'go-version': '',
  goproxy: '',
  goprivate: '',
  gonoproxy: '',
  gonosumdb: '',
  gosumdb: '',
  goinsecure: '',
  goflags: '',
  gotoolchain: '',
  token: '',
  'git-credentials': '',
  'proxy-credentials': '',
  'export-credentials': 'true',
  cache: 'true',
  'cache-build': 'true',
  'cache-key-suffix': '',
  'cache-restore-keys': 'true',
  'cache-save': 'on-change',
  'cache-private-modules': 'auto',
  download: 'true',
  retries: '3',
  'retry-delay': '2s',
  'retry-max-delay': '60s',
  'stall-timeout': '120s',
  timeout: '15m',
  parallelism: 'auto',
  diagnose: 'true'
} as const)

export type InputName = keyof typeof INPUT_DEFAULTS
