import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { jest } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { INPUT_DEFAULTS } from '../src/inputs/defaults.js'
import { INPUT_ROWS } from '../src/inputs/input-table.js'
import { parseInputs } from '../src/inputs/parse-inputs.js'
import { GO_ENV_NAMES, InputError, type InputContext, type Inputs } from '../src/inputs/types.js'

const SUMDB_KEY = 'sum.corp.example+0b2c44b0+AQswVXqfxOkOM1h9osfsETZbgKXK7xQ5XoOozfIXPGGG'

let workspace: string

beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-test-'))
  fs.mkdirSync(path.join(workspace, 'services', 'api'), { recursive: true })
  fs.writeFileSync(path.join(workspace, 'go.mod'), 'module example.com/x\n')
})

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
})

interface Harness {
  readonly ctx: InputContext
  readonly masked: string[]
}

function harness(inputs: Record<string, string>, serverHost = 'github.com'): Harness {
  const masked: string[] = []
  const ctx: InputContext = {
    read: name => inputs[name] ?? '',
    mask: secret => {
      masked.push(secret)
    },
    workspace,
    serverHost
  }
  return { ctx, masked }
}

function parse(inputs: Record<string, string>, serverHost?: string): Inputs {
  return parseInputs(harness(inputs, serverHost).ctx)
}

function failure(
  inputs: Record<string, string>,
  serverHost?: string
): { error: InputError; masked: string[] } {
  const { ctx, masked } = harness(inputs, serverHost)
  // Stands for every later phase: it must never see inputs that failed validation.
  const downstream = jest.fn()
  let caught: unknown
  try {
    downstream(parseInputs(ctx))
  } catch (e) {
    caught = e
  }
  expect(downstream).not.toHaveBeenCalled()
  expect(caught).toBeInstanceOf(InputError)
  return { error: caught as InputError, masked }
}

interface BadCase {
  readonly title: string
  readonly inputs: Record<string, string>
  /** The input the problem must name. */
  readonly input: string
  /** Must appear in the problem's value (the offending piece). */
  readonly value: string
  /** Must appear in the problem's expected form. */
  readonly expected: string
  /** Must appear nowhere in the error, and must have been masked. */
  readonly secrets?: readonly string[]
}

/** One bad input on its own: [title, input, its value, offending piece shown, piece of the expected form, secrets]. */
type Row = readonly [string, string, string, string, string, (readonly string[])?]

const rows: Row[] = [
  // goproxy
  [
    'goproxy entry without scheme',
    'goproxy',
    'proxy.corp.example,direct',
    'proxy.corp.example',
    'https://proxy.corp.example'
  ],
  [
    'goproxy host:port without scheme',
    'goproxy',
    'localhost:3000',
    'localhost:3000',
    'https://localhost:3000'
  ],
  ['goproxy empty entry', 'goproxy', 'https://a.example,,direct', ',,', 'one `,` or `|`'],
  ['goproxy leading separator', 'goproxy', ',direct', ',direct', 'one `,` or `|`'],
  ['goproxy trailing separator', 'goproxy', 'https://a.example|', 'https://a.example|', 'one `,` or `|`'],
  ['goproxy semicolon separator', 'goproxy', 'https://a.example;direct', 'https://a.example;direct', '`|`'],
  [
    'goproxy space inside entry',
    'goproxy',
    'https://a.example direct',
    'https://a.example direct',
    'separated by `,` or `|`'
  ],
  ['goproxy unknown keyword', 'goproxy', 'none', 'none', '`direct`, `off` or a proxy URL'],
  [
    'goproxy keyword in upper case',
    'goproxy',
    'https://a.example,Direct',
    'Direct',
    '`direct` in lower case'
  ],
  ['goproxy off with others', 'goproxy', 'https://a.example,off', 'https://a.example,off', '`off` alone'],
  [
    'goproxy entry after direct',
    'goproxy',
    'direct,https://a.example',
    'https://a.example',
    '`direct` as the last entry'
  ],
  ['goproxy invalid URL', 'goproxy', 'https://[bad', 'https://[bad', 'https://host'],
  [
    'goproxy unsupported scheme',
    'goproxy',
    'ftp://a.example',
    'ftp://a.example',
    '`https://`, `http://` or `file:///`'
  ],
  ['goproxy query', 'goproxy', 'https://a.example/?x=1', 'https://a.example/?x=1', 'without `?` or `#`'],
  ['goproxy fragment', 'goproxy', 'https://a.example/#x', 'https://a.example/#x', 'without `?` or `#`'],
  ['goproxy relative file URL', 'goproxy', 'file://srv/goproxy', 'file://srv/goproxy', 'file:///srv/goproxy'],
  ['goproxy bare path', 'goproxy', '/srv/goproxy', '/srv/goproxy', 'file:///srv/goproxy'],
  [
    'goproxy credentials in URL',
    'goproxy',
    'https://ci:pr0xyPassw0rd@proxy.example',
    'https://***@proxy.example',
    'proxy-credentials',
    ['pr0xyPassw0rd']
  ],
  // patterns
  [
    'goprivate with scheme',
    'goprivate',
    'https://github.com/acme',
    'https://github.com/acme',
    '`github.com/acme`'
  ],
  ['goprivate trailing slash', 'goprivate', 'github.com/acme/', 'github.com/acme/', '`github.com/acme`'],
  [
    'goprivate @version',
    'goprivate',
    'github.com/acme/lib@v1.2.3',
    'github.com/acme/lib@v1.2.3',
    '`github.com/acme/lib`'
  ],
  [
    'goprivate whitespace inside',
    'goprivate',
    'github.com/acme github.com/other',
    'github.com/acme github.com/other',
    '`github.com/acme,github.com/other`'
  ],
  [
    'goinsecure empty entry',
    'goinsecure',
    'a.example,,b.example',
    'a.example,,b.example',
    'separated by commas'
  ],
  ['gonoproxy unclosed glob', 'gonoproxy', 'github.com/[acme', 'github.com/[acme', 'closed classes'],
  ['gonosumdb backslash', 'gonosumdb', 'github.com\\acme', 'github.com\\acme', '`github.com/acme`'],
  ['goprivate none', 'goprivate', 'none', 'none', 'leave the input empty'],
  [
    'gonoproxy none with patterns',
    'gonoproxy',
    'none,github.com/acme',
    'none,github.com/acme',
    '`none` alone'
  ],
  // gosumdb
  ['gosumdb name that is not host-like', 'gosumdb', 'sum_db', 'sum_db', 'name+hash+key'],
  [
    'gosumdb URL first',
    'gosumdb',
    'https://sum.corp.example',
    'https://sum.corp.example',
    '`off`, a database name go knows'
  ],
  ['gosumdb bad URL', 'gosumdb', 'sum.corp.example ftp://sum.example', 'ftp://sum.example', '`https://`'],
  [
    'gosumdb hash mismatch',
    'gosumdb',
    SUMDB_KEY.replace('0b2c44b0', '0b2c44b1'),
    '0b2c44b1',
    'name+hash+key'
  ],
  [
    'gosumdb too many fields',
    'gosumdb',
    'sum.corp.example https://a.example https://b.example',
    'https://b.example',
    'followed by a space and its URL'
  ],
  ['gosumdb OFF', 'gosumdb', 'OFF', 'OFF', '`off`'],
  // goflags
  ['goflags unknown -mod', 'goflags', '-mod=bogus', '-mod=bogus', '`-mod=readonly`'],
  ['goflags missing dash', 'goflags', 'mod=mod', 'mod=mod', '`-mod=mod`'],
  ['goflags value as a separate word', 'goflags', '-tags integration', 'integration', '`-tags=integration`'],
  ['goflags -mod without value', 'goflags', '-modcacherw -mod', '-mod', '`-mod=mod`'],
  ['goflags unterminated quote', 'goflags', '"-ldflags=-s -w', '"-ldflags=-s -w', '"-ldflags=-s -w"'],
  ['goflags lone dash', 'goflags', '-mod=mod --', '--', '`-name=value`'],
  // gotoolchain
  ['gotoolchain language version', 'gotoolchain', 'go1.22', 'go1.22', '`go1.22.0`'],
  ['gotoolchain without go prefix', 'gotoolchain', '1.22.5+auto', '1.22.5+auto', '`go1.22.5+auto`'],
  ['gotoolchain unknown suffix', 'gotoolchain', 'go1.22.5+local', 'go1.22.5+local', '`+auto` or `+path`'],
  ['gotoolchain auto+auto', 'gotoolchain', 'auto+auto', 'auto+auto', '`local+auto`'],
  ['gotoolchain upper case', 'gotoolchain', 'Local', 'Local', '`local`'],
  ['gotoolchain patch prerelease', 'gotoolchain', 'go1.22.0rc1', 'go1.22.0rc1', '`go1.22.5`'],
  ['gotoolchain default keyword', 'gotoolchain', 'default', 'default', '`local`, `auto`, `path`'],
  // go-version
  ['go-version go prefix', 'go-version', 'go1.22', 'go1.22', '`1.22`'],
  ['go-version stable', 'go-version', 'stable', 'stable', 'actions/setup-go'],
  ['go-version latest', 'go-version', 'latest', 'latest', 'actions/setup-go'],
  ['go-version garbage', 'go-version', 'banana', 'banana', '`>=1.21 <1.23`'],
  ['go-version go prerelease', 'go-version', '1.22rc1', '1.22rc1', '`1.22.0-rc.1`'],
  // durations
  ['retry-delay negative', 'retry-delay', '-5s', '-5s', '`1m30s`'],
  ['timeout garbage', 'timeout', 'abc', 'abc', '`90s`'],
  ['timeout NaN', 'timeout', 'NaN', 'NaN', '`90s`'],
  ['stall-timeout unknown unit', 'stall-timeout', '5d', '5d', 'h, m, s, ms'],
  ['retry-max-delay zero', 'retry-max-delay', '0', '0', 'a positive duration'],
  ['stall-timeout zero seconds', 'stall-timeout', '0s', '0s', 'a positive duration'],
  ['timeout zero', 'timeout', '0m', '0m', 'a positive duration'],
  ['timeout units out of order', 'timeout', '30s1m', '30s1m', 'in that order'],
  ['timeout repeated unit', 'timeout', '1m1m', '1m1m', 'in that order'],
  ['retry-delay fraction', 'retry-delay', '1.5s', '1.5s', '`500ms`'],
  ['timeout space inside', 'timeout', '1m 30s', '1m 30s', '`1m30s`'],
  ['timeout beyond timer range', 'timeout', '1000h', '1000h', '`596h`'],
  // integers
  ['retries negative', 'retries', '-1', '-1', 'from 0 to 100'],
  ['retries exponent', 'retries', '1e3', '1e3', 'from 0 to 100'],
  ['retries too many', 'retries', '101', '101', 'from 0 to 100'],
  ['retries fraction', 'retries', '2.5', '2.5', 'from 0 to 100'],
  ['parallelism zero', 'parallelism', '0', '0', '`auto` or a whole number from 1 to 256'],
  ['parallelism negative', 'parallelism', '-4', '-4', 'from 1 to 256'],
  ['parallelism NaN', 'parallelism', 'NaN', 'NaN', 'from 1 to 256'],
  ['parallelism too high', 'parallelism', '257', '257', 'from 1 to 256'],
  ['parallelism Auto', 'parallelism', 'Auto', 'Auto', '`auto`'],
  // booleans and enums
  ['cache yes', 'cache', 'yes', 'yes', '`true` or `false`'],
  ['download 1', 'download', '1', '1', '`true` or `false`'],
  ['diagnose tRue', 'diagnose', 'tRue', 'tRue', '`true` or `false`'],
  ['export-credentials off', 'export-credentials', 'off', 'off', '`true` or `false`'],
  [
    'cache-save unknown mode',
    'cache-save',
    'sometimes',
    'sometimes',
    '`on-change`, `never`, `default-branch` or `always`'
  ],
  [
    'cache-private-modules always in a public repository',
    'cache-private-modules',
    'always',
    'always',
    '`auto`'
  ],
  ['cache-key-suffix comma', 'cache-key-suffix', 'linux,race', 'linux,race', 'without commas'],
  // working-directory
  ['working-directory missing', 'working-directory', 'no/such/dir', 'no/such/dir', 'an existing directory'],
  ['working-directory is a file', 'working-directory', 'go.mod', 'go.mod', 'an existing directory'],
  // token
  [
    'token with two lines',
    'token',
    'ghp_firstTOKEN111\nghp_secondTOKEN222',
    '***',
    'a single token',
    ['ghp_firstTOKEN111', 'ghp_secondTOKEN222']
  ],
  [
    'token with a prefix word',
    'token',
    'token ghp_prefixedTOKEN333',
    '***',
    'without spaces',
    ['ghp_prefixedTOKEN333']
  ],
  // git-credentials
  [
    'git-credentials line without =',
    'git-credentials',
    'ghp_lonelyTOKEN444',
    '***',
    'host[/path-prefix]=[username:]token',
    ['ghp_lonelyTOKEN444']
  ],
  [
    'git-credentials scheme',
    'git-credentials',
    'https://github.com/acme=ghp_schemeTOKEN555',
    'https://github.com/acme=***',
    '`github.com/acme=…`',
    ['ghp_schemeTOKEN555']
  ],
  [
    'git-credentials empty host',
    'git-credentials',
    '=ghp_nohostTOKEN666',
    '=***',
    'host[/path-prefix]=[username:]token',
    ['ghp_nohostTOKEN666']
  ],
  [
    'git-credentials empty token',
    'git-credentials',
    'github.com/acme=',
    'github.com/acme=***',
    'host[/path-prefix]=[username:]token'
  ],
  [
    'git-credentials empty username',
    'git-credentials',
    'github.com/acme=:ghp_nouserTOKEN777',
    'github.com/acme=***',
    'a username, or no `:`',
    ['ghp_nouserTOKEN777']
  ],
  [
    'git-credentials unknown host needs username',
    'git-credentials',
    'git.corp.example/team=glpat_corpTOKEN888',
    'git.corp.example/team=***',
    '`git.corp.example/team=<username>:<token>`',
    ['glpat_corpTOKEN888']
  ],
  [
    'git-credentials wildcard host',
    'git-credentials',
    '*.corp.example=bot:wildTOKEN999',
    '*.corp.example=***',
    'host[/path-prefix]=[username:]token',
    ['wildTOKEN999']
  ],
  [
    'git-credentials trailing slash',
    'git-credentials',
    'github.com/acme/=ghp_slashTOKEN000',
    'github.com/acme/=***',
    '`github.com/acme=…`',
    ['ghp_slashTOKEN000']
  ],
  [
    'git-credentials @ in prefix',
    'git-credentials',
    'github.com/acme@v1=ghp_atTOKEN1234',
    'github.com/acme@v1=***',
    '`github.com/acme`',
    ['ghp_atTOKEN1234']
  ],
  [
    'git-credentials whitespace in token',
    'git-credentials',
    'github.com=ghp_split TOKEN5678',
    'github.com=***',
    'host[/path-prefix]=[username:]token',
    ['ghp_split TOKEN5678']
  ],
  [
    'git-credentials same host and prefix twice',
    'git-credentials',
    'github.com/acme=ghp_dupeA1111\n# comment\n\ngithub.com/acme=ghp_dupeB2222',
    'github.com/acme=***',
    'one entry per host and path prefix',
    ['ghp_dupeA1111', 'ghp_dupeB2222']
  ],
  // proxy-credentials
  [
    'proxy-credentials without username',
    'proxy-credentials',
    'athens.example=onlyPassw0rd99',
    'athens.example=***',
    'host=username:password',
    ['onlyPassw0rd99']
  ],
  [
    'proxy-credentials empty username',
    'proxy-credentials',
    'athens.example=:emptyUserPw11',
    'athens.example=***',
    'host=username:password',
    ['emptyUserPw11']
  ],
  [
    'proxy-credentials empty password',
    'proxy-credentials',
    'athens.example=ci:',
    'athens.example=***',
    'host=username:password'
  ],
  [
    'proxy-credentials scheme',
    'proxy-credentials',
    'https://athens.example=ci:schemePw2222',
    'https://athens.example=***',
    '`athens.example=…`',
    ['schemePw2222']
  ],
  [
    'proxy-credentials path',
    'proxy-credentials',
    'athens.example/go=ci:pathPw3333',
    'athens.example/go=***',
    '`athens.example=…`',
    ['pathPw3333']
  ],
  [
    'proxy-credentials same host twice',
    'proxy-credentials',
    'athens.example:8443=ci:firstPw4444\nAthens.example:8443=ci:secondPw5555',
    'Athens.example:8443=***',
    'one entry per host',
    ['firstPw4444', 'secondPw5555']
  ],
  [
    'proxy-credentials without =',
    'proxy-credentials',
    'ci:noEqualsPw6666',
    '***',
    'host=username:password',
    ['noEqualsPw6666']
  ],
  // contradictions
  ['stall-timeout above the default timeout', 'stall-timeout', '20m', '20m', 'at most timeout']
]

const severalInputs: BadCase[] = [
  {
    title: 'explicit stall-timeout above an explicit timeout',
    inputs: { 'stall-timeout': '5m', timeout: '1m' },
    input: 'stall-timeout',
    value: '5m',
    expected: 'at most timeout'
  },
  {
    title: 'token and git-credentials for the server host',
    inputs: { token: 'ghp_tokenInputAAAA', 'git-credentials': 'GitHub.com=ghp_lineTokenBBBB' },
    input: 'git-credentials',
    value: 'GitHub.com=***',
    expected: 'one entry per host and path prefix',
    secrets: ['ghp_tokenInputAAAA', 'ghp_lineTokenBBBB']
  },
  {
    title: 'retry-delay above retry-max-delay',
    inputs: { 'retry-delay': '2m', 'retry-max-delay': '1m' },
    input: 'retry-delay',
    value: '2m',
    expected: 'at most retry-max-delay'
  }
]

const bad: BadCase[] = [
  ...rows.map(([title, input, raw, value, expected, secrets]) => ({
    title,
    inputs: { [input]: raw },
    input,
    value,
    expected,
    secrets
  })),
  ...severalInputs
]

describe('parseInputs rejects malformed inputs', () => {
  test.each(bad)('$title', ({ inputs, input, value, expected, secrets = [] }) => {
    const { error, masked } = failure(inputs)
    const problem = error.problems.find(p => p.input === input && p.value.includes(value))
    expect({ problems: error.problems, match: problem !== undefined }).toEqual(
      expect.objectContaining({ match: true })
    )
    expect(problem?.expected).toContain(expected)
    expect(error.message).toContain(`Input '${input}'`)
    for (const secret of secrets) {
      expect(error.message).not.toContain(secret)
      expect(JSON.stringify(error.problems)).not.toContain(secret)
      expect(masked).toContain(secret)
    }
  })

  test('has at least 40 malformed cases', () => {
    expect(bad.length).toBeGreaterThanOrEqual(40)
  })

  test('reports every problem at once', () => {
    const { error } = failure({
      goproxy: 'proxy.example;direct',
      goprivate: 'https://github.com/acme/',
      retries: 'many',
      timeout: '10x',
      cache: 'maybe',
      token: 'ghp_two words',
      'git-credentials': 'git.corp.example=corpSecret123'
    })
    expect(error.problems.map(p => p.input).sort()).toEqual(
      ['cache', 'git-credentials', 'goprivate', 'goproxy', 'retries', 'timeout', 'token'].sort()
    )
    expect(error.message.split('\n')).toHaveLength(error.problems.length)
    expect(error.message).not.toContain('corpSecret123')
    expect(error.message).not.toContain('ghp_two')
  })

  test('reports every bad entry of one input', () => {
    const { error } = failure({ goproxy: 'a.example,ftp://b.example,https://c.example/?q' })
    expect(error.problems.map(p => p.value)).toEqual(['a.example', 'ftp://b.example', 'https://c.example/?q'])
  })
})

describe('parseInputs accepts valid inputs', () => {
  test('defaults produce the documented values', () => {
    expect(parse({})).toEqual({
      workingDirectory: workspace,
      goVersion: undefined,
      goEnv: {},
      gitCredentials: [],
      proxyCredentials: [],
      exportCredentials: true,
      cache: true,
      cacheBuild: true,
      cacheKeySuffix: '',
      cacheRestoreKeys: true,
      cacheSave: 'on-change',
      cachePrivateModules: 'auto',
      download: true,
      retries: 3,
      retryDelayMs: 2000,
      retryMaxDelayMs: 60_000,
      stallTimeoutMs: 120_000,
      timeoutMs: 900_000,
      parallelism: 'auto',
      diagnose: true
    })
  })

  test('the defaults table matches action.yml', () => {
    const actionYml = fileURLToPath(new URL('../action.yml', import.meta.url))
    const action = parseYaml(fs.readFileSync(actionYml, 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const fromYaml = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])
    )
    expect(INPUT_DEFAULTS).toEqual(fromYaml)
  })

  test('the input table lists action.yml inputs in their order, each Inputs field and Go variable once', () => {
    const actionYml = fileURLToPath(new URL('../action.yml', import.meta.url))
    const action = parseYaml(fs.readFileSync(actionYml, 'utf8')) as { inputs: Record<string, unknown> }
    expect(INPUT_ROWS.map(([name]) => name)).toEqual(Object.keys(action.inputs))
    const fields = INPUT_ROWS.flatMap(([, spec]) => (spec.kind === 'scalar' ? [spec.field] : []))
    const variables = INPUT_ROWS.flatMap(([, spec]) => (spec.kind === 'go-env' ? [spec.variable] : []))
    const composite = ['goEnv', 'gitCredentials', 'proxyCredentials']
    expect([...fields, ...composite].sort()).toEqual(Object.keys(parse({})).sort())
    expect(variables).toEqual([...GO_ENV_NAMES])
  })

  test('whitespace-only inputs fall back to the defaults', () => {
    expect(parse({ retries: '  ', timeout: '\n', 'cache-save': ' ' })).toMatchObject({
      retries: 3,
      timeoutMs: 900_000,
      cacheSave: 'on-change'
    })
  })

  test('the result is deeply frozen', () => {
    const inputs = parse({
      goproxy: 'https://goproxy.corp.example,direct',
      token: 'ghp_frozenTOKEN',
      'proxy-credentials': 'athens.example=ci:pw'
    })
    expect(Object.isFrozen(inputs)).toBe(true)
    expect(Object.isFrozen(inputs.goEnv)).toBe(true)
    expect(Object.isFrozen(inputs.gitCredentials)).toBe(true)
    expect(Object.isFrozen(inputs.gitCredentials[0])).toBe(true)
    expect(Object.isFrozen(inputs.proxyCredentials)).toBe(true)
    expect(Object.isFrozen(inputs.proxyCredentials[0])).toBe(true)
  })

  test('working-directory resolves against the workspace', () => {
    expect(parse({ 'working-directory': 'services/api' }).workingDirectory).toBe(
      path.join(workspace, 'services', 'api')
    )
    expect(parse({ 'working-directory': workspace }).workingDirectory).toBe(workspace)
  })

  test('go env values are normalised and only given ones are set, in apply order', () => {
    const inputs = parse({
      gotoolchain: 'go1.22.5+auto',
      goflags: '-mod=mod\n   -tags=integration,race\t-modcacherw  "-ldflags=-s -w"',
      goproxy: 'https://athens.corp.example\n|https://goproxy.mirror.example\n direct ',
      goprivate: 'github.com/acme/*\n *.corp.example.com , gitlab.com/team,\ngithub.com/acme-[a-z]*',
      gonosumdb: 'none',
      gosumdb: `${SUMDB_KEY}    https://sum.corp.example`
    })
    expect(inputs.goEnv).toEqual({
      GOPROXY: 'https://athens.corp.example|https://goproxy.mirror.example,direct',
      GOPRIVATE: 'github.com/acme/*,*.corp.example.com,gitlab.com/team,github.com/acme-[a-z]*',
      GONOSUMDB: 'none',
      GOSUMDB: `${SUMDB_KEY} https://sum.corp.example`,
      GOFLAGS: '-mod=mod -tags=integration,race -modcacherw "-ldflags=-s -w"',
      GOTOOLCHAIN: 'go1.22.5+auto'
    })
    expect(Object.keys(inputs.goEnv)).toEqual([
      'GOPROXY',
      'GOPRIVATE',
      'GONOSUMDB',
      'GOSUMDB',
      'GOFLAGS',
      'GOTOOLCHAIN'
    ])
  })

  test.each([
    'off',
    'direct',
    'https://goproxy.corp.example,direct',
    'https://a.example|https://b.example',
    'http://127.0.0.1:38111',
    'file:///srv/goproxy',
    'https://goproxy.corp.example/api/go, direct'
  ])('goproxy %j is accepted', goproxy => {
    expect(parse({ goproxy }).goEnv.GOPROXY).toBe(goproxy.replace(', ', ','))
  })

  test.each([
    'off',
    'sum.corp.example',
    'sum.corp.example https://sum-mirror.corp.example',
    SUMDB_KEY,
    `${SUMDB_KEY} https://sum.corp.example`
  ])('gosumdb %j is accepted', gosumdb => {
    expect(parse({ gosumdb }).goEnv.GOSUMDB).toBe(gosumdb)
  })

  // Checked against `GOTOOLCHAIN=… go version` with go 1.26: each of these passes toolchain selection.
  test.each([
    'local',
    'auto',
    'path',
    'local+auto',
    'local+path',
    'go1.22.5',
    'go1.22.0',
    'go1.22rc1',
    'go1.22beta1',
    'go1.22.5+auto',
    'go1.22.5+path',
    'go1.20',
    'go1.22.5-bigcorp+path'
  ])('gotoolchain %j is accepted', gotoolchain => {
    expect(parse({ gotoolchain }).goEnv.GOTOOLCHAIN).toBe(gotoolchain)
  })

  test.each(['1.22', '1.22.x', '1.22.5', '>=1.21 <1.23', '^1.22', '~1.22.0', '1.22.0-rc.1'])(
    'go-version %j is accepted as written',
    goVersion => {
      expect(parse({ 'go-version': goVersion }).goVersion).toBe(goVersion)
    }
  )

  test.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['2m', 120_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1h', 3_600_000],
    ['1h2m3s4ms', 3_723_004],
    ['0', 0]
  ])('duration %j is %d ms', (text, ms) => {
    expect(parse({ 'retry-delay': text, 'retry-max-delay': '2h' }).retryDelayMs).toBe(ms)
  })

  test('numbers, booleans and enums', () => {
    const inputs = parse({
      retries: '0',
      parallelism: '256',
      cache: 'TRUE',
      'cache-build': 'True',
      download: 'False',
      diagnose: 'FALSE',
      'export-credentials': 'false',
      'cache-restore-keys': 'false',
      'cache-save': 'default-branch',
      'cache-key-suffix': 'linux-race'
    })
    expect(inputs).toMatchObject({
      retries: 0,
      parallelism: 256,
      cache: true,
      cacheBuild: true,
      download: false,
      diagnose: false,
      exportCredentials: false,
      cacheRestoreKeys: false,
      cacheSave: 'default-branch',
      cacheKeySuffix: 'linux-race'
    })
  })

  test('cache: false turns the build cache off too (the runner fills in cache-build: true)', () => {
    expect(parse({ cache: 'false', 'cache-build': 'true' })).toMatchObject({
      cache: false,
      cacheBuild: false
    })
    expect(parse({ 'cache-build': 'false' })).toMatchObject({ cache: true, cacheBuild: false })
  })

  test('a lower bound set by the user caps the default it would contradict', () => {
    expect(parse({ timeout: '1m' })).toMatchObject({ timeoutMs: 60_000, stallTimeoutMs: 60_000 })
    expect(parse({ 'retry-max-delay': '1s' })).toMatchObject({ retryMaxDelayMs: 1000, retryDelayMs: 1000 })
  })
})

describe('credentials', () => {
  test.each([
    ['github.com', 'x-access-token'],
    ['acme.ghe.com', 'x-access-token'],
    ['ghes.corp.example', 'x-access-token'],
    ['gitlab.com', 'oauth2'],
    ['gitlab.corp.example:8443', 'oauth2'],
    ['bitbucket.org', 'x-token-auth']
  ])('default username for %s is %s', (host, username) => {
    const inputs = parse({ 'git-credentials': `${host}/team=tok123` }, 'ghes.corp.example')
    expect(inputs.gitCredentials).toEqual([
      { source: 'git-credentials', host, pathPrefix: 'team', username, token: 'tok123' }
    ])
  })

  test('token and git-credentials lines become credentials, hosts lower-cased', () => {
    const inputs = parse(
      {
        token: 'ghp_serverTOKEN',
        'git-credentials':
          '# comment\n\nGitHub.com/acme/tools=ghp_otherTOKEN\ngit.corp.example=bot:corpTOKEN\n'
      },
      'ghes.corp.example'
    )
    expect(inputs.gitCredentials).toEqual([
      {
        source: 'token',
        host: 'ghes.corp.example',
        pathPrefix: '',
        username: 'x-access-token',
        token: 'ghp_serverTOKEN'
      },
      {
        source: 'git-credentials',
        host: 'github.com',
        pathPrefix: 'acme/tools',
        username: 'x-access-token',
        token: 'ghp_otherTOKEN'
      },
      {
        source: 'git-credentials',
        host: 'git.corp.example',
        pathPrefix: '',
        username: 'bot',
        token: 'corpTOKEN'
      }
    ])
  })

  test('a token for a prefix of the server host does not clash with the token input', () => {
    const inputs = parse({ token: 'ghp_a', 'git-credentials': 'github.com/acme=ghp_b' })
    expect(inputs.gitCredentials.map(c => `${c.host}/${c.pathPrefix}`)).toEqual([
      'github.com/',
      'github.com/acme'
    ])
  })

  test('proxy-credentials lines', () => {
    const inputs = parse({
      'proxy-credentials': 'Athens.Corp.example:8443=ci:pa:ss\nsum.corp.example=ci:pw2'
    })
    expect(inputs.proxyCredentials).toEqual([
      { host: 'athens.corp.example:8443', username: 'ci', password: 'pa:ss' },
      { host: 'sum.corp.example', username: 'ci', password: 'pw2' }
    ])
  })

  test('every derived form of every secret is masked', () => {
    const { ctx, masked } = harness({
      token: 'ghp_tok/en+1',
      'git-credentials': 'gitlab.com/team=glpat-abc\ngit.corp.example=bot:corp@tok',
      'proxy-credentials': 'athens.example=ci:proxyPw'
    })
    parseInputs(ctx)
    const b64 = (s: string): string => Buffer.from(s).toString('base64')
    expect(masked).toEqual(
      expect.arrayContaining([
        'ghp_tok/en+1',
        'x-access-token:ghp_tok/en+1',
        b64('x-access-token:ghp_tok/en+1'),
        encodeURIComponent('ghp_tok/en+1'),
        'glpat-abc',
        'oauth2:glpat-abc',
        b64('oauth2:glpat-abc'),
        'corp@tok',
        'bot:corp@tok',
        b64('bot:corp@tok'),
        encodeURIComponent('corp@tok'),
        'proxyPw',
        'ci:proxyPw',
        b64('ci:proxyPw')
      ])
    )
    // encodeURIComponent of a token that needs no encoding would mask nothing new.
    expect(masked.filter(m => m === 'glpat-abc')).toHaveLength(1)
  })

  test('secrets are masked even when another input fails validation', () => {
    const { masked } = failure({ retries: 'x', token: 'ghp_valid', 'proxy-credentials': 'p.example=u:pw9' })
    expect(masked).toEqual(expect.arrayContaining(['ghp_valid', 'x-access-token:ghp_valid', 'pw9', 'u:pw9']))
  })

  test('a host-like line without = is not masked, so logs keep the host name', () => {
    const { masked, error } = failure({ 'git-credentials': 'github.com/acme' })
    expect(masked).not.toContain('github.com/acme')
    expect(error.problems[0].value).toBe('***')
  })
})
