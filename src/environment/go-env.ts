import * as os from 'node:os'
import { runTool } from '../exec/run-tool.js'

/** The subset of `go env -json` this action reads. */
export interface GoEnv {
  readonly GOVERSION: string
  readonly GOMODCACHE: string
  readonly GOCACHE: string
  readonly GOPROXY: string
  readonly GOPRIVATE: string
  readonly GONOPROXY: string
  readonly GONOSUMDB: string
  readonly GOSUMDB: string
  readonly GOINSECURE: string
  readonly GOFLAGS: string
  readonly GOTOOLCHAIN: string
  readonly GOOS: string
  readonly GOARCH: string
  readonly GOWORK: string
  readonly GOAUTH: string
}

const NAMES: readonly (keyof GoEnv)[] = [
  'GOVERSION',
  'GOMODCACHE',
  'GOCACHE',
  'GOPROXY',
  'GOPRIVATE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOSUMDB',
  'GOINSECURE',
  'GOFLAGS',
  'GOTOOLCHAIN',
  'GOOS',
  'GOARCH',
  'GOWORK',
  'GOAUTH'
]

/**
 * Reads the Go environment in one go call. It runs outside the project (in the temp directory) so that a
 * go.mod asking for a newer toolchain cannot make this read start a toolchain download.
 */
export async function readGoEnv(goPath: string): Promise<GoEnv> {
  const result = await runTool(goPath, ['env', '-json', ...NAMES], {
    cwd: process.env.RUNNER_TEMP || os.tmpdir(),
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) {
    throw new Error(`\`go env\` failed (exit ${result.exitCode}):\n${result.stderr.trim()}`)
  }
  const raw = JSON.parse(result.stdout) as Record<string, string | undefined>
  // Older go versions do not know every name (GOAUTH is 1.24+); absent reads as empty.
  return Object.fromEntries(NAMES.map(n => [n, raw[n] ?? ''])) as unknown as GoEnv
}
