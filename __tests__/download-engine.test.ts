import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { autoProcesses, processCount, requiredVersions, splitJobs } from '../src/download/download-plan.js'
import type { ToolResult } from '../src/exec/run-tool.js'
import { runTool } from '../src/exec/run-tool.js'
import { parseModulePath, parseReplacedPaths } from '../src/go/go-mod-file.js'
import { readGoReport, versionOfUrl } from '../src/go/go-output.js'
import { ModuleCache } from '../src/download/module-cache.js'
import { backoffDelay, judge, SLOW_FACTOR } from '../src/download/retry-policy.js'

const inputs = { retryDelayMs: 100, retryMaxDelayMs: 1000 }

describe('backoffDelay', () => {
  test('full jitter: a uniform draw up to the doubled delay, bounded by retry-max-delay', () => {
    expect([1, 2, 3, 4, 5].map(n => backoffDelay(n, inputs, false, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000
    ])
    expect(backoffDelay(3, inputs, false, () => 0)).toBe(0)
    expect(backoffDelay(100, inputs, false, () => 0.5)).toBe(500)
  })

  test('a proxy that has not fetched the origin yet: a longer first wait, never below half of it', () => {
    expect(backoffDelay(1, inputs, true, () => 0)).toBe((100 * SLOW_FACTOR) / 2)
    expect(backoffDelay(1, inputs, true, () => 0.999999)).toBe(100 * SLOW_FACTOR)
    expect(backoffDelay(3, inputs, true, () => 0.999999)).toBe(1000)
  })
})

describe('judge', () => {
  const failure = (message: string, extra = {}) => ({ root: '/r', message, ...extra })

  test('a stall the engine stopped is transient; a spent budget is not', () => {
    expect(judge(failure('no progress', { stopped: 'stall-timeout' }))).toMatchObject({ retryable: true })
    expect(judge(failure('budget', { stopped: 'timeout' }))).toMatchObject({ retryable: false })
  })

  test('a checksum mismatch is never retried; a 503 is', () => {
    const mismatch =
      'verifying fixture.test/u@v0.2.0: checksum mismatch\n\tdownloaded: h1:a=\n\nSECURITY ERROR'
    expect(judge(failure(mismatch))).toMatchObject({ id: 'checksum-mismatch', retryable: false })
    const unavailable =
      'fixture.test/g@v1.0.0: reading http://127.0.0.1:9/fixture.test/g/@v/v1.0.0.zip: 503 Service Unavailable'
    expect(judge(failure(unavailable))).toMatchObject({ retryable: true })
  })

  test('a corrupt cache entry is repaired, named by go or by the path in its message', () => {
    const unzip =
      '-> unzip /c/cache/download/fixture.test/!burnt!sushi/@v/v1.0.0.zip: zip: not a valid zip file'
    expect(judge(failure(unzip))).toMatchObject({
      id: 'modcache-corrupt',
      retryable: true,
      repair: 'fixture.test/BurntSushi@v1.0.0'
    })
    expect(
      judge(failure('zip: not a valid zip file', { module: 'fixture.test/u', version: 'v0.2.0' }))
    ).toMatchObject({ retryable: true, repair: 'fixture.test/u@v0.2.0' })
  })
})

describe('go output', () => {
  const result = (over: Partial<ToolResult>): ToolResult => ({
    exitCode: 1,
    stdout: '',
    stderr: '',
    timedOut: false,
    stalled: false,
    durationMs: 1,
    ...over
  })

  test('-x trace lines are progress, not failures; unanswered requests are in flight', () => {
    const url = 'http://127.0.0.1:9/fixture.test/g/@v/v1.0.0'
    const stderr = [
      `# get ${url}.mod`,
      `# get ${url}.mod: Get "${url}.mod": dial tcp 127.0.0.1:9: connect: connection refused`,
      `# get ${url}.zip`,
      'cd /c/cache/vcs/ab; git ls-remote -q origin',
      '0.012s # cd /c/cache/vcs/ab; git ls-remote -q origin',
      `go: fixture.test/g@v1.0.0: Get "${url}.mod": dial tcp 127.0.0.1:9: connect: connection refused`
    ].join('\n')
    const report = readGoReport('/r', result({ stderr }))
    expect(report.failures).toEqual([
      {
        root: '/r',
        module: 'fixture.test/g',
        version: 'v1.0.0',
        message: `go: fixture.test/g@v1.0.0: Get "${url}.mod": dial tcp 127.0.0.1:9: connect: connection refused`
      }
    ])
    expect(report.inFlight).toEqual([`${url}.zip`])
  })

  test('JSON errors name their module; a stopped process adds no stderr failures', () => {
    const stdout = '{\n\t"Path": "a.test/x",\n\t"Version": "v1.0.0",\n\t"Error": "boom"\n}\n'
    expect(readGoReport('/r', result({ stdout, stderr: 'go: noise' })).failures).toEqual([
      { root: '/r', module: 'a.test/x', version: 'v1.0.0', message: 'boom' },
      { root: '/r', message: 'go: noise' }
    ])
    expect(readGoReport('/r', result({ stderr: 'go: noise', stalled: true })).failures).toEqual([])
  })

  test('a proxy URL is matched to a known version, case-escaped, whatever the proxy prefix', () => {
    const known = ['github.com/BurntSushi/toml@v1.3.0', 'fixture.test/g@v1.0.0']
    expect(versionOfUrl('https://athens.test/corp/github.com/!burnt!sushi/toml/@v/v1.3.0.zip', known)).toBe(
      known[0]
    )
    expect(versionOfUrl('https://athens.test/fixture.test/g/@v/v1.0.1.zip', known)).toBeUndefined()
  })
})

describe('plan', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'plan-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
    return path.join(dir, rel)
  }

  test('auto: 8 processes per core, at most 32, and one per 4 versions at least', () => {
    expect(autoProcesses(200, 2)).toBe(16)
    expect(autoProcesses(200, 8)).toBe(32)
    expect(autoProcesses(24, 2)).toBe(6)
    expect(autoProcesses(3, 2)).toBe(1)
    expect(processCount(4, 200)).toBe(4)
    expect(processCount(4, 2)).toBe(2)
  })

  test('jobs split each root into parts of about equal size', () => {
    const byRoot = new Map([
      ['/a', ['1', '2', '3', '4', '5']],
      ['/b', ['6', '7', '8']]
    ])
    expect(splitJobs(byRoot, 4)).toEqual([
      { root: '/a', versions: ['1', '2'] },
      { root: '/a', versions: ['3', '4'] },
      { root: '/a', versions: ['5'] },
      { root: '/b', versions: ['6', '7'] },
      { root: '/b', versions: ['8'] }
    ])
  })

  test('replace directives and workspace modules are left to the root pass; each version once', async () => {
    const a = write(
      'a/go.mod',
      'module ex.test/a\n\nrequire (\n\tx.test/one v1.0.0\n\tx.test/repl v1.0.0\n\tex.test/b v0.0.0\n)\n\nreplace x.test/repl => ../repl\n'
    )
    const b = write('b/go.mod', 'module ex.test/b\n\nrequire x.test/one v1.0.0\nrequire x.test/two v2.0.0\n')
    const modules = await requiredVersions({
      mode: 'modules',
      roots: [path.dirname(a), path.dirname(b)],
      files: [a, b]
    })
    expect([...modules]).toEqual([
      [path.dirname(a), ['x.test/one@v1.0.0', 'ex.test/b@v0.0.0']],
      [path.dirname(b), ['x.test/two@v2.0.0']]
    ])
    const work = write(
      'go.work',
      'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n\nreplace x.test/two v2.0.0 => x.test/two v2.0.1\n'
    )
    const ws = await requiredVersions({ mode: 'workspace', roots: [dir], files: [work, a, b] })
    expect([...ws]).toEqual([[dir, ['x.test/one@v1.0.0']]])
  })

  test('go.mod reading: module path and replaced paths', () => {
    expect(parseModulePath('// c\nmodule "ex.test/a" // x\n')).toBe('ex.test/a')
    expect(
      parseReplacedPaths('replace a.test/x v1.0.0 => ../x\nreplace (\n\t"b.test/y" => c.test/y v1.0.0\n)\n')
    ).toEqual(['a.test/x', 'b.test/y'])
  })
})

describe('ModuleCache', () => {
  test('the progress fingerprint counts every file and byte under cache/download, the same each time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modcache-'))
    try {
      const at = path.join(dir, 'cache', 'download', 'x.test', 'a', '@v')
      mkdirSync(at, { recursive: true })
      for (let i = 0; i < 20; i++) writeFileSync(path.join(at, `v1.0.${i}.zip`), 'z'.repeat(i))
      const cache = new ModuleCache(dir)
      expect(await Promise.all([cache.fingerprint(), cache.fingerprint()])).toEqual(['20:190', '20:190'])
      writeFileSync(path.join(at, 'v1.0.0.zip123.tmp'), 'partial')
      expect(await cache.fingerprint()).toBe('21:197')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** Gone, or a zombie waiting for a parent that does not reap it (PID 1 in some containers does not). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('runTool stall detection', () => {
  const node = process.execPath

  test('a silent process is stopped with its whole process group', async () => {
    const script =
      "const c = require('child_process').spawn('sleep', ['30'], { stdio: 'ignore' }); console.log(c.pid); setInterval(() => {}, 1000)"
    // Without the stall stop this never returns (the script runs forever) and the test times out.
    const r = await runTool(node, ['-e', script], { stallTimeoutMs: 300 })
    expect(r.stalled).toBe(true)
    const grandchild = Number(r.stdout.trim())
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(isRunning(grandchild)).toBe(false)
  })

  test('output, or a changing progress fingerprint, keeps a process alive', async () => {
    const talk =
      "let n = 0; const t = setInterval(() => { console.error('.'); if (++n === 20) clearInterval(t) }, 100)"
    expect((await runTool(node, ['-e', talk], { stallTimeoutMs: 1000 })).stalled).toBe(false)
    let bytes = 0
    const quiet = 'setTimeout(() => {}, 2000)'
    const r = await runTool(node, ['-e', quiet], {
      stallTimeoutMs: 1000,
      progress: async () => String(bytes++)
    })
    expect(r.stalled).toBe(false)
    expect(r.exitCode).toBe(0)
  })
})
