import { spawn } from 'node:child_process'
import * as core from '@actions/core'

export interface ToolResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** The process was stopped because it ran past `timeoutMs`. */
  readonly timedOut: boolean
  readonly durationMs: number
}

export interface ToolOptions {
  readonly cwd?: string
  /** The complete environment of the child; defaults to this process's environment. */
  readonly env?: NodeJS.ProcessEnv
  /** Stop the whole process tree after this long. */
  readonly timeoutMs?: number
  /** Called with each chunk of stderr as it arrives (progress, stall detection). */
  readonly onStderr?: (chunk: string) => void
}

/**
 * The one way this action starts `go` and `git`: an argument array, never a shell string, output captured.
 *
 * Built on node:child_process rather than @actions/exec because a download must be stoppable: go never times
 * out on a connection that hangs, and @actions/exec gives no handle to kill the process (let alone its
 * children, such as the git processes go starts). The child gets its own process group so a stop reaches
 * every descendant.
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: ToolOptions = {}
): Promise<ToolResult> {
  const started = performance.now()
  core.debug(`run: ${[command, ...args].join(' ')}${options.cwd ? ` (in ${options.cwd})` : ''}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32'
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            stopTree(child.pid)
          }, options.timeoutMs)
    child.stdout.on('data', (b: Buffer) => stdout.push(b))
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b)
      options.onStderr?.(b.toString())
    })
    child.on('error', e => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        timedOut,
        durationMs: performance.now() - started
      })
    })
  })
}

function stopTree(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    // A negative pid signals the whole process group (POSIX); on Windows only the child itself can be reached.
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
