/**
 * End to end through a real implementation of the GitHub runner: nektos/act in host mode runs a workflow with
 * `uses: ./`, a later `go build` step that relies on the exported environment, and the post step; twice, to show
 * the module cache round trip through act's own cache server; then once with an injected failure to show the
 * annotations and the summary. Needs ACT_BINARY (.ci/run builds act through the Go module proxy); skipped without.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { copyExamples, makeTempDir, removeTempDir, SHARED_GOCACHE } from '../testkit/go-env.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'

const act = process.env.ACT_BINARY
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const maybe = act && existsSync(act) ? describe : describe.skip

interface ActRun {
  code: number | null
  output: string
  outputs: Record<string, string>
}

maybe('a workflow run by nektos/act (host mode)', () => {
  let tmp: string
  let repo: string
  let proxy: GoProxy

  beforeAll(async () => {
    proxy = await startGoProxy()
    tmp = makeTempDir('setup-gomod-act-')
    repo = path.join(tmp, 'repo')
    mkdirSync(repo)
    // The action under test, as a repository whose workflow says `uses: ./`.
    cpSync(path.join(repoRoot, 'action.yml'), path.join(repo, 'action.yml'))
    cpSync(path.join(repoRoot, 'dist'), path.join(repo, 'dist'), { recursive: true })
    copyExamples(path.join(repo, 'examples'))
    mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true })
    writeFileSync(path.join(repo, '.github', 'workflows', 'e2e.yml'), workflow())
    const home = path.join(tmp, 'home')
    mkdirSync(path.join(home, '.config', 'go', 'telemetry'), { recursive: true })
    writeFileSync(path.join(home, '.config', 'go', 'telemetry', 'mode'), 'off\n')
    writeFileSync(path.join(home, '.actrc'), '-P ubuntu-latest=-self-hosted\n')
    await run('git', ['init', '-q', '-b', 'main'], repo)
    await run('git', ['add', '-A'], repo)
    await run(
      'git',
      ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.test', 'commit', '-qm', 'e2e'],
      repo
    )
  }, 60_000)

  afterAll(async () => {
    await proxy.close()
    removeTempDir(tmp)
  })

  /** The workflow a user would write: the action, then a build that needs no network. */
  function workflow(): string {
    return `name: e2e
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GOMODCACHE: ${path.join(tmp, 'gomodcache')}
      GOCACHE: ${SHARED_GOCACHE}
      GOENV: 'off'
      GOTOOLCHAIN: local
    steps:
      - uses: actions/checkout@v4
      - uses: ./
        id: gomod
        with:
          working-directory: examples
          goproxy: \${{ env.E2E_GOPROXY }}
          gonosumdb: fixture.test
          goflags: -modcacherw
          retries: '0'
          cache-key-suffix: \${{ env.E2E_SUFFIX }}
          cache-restore-keys: \${{ env.E2E_RESTORE_KEYS }}
      - name: go build, offline
        working-directory: examples
        run: GOPROXY=off GOFLAGS=-mod=mod go build -o /dev/null . && echo "build ok with GOPROXY=$GOPROXY"
      - name: outputs
        if: always()
        run: echo '\${{ toJSON(steps.gomod.outputs) }}' > "$E2E_OUTPUTS"
`
  }

  async function actRun(name: string, suffix = 'e2e', restoreKeys = 'true'): Promise<ActRun> {
    const outputsFile = path.join(tmp, `${name}.json`)
    const result = await run(
      act as string,
      [
        'push',
        '-W',
        '.github/workflows/e2e.yml',
        '--cache-server-addr',
        '127.0.0.1',
        '--cache-server-path',
        path.join(tmp, 'act-cache'),
        '--container-daemon-socket',
        '-',
        '--env',
        `E2E_GOPROXY=${proxy.url}`,
        '--env',
        `E2E_OUTPUTS=${outputsFile}`,
        '--env',
        `E2E_SUFFIX=${suffix}`,
        '--env',
        `E2E_RESTORE_KEYS=${restoreKeys}`
      ],
      repo,
      { HOME: path.join(tmp, 'home'), PATH: process.env.PATH ?? '/usr/bin:/bin' }
    )
    const outputs = existsSync(outputsFile)
      ? (JSON.parse(readFileSync(outputsFile, 'utf8')) as Record<string, string>)
      : {}
    return { code: result.code, output: result.output, outputs }
  }

  test('first run: downloads, builds offline, saves the module cache', async () => {
    const first = await actRun('first')
    expect(first.output).toContain('Job succeeded')
    expect(first.code).toBe(0)
    expect(first.output).toContain('build ok with GOPROXY=' + proxy.url)
    expect(first.outputs).toMatchObject({ modules: '4', 'download-attempts': '1', 'cache-hit': 'false' })
    expect(first.outputs['cache-restore-kind']).toBe('miss')
    expect(first.output).toMatch(/Post \.\/[\s\S]*Success - Post \.\//)
  }, 120_000)

  test('second run on a clean module cache: exact hit, no module fetched from the proxy', async () => {
    removeTempDir(path.join(tmp, 'gomodcache'))
    proxy.requests.length = 0
    const second = await actRun('second')
    if (process.env.E2E_DEBUG) console.log(second.output)
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-restore-kind': 'exact' })
    expect(proxy.requests.filter(r => r.file === 'zip')).toEqual([])
  }, 120_000)

  test('injected failure: the job fails with an annotation on the require line and a diagnosis', async () => {
    removeTempDir(path.join(tmp, 'gomodcache'))
    proxy.addFault({ module: 'fixture.test/color', file: 'zip', fault: { kind: 'status', status: 500 } })
    // Another cache key and no partial restore, so the saved cache does not hide the fault.
    const failed = await actRun('failed', 'other', 'false')
    proxy.clearFaults()
    expect(failed.code).not.toBe(0)
    const annotation = failed.output
      .split('\n')
      .find(l => l.includes('::error title=Cannot download fixture.test/color'))
    expect(annotation).toContain('file=examples/go.mod,line=6::The module proxy failed (proxy-bad-response')
    expect(failed.outputs).toMatchObject({ diagnosis: 'proxy-bad-response', 'diagnosis-retryable': 'true' })
  }, 120_000)
})

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}
