// The runner harness (testkit/runner.ts) against tiny real node actions written on the fly.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Job, renderStep, type JobOptions } from '../testkit/runner.js'
import {
  parseCommand,
  parseKeyValueFile,
  REGISTERED_COMMANDS,
  SecretMasker
} from '../testkit/workflow-commands.js'

const CORE = pathToFileURL(
  fileURLToPath(new URL('../node_modules/@actions/core/lib/core.js', import.meta.url))
).href
const NODE = process.execPath
const BASE_PATH = '/usr/local/bin:/usr/bin:/bin'

const ACTION_YML = `name: probe
description: harness probe
inputs:
  working-directory:
    description: hyphenated
    default: '.'
  go version:
    description: space in the name
    default: 1.10
  cache:
    default: true
  token:
    description: no default
runs:
  using: node24
  main: main.mjs
  post: post.mjs
`

let root: string
beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'runner-test-')))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

let counter = 0
/** A job around an action whose main/post bodies get `core` (and `fs`) imported. */
function job(main: string, post = '', opts: Partial<JobOptions> = {}): Job {
  const dir = path.join(root, `case-${++counter}`)
  const [actionDir, workspace, runnerTemp] = ['action', 'workspace', 'temp'].map(d => path.join(dir, d))
  for (const d of [actionDir!, workspace!, runnerTemp!]) fs.mkdirSync(d, { recursive: true })
  const prelude = `import * as core from '${CORE}'\nimport fs from 'node:fs'\n`
  fs.writeFileSync(path.join(actionDir!, 'action.yml'), ACTION_YML)
  fs.writeFileSync(path.join(actionDir!, 'main.mjs'), prelude + main)
  fs.writeFileSync(path.join(actionDir!, 'post.mjs'), prelude + post)
  return new Job({
    actionDir: actionDir!,
    workspace: workspace!,
    runnerTemp: runnerTemp!,
    env: { PATH: BASE_PATH },
    ...opts
  })
}
const nodeEval = (code: string) => [NODE, ['-e', code]] as const
// stdout and stderr are separate pipes: like the runner, the harness orders their lines by arrival only.
const pause = 'await new Promise(r => setTimeout(r, 50))\n'

describe('inputs and environment', () => {
  test('declared defaults, hyphen and space names, runner variables, no process.env leakage', async () => {
    const j = job(
      `const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['PATH', 'PWD'].includes(k)))
       core.setOutput('env', JSON.stringify(env))
       core.setOutput('cwd', process.cwd())
       core.setOutput('gv', core.getInput('go version'))`,
      '',
      {
        env: {
          PATH: BASE_PATH,
          JOB_VAR: 'x',
          NODE_ICU_DATA: '/icu',
          RUNNER_OS: 'Windows',
          GITHUB_WORKSPACE: '/no'
        }
      }
    )
    const r = await j.runAction({ token: 'tok', Cache: 'false' })
    expect(r.exitCode).toBe(0)
    const env = JSON.parse(r.outputs.env!) as Record<string, string>
    const temp = path.join(path.dirname(j.files[0]!), '..')
    expect(env).toMatchObject({
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_GO_VERSION: '1.10',
      INPUT_CACHE: 'false',
      INPUT_TOKEN: 'tok',
      JOB_VAR: 'x',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_TEMP: temp,
      GITHUB_WORKSPACE: r.outputs.cwd
    })
    for (const absent of [
      'GITHUB_ACTION_PATH',
      'RUNNER_DEBUG',
      'NODE_ICU_DATA',
      'HOME',
      'JEST_WORKER_ID',
      'STATE_x'
    ]) {
      expect(env).not.toHaveProperty(absent)
    }
    expect(r.outputs.gv).toBe('1.10')
    expect(r.outputs.cwd).toBe(path.join(temp, '..', 'workspace'))
    for (const f of ['ENV', 'OUTPUT', 'STATE', 'PATH', 'STEP_SUMMARY']) {
      expect(path.dirname(env[`GITHUB_${f}`]!)).toBe(path.join(temp, '_runner_file_commands'))
    }
    // core.setOutput writes the heredoc form, which the harness parsed.
    expect(fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toMatch(/^env<<ghadelimiter_[0-9a-f-]+\n\{/)
  })

  test('an undeclared input throws before anything runs', async () => {
    const j = job('')
    await expect(j.runAction({ 'working-dir': 'x' })).rejects.toThrow(
      "Unexpected input(s) 'working-dir', valid inputs are ['working-directory', 'go version', 'cache', 'token']"
    )
    expect(j.files).toEqual([])
  })
})

describe('file commands across steps', () => {
  test('exportVariable and addPath reach later steps and post; saveState becomes STATE_; inputs repeat', async () => {
    const j = job(
      `core.exportVariable('MULTI', 'a\\nb=c %25 <<EOF')
       core.exportVariable('PLAIN', '1')
       core.addPath('/opt/one')
       core.addPath('/opt/two')
       core.saveState('cache-key', 'k\\n1')`,
      `core.setOutput('state', core.getState('cache-key'))
       core.setOutput('multi', process.env.MULTI)
       core.setOutput('path', process.env.PATH)
       core.setOutput('token', core.getInput('token'))
       core.setOutput('later', process.env.LATER)`
    )
    const main = await j.runAction({ token: 'abc' })
    expect(main.failed).toBe(false)
    expect(j.env).toMatchObject({
      MULTI: 'a\nb=c %25 <<EOF',
      PLAIN: '1',
      PATH: `/opt/two:/opt/one:${BASE_PATH}`
    })

    const show =
      'process.stdout.write(JSON.stringify([process.env.MULTI, process.env.PATH, process.env.OWN]))'
    const step = await j.runStep(...nodeEval(show), { env: { OWN: 'own' } })
    expect(JSON.parse(step.stdout)).toEqual(['a\nb=c %25 <<EOF', `/opt/two:/opt/one:${BASE_PATH}`, 'own'])

    // A later step adds /opt/one again: the runner moves it to the front, and exports LATER.
    const add = "fs=require('fs');fs.appendFileSync(process.env.GITHUB_PATH,'/opt/one\\n');"
    await j.runStep(...nodeEval(`${add}fs.appendFileSync(process.env.GITHUB_ENV,'LATER=yes\\n')`))

    const post = await j.runPost()
    expect(post.outputs).toEqual({
      state: 'k\n1',
      multi: 'a\nb=c %25 <<EOF',
      path: `/opt/one:/opt/two:${BASE_PATH}`,
      token: 'abc',
      later: 'yes'
    })
  })

  test('post runs after a failed main, with its state', async () => {
    const j = job(
      "core.saveState('k', 'v')\ncore.setFailed('boom')",
      "core.info('state=' + process.env.STATE_k)"
    )
    const main = await j.runAction({})
    expect(main).toMatchObject({
      exitCode: 1,
      failed: true,
      annotations: [{ level: 'error', message: 'boom' }]
    })
    expect((await j.runPost()).log).toBe('state=v')
  })

  test('hand-written name=value and heredoc lines, tricky values, NODE_OPTIONS blocked', async () => {
    const j = job(
      `fs.appendFileSync(process.env.GITHUB_OUTPUT, 'plain=a=b<<c\\nmulti<<EOF\\nline 1\\n\\nline 3\\nEOF\\nempty<<X\\nX\\n')
       core.setOutput('tricky', '100% :: a,b\\r\\nEOF\\n%0A ghadelimiter_x')
       fs.appendFileSync(process.env.GITHUB_ENV, 'NODE_OPTIONS=--inspect\\nOK=1\\n')`
    )
    const r = await j.runAction({})
    expect(r.outputs).toEqual({
      plain: 'a=b<<c',
      multi: 'line 1\n\nline 3',
      empty: '',
      tricky: '100% :: a,b\r\nEOF\n%0A ghadelimiter_x'
    })
    expect(r.annotations).toEqual([
      { level: 'error', message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command." }
    ])
    expect(r.failed).toBe(false)
    expect(j.env.OK).toBe('1')
    expect(j.env).not.toHaveProperty('NODE_OPTIONS')
  })

  test('a malformed file command fails the step even with exit code 0', async () => {
    const r = await job("fs.appendFileSync(process.env.GITHUB_ENV, 'BROKEN<<EOF\\nvalue\\n')").runAction({})
    expect(r).toMatchObject({ exitCode: 0, failed: true })
    expect(r.annotations.map(a => a.message)).toEqual([
      "Unable to process file command 'env' successfully.",
      "Invalid value. Matching delimiter not found 'EOF'"
    ])
  })

  test('step summary captured and masked; every per-step file listed', async () => {
    const j = job(
      `core.setSecret('summary-secret')
       await core.summary.addHeading('Modules').addRaw('token summary-secret').write()`
    )
    const r = await j.runAction({})
    expect(r.summary).toBe('<h1>Modules</h1>\ntoken ***\n')
    await j.runStep(...nodeEval(''))
    expect(j.files).toHaveLength(10)
    expect(new Set(j.files).size).toBe(10)
    const raw = j.files
      .filter(f => path.basename(f).startsWith('step_summary_'))
      .map(f => fs.readFileSync(f, 'utf8'))
    expect(raw).toEqual(['<h1>Modules</h1>\ntoken summary-secret', ''])
  })
})

describe('log', () => {
  test('setSecret masks the log from that line on, across streams and steps; raw stdout keeps it', async () => {
    const j = job(
      `console.log('before secret-value-123')
       core.setSecret('secret-value-123')
       core.setSecret('line-one\\nline-two')
       ${pause}
       console.log('after secret-value-123 ' + Buffer.from('secret-value-123').toString('base64'))
       console.error('stderr secret-value-123')
       ${pause}
       console.log('line-two alone')`
    )
    const r = await j.runAction({})
    expect(r.log.split('\n')).toEqual(['before secret-value-123', 'after *** ***', 'stderr ***', '*** alone'])
    expect(r.stdout).toContain('::add-mask::secret-value-123')
    expect(r.stdout).toContain('after secret-value-123')
    expect(r.stderr).toBe('stderr secret-value-123\n')
    expect(j.secrets).toEqual(['secret-value-123', 'line-one\nline-two', 'line-one', 'line-two'])
    expect((await j.runStep(...nodeEval("console.log('x secret-value-123')"))).log).toBe('x ***')
  })

  test('annotations: properties, escaping, validation, case, legacy form', async () => {
    const j = job(
      `core.error('bad %25 thing\\nsecond: line', { title: 'Bad: title, really', file: 'src/a.go', startLine: 3, startColumn: 5 })
       core.warning('careful', { file: process.env.GITHUB_WORKSPACE + '/go.mod', startLine: 7, endLine: 9 })
       core.notice('fyi')
       console.log('::error file=x.go,line=9,endLine=2,col=1::bad range')
       console.log('  ::WARNING Title=upper::case-insensitive')
       console.log('::unknown-cmd::stays')
       console.log('tool says ##[notice]legacy form')`
    )
    const r = await j.runAction({})
    expect(r.annotations).toEqual([
      {
        level: 'error',
        message: 'bad %25 thing\nsecond: line',
        title: 'Bad: title, really',
        file: 'src/a.go',
        line: 3,
        col: 5
      },
      { level: 'warning', message: 'careful', file: 'go.mod', line: 7, endLine: 9 },
      { level: 'notice', message: 'fyi' },
      { level: 'error', message: 'bad range', file: 'x.go' },
      { level: 'warning', message: 'case-insensitive', title: 'upper' },
      { level: 'notice', message: 'legacy form' }
    ])
    expect(r.log.split('\n')).toEqual([
      'Error (src/a.go:3:5) Bad: title, really: bad %25 thing',
      'second: line',
      'Warning (go.mod:7): careful',
      'Notice: fyi',
      'Error (x.go): bad range',
      'Warning upper: case-insensitive',
      '::unknown-cmd::stays',
      'Notice: legacy form'
    ])
  })

  test('groups; ::debug:: and command echo only with step debug', async () => {
    const main = `core.debug('dbg message')
      core.startGroup('Stage one')
      console.log('inside')
      core.endGroup()
      core.setOutput('isDebug', String(core.isDebug()))`
    const quiet = await job(main).runAction({})
    expect(quiet.log).toBe('▸ Stage one\ninside')
    const loud = await job(main, '', { debug: true }).runAction({})
    expect(loud.outputs.isDebug).toBe('true')
    expect(loud.log.split('\n')).toEqual([
      'Debug: dbg message',
      '::group::Stage one',
      '▸ Stage one',
      'inside',
      '::endgroup::',
      'Debug: Node Action run completed with exit code 0',
      'Debug: Set output isDebug = true'
    ])
  })

  test('deprecated and disabled commands, stop-commands', async () => {
    const r = await job(
      `console.log('::set-output name=x::y')
       console.log('::stop-commands::pause-token-1')
       console.log('::error::not an error')
       console.log('::pause-token-1::')
       console.log('::set-env name=A::b')`
    ).runAction({})
    expect(r.outputs).toEqual({})
    expect(r.failed).toBe(true)
    expect(r.annotations.map(a => `${a.level} ${a.message}`)).toEqual([
      expect.stringMatching(/^warning The `set-output` command is deprecated and will be disabled soon/),
      "error Unable to process command '::set-env name=A::b' successfully.",
      expect.stringMatching(/^error The `set-env` command is disabled/)
    ])
    expect(r.log).toContain('::stop-commands::***\n::error::not an error\n::***::\n')
  })

  test('exit codes are reported, never thrown', async () => {
    const j = job('process.exitCode = 3')
    expect(await j.runAction({})).toMatchObject({ exitCode: 3, failed: true, annotations: [] })
    const run = await j.runStep(...nodeEval('process.exit(4)'))
    expect(run).toMatchObject({
      exitCode: 4,
      annotations: [{ level: 'error', message: 'Process completed with exit code 4.' }]
    })
    expect((await j.runStep(...nodeEval("process.kill(process.pid, 'SIGTERM')"))).exitCode).toBe(143)
    expect(await j.runStep(path.join(root, 'no-such-command'), [])).toMatchObject({
      exitCode: 127,
      failed: true
    })
  })

  test('renderStep shows header, log, outputs (masked) and summary', async () => {
    const j = job(
      `core.setSecret('hidden-1')
       core.info('hello')
       core.setOutput('key', 'k-hidden-1')
       await core.summary.addRaw('all good', true).write()`
    )
    const text = renderStep(await j.runAction({}), 'Run setup-gomod', j.secrets)
    expect(text).toMatch(
      /^✓ Run setup-gomod \(\d+\.\ds\)\n {2}hello\n {2}Outputs:\n {4}key: k-\*\*\*\n {2}Summary:\n {4}all good$/
    )
  })
})

describe('parsers', () => {
  const registered = new Set(REGISTERED_COMMANDS)
  test('property and data unescaping', () => {
    expect(parseCommand('::error title=a%3Ab%2Cc%0Ad,,bad,=x,y=::50%25%0D%0A', registered)).toEqual({
      command: 'error',
      properties: { title: 'a:b,c\nd' },
      data: '50%\r\n'
    })
    expect(parseCommand('::nope::x', registered)).toBeUndefined()
    expect(parseCommand('no command', registered)).toBeUndefined()
  })
  test('key-value file: LF lines only (CR kept, as on a Linux runner), delimiter errors', () => {
    expect(parseKeyValueFile('A=1\r\nB<<E\nv\r\n\nE\n\nC=\nD<<E\nE')).toEqual([
      ['A', '1\r'],
      ['B', 'v\r\n'],
      ['C', ''],
      ['D', '']
    ])
    expect(() => parseKeyValueFile('B<<E\r\nv\nE\n')).toThrow("Matching delimiter not found 'E\r'")
    expect(() => parseKeyValueFile('B<<E\nv')).toThrow('EOF marker missing new line')
    expect(() => parseKeyValueFile('just text')).toThrow("Invalid format 'just text'")
  })
  test('masker merges overlapping and adjacent matches', () => {
    const m = new SecretMasker()
    m.add('abc')
    m.add('bcd')
    m.add('xy')
    expect(m.mask('-abcd-abcxy-')).toBe('-***-***-')
  })
})
