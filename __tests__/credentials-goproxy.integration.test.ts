/**
 * A private module proxy that demands basic auth, with a REAL Go module proxy server behind the auth: the
 * `goproxy` command of goproxy/goproxy (testkit/real-goproxy.ts) fetching from in-process origins
 * (testkit/goproxy.ts), reached as https://goproxy.internal.test through the CONNECT + TLS tunnel of
 * testkit/git-server.ts, because go sends netrc credentials over https only. The bundle runs through the runner
 * harness with real go. Needs GOPROXY_SERVER_BINARY (.ci/run builds goproxy through the Go module proxy);
 * skipped without. After every test, every artifact (also goproxy's cache and log) is scanned for the password.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGoEnv, makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { startGitServer, type GitServer } from '../testkit/git-server.js'
import type { AuthProxyRequest } from '../testkit/module-proxy-auth.js'
import { privateRealGoProxy, startRealGoProxy, type RealGoProxy } from '../testkit/real-goproxy.js'
import { Job, type StepResult } from '../testkit/runner.js'
import { secretForms } from '../src/credentials/masking.js'
import { expectNoSecretAnywhere, textFiles, watchArgv } from './credential-scan.js'

const binary = process.env.GOPROXY_SERVER_BINARY
const repo = fileURLToPath(new URL('..', import.meta.url))
const PASSWORD = 'goproxy-password-0123456789'
const SECRETS = secretForms({ username: 'ci', token: PASSWORD })
const USER_GITCONFIG = '[user]\n\tname = Someone\n'
const USER_NETRC = 'machine other.example.test login me password mine\n'
const PRIVATE = 'corp.internal.test/secret'

const SKIP = 'GOPROXY_SERVER_BINARY is unset: no goproxy server to test against (.ci/run builds one)'
if (!binary) {
  // Jest names no test of a file whose tests are all skipped: say why.
  console.warn(`skipped: ${SKIP}`)
  test.skip(SKIP, () => {})
} else if (!existsSync(binary)) {
  test('GOPROXY_SERVER_BINARY names a goproxy server binary', () => {
    throw new Error(`GOPROXY_SERVER_BINARY=${binary} does not exist`)
  })
} else {
  describe('a private module proxy: goproxy/goproxy behind basic auth', () => suite(binary))
}

function suite(goproxyBinary: string): void {
  let world: string
  let tmp: string
  let privateOrigin: GoProxy
  let publicOrigin: GoProxy
  let goproxy: RealGoProxy
  let tunnel: GitServer
  const authRequests: AuthProxyRequest[] = []

  beforeAll(async () => {
    world = makeTempDir('setup-gomod-goproxy-')
    privateOrigin = await startGoProxy({
      modules: [
        {
          path: PRIVATE,
          version: 'v1.0.0',
          files: { 'go.mod': `module ${PRIVATE}\n\ngo 1.21\n`, 'secret.go': 'package secret\n' }
        }
      ]
    })
    publicOrigin = await startGoProxy()
    // The corporate proxy serves everything: the private origin first, public modules from the next one.
    goproxy = await startRealGoProxy({
      binary: goproxyBinary,
      dir: path.join(world, 'goproxy'),
      upstreams: [privateOrigin.url, publicOrigin.url]
    })
    tunnel = await startGitServer({
      dir: world,
      hosts: ['goproxy.internal.test'],
      access: [],
      handlers: {
        'goproxy.internal.test': privateRealGoProxy(goproxy, {
          username: 'ci',
          password: PASSWORD,
          requests: authRequests
        })
      }
    })
  }, 60_000)
  afterAll(async () => {
    await Promise.all([tunnel?.close(), goproxy?.close(), privateOrigin?.close(), publicOrigin?.close()])
    removeTempDir(world)
  })
  beforeEach(() => {
    tmp = makeTempDir('setup-gomod-goproxy-it-')
    authRequests.length = 0
    privateOrigin.requests.length = 0
  })
  afterEach(() => removeTempDir(tmp))

  /** A job in an isolated HOME with the user's own ~/.gitconfig and ~/.netrc, requiring PRIVATE and a public module. */
  function newJob(): Job {
    const env = isolatedGoEnv(tmp, {
      GOPROXY: undefined,
      GOSUMDB: undefined,
      GONOSUMDB: undefined,
      GOPRIVATE: undefined,
      GONOPROXY: undefined,
      HTTPS_PROXY: tunnel.proxyUrl,
      NO_PROXY: '127.0.0.1,localhost',
      SSL_CERT_FILE: tunnel.caFile
    }) as Record<string, string>
    writeFileSync(path.join(env.HOME, '.gitconfig'), USER_GITCONFIG)
    writeFileSync(path.join(env.HOME, '.netrc'), USER_NETRC)
    const project = path.join(tmp, 'workspace', 'project')
    mkdirSync(project, { recursive: true })
    writeFileSync(
      path.join(project, 'go.mod'),
      `module example.test/app\n\ngo 1.21\n\nrequire (\n\tfixture.test/greet v1.1.0\n\t${PRIVATE} v1.0.0\n)\n`
    )
    const runnerTemp = path.join(tmp, 'runner-temp')
    mkdirSync(runnerTemp, { recursive: true })
    return new Job({ actionDir: repo, workspace: path.join(tmp, 'workspace'), runnerTemp, env })
  }

  const inputs = (extra: Record<string, string> = {}) => ({
    'working-directory': 'project',
    goproxy: 'https://goproxy.internal.test',
    gosumdb: 'off',
    goflags: '-modcacherw',
    cache: 'false',
    retries: '0',
    ...extra
  })

  const zipIn = (root: string, module: string, version: string) =>
    existsSync(path.join(root, module, '@v', `${version}.zip`))
  const downloaded = (module: string, version: string) =>
    zipIn(path.join(tmp, 'gomodcache', 'cache', 'download'), module, version)
  const originZips = () => privateOrigin.requests.filter(r => r.module === PRIVATE && r.file === 'zip').length

  const scan = (job: Job, steps: StepResult[]) =>
    expectNoSecretAnywhere(
      {
        tmp,
        secrets: SECRETS,
        userGitconfig: USER_GITCONFIG,
        userNetrc: USER_NETRC,
        extraFiles: textFiles(goproxy.cacheDir),
        extraTexts: [goproxy.log(), JSON.stringify(authRequests)]
      },
      job,
      steps
    )

  test('with proxy-credentials, go downloads the private module through goproxy, and a later step too', async () => {
    const job = newJob()
    const { result: main, leaks } = await watchArgv(
      SECRETS,
      job.runAction(inputs({ 'proxy-credentials': `goproxy.internal.test=ci:${PASSWORD}` }))
    )
    expect(main.exitCode).toBe(0)
    expect(leaks).toEqual([])
    expect(downloaded(PRIVATE, 'v1.0.0')).toBe(true)
    expect(downloaded('fixture.test/greet', 'v1.1.0')).toBe(true)
    // Every request carried the credentials; goproxy fetched from the origin and keeps the module in its cache.
    expect(authRequests.length).toBeGreaterThan(0)
    expect(authRequests.filter(r => r.username !== 'ci' || r.status !== 200)).toEqual([])
    expect(originZips()).toBe(1)
    expect(zipIn(goproxy.cacheDir, PRIVATE, 'v1.0.0')).toBe(true)
    // export-credentials defaults to true: a later go, with its own empty module cache, is served from
    // goproxy's cache (the origin sees no new fetch) with the same credentials.
    const later = await job.runStep('go', ['mod', 'download', '-json', `${PRIVATE}@v1.0.0`], {
      cwd: tmp,
      env: { GOMODCACHE: path.join(tmp, 'later-gomodcache'), GOFLAGS: '-modcacherw' }
    })
    expect(later.exitCode).toBe(0)
    expect(originZips()).toBe(1)
    const post = await job.runPost()
    expect(post.exitCode).toBe(0)
    expect(post.log).toContain('Removed the credentials this action added')
    scan(job, [main, later, post])
  })

  test('without proxy-credentials: 401 from the proxy, diagnosis proxy-auth-required; goproxy is never reached', async () => {
    const job = newJob()
    const main = await job.runAction(inputs())
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain('401 Unauthorized')
    expect(main.outputs.diagnosis).toBe('proxy-auth-required')
    expect(main.outputs['diagnosis-retryable']).toBe('false')
    const error = main.annotations.find(a => a.title === `Cannot download ${PRIVATE}@v1.0.0`)
    expect(error?.level).toBe('error')
    expect(error?.file).toBe('project/go.mod')
    expect(error?.message).toMatch(/^Module proxy needs credentials \(proxy-auth-required\)/)
    expect(error?.message).toContain('reading https://goproxy.internal.test/')
    expect(error?.message).toContain('proxy-credentials')
    expect(authRequests.length).toBeGreaterThan(0)
    expect(authRequests.filter(r => r.username !== undefined || r.status !== 401)).toEqual([])
    expect(privateOrigin.requests).toEqual([])
    const post = await job.runPost()
    scan(job, [main, post])
  })

  test('a wrong password: 401, diagnosis proxy-auth-required, and the wrong password is masked everywhere', async () => {
    const wrong = 'goproxy-wrong-password-987654'
    const job = newJob()
    const main = await job.runAction(inputs({ 'proxy-credentials': `goproxy.internal.test=ci:${wrong}` }))
    expect(main.exitCode).toBe(1)
    expect(main.outputs.diagnosis).toBe('proxy-auth-required')
    expect(authRequests.filter(r => r.status !== 401)).toEqual([])
    expect(authRequests.some(r => r.username === 'ci')).toBe(true)
    expect(privateOrigin.requests).toEqual([])
    const post = await job.runPost()
    expect(post.exitCode).toBe(0)
    expectNoSecretAnywhere(
      {
        tmp,
        secrets: [...SECRETS, ...secretForms({ username: 'ci', token: wrong })],
        userGitconfig: USER_GITCONFIG,
        userNetrc: USER_NETRC,
        extraTexts: [goproxy.log()]
      },
      job,
      [main, post]
    )
  })
}
