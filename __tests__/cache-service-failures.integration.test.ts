/**
 * A cache service that is down, refuses, fails or hangs costs one warning and a few seconds, never the job:
 * the bundle under the runner harness, the real @actions/cache in its worker process, the fake service.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { readArchive, writeArchive } from '../testkit/cache-archive.js'
import { cacheServiceEnv, refusedServiceUrl } from '../testkit/cache-service.js'
import { ANSWER_DEADLINE_MS } from '../src/cache/service.js'
import { useCacheSetup, warnings } from './cache-setup.js'

const setup = useCacheSetup()
const { newJob, inputs, runJob } = setup
const rpcs = (name: string) => setup.service.requests.filter(r => r.rpc === name)

test('a refused cache service costs one warning and no save attempt', async () => {
  const job = newJob(cacheServiceEnv(await refusedServiceUrl()))
  const { main, post } = await runJob(job)
  expect(main.exitCode).toBe(0)
  expect(main.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-restore-kind': 'unavailable' })
  expect(warnings(main).map(w => w.title)).toEqual(['Module cache unavailable'])
  expect(main.log).toContain('ECONNREFUSED')
  // Not the library's retry path: a refused connection is not retried.
  expect(main.log).not.toContain('Retrying request')
  expect(post.log).toContain('not saved (the cache service was unavailable)')
  expect(warnings(post)).toEqual([])
})

test('4xx answers: restore continues without cache; a failed reserve is a post-step warning', async () => {
  setup.service.addFault({ status: 403, rpc: 'GetCacheEntryDownloadURL', times: 1 })
  const denied = await newJob().runAction(inputs())
  expect(denied.exitCode).toBe(0)
  expect(denied.outputs['cache-restore-kind']).toBe('unavailable')
  expect(warnings(denied)[0].message).toContain('403')

  setup.service.addFault({ status: 400, rpc: 'CreateCacheEntry' })
  const { main, post } = await runJob(newJob())
  expect(main.outputs['cache-restore-kind']).toBe('miss')
  expect(post.log).toContain('not saved (the cache service failed)')
  expect(
    warnings(post)
      .map(w => w.message)
      .join()
  ).toContain('400')
  expect(setup.service.entries).toEqual([])
})

test('5xx answers: restore and save stop after the second failure instead of retrying for 30 s', async () => {
  setup.service.addFault({ status: 502, rpc: 'GetCacheEntryDownloadURL' })
  const { main, post } = await runJob(newJob())
  expect(main.exitCode).toBe(0)
  expect(main.outputs['cache-restore-kind']).toBe('unavailable')
  // The library would try five times; the worker is stopped after the second (one 3 s retry is allowed).
  expect(rpcs('GetCacheEntryDownloadURL')).toHaveLength(2)
  const warned = warnings(main)
  expect(warned.map(w => w.title)).toEqual(['Module cache unavailable'])
  expect(warned[0].message).toContain('failed 2 times')
  expect(warned[0].message).toContain('502')
  expect(main.annotations.filter(a => a.level === 'error')).toEqual([])
  expect(post.log).toContain('not saved (the cache service was unavailable)')
  expect(rpcs('CreateCacheEntry')).toEqual([])

  // The same in the post step: reserving the key fails twice, the save is given up with one warning.
  setup.service.clearFaults()
  setup.service.addFault({ status: 503, rpc: 'CreateCacheEntry' })
  const saving = await runJob(newJob())
  expect(saving.main.outputs['cache-restore-kind']).toBe('miss')
  expect(saving.post.log).toContain('not saved (the cache service failed)')
  expect(rpcs('CreateCacheEntry')).toHaveLength(2)
  expect(
    warnings(saving.post)
      .map(w => w.message)
      .join()
  ).toContain('failed 2 times')
  expect(setup.service.entries).toEqual([])
})

test('a service that never answers is given up on after a deadline, in main and in post; the job goes on', async () => {
  setup.service.addFault({ status: 0, rpc: 'GetCacheEntryDownloadURL' })
  const job = newJob()
  const main = await job.runAction(inputs())
  expect(main.exitCode).toBe(0)
  expect(main.outputs['cache-restore-kind']).toBe('unavailable')
  expect(main.outputs['download-attempts']).toBe('1')
  expect(warnings(main)[0].message).toContain(`did not answer within ${ANSWER_DEADLINE_MS / 1000} s`)
  expect(rpcs('GetCacheEntryDownloadURL')).toHaveLength(1)
  const build = await setup.world.offlineBuild(job)
  expect(build.exitCode).toBe(0)

  // A reserve that never gets an answer: the post step gives the save up after the same deadline.
  setup.service.clearFaults()
  setup.service.addFault({ status: 0, rpc: 'CreateCacheEntry' })
  const saving = await runJob(newJob())
  expect(saving.main.outputs['cache-restore-kind']).toBe('miss')
  expect(saving.post.log).toContain('not saved (the cache service failed)')
  expect(warnings(saving.post)[0].message).toContain(`did not answer within ${ANSWER_DEADLINE_MS / 1000} s`)
  expect(setup.service.entries.filter(e => e.finalized)).toEqual([])
})

test('an archive download that breaks half-way leaves nothing of the entry; the download goes on cold', async () => {
  await runJob(newJob())
  // A first member of 4 MiB that does not compress: zstd hands it on, and it is written, before the break.
  const entry = setup.service.entries[0]
  const planted = { name: '../gomodcache/cache/download/planted.test/@v/list', type: '0' as const }
  entry.data = writeArchive([{ ...planted, data: randomBytes(4 << 20) }, ...readArchive(entry.data)])
  // A store without range requests sends the archive as one stream; it breaks after half of it.
  setup.service.acceptRanges(false)
  setup.service.addFault({ status: 200, blob: 'truncate', times: 1 })
  setup.proxy.requests.length = 0
  const job = newJob()
  const main = await job.runAction(inputs())
  expect(main.exitCode).toBe(0)
  expect(main.outputs['cache-restore-kind']).toBe('unavailable')
  expect(warnings(main).map(w => w.title)).toEqual(['Module cache unavailable'])
  expect(warnings(main)[0].message).toMatch(/incomplete download|aborted/)
  expect(existsSync(path.join(setup.world.tmp, 'gomodcache/cache/download/planted.test'))).toBe(false)
  // Every zip came from the proxy, and the build works offline.
  expect(setup.proxy.requests.filter(r => r.file === 'zip').length).toBeGreaterThanOrEqual(4)
  expect((await setup.world.offlineBuild(job)).exitCode).toBe(0)
})
