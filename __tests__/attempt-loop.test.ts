/**
 * The retry rules of the download engine (download/attempt-loop.ts), with scripted attempts, a fake clock and a
 * fake sleep: no go, no waiting, milliseconds per test.
 */
import { attemptLoop, type LoopEffects, type RetryRules } from '../src/download/attempt-loop.js'
import type { AttemptResult, AttemptWork } from '../src/download/attempt.js'
import { SLOW_FACTOR } from '../src/download/retry-policy.js'
import type { DownloadFailure } from '../src/download/types.js'

const UNAVAILABLE =
  'fixture.test/g@v1.0.0: reading http://127.0.0.1:9/fixture.test/g/@v/v1.0.0.zip: 503 Service Unavailable'
const MISMATCH = 'verifying fixture.test/u@v0.2.0: checksum mismatch\n\tdownloaded: h1:a=\n\nSECURITY ERROR'
const NOT_YET_FETCHED =
  'go: github.com/o/r@v1.0.0: verifying module: github.com/o/r@v1.0.0: reading https://s.test/lookup/github.com/o/r@v1.0.0: 404 Not Found\n\tserver response: not found: fetch timed out'

const work = (...versions: string[]): AttemptWork => ({ versions: new Map([['/r', versions]]), roots: [] })
const failed = (message: string, extra: Partial<DownloadFailure> = {}): DownloadFailure => ({
  root: '/r',
  message,
  ...extra
})

/** A loop whose attempts answer from a script, each taking `attemptMs` on a clock that only sleeps move on. */
function scripted(answers: (readonly DownloadFailure[])[], attemptMs = 250) {
  let clock = 1000
  const ran: AttemptWork[] = []
  const slept: number[] = []
  const repaired: string[] = []
  const lines: string[] = []
  const fx: LoopEffects = {
    runAttempt: async w => {
      ran.push(w)
      clock += attemptMs
      const failures = answers[ran.length - 1] ?? []
      const next = work(...failures.filter(f => f.module).map(f => `${f.module}@${f.version}`))
      const modules = [{ Path: 'fixture.test/a', Version: 'v1.0.0' }]
      return { failures, modules, next } satisfies AttemptResult
    },
    sleep: async ms => {
      slept.push(ms)
      clock += ms
    },
    now: () => clock,
    repair: async v => void repaired.push(v),
    random: () => 0.5,
    log: line => void lines.push(line),
    describe: {
      work: w => `${[...w.versions.values()].flat().length} versions`,
      failures: fs => fs.map(f => f.message.split('\n')[0]),
      retrying: w => [...w.versions.values()].flat()
    }
  }
  return { fx, ran, slept, repaired, lines }
}

const rules = (over: Partial<RetryRules> = {}): RetryRules => ({
  retries: 3,
  retryDelayMs: 100,
  retryMaxDelayMs: 10_000,
  deadline: 1_000_000,
  origin: 900,
  ...over
})

test('a first attempt that succeeds is the only one, logged relative to the download start', async () => {
  const s = scripted([[]])
  const out = await attemptLoop(work('fixture.test/a@v1.0.0'), rules(), s.fx)
  expect(out.failures).toEqual([])
  expect(out.attemptLog).toEqual([
    { attempt: 1, startedMs: 100, durationMs: 250, failed: 0, retrying: [], delayMs: 0 }
  ])
  expect(out.reported.has('fixture.test/a@v1.0.0')).toBe(true)
  expect(s.slept).toEqual([])
  expect(s.lines).toContain('Attempt 1: complete in 0.25 s')
})

test('a transient failure is retried after full-jitter backoff, fetching only what failed', async () => {
  const s = scripted([[failed(UNAVAILABLE, { module: 'fixture.test/g', version: 'v1.0.0' })], []])
  const out = await attemptLoop(work('fixture.test/a@v1.0.0', 'fixture.test/g@v1.0.0'), rules(), s.fx)
  expect(out.failures).toEqual([])
  expect(s.ran[1]).toEqual(work('fixture.test/g@v1.0.0'))
  // Attempt 1: a uniform draw (0.5) in [0, delay]; attempt 2 starts after it.
  expect(s.slept).toEqual([50])
  expect(out.attemptLog.map(r => [r.attempt, r.startedMs, r.failed, r.retrying, r.delayMs])).toEqual([
    [1, 100, 1, ['fixture.test/g@v1.0.0'], 50],
    [2, 400, 0, [], 0]
  ])
})

test('the waits double up to retry-max-delay, and the retries run out', async () => {
  const transient = [failed(UNAVAILABLE, { module: 'fixture.test/g', version: 'v1.0.0' })]
  const s = scripted([transient, transient, transient, transient, transient])
  const out = await attemptLoop(work('fixture.test/g@v1.0.0'), rules({ retryMaxDelayMs: 300 }), s.fx)
  expect(s.slept).toEqual([50, 100, 150])
  expect(out.attemptLog).toHaveLength(4)
  expect(out.failures).toHaveLength(1)
  expect(s.lines.at(-1)).toBe("Attempt 4: not retried: no retries left (input 'retries': 3)")
})

test('one permanent failure ends the download at once, whatever else is transient', async () => {
  const s = scripted([[failed(UNAVAILABLE), failed(MISMATCH)]])
  const out = await attemptLoop(work('fixture.test/u@v0.2.0'), rules(), s.fx)
  expect(s.ran).toHaveLength(1)
  expect(s.slept).toEqual([])
  expect(out.attemptLog[0]).toMatchObject({ failed: 2, retrying: [], delayMs: 0 })
  expect(s.lines.at(-1)).toBe('Attempt 1: not retried: checksum-mismatch is not transient')
})

test('no retry starts when its wait would end past the budget', async () => {
  const s = scripted([[failed(UNAVAILABLE)], []])
  // The attempt ends at 1250 ms; a 50 ms wait would reach the 1300 ms deadline.
  const out = await attemptLoop(work('fixture.test/g@v1.0.0'), rules({ deadline: 1300 }), s.fx)
  expect(s.ran).toHaveLength(1)
  expect(out.failures).toHaveLength(1)
  expect(s.lines.at(-1)).toBe("Attempt 1: not retried: the download budget (input 'timeout') ran out")
})

test('a corrupt module cache entry is removed before the retry', async () => {
  const corrupt = failed('zip: not a valid zip file', { module: 'fixture.test/u', version: 'v0.2.0' })
  const s = scripted([[corrupt, corrupt], []])
  const out = await attemptLoop(work('fixture.test/u@v0.2.0'), rules(), s.fx)
  expect(s.repaired).toEqual(['fixture.test/u@v0.2.0'])
  expect(out.failures).toEqual([])
})

test('a mirror that has not fetched the origin yet gets the longer wait', async () => {
  const s = scripted([[failed(NOT_YET_FETCHED, { module: 'github.com/o/r', version: 'v1.0.0' })], []])
  await attemptLoop(work('github.com/o/r@v1.0.0'), rules(), s.fx)
  // Never below half of the slow cap: 100 ms · SLOW_FACTOR · (0.5 + 0.5/2).
  expect(s.slept).toEqual([100 * SLOW_FACTOR * 0.75])
})

test('a stall the engine stopped is retried; a spent budget is not', async () => {
  const stalled = scripted([[failed('no progress', { stopped: 'stall-timeout' })], []])
  expect((await attemptLoop(work('fixture.test/g@v1.0.0'), rules(), stalled.fx)).failures).toEqual([])
  const spent = scripted([[failed('budget', { stopped: 'timeout' })], []])
  expect((await attemptLoop(work('fixture.test/g@v1.0.0'), rules(), spent.fx)).failures).toHaveLength(1)
  expect(spent.lines.at(-1)).toBe('Attempt 1: not retried: budget is not transient')
})
