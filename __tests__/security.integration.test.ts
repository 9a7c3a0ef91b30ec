/**
 * Issue 15 end to end (points 1, 4 and 7): the bundle under the runner harness, real go and git, a private
 * module in a real `git http-backend` behind a token, public modules from the local proxy, and the real
 * @actions/cache against the local cache service. Also go's flag parsing of a module argument (point 8).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { secretForms } from '../src/credentials/masking.js'
import { downloadArgs } from '../src/download/attempt.js'
import { runTool } from '../src/exec/run-tool.js'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { startGitServer, type GitServer } from '../testkit/git-server.js'
import { goModule, privateGitEnv } from '../testkit/private-git.js'
import type { Job } from '../testkit/runner.js'
import { useCacheSetup, warnings } from './cache-setup.js'
import { expectNoSecretAnywhere } from './credential-scan.js'

const TOKEN = 'ghp_cacheTOKEN0123456789abcdef'
const PRIVATE = 'git.internal.test/team/lib'
const setup = useCacheSetup()
let server: GitServer
let serverDir: string

beforeAll(async () => {
  serverDir = makeTempDir('setup-gomod-security-git-')
  server = await startGitServer({
    dir: serverDir,
    hosts: ['git.internal.test'],
    access: [{ scope: 'git.internal.test', username: 'x-access-token', token: TOKEN }]
  })
  await server.addRepo('git.internal.test', 'team/lib', goModule(PRIVATE))
}, 60_000)
afterAll(async () => {
  await server?.close()
  removeTempDir(serverDir)
})

/** File names inside a saved archive (tar + zstd). */
function archiveFiles(data: Buffer): string[] {
  return execFileSync('tar', ['-t', '--use-compress-program', 'unzstd'], { input: data })
    .toString()
    .split('\n')
    .filter(Boolean)
}

/** The whole-artifact scan of credential-scan.ts, for a job of this world (whose HOME starts empty). */
function scanEverything(job: Job, steps: Parameters<typeof expectNoSecretAnywhere>[2], secrets: string[]) {
  expectNoSecretAnywhere({ tmp: setup.world.tmp, secrets, userGitconfig: '', userNetrc: '' }, job, steps)
}

/** A fresh runner of this world with an empty ~/.gitconfig and ~/.netrc, as the scan expects to find them. */
function newJob(env: Record<string, string | undefined>): Job {
  const job = setup.newJob(env as Record<string, string>)
  mkdirSync(path.join(setup.world.tmp, 'runner-temp'), { recursive: true })
  writeFileSync(path.join(setup.world.tmp, 'home', '.gitconfig'), '')
  writeFileSync(path.join(setup.world.tmp, 'home', '.netrc'), '')
  return job
}

/** An event payload file in the test's world. */
function eventFile(payload: object): string {
  const file = path.join(setup.world.tmp, `event-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(payload))
  return file
}

describe('private modules stay out of shared cache entries (point 1)', () => {
  /** A project needing the private module (token-protected git) and a public one (the local proxy). */
  function privateProjectJob(payload: object): Job {
    const project = path.join(setup.world.workspace, 'private-app')
    mkdirSync(project, { recursive: true })
    writeFileSync(
      path.join(project, 'go.mod'),
      `module example.test/app\n\ngo 1.21\n\nrequire (\n\tfixture.test/greet v1.1.0\n\t${PRIVATE} v1.0.0\n)\n`
    )
    return newJob({ ...privateGitEnv(server), GITHUB_EVENT_PATH: eventFile(payload) })
  }
  const inputs = (extra: Record<string, string> = {}) => ({
    'working-directory': 'private-app',
    'git-credentials': `git.internal.test=x-access-token:${TOKEN}`,
    gosumdb: 'off',
    ...extra
  })

  test.each([
    ['a public repository', { repository: { private: false, visibility: 'public' } }],
    ['a payload that does not say', {}]
  ])(
    '%s: the saved archive holds no private path; the summary says what was left out',
    async (_, payload) => {
      const job = privateProjectJob(payload)
      const { main, post } = await setup.runJob(job, inputs())
      expect(main.exitCode).toBe(0)
      expect(main.outputs.goprivate).toBe('git.internal.test')
      expect(post.log).toContain(
        `Module cache: left out 1 private module version matching GOPRIVATE/GONOPROXY (${PRIVATE}@v1.0.0): ` +
          'the event payload does not say this repository is private'
      )
      expect(post.summary).toContain('left out 1 private module version')
      expect(post.log).toContain(`Module cache: saved ${main.outputs['cache-primary-key']}`)
      const files = archiveFiles(setup.service.entries[0].data)
      expect(files).toContain('../gomodcache/cache/download/fixture.test/greet/@v/v1.1.0.zip')
      expect(files.filter(f => f.includes('git.internal.test'))).toEqual([])
      expect(warnings(post)).toEqual([])
      scanEverything(job, [main, post], secretForms({ username: 'x-access-token', token: TOKEN }))
    }
  )

  test('cache-private-modules: never leaves them out of a private repository too', async () => {
    const job = privateProjectJob({ repository: { private: true } })
    const { post } = await setup.runJob(job, inputs({ 'cache-private-modules': 'never' }))
    expect(post.log).toContain('cache-private-modules: never')
    expect(archiveFiles(setup.service.entries[0].data).filter(f => f.includes('git.internal.test'))).toEqual(
      []
    )
  })

  test('a private repository caches them as before; always is accepted there and refused elsewhere', async () => {
    const job = privateProjectJob({ repository: { private: true, visibility: 'private' } })
    const { main, post } = await setup.runJob(job, inputs({ 'cache-private-modules': 'always' }))
    expect(main.exitCode).toBe(0)
    expect(post.log).not.toContain('left out')
    expect(archiveFiles(setup.service.entries[0].data)).toContain(
      '../gomodcache/cache/download/git.internal.test/team/lib/@v/v1.0.0.zip'
    )

    const refused = await privateProjectJob({ repository: { private: false } }).runAction(
      setup.inputs(inputs({ 'cache-private-modules': 'always' }))
    )
    expect(refused.exitCode).toBe(1)
    expect(refused.annotations.map(a => a.message).join('\n')).toContain(
      "Input 'cache-private-modules' is refused: the event payload does not say this repository is private"
    )
  })
})

describe('untrusted events never save (point 4)', () => {
  const onBase = (event: string) =>
    setup.newJob({
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventFile({ repository: { default_branch: 'main', private: false } }),
      GITHUB_REF: 'refs/heads/main'
    })
  const reservations = () => setup.service.requests.filter(r => r.rpc === 'CreateCacheEntry')

  test.each(['pull_request_target', 'workflow_run', 'issue_comment'])(
    '%s on the default branch: nothing is saved, with cache-save default-branch or on-change',
    async event => {
      for (const save of ['default-branch', 'on-change']) {
        const { main, post } = await setup.runJob(onBase(event), { 'cache-save': save })
        expect(main.exitCode).toBe(0)
        expect(post.log).toContain(`Module cache: not saved (${event} runs may execute untrusted code`)
        expect(warnings(post)).toEqual([])
      }
      expect(reservations()).toEqual([])
      expect(setup.service.entries).toEqual([])
    }
  )

  test('cache-save: always under pull_request_target with a read-only cache token reads as policy, not failure', async () => {
    setup.service.addFault({
      status: 403,
      rpc: 'CreateCacheEntry',
      message: 'cache write denied: the cache token of this run is read-only'
    })
    const { main, post } = await setup.runJob(onBase('pull_request_target'), { 'cache-save': 'always' })
    expect(main.exitCode).toBe(0)
    expect(reservations().map(r => r.status)).toEqual([403])
    expect(post.log).toContain('Module cache: not saved: read-only cache for this event.')
    expect(post.summary).toContain('not saved: read-only cache for this event')
    expect(post.annotations).toEqual([])
    expect(post.log).not.toContain('the cache service failed')
  })
})

describe('GOPROXY userinfo is never shown (point 7)', () => {
  const PASSWORD = 'pr0xy@Passw0rd-7f3c'
  const proxyWithUserinfo = () => {
    const url = new URL(setup.proxy.url)
    return `http://ci:${encodeURIComponent(PASSWORD)}@${url.host}${url.pathname.replace(/\/$/, '')}`
  }
  const secrets = [PASSWORD, encodeURIComponent(PASSWORD), `ci:${encodeURIComponent(PASSWORD)}`]
  // The second proxy after "," makes the action warn about the chain, with the list in the warning.
  const goproxy = () => `${proxyWithUserinfo()},http://127.0.0.1:9,direct`

  test.each(['job env', 'GOENV file'])(
    'from the %s: redacted in the log, output, warnings, diagnosis and summary',
    async from => {
      const goenvFile = path.join(setup.world.tmp, 'goenv')
      writeFileSync(goenvFile, `GOPROXY=${goproxy()}\n`)
      const env = from === 'job env' ? { GOPROXY: goproxy() } : { GOPROXY: undefined, GOENV: goenvFile }
      const job = newJob(env)
      const rest: Record<string, string> = { ...setup.inputs({ cache: 'false' }) }
      delete rest.goproxy
      const main = await job.runAction(rest)
      const post = await job.runPost()
      // go refuses to send credentials over plain http, so the download fails: the URL then goes through the
      // diagnosis, its annotations and its summary section as well.
      expect(main.exitCode).toBe(1)
      expect(main.outputs.diagnosis).toBe('proxy-auth-required')
      const shown = `http://***@${new URL(setup.proxy.url).host}`
      expect(main.outputs.goproxy).toBe(`${shown},http://127.0.0.1:9,direct`)
      expect(main.stdout).toContain(`GOPROXY=${shown},http://127.0.0.1:9,direct`)
      expect(
        warnings(main)
          .map(w => w.message)
          .join('\n')
      ).toContain(`GOPROXY=${shown},http://127.0.0.1:9`)
      expect(main.summary).toContain(`${shown},http://127.0.0.1:9,direct`)
      expect(main.stdout).toContain(`::add-mask::${PASSWORD}`)
      scanEverything(job, [main, post], secrets)
    }
  )
})

describe('values the action does not control cannot inject workflow commands (point 8)', () => {
  test('a module directory named with a line break and a workflow command shows escaped in the log', async () => {
    const dir = path.join(setup.world.examples, 'evil\n::error title=injected::pwned')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'go.mod'), 'module example.test/evil\n\ngo 1.21\n')
    const job = newJob({})
    const { main } = await setup.runJob(job, { cache: 'false' })
    expect(main.exitCode).toBe(0)
    expect(main.annotations.filter(a => a.title === 'injected' || a.message === 'pwned')).toEqual([])
    expect(main.stdout).not.toMatch(/^::error title=injected/m)
    expect(main.stdout).toContain('evil\\n::error title=injected::pwned/go.mod')
  })
})

describe('smaller findings (point 8)', () => {
  test('a require path starting with "-" reaches go as a module, not as a flag', async () => {
    const dir = mkdtempSync(path.join(setup.world.tmp, 'mod-'))
    writeFileSync(path.join(dir, 'go.mod'), 'module example.test/app\n\ngo 1.21\n')
    const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '', GOMODCACHE: path.join(dir, 'modcache') }
    const result = await runTool('go', downloadArgs(['-modfile=/dev/null@v1.0.0']), { cwd: dir, env })
    expect(result.stderr).not.toContain('flag provided but not defined')
    expect(result.stdout).toContain('malformed module path')
  })
})
