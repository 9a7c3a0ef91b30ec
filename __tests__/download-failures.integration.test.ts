/**
 * The download engine through the bundle, real go against the local module proxy: failures that are not
 * retried, failures that never clear, and a set of many modules fetched by parallel go processes.
 * (download.integration.test.ts has the faults that clear.)
 */
import { mkdirSync } from 'node:fs'
import * as path from 'node:path'
import { freeLoopbackPort } from '../testkit/loopback.js'
import { writeRequiringProject } from '../testkit/module-project.js'
import { MANY, useDownloadSetup } from './download-setup.js'

const setup = useDownloadSetup()
const { newJob, inputs, expectOfflineBuild, requestsFor } = setup

describe('permanent failures are not retried', () => {
  test.each([404, 410])('%i on a zip', async status => {
    setup.proxy.addFault({ module: 'fixture.test/color', file: 'zip', fault: { kind: 'status', status } })
    const main = await newJob().runAction(inputs())
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('1')
    expect(main.log).toMatch(/Attempt 1: not retried: \S+ is not transient/)
    // Once by the prefetch, which leaves a 404 to go, and once by go.
    expect(requestsFor('fixture.test/color', 'zip')).toBe(2)
  })

  test('a checksum mismatch against go.sum', async () => {
    setup.proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'wrong-content' } })
    const main = await newJob().runAction(inputs({ diagnose: 'true' }))
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('1')
    expect(main.outputs.diagnosis).toBe('checksum-mismatch')
    expect(main.log).toContain('Attempt 1: not retried: checksum-mismatch is not transient')
    // The prefetch never writes a zip that does not match go.sum: go fetches it again and says why.
    expect(main.log).toMatch(
      /Prefetch: .*did not match go\.sum and are left to go: fixture\.test\/greet@v1\.1\.0/
    )
    expect(requestsFor('fixture.test/greet', 'zip')).toBe(2)
  })

  test('GOPROXY=off', async () => {
    const main = await newJob().runAction(inputs({ goproxy: 'off' }))
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('1')
    expect(main.log).toContain('module lookup disabled by GOPROXY=off')
    expect(main.log).toContain('not retried: goproxy-off is not transient')
  })
})

describe('network failures that never clear use every retry', () => {
  test('a refused connection (closed port)', async () => {
    const main = await newJob().runAction(
      inputs({ goproxy: `http://127.0.0.1:${await freeLoopbackPort()}`, retries: '2' })
    )
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('3')
    expect(main.log).toContain('(connection-refused)')
    expect(main.log).toContain("Attempt 3: not retried: no retries left (input 'retries': 2)")
  })

  test('a DNS failure', async () => {
    const main = await newJob().runAction(inputs({ goproxy: 'http://goproxy.invalid', retries: '2' }))
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('3')
    expect(main.log).toContain('(dns-failure)')
  })
})

describe('many modules, parallel go processes', () => {
  let many: string
  beforeEach(() => {
    many = path.join(setup.world.workspace, 'many')
    mkdirSync(many)
    writeRequiringProject(many, 'example.test/many', MANY)
  })
  const target = MANY[6].path

  test('one module failing among many is the only one fetched again', async () => {
    // This project has no go.sum, so nothing can vouch for a zip before go runs: go fetches every one.
    setup.proxy.addFault({ module: target, file: 'zip', fault: { kind: 'status', status: 503 }, times: 2 })
    const job = newJob()
    const main = await job.runAction(inputs({ 'working-directory': 'many' }))
    expect(main.exitCode).toBe(0)
    expect(main.outputs['download-attempts']).toBe('3')
    expect(main.outputs.modules).toBe('24')
    expect(main.log).toMatch(
      /Attempt 1: \d+ module versions? in up to \d+ parallel go processes, then module graph check/
    )
    expect(main.log).toContain('Attempt 2: 1 module version in up to 6 parallel go processes')
    for (const m of MANY) expect(requestsFor(m.path, 'zip')).toBe(m.path === target ? 3 : 1)
    await expectOfflineBuild(job, many)

    // A second run on the complete cache asks the proxy nothing and starts no parallel processes.
    setup.proxy.requests.length = 0
    const warm = await newJob().runAction(inputs({ 'working-directory': 'many' }))
    expect(warm.outputs['download-attempts']).toBe('1')
    expect(warm.log).toContain('Attempt 1: module graph check in 1 root')
    expect(setup.proxy.requests).toEqual([])
  })

  test('one module that cannot exist fails alone; the others are in the cache', async () => {
    setup.proxy.addFault({ module: target, file: 'info', fault: { kind: 'status', status: 404 } })
    const job = newJob()
    const main = await job.runAction(inputs({ 'working-directory': 'many', diagnose: 'true' }))
    expect(main.exitCode).toBe(1)
    expect(main.outputs['download-attempts']).toBe('1')
    const onRequires = main.annotations.filter(a => a.level === 'error' && a.file)
    expect(onRequires).toHaveLength(1)
    expect(onRequires[0]).toMatchObject({ file: 'many/go.mod', line: 12 })
    expect(onRequires[0].title).toContain(`${target}@v1.0.0`)
    for (const m of MANY) if (m.path !== target) expect(requestsFor(m.path, 'zip')).toBe(1)
  })
})
