/**
 * The cache supervisor's rules (src/cache/worker-log.ts) on what the real @actions/cache printed in its worker
 * process against the fake cache service (__tests__/fixtures/cache-worker/, captured by
 * scripts/capture-worker-logs.ts). The clock is a number: no service, no process, no wait.
 */
import { readFileSync } from 'node:fs'
import {
  callFailure,
  checkDeadline,
  readWorkerLine,
  startLog,
  type Echo,
  type SupervisorLimits,
  type WorkerLog
} from '../src/cache/worker-log.js'
import type { WorkerRequest } from '../src/cache/worker-protocol.js'

const JOB: SupervisorLimits = { answerDeadlineMs: 5_000, failuresToStop: 2 }

function captured(name: string): string[] {
  const text = readFileSync(new URL(`fixtures/cache-worker/${name}.log`, import.meta.url), 'utf8')
  return text.split('\n').slice(0, -1)
}

interface Replay {
  readonly log: WorkerLog
  readonly echoes: Echo[]
  /** The line after which the supervisor would have stopped the worker (-1: never). */
  readonly stoppedAt: number
}

/**
 * The supervisor's loop over `lines`, one every `msPerLine` on a clock that starts at 0, with a deadline check
 * before each line; what comes after a stop is never read (the worker is gone).
 */
function replay(op: WorkerRequest['op'], lines: string[], limits = JOB, msPerLine = 10): Replay {
  let log = startLog(op, 0)
  const echoes: Echo[] = []
  for (const [i, line] of lines.entries()) {
    log = checkDeadline(log, i * msPerLine, limits)
    if (log.stop === undefined) {
      const read = readWorkerLine(log, line, op, i * msPerLine, limits)
      log = read.log
      echoes.push(read.echo)
    }
    if (log.stop !== undefined) return { log, echoes, stoppedAt: i }
  }
  return { log, echoes, stoppedAt: -1 }
}

describe('answered calls', () => {
  test('a save: the archive size, the entry id, no failure, the library lines passed on', () => {
    const { log, echoes, stoppedAt } = replay('save', captured('save-saved'))
    expect(stoppedAt).toBe(-1)
    expect(log).toMatchObject({ archiveBytes: 252, result: { value: 1 }, failedCalls: 0, problems: [] })
    expect(log.waitingSince).toBeUndefined()
    expect(callFailure(log, 0)).toBeUndefined()
    expect(echoes).toContainEqual({ to: 'log', line: 'Sent 252 of 252 (100.0%), 0.0 MBs/sec' })
    expect(echoes).toContainEqual({ to: 'log', line: '::debug::Reserving Cache' })
    // The result line and the empty line before it are the supervisor's, not the step log's.
    expect(echoes.slice(-2)).toEqual([undefined, undefined])
  })

  test('a restore hit and a hit on a restore prefix: the matched key and the archive size', () => {
    for (const name of ['restore-hit', 'restore-prefix-hit']) {
      const { log } = replay('restore', captured(name))
      expect(log).toMatchObject({ result: { value: 'capture-1' }, archiveBytes: 252 })
      expect(log.waitingSince).toBeUndefined()
      expect(callFailure(log, 0)).toBeUndefined()
    }
  })

  test('a lookup hit and a miss: answered, so no longer waiting; a miss is no failure', () => {
    const hit = replay('lookup', captured('lookup-hit')).log
    expect(hit).toMatchObject({ result: { value: 'capture-1' }, waitingSince: undefined })
    const miss = replay('restore', captured('restore-miss')).log
    expect(miss.result).toEqual({})
    expect(miss.waitingSince).toBeUndefined()
    expect(callFailure(miss, 0)).toBeUndefined()
  })

  test('a refused reserve keeps the HTTP status of the debug line: 409 for a key that exists, 400', () => {
    const exists = replay('save', captured('save-key-exists')).log
    expect(exists.reserveError).toContain('(409) Conflict: cache entry capture-1 already exists')
    expect(exists.result).toEqual({ value: -1 })
    expect(replay('save', captured('save-400')).log.reserveError).toContain('(400) Bad Request')
  })

  test('a refused connection and a 4xx are the library error of the result line', () => {
    expect(callFailure(replay('restore', captured('restore-refused')).log, 0)).toMatch(
      /^Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED/
    )
    expect(callFailure(replay('restore', captured('restore-403')).log, 0)).toContain('(403) Forbidden')
  })
})

describe('a failing service: stopped after the second failed call', () => {
  test('a restore whose lookup fails with 502 is stopped at the second retry notice, not after five tries', () => {
    const lines = captured('restore-502')
    const { log, echoes, stoppedAt } = replay('restore', lines)
    expect(lines[stoppedAt]).toMatch(/^Attempt 2 of 5 failed/)
    expect(log.failedCalls).toBe(2)
    expect(callFailure(log, null)).toBe(
      'the cache service failed 2 times (Failed request: (502) Bad Gateway: injected 502 for GetCacheEntryDownloadURL)'
    )
    // Retry notices go to the debug log, not to the step log.
    expect(echoes.filter(e => e?.line.startsWith('Attempt'))).toEqual(
      lines
        .filter(l => l.startsWith('Attempt'))
        .slice(0, 2)
        .map(line => ({ to: 'debug', line }))
    )
  })

  test('a save whose reserve fails with 503 is stopped the same way', () => {
    const lines = captured('save-503')
    const { log, stoppedAt } = replay('save', lines)
    expect(lines[stoppedAt]).toMatch(/^Attempt 2 of 5 failed/)
    expect(callFailure(log, null)).toMatch(/^the cache service failed 2 times \(Failed request: \(503\)/)
  })

  test('the failure count is an option: one failure, or more than the library ever reports', () => {
    const lines = captured('restore-502')
    const first = replay('restore', lines, { ...JOB, failuresToStop: 1 })
    expect(lines[first.stoppedAt]).toMatch(/^Attempt 1 of 5 failed/)
    expect(callFailure(first.log, null)).toMatch(/^the cache service failed 1 times/)
    const patient = replay('restore', lines, { ...JOB, failuresToStop: 5 })
    expect(patient.stoppedAt).toBe(-1)
    expect(patient.log.failedCalls).toBe(4)
    expect(callFailure(patient.log, 0)).toMatch(/Failed to make request after 5 attempts/)
  })

  test('a restore is never stopped for a failure once its lookup was answered (it may be extracting)', () => {
    const answered = replay('restore', captured('restore-hit')).log
    const notice = 'Attempt 1 of 5 failed with error: Failed request: (503) x. Retrying request in 3000 ms...'
    const twice = [notice, notice.replace('Attempt 1', 'Attempt 2')].reduce(
      (log, line) => readWorkerLine(log, line, 'restore', 100, JOB).log,
      answered
    )
    expect(twice.failedCalls).toBe(2)
    expect(twice.stop).toBeUndefined()
  })
})

describe('a service that never answers: stopped at the deadline', () => {
  test('a restore waits from its start; the deadline is an option', () => {
    const lines = captured('restore-hang')
    const { log } = replay('restore', lines)
    const at = (ms: number, limits = JOB) => checkDeadline(log, ms, limits).stop
    expect(at(5_000)).toBeUndefined()
    expect(at(5_001)).toBe('the cache service did not answer within 5 s')
    expect(at(51, { ...JOB, answerDeadlineMs: 50 })).toBe('the cache service did not answer within 0.05 s')
  })

  test('a save waits only from its reserve: archiving before it takes as long as it takes', () => {
    const lines = captured('save-hang')
    const reserving = lines.indexOf('::debug::Reserving Cache')
    // One line a minute: the archive is made over many minutes, then the reserve starts the wait.
    const { log, stoppedAt } = replay('save', lines, JOB, 60_000)
    expect(stoppedAt).toBe(reserving + 1)
    expect(log.stop).toBe('the cache service did not answer within 5 s')
  })

  test('the first reason stays: a deadline after a failure does not replace it', () => {
    const failed = replay('restore', captured('restore-502')).log
    expect(checkDeadline({ ...failed, waitingSince: 0 }, 10_000, JOB).stop).toBe(failed.stop)
  })
})

describe('the library warnings and a worker without a result', () => {
  test('a ::warning:: line becomes the failure, unescaped, instead of an annotation', () => {
    const line = '::warning::Failed to save: upload failed%0Aretry later (100%25)'
    const { log, echo } = readWorkerLine(startLog('save', 0), line, 'save', 0, JOB)
    expect(echo).toBeUndefined()
    expect(log.problems).toEqual(['Failed to save: upload failed\nretry later (100%)'])
    expect(callFailure({ ...log, result: { value: -1 } }, 0)).toBe(
      'Failed to save: upload failed\nretry later (100%)'
    )
  })

  test('a worker that exits without a result line: its exit code', () => {
    const cut = captured('restore-hit').filter(l => !l.startsWith('::setup-gomod-cache-result::'))
    expect(callFailure(replay('restore', cut).log, 1)).toBe('the cache worker exited with code 1')
  })
})
