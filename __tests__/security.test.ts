/**
 * Issue 15, the parts that are pure logic: input refusals, the save policy under untrusted events, the one
 * escaping helper, URL userinfo redaction, and a process-level guard run against real processes (children
 * stopped when the step is killed; go's flag parsing of module arguments: security.integration.test.ts).
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { isReadOnlyRefusal, saveRefusal } from '../src/cache/save-policy.js'
import { findInconsistencies } from '../src/environment/consistency.js'
import { planGoEnv } from '../src/environment/plan-env.js'
import type { GoEnv } from '../src/environment/go-env.js'
import { parseInputs } from '../src/inputs/parse-inputs.js'
import { InputError, type InputContext } from '../src/inputs/types.js'
import { escapeHtml, logText } from '../src/util/escape.js'
import { runTool } from '../src/exec/run-tool.js'
import { eventFacts } from '../src/util/event-payload.js'
import { redactUserinfo, userinfoSecrets } from '../src/util/url-userinfo.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
let tmp: string
let workspace: string

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'security-test-'))
  workspace = path.join(tmp, 'workspace')
  fs.mkdirSync(path.join(workspace, 'app'), { recursive: true })
  fs.mkdirSync(path.join(tmp, 'outside'))
  fs.symlinkSync(path.join(tmp, 'outside'), path.join(workspace, 'escape'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

function attempt(
  inputs: Record<string, string>,
  extra: Partial<InputContext> = {}
): { error?: InputError; masked: string[] } {
  const masked: string[] = []
  const ctx: InputContext = {
    read: name => inputs[name] ?? '',
    mask: s => void masked.push(s),
    workspace,
    serverHost: 'github.com',
    ...extra
  }
  try {
    parseInputs(ctx)
    return { masked }
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    return { error: e, masked }
  }
}

function event(payload: object): string {
  const file = path.join(tmp, `event-${Math.random().toString(36).slice(2)}.json`)
  fs.writeFileSync(file, JSON.stringify(payload))
  return file
}

describe('cache-private-modules (point 1)', () => {
  test('auto by default; always is refused unless the payload says the repository is private', () => {
    const masked: string[] = []
    const ctx = (inputs: Record<string, string>, privateRepository?: boolean): InputContext => ({
      read: n => inputs[n] ?? '',
      mask: s => void masked.push(s),
      workspace,
      serverHost: 'github.com',
      privateRepository
    })
    expect(parseInputs(ctx({})).cachePrivateModules).toBe('auto')
    expect(parseInputs(ctx({ 'cache-private-modules': 'never' })).cachePrivateModules).toBe('never')
    expect(parseInputs(ctx({ 'cache-private-modules': 'always' }, true)).cachePrivateModules).toBe('always')
    for (const privateRepository of [false, undefined]) {
      const { error } = attempt({ 'cache-private-modules': 'always' }, { privateRepository })
      expect(error?.problems).toEqual([
        expect.objectContaining({
          input: 'cache-private-modules',
          value: 'always',
          problem: expect.stringContaining('does not say this repository is private')
        })
      ])
    }
    expect(attempt({ 'cache-private-modules': 'sometimes' }).error?.message).toContain(
      '`auto`, `never` or `always`'
    )
  })

  test('the payload decides visibility; one that does not say, or contradicts itself, is public', () => {
    expect(eventFacts(event({ repository: { private: true } })).privateRepository).toBe(true)
    expect(eventFacts(event({ repository: { visibility: 'internal' } })).privateRepository).toBe(true)
    expect(eventFacts(event({ repository: { private: false } })).privateRepository).toBe(false)
    expect(eventFacts(event({ repository: { private: true, visibility: 'public' } })).privateRepository).toBe(
      false
    )
    expect(eventFacts(event({})).privateRepository).toBe(false)
    expect(eventFacts(undefined).privateRepository).toBe(false)
    expect(eventFacts(path.join(tmp, 'missing.json')).privateRepository).toBe(false)
  })
})

describe('saves under untrusted events (point 4)', () => {
  let main: string
  beforeAll(() => {
    main = event({ repository: { default_branch: 'main' } })
  })
  test.each(['pull_request_target', 'workflow_run', 'issue_comment'])(
    '%s never saves with on-change or default-branch, only with always',
    name => {
      const env = { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: main, GITHUB_REF: 'refs/heads/main' }
      expect(saveRefusal('on-change', env)).toContain(`${name} runs may execute untrusted code`)
      expect(saveRefusal('default-branch', env)).toContain('`cache-save: always` would save anyway')
      expect(saveRefusal('always', env)).toBeUndefined()
    }
  )

  test('push and pull_request save as before', () => {
    const env = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: main, GITHUB_REF: 'refs/heads/main' }
    expect(saveRefusal('on-change', env)).toBeUndefined()
    expect(saveRefusal('default-branch', env)).toBeUndefined()
    expect(saveRefusal('on-change', { GITHUB_EVENT_NAME: 'pull_request' })).toBeUndefined()
  })

  test('a read-only cache token is told apart from a key conflict', () => {
    expect(isReadOnlyRefusal('Error: Failed to CreateCacheEntry: Received non-retryable error: (403)')).toBe(
      true
    )
    expect(isReadOnlyRefusal('cache write denied: token is read-only')).toBe(true)
    expect(isReadOnlyRefusal('Failed request: (409) Conflict: cache entry already exists')).toBe(false)
    expect(isReadOnlyRefusal(undefined)).toBe(false)
  })
})

describe('GOPROXY userinfo (points 7 and 8)', () => {
  const passwords = [
    's3cr3tA,s3cr3tB',
    's3cr3tC|s3cr3tD',
    's3cr3tE@s3cr3tF',
    's3cr3tG,s3cr3tH|s3cr3tI@s3cr3tJ'
  ]

  test.each(passwords)('a goproxy input with password %j is refused without showing any part of it', pw => {
    const { error, masked } = attempt({ goproxy: `https://ci:${pw}@proxy.example,direct` })
    expect(error?.problems).toHaveLength(1)
    expect(error?.problems[0]).toMatchObject({
      input: 'goproxy',
      value: 'https://***@proxy.example,direct',
      problem: expect.stringContaining('credentials in a URL')
    })
    for (const piece of pw.split(/[,|@]/)) expect(error?.message).not.toContain(piece)
    expect(masked).toEqual(expect.arrayContaining([`ci:${pw}`, pw]))
  })

  test('redaction takes the whole userinfo of every entry, and leaves URLs without one alone', () => {
    expect(
      redactUserinfo('https://a.example,https://u:p,w@b.example|https://v:q@w@c.example/go,direct')
    ).toBe('https://a.example,https://***@b.example|https://***@c.example/go,direct')
    expect(redactUserinfo('https://goproxy.corp.example,direct')).toBe('https://goproxy.corp.example,direct')
    expect(userinfoSecrets('https://ci:s%40cret-pw@b.example')).toEqual(
      expect.arrayContaining([
        'ci:s%40cret-pw',
        's%40cret-pw',
        's@cret-pw',
        Buffer.from('ci:s@cret-pw').toString('base64')
      ])
    )
    expect(userinfoSecrets('https://TOKEN123456@b.example')).toContain('TOKEN123456')
  })

  test('the "," chain warning shows the redacted list', () => {
    const goproxy = 'https://ci:chainPassw0rd@a.example,https://b.example,direct'
    const current = { GOPROXY: goproxy, GOPRIVATE: '', GONOPROXY: '', GONOSUMDB: '' } as unknown as GoEnv
    const plan = planGoEnv({ ...current, GOSUMDB: 'off', GOINSECURE: '', GOFLAGS: '', GOTOOLCHAIN: '' }, {})
    const shown = { ...plan, effective: { ...plan.effective, GOPROXY: redactUserinfo(goproxy) } }
    const [warning] = findInconsistencies(shown, { roots: [] })
    expect(warning).toContain('GOPROXY=https://***@a.example,https://b.example,direct')
    expect(warning).not.toContain('chainPassw0rd')
  })
})

describe('smaller findings (point 8)', () => {
  test.each([
    ['git-credentials', 'ghp_swappedTOKEN0123456789=github.com', 'ghp_swappedTOKEN0123456789'],
    ['git-credentials', 'glpat-swappedTOKEN0123=gitlab.com/team', 'glpat-swappedTOKEN0123'],
    ['proxy-credentials', 'ci:swappedPassw0rd=athens.example', 'swappedPassw0rd']
  ])('%s written TOKEN=host: the token is masked and never shown', (input, line, secret) => {
    const { error, masked } = attempt({ [input]: line })
    expect(error?.problems[0]).toMatchObject({ input, value: '***=***' })
    expect(error?.message).not.toContain(secret)
    expect(masked).toContain(secret)
  })

  test('a host-like line keeps its host in the message', () => {
    const { error } = attempt({ 'git-credentials': 'git.corp.example=onlyTOKEN0123' })
    expect(error?.problems[0].value).toBe('git.corp.example=***')
  })

  test.each(['github.com/acme\u200b', 'github.com/\u202eacme', 'github.com/ac\u0007me', 'git\u00adhub.com'])(
    'goprivate %j with a hidden or control character is refused, the character shown',
    pattern => {
      const { error } = attempt({ goprivate: pattern })
      expect(error?.problems[0]).toMatchObject({
        input: 'goprivate',
        problem: expect.stringMatching(/invisible or control character \(U\+[0-9A-F]{4}\)/)
      })
      expect(error?.problems[0].value).toMatch(/\\u\{[0-9a-f]+\}/)
      expect(error?.message).not.toMatch(/[\p{Cc}\p{Cf}]/u)
    }
  )

  test('goflags with a line break inside a quoted flag is refused', () => {
    const { error } = attempt({ goflags: '"-ldflags=-s\n::error::injected"' })
    expect(error?.problems[0]).toMatchObject({
      input: 'goflags',
      problem: expect.stringContaining('line break')
    })
    expect(error?.problems[0].value).not.toContain('\n')
  })

  test.each([
    ['..', 'is outside the workspace'],
    [os.tmpdir(), 'is outside the workspace'],
    ['escape', 'is outside the workspace']
  ])('working-directory %j is refused, naming the input', (dir, problem) => {
    const { error } = attempt({ 'working-directory': dir })
    expect(error?.problems[0]).toMatchObject({
      input: 'working-directory',
      problem: expect.stringContaining(problem)
    })
  })

  test('an unreadable directory gives a clear error naming working-directory, not a raw EACCES', async () => {
    // As root nothing is unreadable: the probe then runs as nobody (setpriv), as a runner's user would.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-eacces-'))
    fs.chmodSync(dir, 0o755)
    fs.mkdirSync(path.join(dir, 'ws', 'locked'), { recursive: true })
    fs.mkdirSync(path.join(dir, 'ws', 'closed'))
    fs.chmodSync(path.join(dir, 'ws'), 0o755)
    fs.chmodSync(path.join(dir, 'ws', 'locked'), 0o700)
    fs.chmodSync(path.join(dir, 'ws', 'closed'), 0o700)
    const script = path.join(dir, 'probe.mts')
    const src = (file: string) => JSON.stringify(path.join(repo, 'src', ...file.split('/')))
    fs.writeFileSync(
      script,
      `import { findDownloadSet } from ${src('go/download-set.ts')}\n` +
        `import { parseWorkingDirectory } from ${src('inputs/scalars.ts')}\n` +
        `parseWorkingDirectory('closed', ${JSON.stringify(path.join(dir, 'ws'))}, (v, p) => console.log(p))\n` +
        `await findDownloadSet(${JSON.stringify(path.join(dir, 'ws'))}, undefined).catch(e => console.log(String(e)))\n`
    )
    // One self-contained file, so the other user needs no access to the repository.
    const bundle = path.join(dir, 'probe.mjs')
    await build({ entryPoints: [script], bundle: true, platform: 'node', format: 'esm', outfile: bundle })
    fs.chmodSync(bundle, 0o644)
    const asUser =
      process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []
    const [cmd, ...args] = [...asUser, process.execPath, bundle]
    const result = await runTool(cmd, args, { cwd: dir, env: { ...process.env, HOME: dir } })
    fs.rmSync(dir, { recursive: true, force: true })
    expect(result.stdout).toContain('cannot be read: permission denied')
    expect(result.stdout).toContain(`Cannot read ${path.join(dir, 'ws')}`)
    expect(result.stdout).toContain("point 'working-directory' at the Go project")
    expect(result.stdout).not.toContain('EACCES')
  })

  test('log lines and summary HTML cannot be broken by a value', () => {
    const key = 'setup-gomod-mod-Linux-x\n::add-mask::ghp_x\r\n\n<img src=x>\u200b'
    expect(logText(key)).toBe('setup-gomod-mod-Linux-x\\n::add-mask::ghp_x\\r\\n\\n<img src=x>\\u{200b}')
    expect(logText(key)).not.toMatch(/[\r\n]/)
    expect(escapeHtml(key)).toBe(
      'setup-gomod-mod-Linux-x&#10;::add-mask::ghp_x&#13;&#10;&#10;&lt;img src=x&gt;\u200b'
    )
  })

  test('children started through the exec seam are stopped when the step gets SIGTERM', async () => {
    const marker = String(300 + Math.floor(Math.random() * 600))
    const script = path.join(tmp, 'killed-step.mts')
    const seam = path.join(repo, 'src', 'exec', 'run-tool.ts')
    fs.writeFileSync(
      script,
      `import { runTool } from ${JSON.stringify(seam)}\nawait runTool('sleep', ['${marker}'])\n`
    )
    const step = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repo, stdio: 'ignore' })
    const sleeper = await waitFor(() => findProcess(['sleep', marker]))
    step.kill('SIGTERM')
    const code = await new Promise<number | null>(resolve => step.on('close', resolve))
    expect(code).toBe(143)
    await waitFor(() => (isAlive(sleeper) ? undefined : true))
    expect(isAlive(sleeper)).toBe(false)
  }, 20_000)
})

function findProcess(argv: string[]): number | undefined {
  for (const pid of fs.readdirSync('/proc').filter(p => /^\d+$/.test(p))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') === argv.join('\0') + '\0') return Number(pid)
    } catch {
      // Gone between listing and reading.
    }
  }
  return undefined
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}
