import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { gitConfigEntries, gitConfigEnv, gitConfigFile } from '../src/credentials/git-config.js'
import { deriveGoprivate } from '../src/environment/goprivate.js'
import { secretForms } from '../src/credentials/masking.js'
import { goauthWithNetrc, netrcText } from '../src/credentials/netrc.js'
import { planCredentials } from '../src/credentials/credential-plan.js'
import { credentialFor } from '../src/credentials/preflight.js'
import type { GitCredential } from '../src/inputs/types.js'

const cred = (host: string, pathPrefix = '', token = 'tok', username = 'x-access-token'): GitCredential => ({
  source: 'git-credentials',
  host,
  pathPrefix,
  username,
  token
})
const run = { serverHost: 'github.com', repositoryOwner: 'acme' }

describe('git configuration', () => {
  const creds = [
    cred('github.com', 'acme/deep', 'deep'),
    cred('github.com', '', 'all'),
    cred('git.corp.test:8443')
  ]

  test('entries go from the whole host to the longest prefix, each reset first; ssh forms only for port-less hosts', () => {
    const keys = gitConfigEntries(creds).map(([k, v]) => `${k}=${v.replace(/basic .*/, 'basic …')}`)
    expect(keys).toEqual([
      'http.https://git.corp.test:8443/.extraheader=',
      'http.https://git.corp.test:8443/.extraheader=AUTHORIZATION: basic …',
      'http.https://github.com/.extraheader=',
      'http.https://github.com/.extraheader=AUTHORIZATION: basic …',
      'http.https://github.com/acme/deep/.extraheader=',
      'http.https://github.com/acme/deep/.extraheader=AUTHORIZATION: basic …',
      'url.https://github.com/.insteadOf=git@github.com:',
      'url.https://github.com/.insteadOf=ssh://git@github.com/',
      'url.https://github.com/acme/deep/.insteadOf=git@github.com:acme/deep/',
      'url.https://github.com/acme/deep/.insteadOf=ssh://git@github.com/acme/deep/'
    ])
  })

  test('environment entries follow the ones the environment already has', () => {
    const env = gitConfigEnv([['include.path', '/tmp/x']], { GIT_CONFIG_COUNT: '2' })
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'include.path',
      GIT_CONFIG_VALUE_2: '/tmp/x'
    })
    expect(gitConfigEnv([['a.b', 'c']], { GIT_CONFIG_COUNT: 'junk' }).GIT_CONFIG_COUNT).toBe('1')
  })

  test('the config file reads back in git as the same entries, in order', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gitconfig-'))
    try {
      const entries = [
        ...gitConfigEntries(creds),
        ['http.https://x.test/a"b\\c/.extraheader', 'v"q\\'] as const
      ]
      writeFileSync(path.join(dir, 'config'), gitConfigFile(entries))
      const listed = execFileSync('git', ['config', '--file', path.join(dir, 'config'), '--list'], {
        encoding: 'utf8'
      })
      // git lower-cases the variable name, not the subsection.
      expect(listed.trimEnd().split('\n')).toEqual(
        entries.map(([k, v]) => `${k.replace(/[^.]+$/, n => n.toLowerCase())}=${v}`)
      )
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})

describe('GOPRIVATE derivation', () => {
  test.each([
    [[cred('git.corp.test')], ['git.corp.test']],
    [[cred('git.corp.test:8443')], ['git.corp.test']],
    [[cred('github.com', 'acme'), cred('github.com', 'acme/x')], ['github.com/acme']],
    [[cred('gitlab.com', 'group/sub')], ['gitlab.com/group/sub']],
    [[{ ...cred('github.com'), source: 'token' as const }], ['github.com/acme']],
    [[cred('bitbucket.org')], []]
  ])('%j gives %j', (creds, patterns) => {
    expect(deriveGoprivate(creds, run).patterns).toEqual(patterns)
  })

  test('never all of a shared public host; says why and what to set', () => {
    const derived = deriveGoprivate([cred('gitlab.com')], run)
    expect(derived.patterns).toEqual([])
    expect(derived.notes).toEqual([expect.objectContaining({ warning: true })])
    expect(derived.notes[0].message).toContain("set 'goprivate'")
    expect(deriveGoprivate([cred('github.com')], { ...run, repositoryOwner: undefined }).patterns).toEqual([])
  })
})

describe('netrc and GOAUTH', () => {
  test('our entries first (go takes the first per machine), then the user netrc', () => {
    const text = netrcText(
      [{ host: 'proxy.test:8443', username: 'ci', password: 'pw' }],
      'machine a login b password c'
    )
    expect(text).toBe('machine proxy.test:8443 login ci password pw\n\nmachine a login b password c\n')
    expect(netrcText([{ host: 'p', username: 'u', password: 'w' }], undefined)).toBe(
      'machine p login u password w\n'
    )
  })

  test.each([
    ['', undefined],
    ['netrc', undefined],
    ['git /src; netrc', undefined],
    ['off', 'netrc'],
    ['git /src', 'netrc;git /src']
  ])('GOAUTH=%j becomes %j', (current, value) => {
    expect(goauthWithNetrc(current).value).toBe(value)
  })
})

test('longest prefix decides which credential a module uses', () => {
  const creds = [cred('github.com'), cred('github.com', 'acme'), cred('github.com', 'acme/tools')]
  expect(credentialFor(creds, 'github.com/acme/tools/v2')?.pathPrefix).toBe('acme/tools')
  expect(credentialFor(creds, 'github.com/acme/toolsx')?.pathPrefix).toBe('acme')
  expect(credentialFor(creds, 'github.com/other/x')?.pathPrefix).toBe('')
  expect(credentialFor(creds, 'gitlab.com/acme/x')).toBeUndefined()
})

test('masked forms: raw, URL-encoded, user:token and its base64', () => {
  expect(secretForms({ username: 'oauth2', token: 'a/b+c' })).toEqual([
    'a/b+c',
    'a%2Fb%2Bc',
    'oauth2:a/b+c',
    Buffer.from('oauth2:a/b+c').toString('base64')
  ])
})

describe('credential plan', () => {
  const proxy = { host: 'athens.corp.test', username: 'ci', password: 'proxyPW' }
  const request = {
    git: [cred('github.com', 'acme', 'gitTOKEN')],
    proxies: [proxy],
    exportCredentials: true,
    download: true,
    goauth: '',
    userNetrc: 'machine other.test login me password mine\n',
    env: {}
  }

  test('exported: git configuration through an included file, so the variables hold no token', () => {
    const plan = planCredentials(request)
    expect(plan.files).toEqual([
      { name: 'gitconfig', text: gitConfigFile(gitConfigEntries(request.git)) },
      { name: 'netrc', text: netrcText([proxy], request.userNetrc) }
    ])
    const dir = path.join('tmp', 'cred')
    const { variables, notes } = plan.settle(dir)
    expect(variables).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'include.path',
      GIT_CONFIG_VALUE_0: path.join(dir, 'gitconfig'),
      NETRC: path.join(dir, 'netrc')
    })
    expect(JSON.stringify({ variables, notes })).not.toMatch(/gitTOKEN|proxyPW/)
    expect(notes).toEqual([
      'Git credentials (https, and git@/ssh:// URLs rewritten to https): github.com/acme (git-credentials, user x-access-token)',
      `Proxy credentials for athens.corp.test (user ci) in ${path.join(dir, 'netrc')} (NETRC); ~/.netrc is not changed.`,
      'Credentials are exported to later steps of this job and removed by the post step.'
    ])
    expect(plan.exported).toBe(true)
    expect(plan.preflight).toBe(true)
  })

  test('not exported: git entries only in memory, after the ones the environment has; no file for git', () => {
    const plan = planCredentials({
      ...request,
      proxies: [],
      exportCredentials: false,
      env: { GIT_CONFIG_COUNT: '2' }
    })
    expect(plan.files).toEqual([])
    const { variables, notes } = plan.settle('')
    expect(variables).toEqual(gitConfigEnv(gitConfigEntries(request.git), { GIT_CONFIG_COUNT: '2' }))
    expect(variables.GIT_CONFIG_KEY_2).toBeDefined()
    expect(notes.at(-1)).toBe('Credentials are for this step only (export-credentials: false).')
  })

  test('proxy credentials turn GOAUTH on for the netrc; no git credentials, no preflight', () => {
    const plan = planCredentials({ ...request, git: [], goauth: 'off' })
    expect(plan.files.map(f => f.name)).toEqual(['netrc'])
    const { variables, notes } = plan.settle('d')
    expect(variables).toEqual({ NETRC: path.join('d', 'netrc'), GOAUTH: 'netrc' })
    expect(notes[0]).toBe('GOAUTH was off, so go would ignore proxy-credentials: set to netrc')
    expect(notes[1]).toContain('(NETRC, GOAUTH)')
    expect(plan.preflight).toBe(false)
    expect(planCredentials({ ...request, download: false }).preflight).toBe(false)
  })
})
