/**
 * The bundle (dist/main.js, dist/post.js) run the way the GitHub runner runs it, with real go against the local
 * module proxy, in an isolated HOME, GOMODCACHE and RUNNER_TEMP per test.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { ExampleWorkspace, exampleInputs } from '../testkit/example-workspace.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { expectOnlyExtraction } from './download-setup.js'

const GOROOT = path.resolve(path.dirname(process.env.GO_BINARY ?? '/usr/local/go/bin/go'), '..')
/** A PATH with git, tar and the like, but without go (for the tool-cache and no-go cases). */
const PATH_WITHOUT_GO = '/usr/sbin:/usr/bin:/sbin:/bin'

let proxy: GoProxy
let world: ExampleWorkspace
let tmp: string
let examples: string

beforeAll(async () => {
  proxy = await startGoProxy()
})
afterAll(async () => proxy.close())
beforeEach(() => {
  world = ExampleWorkspace.create('setup-gomod-it-')
  ;({ tmp, examples } = world)
  proxy.clearFaults()
  proxy.requests.length = 0
})
afterEach(() => world.remove())

/** A job whose runner environment has no Go variables set, so each input is the only source. */
const newJob = (extraEnv: Record<string, string | undefined> = {}) => world.newJob(extraEnv)
const baseInputs = () => exampleInputs(proxy.url)
const requireLine = (module: string) => world.requireLine(module)

describe('environment', () => {
  test('exports exactly the variables inputs set; a later step and the post step see them', async () => {
    const job = newJob()
    const main = await job.runAction({ ...baseInputs(), gotoolchain: 'local', download: 'false' })
    expect(main.exitCode).toBe(0)
    expect(main.outputs.goproxy).toBe(proxy.url)
    expect(main.outputs.goprivate).toBe('')
    expect(main.outputs.gomodcache).toBe(path.join(tmp, 'gomodcache'))
    expect(main.outputs['download-attempts']).toBe('0')
    expect(Number(main.outputs.modules)).toBeGreaterThan(0)
    expect(proxy.requests).toHaveLength(0)

    // Only what an input set reaches later steps; GOSUMDB was not an input and stays unset.
    expect(job.env.GOPROXY).toBe(proxy.url)
    expect(job.env.GONOSUMDB).toBe('fixture.test')
    expect(job.env.GOFLAGS).toBe('-modcacherw')
    expect(job.env.GOTOOLCHAIN).toBe('local')
    expect(job.env.GOSUMDB).toBeUndefined()

    const later = await job.runStep('go', ['env', '-json', 'GOPROXY', 'GONOSUMDB', 'GOFLAGS', 'GOSUMDB'], {
      cwd: examples
    })
    expect(later.exitCode).toBe(0)
    const { GOSUMDB, ...set } = JSON.parse(later.stdout) as Record<string, string>
    expect(set).toEqual({ GOPROXY: proxy.url, GONOSUMDB: 'fixture.test', GOFLAGS: '-modcacherw' })
    // Not an input, so go's own default.
    expect(GOSUMDB).not.toBe('')
    const post = await job.runPost()
    expect(post.exitCode).toBe(0)
  })

  test('warns about settings go accepts but that do not do what the user wants', async () => {
    writeFileSync(path.join(examples, 'tools', 'placeholder.txt'), '')
    const main = await newJob().runAction({
      ...baseInputs(),
      goprivate: 'github.com/acme/*',
      goproxy: `${proxy.url},${proxy.url}/second`,
      goflags: '-mod=vendor',
      download: 'false'
    })
    expect(main.exitCode).toBe(0)
    const warnings = main.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings).toHaveLength(3)
    expect(warnings.find(w => w.includes('checksum database'))).toContain('"github.com/acme/*"')
    expect(warnings.find(w => w.includes('-mod=vendor'))).toContain('"tools"')
    expect(warnings.find(w => w.includes('404 and 410'))).toContain(`${proxy.url}|${proxy.url}/second`)
  })
})

describe('bad input', () => {
  test.each([
    ['goproxy', 'proxy.example.test,direct', 'https://proxy.example.test'],
    ['goprivate', 'https://github.com/acme', 'github.com/acme'],
    ['retries', '-1', 'retries'],
    ['timeout', 'soon', 'timeout'],
    ['cache-save', 'sometimes', 'cache-save'],
    ['cache-private-modules', 'always', 'is private']
  ])('%s=%s fails the step before anything is changed', async (input, value, hint) => {
    const job = newJob()
    const main = await job.runAction({ ...baseInputs(), [input]: value })
    expect(main.exitCode).not.toBe(0)
    const error = main.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(`'${input}'`)
    expect(error?.message).toContain(hint)
    expect(main.outputs).toEqual({})
    expect(Object.keys(job.env).filter(k => k.startsWith('GO'))).toEqual(
      Object.keys(newJob().env).filter(k => k.startsWith('GO'))
    )
    expect(proxy.requests).toHaveLength(0)
  })

  test('a malformed token is reported redacted and never printed', async () => {
    const token = 'ghp_secretvalue1234567890'
    const job = newJob()
    const main = await job.runAction({ ...baseInputs(), token: `${token}\nsecond-line` })
    expect(main.exitCode).not.toBe(0)
    expect(main.log).toContain("'token'")
    // The add-mask commands themselves are how a secret is registered; the runner never shows them.
    const stdout = main.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(job.secrets).toContain(token)
    for (const text of [
      stdout,
      main.stderr,
      main.log,
      main.summary,
      ...job.files.map(f => readFileSync(f, 'utf8'))
    ]) {
      expect(text).not.toContain(token)
    }
  })
})

describe('download', () => {
  test('downloads every module of every go.mod; a later build needs no network', async () => {
    const job = newJob()
    const main = await job.runAction(baseInputs())
    expect(main.exitCode).toBe(0)
    expect(main.outputs['download-attempts']).toBe('1')
    expect(Number(main.outputs.modules)).toBeGreaterThanOrEqual(4)
    expect(main.log).toMatch(/Download set: 2 modules: go\.mod, tools\/go\.mod/)
    expect(main.summary).toContain('✅ setup-gomod')
    expect(main.summary).toContain(`${main.outputs.modules} module versions`)

    const build = await world.offlineBuild(job)
    expect(build.exitCode).toBe(0)
    expectOnlyExtraction(build.stderr)
    expect((await job.runPost()).exitCode).toBe(0)
  })

  test('a mirror list with "|" falls through to the next proxy when the first one fails', async () => {
    const mirror = await startGoProxy()
    try {
      // The first proxy answers 503 for everything: with "|" go moves on to the next one at once.
      mirror.addFault({ fault: { kind: 'status', status: 503 } })
      const main = await newJob().runAction({
        ...baseInputs(),
        goproxy: `${mirror.url}|${proxy.url}`,
        retries: '0'
      })
      expect(main.exitCode).toBe(0)
      expect(main.outputs['download-attempts']).toBe('1')
      expect(mirror.requests.some(r => r.status === 503)).toBe(true)
      expect(proxy.requests.some(r => r.file === 'zip')).toBe(true)
      expect(main.annotations.filter(a => a.level === 'warning')).toEqual([])
    } finally {
      await mirror.close()
    }
  })

  test('a go.work at working-directory is downloaded as one workspace', async () => {
    writeFileSync(path.join(examples, 'go.work'), 'go 1.21\n\nuse (\n\t.\n\t./tools\n)\n')
    const main = await newJob().runAction(baseInputs())
    expect(main.exitCode).toBe(0)
    expect(main.log).toContain('Download set: workspace go.work using 2 modules')
  })

  test('a failing module zip is annotated on its require line; the summary names it; post still runs', async () => {
    proxy.addFault({ module: 'fixture.test/color', file: 'zip', fault: { kind: 'status', status: 500 } })
    const job = newJob()
    const main = await job.runAction({ ...baseInputs(), retries: '0' })
    expect(main.exitCode).toBe(1)
    const errors = main.annotations.filter(a => a.level === 'error')
    const color = errors.find(a => a.title === 'Cannot download fixture.test/color@v1.2.0')
    expect(color).toMatchObject({ file: 'examples/go.mod', line: requireLine('fixture.test/color') })
    expect(color?.message).toContain('500 Internal Server Error')
    expect(main.summary).toContain('❌ setup-gomod: go mod download failed')
    expect(main.summary).toContain('fixture.test/color')
    expect(main.outputs['download-attempts']).toBe('1')
    const post = await job.runPost()
    expect(post.exitCode).toBe(0)
    expect(post.log).toContain('did not complete its download')
  })

  test('a go.mod the proxy does not have (stderr-only failure) is annotated too', async () => {
    proxy.addFault({ module: 'fixture.test/greet', file: 'mod', fault: { kind: 'status', status: 404 } })
    const main = await newJob().runAction(baseInputs())
    expect(main.exitCode).toBe(1)
    const greet = main.annotations.find(a => a.title === 'Cannot download fixture.test/greet@v1.1.0')
    expect(greet).toMatchObject({ file: 'examples/go.mod', line: requireLine('fixture.test/greet') })
    expect(greet?.message).toContain('404 Not Found')
  })

  test('a hung proxy is stopped when the timeout budget runs out', async () => {
    proxy.addFault({ module: 'fixture.test/greet', file: 'zip', fault: { kind: 'hang' } })
    const main = await newJob().runAction({ ...baseInputs(), timeout: '2s', 'stall-timeout': '1s' })
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain("the download budget (input 'timeout') ran out")
  })

  test('no go.mod below working-directory fails with what to do', async () => {
    rmSync(examples, { recursive: true })
    mkdirSync(examples)
    const main = await newJob().runAction(baseInputs())
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain("Set 'working-directory' to the folder of your Go project")
  })
})

describe('locating go', () => {
  /** A runner tool cache holding the machine's Go under its version, laid out as actions/setup-go leaves it. */
  async function toolCacheWithGo(): Promise<{ dir: string; version: string }> {
    const probe = await newJob().runStep(path.join(GOROOT, 'bin', 'go'), ['env', 'GOVERSION'])
    const version = probe.stdout.trim().replace(/^go/, '')
    const dir = path.join(tmp, 'toolcache')
    const arch = process.arch === 'arm64' ? 'arm64' : 'x64'
    mkdirSync(path.join(dir, 'go', version), { recursive: true })
    symlinkSync(GOROOT, path.join(dir, 'go', version, arch))
    writeFileSync(path.join(dir, 'go', version, `${arch}.complete`), '')
    return { dir, version }
  }

  test('go-version takes Go from the tool cache and puts it on PATH for later steps', async () => {
    const cache = await toolCacheWithGo()
    const job = newJob({ PATH: PATH_WITHOUT_GO, RUNNER_TOOL_CACHE: cache.dir })
    const minor = cache.version.split('.').slice(0, 2).join('.')
    const main = await job.runAction({ ...baseInputs(), 'go-version': `${minor}.x`, download: 'false' })
    expect(main.exitCode).toBe(0)
    expect(main.log).toContain('Using Go from the tool cache')
    const later = await job.runStep('go', ['version'])
    expect(later.stdout).toContain(`go${cache.version}`)
  })

  test('a go-version that is neither on PATH nor in the tool cache points to actions/setup-go', async () => {
    const cache = await toolCacheWithGo()
    const main = await newJob({ RUNNER_TOOL_CACHE: cache.dir }).runAction({
      ...baseInputs(),
      'go-version': '1.19'
    })
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain(`tool cache has ${cache.version}`)
    expect(main.log).toContain('actions/setup-go')
  })

  test('no go anywhere fails with the setup-go recipe', async () => {
    const main = await newJob({ PATH: PATH_WITHOUT_GO }).runAction(baseInputs())
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain('No `go` on PATH')
    expect(main.log).toContain('uses: actions/setup-go')
  })
})
