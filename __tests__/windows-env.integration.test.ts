/**
 * The bundle on a Windows-shaped runner environment, on this machine: RUNNER_OS=Windows and a checkout with
 * CRLF line endings (git's autocrlf on Windows runners). The keys must name Windows and hash the dependencies
 * as on Linux; go must read the CRLF files; a later build must work offline. See windows-paths.test.ts for the
 * path rules and the README (Platforms) for what only a Windows runner can show.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { removeTempDir } from '../testkit/go-env.js'
import type { Job } from '../testkit/runner.js'
import { useCacheSetup } from './cache-setup.js'

const setup = useCacheSetup()

/** A fresh runner (an empty GOMODCACHE, the cache service) that says RUNNER_OS=Windows. */
function windowsJob(): Job {
  removeTempDir(path.join(setup.world.tmp, 'gomodcache'))
  const runnerTemp = path.join(setup.world.tmp, 'runner-temp-windows')
  return setup.world.newJob({ GOSUMDB: 'off', ...setup.service.env() }, { runnerTemp, runnerOs: 'Windows' })
}

/** Rewrites every go.mod and go.sum of the example with CRLF line endings. */
function toCrlf(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/^go\.(mod|sum)$/.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'))
  }
}

test('RUNNER_OS=Windows and a CRLF checkout: Windows keys, the Linux dependency hash, an offline build', async () => {
  const linux = await setup.runJob(setup.newJob())
  expect(linux.main.exitCode).toBe(0)
  const linuxKey = linux.main.outputs['cache-primary-key']
  expect(linuxKey).toMatch(/^setup-gomod-mod-Linux-[0-9a-f]{32}$/)

  toCrlf(setup.world.examples)
  expect(readFileSync(path.join(setup.world.examples, 'go.sum'), 'utf8')).toContain('\r\n')
  const job = windowsJob()
  const windows = await setup.runJob(job)
  expect(windows.main.exitCode).toBe(0)
  expect(windows.main.outputs).toMatchObject({
    'cache-primary-key': linuxKey.replace('-Linux-', '-Windows-'),
    // Another OS's entry is never restored: the Linux one above does not count.
    'cache-restore-kind': 'miss',
    modules: '4'
  })
  expect((await setup.world.offlineBuild(job)).exitCode).toBe(0)
}, 60_000)
