import { spawn, type ChildProcessByStdio } from 'node:child_process'
import * as path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { AHEAD, type WorkerRequest } from './worker-protocol.js'

/**
 * Cache worker processes (dist/cache-worker.js). A worker reads its one request from stdin, so it can be started
 * before the request is known: the main step starts its restore workers right after reading the inputs, and
 * they load the library (0.15-0.25 s of a cold Node start) while the step runs go env and hashes go.sum.
 */
export interface WorkerProcess {
  readonly script: string
  readonly child: ChildProcessByStdio<Writable, Readable, Readable>
  /** The exit code (null: signalled, or it never started, then with the spawn error). */
  readonly exited: Promise<{ code: number | null; error?: Error }>
}

/** dist/cache-worker.js, next to the entry (or the chunk) this code was bundled into. */
export function workerScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  return path.join(path.basename(here) === 'chunks' ? path.dirname(here) : here, 'cache-worker.js')
}

/**
 * The worker's environment: a save compresses at zstd level 1 (the library's tar runs `zstdmt`, which reads
 * ZSTD_CLEVEL) unless the job sets a level. On real archives level 1 took 25% (module zips) to 47% (a GOCACHE)
 * less CPU than zstd's default level 3 for archives 0.5% and 6% larger, which at 100 MB/s costs milliseconds
 * (docs/cache.md).
 */
export function workerEnvironment(op: WorkerRequest['op'], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return op === 'save' && !env.ZSTD_CLEVEL ? { ...env, ZSTD_CLEVEL: '1' } : env
}

/** `ahead`: started before its request is known (worker.ts then uses the wait). */
function startWorker(script: string, env: NodeJS.ProcessEnv, ahead = false): WorkerProcess {
  const child = spawn(process.execPath, ahead ? [script, AHEAD] : [script], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: process.platform !== 'win32' // its own process group: stopping it stops a tar it started too
  })
  const exited = new Promise<{ code: number | null; error?: Error }>(resolve => {
    child.on('error', error => resolve({ code: null, error }))
    child.on('close', code => resolve({ code }))
  })
  // A worker that died before it read its request: its exit says why, not a write error on the pipe.
  child.stdin.on('error', () => undefined)
  return { script, child, exited }
}

/** What a worker started ahead is for: a restore or lookup, or a lookup and save (a save's environment). */
type Use = 'restore' | 'save'

/** Started ahead of their request, each with the environment of its use. */
const idle: Array<{ readonly worker: WorkerProcess; readonly use: Use }> = []

/**
 * Starts `count` workers that wait for a request: a restore or lookup (main), or a lookup and the save after it
 * (post, which starts them before it lists and prunes what it saves).
 */
export function prewarmWorkers(count: number, script = workerScript(), use: Use = 'restore'): void {
  for (let i = 0; i < count; i++)
    idle.push({ worker: startWorker(script, workerEnvironment(use, process.env), true), use })
}

/**
 * A started worker with `request` sent to it: a waiting one when it fits, else a new one. `then: 'save'`: a save
 * follows on the same worker (sendLast), which then has a save's environment and is kept listening.
 */
export function workerFor(
  request: WorkerRequest,
  script: string,
  how: { then?: 'save' } = {}
): WorkerProcess {
  const use: Use = how.then ?? (request.op === 'save' ? 'save' : 'restore')
  const at = idle.findIndex(w => w.worker.script === script && w.use === use)
  const waiting = at < 0 ? undefined : idle.splice(at, 1)[0].worker
  const worker = waiting ?? startWorker(script, workerEnvironment(use, process.env))
  if (how.then) worker.child.stdin.write(requestLine(request))
  else worker.child.stdin.end(requestLine(request))
  return worker
}

/** Sends a waiting worker its last request (`request`, or none: it then exits); nothing to one that is not. */
export function sendLast(worker: WorkerProcess, request?: WorkerRequest): void {
  if (isWaiting(worker)) worker.child.stdin.end(request && requestLine(request))
}

/** Whether the worker runs and waits for another request: its stdin is still open (a stopped call ends it). */
export function isWaiting({ child }: WorkerProcess): boolean {
  return (
    child.pid !== undefined &&
    child.exitCode === null &&
    child.signalCode === null &&
    !child.stdin.writableEnded
  )
}

/** Ends the workers nobody took (a closed stdin without a request: they exit at once). */
export function releaseIdleWorkers(): void {
  for (const { worker } of idle.splice(0)) worker.child.stdin.end()
}

/** One request, one line of JSON (worker.ts reads them until stdin closes). */
function requestLine(request: WorkerRequest): string {
  return JSON.stringify(request) + '\n'
}
