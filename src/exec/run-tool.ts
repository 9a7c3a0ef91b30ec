import { spawn } from 'node:child_process'
import * as os from 'node:os'
import * as core from '@actions/core'

export interface ToolResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** The process was stopped because it ran past `timeoutMs`. */
  readonly timedOut: boolean
  /** The process was stopped because it showed no progress for `stallTimeoutMs`. */
  readonly stalled: boolean
  readonly durationMs: number
}

export interface ToolOptions {
  readonly cwd?: string
  /** The complete environment of the child; defaults to this process's environment. */
  readonly env?: NodeJS.ProcessEnv
  /** Stop the whole process tree after this long. */
  readonly timeoutMs?: number
  /**
   * Stop the whole process tree when it shows no progress for this long: no output on stdout or stderr, and
   * no change in `progress` (when given).
   */
  readonly stallTimeoutMs?: number
  /**
   * A fingerprint of work that shows no output, such as bytes written to the module cache while a large zip
   * arrives. Only called after a silence, so it may be slow.
   */
  readonly progress?: () => Promise<string>
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
    const untrack = trackProcessGroup(child.pid)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    let stalled = false
    const watch = watchStall(options, () => {
      stalled = true
      stopTree(child.pid)
    })
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            stopTree(child.pid)
          }, options.timeoutMs)
    child.stdout.on('data', (b: Buffer) => {
      stdout.push(b)
      watch.active()
    })
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b)
      watch.active()
    })
    child.on('error', e => {
      untrack()
      clearTimeout(timer)
      watch.stop()
      reject(e)
    })
    child.on('close', code => {
      untrack()
      clearTimeout(timer)
      watch.stop()
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        timedOut,
        stalled,
        durationMs: performance.now() - started
      })
    })
  })
}

interface StallWatch {
  /** The process produced output. */
  active(): void
  stop(): void
}

/**
 * Calls `onStall` once the process has been silent for `stallTimeoutMs` and `progress` has not changed over
 * the second half of that silence. The fingerprint is taken only once output has stopped, so a download that
 * talks costs nothing; a silent one is probed at every check (at most once a second) during the second half.
 */
function watchStall(options: ToolOptions, onStall: () => void): StallWatch {
  const limit = options.stallTimeoutMs
  if (limit === undefined) return { active: () => undefined, stop: () => undefined }
  let lastActive = performance.now()
  let baseline: string | undefined
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const schedule = () => {
    if (!stopped) timer = setTimeout(() => void check(), Math.max(10, Math.min(limit / 4, 1000)))
  }
  const check = async () => {
    const silent = performance.now() - lastActive
    if (options.progress && silent >= limit / 2) {
      const silenceStarted = lastActive
      const fingerprint = await options.progress().catch(() => '')
      if (stopped) return
      if (lastActive !== silenceStarted) baseline = undefined
      else if (baseline === undefined) baseline = fingerprint
      else if (baseline !== fingerprint) {
        lastActive = performance.now()
        baseline = undefined
      } else if (performance.now() - lastActive >= limit) return onStall()
    } else if (!options.progress && silent >= limit) return onStall()
    schedule()
  }
  schedule()
  return {
    active: () => {
      lastActive = performance.now()
      baseline = undefined
    },
    stop: () => {
      stopped = true
      clearTimeout(timer)
    }
  }
}

/** Process groups started through this module and not yet ended. */
const liveGroups = new Set<number>()
let stopOnSignal = false

/**
 * Children run in their own process groups (so a stall can stop go with the git processes it started), which
 * also means a runner that cancels the step and signals only this node process would leave them running:
 * the first SIGTERM or SIGINT stops every live group, then ends this process as the signal would have.
 */
export function trackProcessGroup(pid: number | undefined): () => void {
  if (pid === undefined) return () => undefined
  if (!stopOnSignal) {
    stopOnSignal = true
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        for (const group of liveGroups) stopTree(group)
        process.exit(128 + os.constants.signals[signal])
      })
    }
  }
  liveGroups.add(pid)
  return () => liveGroups.delete(pid)
}

/** Kills a process started with `detached` (its own group), with whatever it started. */
export function stopTree(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    // A negative pid signals the whole process group (POSIX); on Windows only the child itself can be reached.
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
