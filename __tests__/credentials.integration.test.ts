/**
 * Private modules end to end: the bundle through the runner harness, real go and git, private repositories
 * in real `git http-backend` behind basic auth (testkit/git-server.ts) under real-looking host names, public
 * modules from the local proxy. After every test, every artifact is scanned for every form of every secret.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isolatedGoEnv, makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { startGoProxy, type GoProxy } from '../testkit/goproxy.js'
import { startGitServer, type GitServer } from '../testkit/git-server.js'
import { goModule, privateGitEnv } from '../testkit/private-git.js'
import { authenticatedProxy, type AuthProxyRequest } from '../testkit/module-proxy-auth.js'
import { Job, type StepResult } from '../testkit/runner.js'
import { secretForms } from '../src/credentials/masking.js'
import { expectNoSecretAnywhere as expectNoSecret, watchArgv as watchArgvFor } from './credential-scan.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const T = {
  server: 'ghs_servertoken0123456789abcdef',
  teamA: 'ghp_teamAtoken0123456789abcdef',
  teamB: 'ghp_teamBtoken0123456789abcdef',
  gitlab: 'glpat-gitlabtoken0123456789',
  bitbucket: 'bbtoken-0123456789abcdef+/=x',
  proxy: 'proxy-password-0123456789'
}
const SECRETS = [
  ...secretForms({ username: 'x-access-token', token: T.server }),
  ...secretForms({ username: 'x-access-token', token: T.teamA }),
  ...secretForms({ username: 'x-access-token', token: T.teamB }),
  ...secretForms({ username: 'oauth2', token: T.gitlab }),
  ...secretForms({ username: 'x-token-auth', token: T.bitbucket }),
  ...secretForms({ username: 'ci', token: T.proxy })
]
const USER_GITCONFIG = '[user]\n\tname = Someone\n[url "git@example.test:"]\n\tinsteadOf = gh:\n'
const USER_NETRC = 'machine other.example.test login me password mine\n'

let server: GitServer
let publicProxy: GoProxy
let privateProxy: GoProxy
const proxyRequests: AuthProxyRequest[] = []
let world: string
let tmp: string

beforeAll(async () => {
  world = makeTempDir('setup-gomod-creds-')
  publicProxy = await startGoProxy()
  privateProxy = await startGoProxy({
    modules: [
      { path: 'corp.internal.test/secret', version: 'v1.0.0', files: goModule('corp.internal.test/secret') }
    ]
  })
  server = await startGitServer({
    dir: world,
    hosts: ['git.internal.test', 'gitlab.internal.test', 'bitbucket.org', 'goproxy.internal.test'],
    access: [
      { scope: 'git.internal.test', username: 'x-access-token', token: T.server },
      { scope: 'git.internal.test/team-a', username: 'x-access-token', token: T.teamA },
      { scope: 'git.internal.test/team-b', username: 'x-access-token', token: T.teamB },
      { scope: 'gitlab.internal.test', username: 'oauth2', token: T.gitlab },
      { scope: 'bitbucket.org', username: 'x-token-auth', token: T.bitbucket }
    ],
    handlers: {
      'goproxy.internal.test': authenticatedProxy({
        upstream: privateProxy.url,
        username: 'ci',
        password: T.proxy,
        requests: proxyRequests
      })
    }
  })
  for (const m of ['team/lib', 'team-a/liba', 'team-b/libb']) {
    await server.addRepo('git.internal.test', m, goModule(`git.internal.test/${m}`))
  }
  await server.addRepo('git.internal.test', 'team/sshlib', goModule('git.internal.test/team/sshlib'), {
    sshMeta: true
  })
  await server.addRepo('gitlab.internal.test', 'group/glib', goModule('gitlab.internal.test/group/glib'))
  await server.addRepo('bitbucket.org', 'team/bblib', goModule('bitbucket.org/team/bblib'))
}, 60_000)
afterAll(async () => {
  await Promise.all([server?.close(), publicProxy?.close(), privateProxy?.close()])
  removeTempDir(world)
})
beforeEach(() => {
  tmp = makeTempDir('setup-gomod-creds-it-')
  server.requests.length = 0
  proxyRequests.length = 0
})
afterEach(() => removeTempDir(tmp))

/** A job in an isolated HOME that already has the user's own ~/.gitconfig and ~/.netrc, and a project. */
function newJob(requires: string[], opts: { debug?: boolean; env?: Record<string, string> } = {}): Job {
  const env = isolatedGoEnv(tmp, {
    GOPROXY: undefined,
    GOSUMDB: undefined,
    GONOSUMDB: undefined,
    GOPRIVATE: undefined,
    GONOPROXY: undefined,
    ...privateGitEnv(server),
    GITHUB_SERVER_URL: 'https://git.internal.test',
    GITHUB_REPOSITORY_OWNER: 'team',
    ...opts.env
  }) as Record<string, string>
  writeFileSync(path.join(env.HOME, '.gitconfig'), USER_GITCONFIG)
  writeFileSync(path.join(env.HOME, '.netrc'), USER_NETRC)
  const project = path.join(tmp, 'workspace', 'project')
  mkdirSync(project, { recursive: true })
  const lines = ['fixture.test/greet v1.1.0', ...requires.map(r => `${r} v1.0.0`)]
  writeFileSync(
    path.join(project, 'go.mod'),
    `module example.test/app\n\ngo 1.21\n\nrequire (\n\t${lines.join('\n\t')}\n)\n`
  )
  const runnerTemp = path.join(tmp, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  return new Job({
    actionDir: repo,
    workspace: path.join(tmp, 'workspace'),
    runnerTemp,
    env,
    debug: opts.debug
  })
}

const inputs = (extra: Record<string, string> = {}) => ({
  'working-directory': 'project',
  goproxy: publicProxy.url,
  gosumdb: 'off',
  goflags: '-modcacherw',
  cache: 'false',
  retries: '0',
  ...extra
})

/** Whether `module` is in the job's module cache. */
const downloaded = (module: string) =>
  existsSync(path.join(tmp, 'gomodcache', 'cache', 'download', module, '@v', 'v1.0.0.zip'))

/** go in a later step, with its own empty module cache so nothing is served from the action's download. */
const laterDownload = (job: Job, module: string) =>
  job.runStep('go', ['mod', 'download', '-json', `${module}@v1.0.0`], {
    cwd: tmp,
    env: { GOMODCACHE: path.join(tmp, `later-${module.replace(/\W/g, '-')}`), GOFLAGS: '-modcacherw' }
  })

const scope = () => ({ tmp, secrets: SECRETS, userGitconfig: USER_GITCONFIG, userNetrc: USER_NETRC })
/** Every artifact a user or a later step could see, after post (see credential-scan.ts). */
const expectNoSecretAnywhere = (job: Job, steps: StepResult[]) => expectNoSecret(scope(), job, steps)
/** Samples every process's argv while `work` runs; returns the command lines that held a secret. */
const watchArgv = <R>(work: Promise<R>) => watchArgvFor(SECRETS, work)

describe('git hosts', () => {
  test('token for the workflow server (GHES): private and public modules in one run; GOPRIVATE derived; debug log clean', async () => {
    const job = newJob(['git.internal.test/team/lib'], { debug: true })
    const { result: main, leaks } = await watchArgv(job.runAction(inputs({ token: T.server })))
    expect(main.exitCode).toBe(0)
    expect(leaks).toEqual([])
    expect(main.outputs.goprivate).toBe('git.internal.test')
    expect(main.log).toContain('GOPRIVATE derived from the git credentials')
    expect(main.log).toMatch(/Preflight: the credential for git\.internal\.test \(input 'token'\) can read/)
    expect(downloaded('git.internal.test/team/lib')).toBe(true)
    expect(downloaded('fixture.test/greet')).toBe(false) // fixture modules come as v1.1.0
    expect(
      existsSync(
        path.join(tmp, 'gomodcache', 'cache', 'download', 'fixture.test', 'greet', '@v', 'v1.1.0.zip')
      )
    ).toBe(true)
    expect(server.requests.every(r => r.status !== 401)).toBe(true)
    // export-credentials defaults to true: a later step fetches too, and sees only file paths in its env.
    const later = await laterDownload(job, 'git.internal.test/team/lib')
    expect(later.exitCode).toBe(0)
    expect(Object.values(job.env).join('\n')).not.toContain(T.server)
    const post = await job.runPost()
    expect(post.exitCode).toBe(0)
    expect(post.log).toContain('Removed the credentials this action added')
    expectNoSecretAnywhere(job, [main, later, post])
  })

  test('a wrong token is reported by the preflight with its host before the download fails', async () => {
    const job = newJob(['git.internal.test/team/lib'])
    const main = await job.runAction(inputs({ token: 'ghs_wrongtoken0123456789abcdef' }))
    expect(main.exitCode).toBe(1)
    const check = main.annotations.find(a => a.title === 'Credential check: git.internal.test')
    expect(check?.level).toBe('warning')
    expect(check?.message).toContain(
      "git.internal.test rejected the credential for git.internal.test (input 'token')"
    )
    expect(main.log.indexOf('Credential check')).toBeLessThan(main.log.indexOf('Download failed'))
    expect(
      main.annotations.some(a => a.level === 'error' && a.message.includes('git.internal.test/team/lib'))
    ).toBe(true)
    expectNoSecretAnywhere(job, [main, await job.runPost()])
  })

  test('an empty token (fork pull request) warns, naming the input and the likely cause', async () => {
    const job = newJob(['git.internal.test/team/lib'])
    const main = await job.runAction(inputs({ token: '', goprivate: 'git.internal.test' }))
    const warning = main.annotations.find(a => a.title === "Input 'token' is empty")
    expect(warning?.level).toBe('warning')
    expect(warning?.message).toContain('git.internal.test/team/lib')
    expect(warning?.message).toContain('pull request from a fork')
    // go stops at the module graph, so only the private module is reported, with git's own words.
    const errors = main.annotations.filter(a => a.level === 'error' && a.title?.startsWith('Cannot download'))
    expect(errors.map(a => a.title)).toEqual(['Cannot download git.internal.test/team/lib@v1.0.0'])
    expect(errors[0].message).toContain('could not read Username')
    expect((await job.runPost()).log).toContain('Nothing to clean up')
  })

  test('an empty token with only public modules required: no warning, the download succeeds', async () => {
    const job = newJob([])
    const main = await job.runAction(inputs({ token: '', goprivate: 'git.internal.test' }))
    expect(main.exitCode).toBe(0)
    expect(main.annotations.filter(a => a.level === 'warning')).toEqual([])
    expect(main.log).toContain('No credentials given.')
    expect(
      existsSync(
        path.join(tmp, 'gomodcache', 'cache', 'download', 'fixture.test', 'greet', '@v', 'v1.1.0.zip')
      )
    ).toBe(true)
  })

  test('two hosts beside the server, with GitLab and Bitbucket default usernames', async () => {
    const modules = [
      'git.internal.test/team/lib',
      'gitlab.internal.test/group/glib',
      'bitbucket.org/team/bblib'
    ]
    const job = newJob(modules)
    const main = await job.runAction(
      inputs({
        token: T.server,
        'git-credentials': `gitlab.internal.test=${T.gitlab}\nbitbucket.org/team=${T.bitbucket}`
      })
    )
    expect(main.exitCode).toBe(0)
    for (const m of modules) expect(downloaded(m)).toBe(true)
    // bitbucket.org is public: only the prefix is made private.
    expect(main.outputs.goprivate).toBe('git.internal.test,gitlab.internal.test,bitbucket.org/team')
    const users = (host: string) =>
      new Set(server.requests.filter(r => r.host === host && r.status === 200).map(r => r.username))
    expect(users('gitlab.internal.test')).toEqual(new Set(['oauth2']))
    expect(users('bitbucket.org')).toEqual(new Set(['x-token-auth']))
    expectNoSecretAnywhere(job, [main, await job.runPost()])
  })

  test('two orgs on one host with their own tokens: the longest prefix wins over the whole-host token', async () => {
    const modules = [
      'git.internal.test/team/lib',
      'git.internal.test/team-a/liba',
      'git.internal.test/team-b/libb'
    ]
    const job = newJob(modules)
    const main = await job.runAction(
      inputs({
        token: T.server,
        'git-credentials': `git.internal.test/team-a=${T.teamA}\ngit.internal.test/team-b=${T.teamB}`,
        'export-credentials': 'false'
      })
    )
    expect(main.exitCode).toBe(0)
    for (const m of modules) expect(downloaded(m)).toBe(true)
    expect(server.requests.filter(r => r.status === 401)).toEqual([])
    expect(main.log.match(/Preflight: .* can read/g)).toHaveLength(3)
    expectNoSecretAnywhere(job, [main, await job.runPost()])
  })

  test('ssh forms of a configured host are fetched over authenticated https', async () => {
    const job = newJob(['git.internal.test/team/sshlib'])
    const main = await job.runAction(inputs({ token: T.server }))
    expect(main.exitCode).toBe(0)
    expect(downloaded('git.internal.test/team/sshlib')).toBe(true)
    const scp = await job.runStep('git', ['ls-remote', 'git@git.internal.test:team/lib.git', 'v1.0.0'])
    expect(scp.stdout).toContain('refs/tags/v1.0.0')
    expectNoSecretAnywhere(job, [main, scp, await job.runPost()])
  })
})

describe('scope and cleanup', () => {
  test('export-credentials false: the action fetches, a later step cannot', async () => {
    const job = newJob(['git.internal.test/team/lib'])
    const main = await job.runAction(inputs({ token: T.server, 'export-credentials': 'false' }))
    expect(main.exitCode).toBe(0)
    expect(downloaded('git.internal.test/team/lib')).toBe(true)
    expect(
      Object.keys(job.env).filter(k => /^GIT_CONFIG_(COUNT|KEY|VALUE)|^NETRC$|^GOAUTH$/.test(k))
    ).toEqual([])
    const later = await laterDownload(job, 'git.internal.test/team/lib')
    expect(later.exitCode).not.toBe(0)
    expect(later.stdout + later.stderr).toContain('could not read Username')
    expectNoSecretAnywhere(job, [main, later, await job.runPost()])
  })

  test('post removes everything after a failed main and leaves ~/.gitconfig and ~/.netrc as they were', async () => {
    publicProxy.addFault({
      module: 'fixture.test/greet',
      file: 'zip',
      fault: { kind: 'status', status: 500 }
    })
    try {
      const job = newJob(['git.internal.test/team/lib'])
      const main = await job.runAction(
        inputs({ token: T.server, 'proxy-credentials': `goproxy.internal.test=ci:${T.proxy}` })
      )
      expect(main.exitCode).toBe(1)
      const added = readdirSync(path.join(tmp, 'runner-temp')).filter(f =>
        f.startsWith('setup-gomod-credentials')
      )
      expect(added).toHaveLength(1)
      const dir = path.join(tmp, 'runner-temp', added[0])
      expect(readdirSync(dir).sort()).toEqual(['gitconfig', 'netrc'])
      expect(statSync(path.join(dir, 'netrc')).mode & 0o777).toBe(0o600)
      // The scan is not blind: before post the secrets are on disk (mode 0600) and it finds them.
      expect(() => expectNoSecretAnywhere(job, [main])).toThrow(/secret found in .*setup-gomod-credentials/)
      const post = await job.runPost()
      expect(post.exitCode).toBe(0)
      expect(post.annotations.filter(a => a.level !== 'notice')).toEqual([])
      expectNoSecretAnywhere(job, [main, post])
    } finally {
      publicProxy.clearFaults()
    }
  })
})

describe('private module proxy', () => {
  test('proxy-credentials reach an https module proxy through NETRC; ~/.netrc entries still apply', async () => {
    const job = newJob(['corp.internal.test/secret'])
    const main = await job.runAction(
      inputs({
        goproxy: `https://goproxy.internal.test,${publicProxy.url}`,
        'proxy-credentials': `goproxy.internal.test=ci:${T.proxy}`
      })
    )
    expect(main.exitCode).toBe(0)
    expect(downloaded('corp.internal.test/secret')).toBe(true)
    expect(proxyRequests.filter(r => r.status === 401)).toEqual([])
    expect(proxyRequests.some(r => r.username === 'ci' && r.status === 200)).toBe(true)
    expect(job.env.NETRC).toMatch(/setup-gomod-credentials-.*\/netrc$/)
    expect(readFileSync(job.env.NETRC, 'utf8')).toContain(USER_NETRC)
    const later = await laterDownload(job, 'corp.internal.test/secret')
    expect(later.exitCode).toBe(0)
    expectNoSecretAnywhere(job, [main, later, await job.runPost()])
  })

  test('GOAUTH=off on the runner would hide the netrc from go 1.24+: the action turns netrc on', async () => {
    const job = newJob(['corp.internal.test/secret'], { env: { GOAUTH: 'off' } })
    const main = await job.runAction(
      inputs({
        goproxy: `https://goproxy.internal.test,${publicProxy.url}`,
        'proxy-credentials': `goproxy.internal.test=ci:${T.proxy}`,
        'export-credentials': 'false'
      })
    )
    expect(main.exitCode).toBe(0)
    // Only go 1.24+ has GOAUTH; an older go reads the netrc regardless, and the action leaves GOAUTH alone.
    if (goHasGoauth(main.log)) expect(main.log).toContain('GOAUTH was off')
    else expect(main.log).not.toContain('GOAUTH')
    expect(downloaded('corp.internal.test/secret')).toBe(true)
    expect(job.env.GOAUTH).toBe('off')
    expectNoSecretAnywhere(job, [main, await job.runPost()])
  })

  test('without proxy-credentials the proxy answers 401 and go says so', async () => {
    const job = newJob(['corp.internal.test/secret'])
    const main = await job.runAction(inputs({ goproxy: `https://goproxy.internal.test,${publicProxy.url}` }))
    expect(main.exitCode).toBe(1)
    expect(main.log).toContain('401 Unauthorized')
  })
})

/** Whether the go the action ran (its log names the version) is 1.24 or later. */
function goHasGoauth(log: string): boolean {
  const m = /Go go1\.(\d+)/.exec(log)
  return m !== null && Number(m[1]) >= 24
}
