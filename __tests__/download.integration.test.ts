/**
 * The download engine through the bundle (dist/main.js under the runner harness), real go against the local
 * module proxy with injected faults: what is retried, what is not, stalls, cache repair, parallel fetches.
 * Every success is checked by an offline build (GOFLAGS=-mod=mod GOPROXY=off) in a later step.
 */
import { readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { useDownloadSetup } from './download-setup.js'
import type { StepResult } from '../testkit/runner.js'

const setup = useDownloadSetup()
const { newJob, inputs, expectOfflineBuild, requestsFor } = setup

/** Processes whose working directory is inside the test's temp dir: go processes left behind. */
function processesInTmp(): string[] {
  return readdirSync('/proc')
    .filter(p => /^\d+$/.test(p))
    .filter(p => {
      try {
        return readlinkSync(`/proc/${p}/cwd`).startsWith(setup.world.tmp)
      } catch {
        return false
      }
    })
}

function expectSuccess(main: StepResult, attempts: number): void {
  expect(main.exitCode).toBe(0)
  expect(main.outputs['download-attempts']).toBe(String(attempts))
  expect(main.outputs.modules).toBe('4')
  expect(main.log).toMatch(
    /Done: 4 module versions ready, [\d.]+ KiB fetched, [\d.]+ s, \d attempts? \(zips stay packed/
  )
}

describe('transient failures are retried until they clear', () => {
  test.each([
    [500, 'zip', '1'],
    [502, 'info', '1'],
    [503, 'mod', '1'],
    [429, 'zip', '1'],
    [503, 'mod', '4'],
    [500, 'zip', '4']
  ] as const)('%i on the .%s file (parallelism %s)', async (status, file, parallelism) => {
    // Three failures: the prefetch meets the first and leaves the module to go, whose attempts meet two.
    setup.proxy.addFault({ module: 'fixture.test/greet', file, fault: { kind: 'status', status }, times: 3 })
    const job = newJob()
    const main = await job.runAction(inputs({ parallelism }))
    expectSuccess(main, 3)
    expect(main.log).toMatch(
      new RegExp(
        `Attempt 1: 1 failure in .*\n  fixture\\.test/greet@v1\\.1\\.0 \\((proxy-bad-response|rate-limited)\\): .*: ${status} `
      )
    )
    // Only what failed is fetched again: every other zip was requested once.
    for (const other of ['color', 'util', 'ansi']) expect(requestsFor(`fixture.test/${other}`, 'zip')).toBe(1)
    await expectOfflineBuild(job)
  })

  test('a connection reset mid-body', async () => {
    // The first reset stops the prefetch; go's first attempt meets the second.
    setup.proxy.addFault({ module: 'fixture.test/color', file: 'zip', fault: { kind: 'reset' }, times: 2 })
    const job = newJob()
    const main = await job.runAction(inputs())
    expectSuccess(main, 2)
    expect(main.log).toContain('(connection-reset)')
    await expectOfflineBuild(job)
  })

  test('a hang is stopped at stall-timeout, whole process group included, and retried', async () => {
    // The prefetch gives up on the first hang after stall-timeout; go's first attempt meets the second.
    setup.proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'hang' }, times: 2 })
    const job = newJob()
    const main = await job.runAction(inputs({ parallelism: '2' }))
    expectSuccess(main, 2)
    expect(main.log).toMatch(
      /showed no progress for 1 s \(input 'stall-timeout'\) while waiting for \S+greet\/@v\/v1\.1\.0\.zip/
    )
    expect(main.log).toContain('fixture.test/greet@v1.1.0 (stall)')
    expect(processesInTmp()).toEqual([])
    await expectOfflineBuild(job)
  })

  test('a public proxy 404 for a version it could not fetch from its origin yet waits longer, then succeeds', async () => {
    const body =
      'not found: fixture.test/greet@v1.1.0: invalid version: git ls-remote -q origin in ' +
      '/tmp/gopath/pkg/mod/cache/vcs/0a1b2c: exit status 128:\n\tfatal: unable to access ' +
      "'https://git.example.test/greet/': Failed to connect to git.example.test port 443: Connection refused"
    setup.proxy.addFault({
      module: 'fixture.test/greet',
      file: 'zip',
      fault: { kind: 'status', status: 404, body },
      // The prefetch leaves a 404 to go, whose first attempt meets the second.
      times: 2
    })
    const job = newJob()
    const main = await job.runAction(inputs({ 'retry-delay': '50ms', 'retry-max-delay': '1s' }))
    expectSuccess(main, 2)
    expect(main.log).toContain('fixture.test/greet@v1.1.0 (proxy-origin-fetch-failed)')
    // 4 × retry-delay, jittered within its upper half: at least 100 ms.
    const delay = /Attempt 1: retry 1 of 3 in ([\d.]+) s/.exec(main.log)
    expect(Number(delay?.[1])).toBeGreaterThanOrEqual(0.1)
    await expectOfflineBuild(job)
  })
})

describe('corrupt zips', () => {
  test('a corrupt zip from the proxy is fetched again', async () => {
    setup.proxy.addFault({
      module: 'fixture.test/util',
      file: 'zip',
      fault: { kind: 'corrupt-zip' },
      // The prefetch finds the first one does not match go.sum and leaves it to go, which meets the second.
      times: 2
    })
    const job = newJob()
    const main = await job.runAction(inputs())
    expect(main.log).toMatch(
      /Prefetch: .*did not match go\.sum and are left to go: fixture\.test\/util@v0\.2\.0/
    )
    expectSuccess(main, 2)
    expect(main.log).toContain('fixture.test/util@v0.2.0 (modcache-corrupt)')
    await expectOfflineBuild(job)
  })

  test('a corrupt zip already in the module cache is removed and fetched again', async () => {
    expectSuccess(await newJob().runAction(inputs()), 1)
    const cache = path.join(setup.world.tmp, 'gomodcache')
    writeFileSync(path.join(cache, 'cache/download/fixture.test/greet/@v/v1.1.0.zip'), 'truncated')
    rmSync(path.join(cache, 'fixture.test/greet@v1.1.0'), { recursive: true, force: true })
    setup.proxy.requests.length = 0
    const job = newJob()
    const main = await job.runAction(inputs())
    // Found before go runs (the zip has no end of central directory), so the first attempt fetches it.
    expectSuccess(main, 1)
    expect(main.log).toContain('Removed the module cache entry of fixture.test/greet@v1.1.0')
    expect(setup.proxy.requests.map(r => `${r.module}.${r.file}`)).toEqual(['fixture.test/greet.zip'])
    await expectOfflineBuild(job)
  })
})
