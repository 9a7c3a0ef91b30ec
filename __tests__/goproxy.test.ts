/**
 * The fake GOPROXY (testkit/goproxy.ts) driven by the real go command: success, then each fault and the
 * error text go prints for it. Every go call runs offline against the in-process proxy.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { loadFixtureModules, startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { syntheticModules } from '../testkit/synthetic.js'
import { writeRequiringProject } from '../testkit/module-project.js'
import { goModOnly, REALISTIC_SHAPE } from '../testkit/synthetic.js'
import {
  copyExamples,
  isolatedGoEnv,
  makeTempDir,
  parseJsonStream,
  removeTempDir,
  runGo,
  type RunGoResult
} from '../testkit/go-env.js'

interface DownloadJson {
  Path: string
  Version: string
  Error?: string
  Zip?: string
  Dir?: string
  Sum?: string
  GoModSum?: string
}

/** The build list of examples/go.mod. */
const VERSIONS: Record<string, string> = {
  'fixture.test/ansi': 'v0.3.0',
  'fixture.test/color': 'v1.2.0',
  'fixture.test/greet': 'v1.1.0',
  'fixture.test/util': 'v0.2.0'
}
const ALL = Object.keys(VERSIONS)

let proxy: GoProxy
let tmp: string
let project: string
let env: NodeJS.ProcessEnv

beforeEach(async () => {
  proxy = await startGoProxy()
  tmp = makeTempDir('goproxy-test-')
  project = copyExamples(path.join(tmp, 'src'))
  env = isolatedGoEnv(tmp, { GOPROXY: proxy.url })
})

afterEach(async () => {
  await proxy.close()
  removeTempDir(tmp)
})

const download = (args: string[] = [], timeoutMs = 20_000): Promise<RunGoResult> =>
  runGo(['mod', 'download', '-json', ...args], { cwd: project, env, timeoutMs })

const byPath = (r: RunGoResult) => new Map(parseJsonStream<DownloadJson>(r.stdout).map(o => [o.Path, o]))

/** Every file under GOMODCACHE/cache/download ending in `suffix`. */
function cachedFiles(suffix: string): string[] {
  const root = path.join(tmp, 'gomodcache', 'cache', 'download')
  if (!fs.existsSync(root)) return []
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter(f => f.endsWith(suffix))
}

describe('fake GOPROXY with real go', () => {
  it('serves the example graph; the build then works offline', async () => {
    const r = await download()
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const mods = byPath(r)
    expect([...mods.keys()].sort()).toEqual(ALL)
    for (const m of mods.values()) {
      expect(m.Version).toBe(VERSIONS[m.Path])
      expect(m.Error).toBeUndefined()
      expect(m.Sum).toMatch(/^h1:/)
      expect(fs.existsSync(m.Zip!)).toBe(true)
    }
    expect(fs.readFileSync(path.join(mods.get('fixture.test/greet')!.Dir!, 'greet.go'), 'utf8')).toContain(
      'func Excited'
    )

    const offline = { ...env, GOPROXY: 'off', GOFLAGS: '-mod=mod' }
    const build = await runGo(['build', '-o', path.join(tmp, 'hello'), '.'], { cwd: project, env: offline })
    expect(build.stderr).toBe('')
    expect(build.code).toBe(0)
    const tools = await runGo(['build', './...'], { cwd: path.join(project, 'tools'), env: offline })
    expect(tools.stderr).toBe('')
    expect(tools.code).toBe(0)
  })

  it('records module, version and file of each request', async () => {
    expect((await download()).code).toBe(0)
    const seen = proxy.requests.map(q => `${q.module}@${q.version} ${q.file} ${q.status}`)
    for (const [m, v] of Object.entries(VERSIONS)) {
      expect(seen).toEqual(expect.arrayContaining([`${m}@${v} mod 200`, `${m}@${v} zip 200`]))
    }
    const zip = proxy.requests.find(q => q.file === 'zip' && q.module === 'fixture.test/greet')!
    expect(zip).toEqual({
      method: 'GET',
      path: '/fixture.test/greet/@v/v1.1.0.zip',
      module: 'fixture.test/greet',
      version: 'v1.1.0',
      file: 'zip',
      status: 200
    })
    // A second download in the same module cache is served from the cache.
    const before = proxy.requests.length
    expect((await download()).code).toBe(0)
    expect(proxy.requests.length).toBe(before)
  })

  it('status 500 on a .zip becomes the "Error" field of that module', async () => {
    proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'status', status: 500 } })
    const r = await download()
    expect(r.code).toBe(1)
    const mods = byPath(r)
    expect(mods.get('fixture.test/greet')!.Error).toBe(
      `fixture.test/greet@v1.1.0: reading ${proxy.url}/fixture.test/greet/@v/v1.1.0.zip: 500 Internal Server Error\n` +
        '\tserver response: injected 500 for /fixture.test/greet/@v/v1.1.0.zip'
    )
    expect(mods.get('fixture.test/greet')!.Zip).toBeUndefined()
    expect(mods.get('fixture.test/util')!.Error).toBeUndefined()
    expect(mods.get('fixture.test/util')!.Zip).toBeDefined()
    expect(proxy.requests.filter(q => q.fault === 'status')).toHaveLength(1)
  })

  it('status 404 on a .mod fails graph loading with a stderr line', async () => {
    proxy.addFault({ module: 'fixture.test/color', file: 'mod', fault: { kind: 'status', status: 404 } })
    const r = await download()
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `go: fixture.test/color@v1.2.0: reading ${proxy.url}/fixture.test/color/@v/v1.2.0.mod: 404 Not Found\n` +
        '\tserver response: injected 404 for /fixture.test/color/@v/v1.2.0.mod\n'
    )
    expect(r.stdout).toBe('')
  })

  it('a fault with times: 2 clears on the third run', async () => {
    proxy.addFault({
      module: 'fixture.test/util',
      file: 'zip',
      times: 2,
      fault: { kind: 'status', status: 503 }
    })
    const first = await download()
    const second = await download()
    const third = await download()
    expect([first.code, second.code, third.code]).toEqual([1, 1, 0])
    expect(byPath(first).get('fixture.test/util')!.Error).toContain('503 Service Unavailable')
    expect(byPath(second).get('fixture.test/util')!.Error).toContain('503 Service Unavailable')
    expect(byPath(third).get('fixture.test/util')!.Sum).toMatch(/^h1:/)
    expect(proxy.requests.filter(q => q.status === 503)).toHaveLength(2)
  })

  it('a connection reset mid-body gives unexpected EOF', async () => {
    proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'reset' } })
    const r = await download()
    expect(r.code).toBe(1)
    expect(byPath(r).get('fixture.test/greet')!.Error).toBe(
      `fixture.test/greet@v1.1.0: read "${proxy.url}/fixture.test/greet/@v/v1.1.0.zip": unexpected EOF`
    )
  })

  it('a corrupt zip gives zip: not a valid zip file', async () => {
    proxy.addFault({ module: 'fixture.test/ansi', file: 'zip', fault: { kind: 'corrupt-zip' } })
    const r = await download()
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).toContain('zip: not a valid zip file')
    // go 1.26 names no module here: the bare archive/zip error becomes the module's "Error".
    expect(byPath(r).get('fixture.test/ansi')!.Error).toBe('zip: not a valid zip file')
    expect(byPath(r).get('fixture.test/color')!.Error).toBeUndefined()
  })

  it('a zip whose content differs from go.sum gives checksum mismatch and SECURITY ERROR', async () => {
    proxy.addFault({ module: 'fixture.test/util', file: 'zip', fault: { kind: 'wrong-content' } })
    const r = await download()
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^verifying fixture\.test\/util@v0\.2\.0: checksum mismatch\n\tdownloaded: h1:\S+\n\tgo\.sum: {5}h1:SXxMc\/AghSv6hA3WQoXIwcw8\+HyCuCCiEO8Fqmtr97I=\n\nSECURITY ERROR\n/m
    )
    expect(r.stderr).toContain('This download does NOT match an earlier download recorded in go.sum.')
  })

  it('a go.mod whose content differs from go.sum gives checksum mismatch on /go.mod', async () => {
    proxy.addFault({ module: 'fixture.test/greet', file: 'mod', fault: { kind: 'wrong-content' } })
    const r = await download()
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('verifying fixture.test/greet@v1.1.0/go.mod: checksum mismatch')
    expect(r.stderr).toContain('SECURITY ERROR')
  })

  it('a hanging proxy makes go wait until the kill timer; close() ends the hung requests', async () => {
    proxy.addFault({ file: 'any', fault: { kind: 'hang' } })
    const r = await download([], 1500)
    expect(r.timedOut).toBe(true)
    expect(r.code).toBeNull()
    expect(r.durationMs).toBeGreaterThanOrEqual(1500)
    expect(r.stdout).toBe('')
    expect(proxy.requests.length).toBeGreaterThan(0)
    expect(proxy.requests.every(q => q.fault === 'hang' && q.status === 0)).toBe(true)
    expect(cachedFiles('.zip')).toEqual([])
    expect(cachedFiles('.mod')).toEqual([])
    const t0 = Date.now()
    await proxy.close()
    expect(Date.now() - t0).toBeLessThan(1000)
  })

  it('answers unknown modules and versions with a text/plain 404, and serves list and @latest', async () => {
    const res = await fetch(`${proxy.url}/fixture.test/nope/@v/v1.0.0.info`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await (await fetch(`${proxy.url}/fixture.test/greet/@v/v9.9.9.zip`)).text()).toContain('not found')
    expect(await (await fetch(`${proxy.url}/fixture.test/greet/@v/list`)).text()).toBe('v1.0.0\nv1.1.0\n')
    expect(await (await fetch(`${proxy.url}/fixture.test/greet/@latest`)).json()).toEqual({
      Version: 'v1.1.0',
      Time: '2024-01-01T00:00:00Z'
    })
    const r = await runGo(['list', '-m', '-json', 'fixture.test/greet@latest'], { cwd: tmp, env })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ Path: 'fixture.test/greet', Version: 'v1.1.0' })
  })

  it('case-escapes module paths like go does', async () => {
    await proxy.close()
    const mod = {
      path: 'fixture.test/CamelCase',
      version: 'v1.0.0',
      files: { 'go.mod': 'module fixture.test/CamelCase\n\ngo 1.21\n', 'c.go': 'package camelcase\n' }
    }
    proxy = await startGoProxy({ modules: [...loadFixtureModules(), mod] })
    env.GOPROXY = proxy.url
    const r = await runGo(['mod', 'download', '-json', 'fixture.test/CamelCase@v1.0.0'], { cwd: tmp, env })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(proxy.requests.map(q => q.path)).toContain('/fixture.test/!camel!case/@v/v1.0.0.zip')
    expect(proxy.requests.every(q => q.module === 'fixture.test/CamelCase')).toBe(true)
  })

  it('generates deterministic synthetic modules that go accepts', async () => {
    const mods = syntheticModules(40)
    expect(syntheticModules(40)).toEqual(mods)
    expect(mods[0].path).toBe('fixture.test/gen/m001')
    const sizes = mods
      .map(m => Object.values(m.files).reduce((n, f) => n + f.length, 0))
      .sort((a, b) => a - b)
    expect(sizes[0]).toBeLessThan(sizes[sizes.length - 1] / 10) // a real spread, not uniform sizes
    await proxy.close()
    proxy = await startGoProxy({ modules: mods, latencyMs: 30 })
    env.GOPROXY = proxy.url
    const args = mods.slice(0, 3).map(m => `${m.path}@${m.version}`)
    const r = await runGo(['mod', 'download', '-json', ...args], { cwd: tmp, env })
    expect(r.code).toBe(0)
    expect(parseJsonStream<DownloadJson>(r.stdout).map(o => o.Sum)).toEqual([
      expect.stringMatching(/^h1:/),
      expect.stringMatching(/^h1:/),
      expect.stringMatching(/^h1:/)
    ])
  })

  it('generates real-shaped modules whose go.mod files pull go.mod-only versions into the graph', async () => {
    const mods = syntheticModules(12, { ...REALISTIC_SHAPE, requires: { count: 2, version: 'v1.0.0' } })
    const files = mods.map(m => Object.keys(m.files).length).sort((a, b) => a - b)
    expect(files.at(-1)).toBeGreaterThan(files[0] * 5) // log-normal file counts
    expect(mods.some(m => Object.keys(m.files).some(f => f.includes('/internal/')))).toBe(true)
    const older = goModOnly(mods, 'v1.0.0')
    await proxy.close()
    proxy = await startGoProxy({ modules: [...mods.map(m => ({ ...m, version: 'v1.1.0' })), ...older] })
    env.GOPROXY = proxy.url
    const app = path.join(tmp, 'app')
    fs.mkdirSync(app)
    writeRequiringProject(
      app,
      'example.test/app',
      mods.map(m => ({ ...m, version: 'v1.1.0' }))
    )
    const r = await runGo(['mod', 'download'], {
      cwd: app,
      env: { ...env, GOFLAGS: '-mod=mod', GOSUMDB: 'off' }
    })
    expect(r.stderr).toBe('')
    // go read the go.mod of required v1.0.0 versions (no graph pruning below go 1.17) without their zips.
    const modOnly = proxy.requests.filter(q => q.version === 'v1.0.0')
    expect(modOnly.length).toBeGreaterThan(0)
    expect(modOnly.every(q => q.file === 'mod')).toBe(true)
  })

  it('paces responses like a network path: latency, then the bandwidth of a stream', async () => {
    const noise = randomBytes(200_000).toString('base64') // does not deflate away
    const big = {
      path: 'fixture.test/big',
      version: 'v1.0.0',
      files: { 'go.mod': 'module x\n', 'a.txt': noise }
    }
    await proxy.close()
    proxy = await startGoProxy({ modules: [big] })
    proxy.setNetwork({ latencyMs: 50, streamBytesPerSec: 1_000_000 })
    const started = performance.now()
    const res = await fetch(`${proxy.url}/fixture.test/big/@v/v1.0.0.zip`)
    const bytes = (await res.arrayBuffer()).byteLength
    const ms = performance.now() - started
    // Lower bounds only: pacing can make a response slower, never faster, whatever the machine's load.
    expect(bytes).toBeGreaterThan(150_000)
    expect(ms).toBeGreaterThanOrEqual(50 + (bytes / 1_000_000) * 1000 * 0.9)
    proxy.setNetwork({})
  })
})
