import * as path from 'node:path'
import * as core from '@actions/core'
import { runTool } from '../exec/run-tool.js'
import type { Inputs } from '../inputs/types.js'
import type { DownloadSet } from './download-set.js'
import { parseJsonStream } from './json-stream.js'

/** Distinct `module@version` among failures that name one. */
export function failedVersions(failures: readonly DownloadFailure[]): string[] {
  return [...new Set(failures.filter(f => f.module).map(f => `${f.module}@${f.version}`))]
}

/** One module version that could not be downloaded, or a failure go reported without naming one. */
export interface DownloadFailure {
  /** The module root (or workspace root) whose download reported it. */
  readonly root: string
  readonly module?: string
  readonly version?: string
  /** go's own words, as printed. */
  readonly message: string
}

export interface DownloadOutcome {
  readonly ok: boolean
  /** Distinct module versions go reported, downloaded or not. */
  readonly modules: number
  /** Those module versions, as `path@version`, sorted (the module cache keeps exactly these when pruned). */
  readonly versions: readonly string[]
  readonly failures: readonly DownloadFailure[]
  readonly durationMs: number
  readonly attempts: number
}

interface ModuleLine {
  Path?: string
  Version?: string
  Error?: string
}

/**
 * One `go mod download -json` per root of the download set, within the time budget. go reports failures in
 * two forms: an `Error` field in a module's JSON object (a .info or .zip fetch failed), or stderr only (the
 * module graph could not be loaded, or a checksum did not match). Both become DownloadFailures.
 */
export interface DownloadRequest {
  readonly goPath: string
  readonly set: DownloadSet
  readonly inputs: Inputs
  /** GITHUB_WORKSPACE, for paths in the log. */
  readonly workspace: string
  /** The complete environment of the go processes (exported variables plus credentials). */
  readonly env: NodeJS.ProcessEnv
}

export async function downloadModules(request: DownloadRequest): Promise<DownloadOutcome> {
  const { goPath, set, workspace } = request
  const timeoutMs = request.inputs.timeoutMs
  const started = performance.now()
  const seen = new Set<string>()
  const failures: DownloadFailure[] = []
  for (const root of set.roots) {
    const remaining = timeoutMs - (performance.now() - started)
    const result = await runTool(goPath, ['mod', 'download', '-json'], {
      cwd: root,
      timeoutMs: Math.max(remaining, 1)
    })
    const lines = parseJsonStream(result.stdout) as ModuleLine[]
    core.info(
      `${path.relative(workspace, root) || '.'}: ${lines.length} module versions, exit ${result.timedOut ? 'stopped' : result.exitCode}` +
        ` in ${Math.round(result.durationMs)} ms`
    )
    for (const m of lines) {
      if (m.Path && m.Version) seen.add(`${m.Path}@${m.Version}`)
      if (m.Error) failures.push({ root, module: m.Path, version: m.Version, message: m.Error })
    }
    if (result.timedOut) {
      failures.push({
        root,
        message:
          `go mod download in ${path.relative(workspace, root) || '.'} was stopped after ` +
          `${Math.round(timeoutMs / 1000)} s: the download budget (input 'timeout') ran out. go itself ` +
          `never times out a connection that hangs, so a proxy that accepts and never answers looks like this.`
      })
      break
    }
    if (result.exitCode !== 0 && !lines.some(m => m.Error)) {
      failures.push(...stderrFailures(root, result.stderr))
    }
  }
  return {
    ok: failures.length === 0,
    modules: seen.size,
    versions: [...seen].sort(),
    failures,
    durationMs: performance.now() - started,
    attempts: 1
  }
}

/**
 * Failures printed to stderr only. A `go: M@V: …` line names its module; continuation lines (indented, or the
 * SECURITY ERROR block) belong to the line before them.
 */
export function stderrFailures(root: string, stderr: string): DownloadFailure[] {
  const failures: DownloadFailure[] = []
  for (const line of stderr.split('\n')) {
    const named = /^(?:go: |verifying )([^\s@:]+)@([^\s:/]+)(?:\/go\.mod)?: /.exec(line)
    if (named) failures.push({ root, module: named[1], version: named[2], message: line })
    else if (line.trim() === '') continue
    else if (failures.length && !line.startsWith('go: ')) {
      const last = failures[failures.length - 1]
      failures[failures.length - 1] = { ...last, message: `${last.message}\n${line}` }
    } else failures.push({ root, message: line })
  }
  return failures
}
