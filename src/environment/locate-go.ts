import * as path from 'node:path'
import * as core from '@actions/core'
import * as io from '@actions/io'
import * as semver from 'semver'
import { readGoEnv, type GoEnv } from './go-env.js'
import { goVersionToSemver } from '../go/go-version.js'

export interface GoTool {
  /** Absolute path of the go binary every later go call uses. */
  readonly goPath: string
  /** `go env -json` of that go, before any input is applied. */
  readonly env: GoEnv
  readonly source: 'path' | 'tool-cache'
}

const SETUP_GO_HINT =
  'Install Go first with actions/setup-go, e.g.\n' +
  '  - uses: actions/setup-go@v6\n' +
  '    with:\n' +
  "      go-version: 'VERSION'\n" +
  '      cache: false  # setup-gomod caches the module cache itself'

export class GoNotFoundError extends Error {
  constructor(message: string, versionSpec?: string) {
    super(`${message}\n${SETUP_GO_HINT.replace('VERSION', versionSpec ?? 'stable')}`)
    this.name = 'GoNotFoundError'
  }
}

/**
 * Finds the go to use: the one on PATH, unless `go-version` asks for another version, which must then be in
 * the runner's tool cache. This action never downloads Go itself (that is actions/setup-go's job).
 */
export async function locateGo(
  versionSpec: string | undefined,
  platform: NodeJS.Platform = process.platform
): Promise<GoTool> {
  const onPath = await io.which('go', false)
  // Read by bench/startup.ts: the action's own start-up cost, before go itself runs.
  core.debug(`start-up: ${Math.round(performance.now())} ms to the first go call`)
  const pathEnv = onPath ? await readGoEnv(onPath) : undefined
  if (onPath && pathEnv && (versionSpec === undefined || satisfies(pathEnv.GOVERSION, versionSpec))) {
    return { goPath: onPath, env: pathEnv, source: 'path' }
  }
  if (versionSpec === undefined) {
    throw new GoNotFoundError('No `go` on PATH.')
  }
  // Loaded only here: the tool cache library brings an HTTP client (undici, 0.9 MB) every start would parse.
  const tc = await import('@actions/tool-cache')
  const dir = tc.find('go', versionSpec)
  if (dir === '') {
    const cached = tc.findAllVersions('go')
    throw new GoNotFoundError(
      `Input 'go-version' asks for Go ${JSON.stringify(versionSpec)}, but ` +
        (pathEnv ? `go on PATH is ${pathEnv.GOVERSION}` : 'there is no go on PATH') +
        ` and the runner's tool cache has ${cached.length ? cached.join(', ') : 'no Go'}` +
        ` (RUNNER_TOOL_CACHE=${process.env.RUNNER_TOOL_CACHE ?? 'unset'}).`,
      versionSpec
    )
  }
  const goPath = goInToolCache(dir, platform)
  const bin = path.dirname(goPath)
  // Later steps should build with the Go whose modules were downloaded, as after actions/setup-go.
  core.addPath(bin)
  core.info(`Using Go from the tool cache: ${dir}`)
  return { goPath, env: await readGoEnv(goPath), source: 'tool-cache' }
}

function satisfies(goVersion: string, spec: string): boolean {
  const version = goVersionToSemver(goVersion)
  return version !== undefined && semver.satisfies(version, spec, { includePrerelease: false })
}

/** The go binary of a Go directory in the runner's tool cache (`<dir>/bin/go`, `go.exe` on Windows). */
export function goInToolCache(dir: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? path.win32.join(dir, 'bin', 'go.exe') : path.posix.join(dir, 'bin', 'go')
}
