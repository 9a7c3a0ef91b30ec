import { spawn } from 'node:child_process'
import * as os from 'node:os'
import * as path from 'node:path'
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
 * children, such as the git processes go starts). A stop reaches every descendant (see stopTree).
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: ToolOptions = {}
): Promise<ToolResult> {
  const started = performance.now()
  core.debug(`run: ${[command, ...args].join(' ')}${options.cwd ? ` (in ${options.cwd})` : ''}`)
  return new Promise((resolve, reject) => {
    stopGroupsOnSignal()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group on POSIX, so stopTree reaches every descendant. Not on Windows, where `detached`
      // means a new console instead; taskkill /T finds the tree there.
      detached: process.platform !== 'win32',
      windowsHide: true
    })
    const untrack = trackProcessGroup(child.pid)
    const guard = guardProcess(child.pid, options)
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => {
      stdout.push(b)
      guard.active()
    })
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b)
      guard.active()
    })
    child.on('error', e => {
      untrack()
      guard.stop()
      reject(e)
    })
    child.on('close', code => {
      untrack()
      guard.stop()
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        ...guard.stopped,
        durationMs: performance.now() - started
      })
    })
  })
}

interface ProcessGuard {
  /** Why the guard stopped the process tree, if it did. */
  readonly stopped: { timedOut: boolean; stalled: boolean }
  /** The process produced output. */
  active(): void
  /** The process ended: no more stopping. */
  stop(): void
}

/** Stops the process tree when it runs past `timeoutMs` or stalls for `stallTimeoutMs`, and says which. */
function guardProcess(pid: number | undefined, options: ToolOptions): ProcessGuard {
  const stopped = { timedOut: false, stalled: false }
  const watch = watchStall(options, () => {
    stopped.stalled = true
    stopTree(pid)
  })
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          stopped.timedOut = true
          stopTree(pid)
        }, options.timeoutMs)
  return {
    stopped,
    active: () => watch.active(),
    stop: () => {
      clearTimeout(timer)
      watch.stop()
    }
  }
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
  stopGroupsOnSignal()
  if (pid === undefined) return () => undefined
  liveGroups.add(pid)
  return () => liveGroups.delete(pid)
}

/** Installs the SIGTERM/SIGINT handler once; before a child exists, so no signal can arrive in between. */
export function stopGroupsOnSignal(): void {
  if (!stopOnSignal) {
    stopOnSignal = true
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        for (const group of liveGroups) stopTree(group)
        process.exit(128 + os.constants.signals[signal])
      })
    }
  }
}

/** Kills a process started with `detached` (its own group), with whatever it started. */
/**
 * How a process tree is stopped: on POSIX a SIGKILL to the child's process group (it was started `detached`,
 * as its own group leader), reaching every process it started; on Windows, which has no process groups,
 * `taskkill /T /F /PID`, which walks the tree from the child (so the child must not be killed first).
 */
export type TreeStop =
  | { readonly kind: 'signal-group'; readonly pid: number }
  | { readonly kind: 'command'; readonly command: string; readonly args: readonly string[] }

export function treeStopFor(
  pid: number,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env
): TreeStop {
  if (platform !== 'win32') return { kind: 'signal-group', pid: -pid }
  // By full path: a taskkill.exe earlier on PATH (or in the working directory) must not run in its place.
  const command = path.win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'taskkill.exe')
  return { kind: 'command', command, args: ['/T', '/F', '/PID', String(pid)] }
}

/** Kills a process started by runTool (or with the same `detached` rule), with whatever it started. */
export function stopTree(pid: number | undefined): void {
  if (pid === undefined) return
  const stop = treeStopFor(pid)
  if (stop.kind === 'signal-group') return killQuietly(stop.pid)
  // If taskkill cannot run or fails, at least the child itself goes.
  const taskkill = spawn(stop.command, stop.args, { stdio: 'ignore', windowsHide: true })
  taskkill.on('error', () => killQuietly(pid))
  taskkill.on('exit', code => {
    if (code !== 0) killQuietly(pid)
  })
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
