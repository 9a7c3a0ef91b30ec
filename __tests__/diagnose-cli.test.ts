/**
 * The diagnosis CLI's formats (dist/diagnose.js, the `setup-gomod-diagnose` bin): text, json (`--json` is an
 * alias) and markdown, which carries the job summary's verdict, failures, evidence and fix. Needs dist/.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = path.join(repo, '__tests__', 'fixtures', 'diagnosis')
const CLI = path.join(repo, 'dist', 'diagnose.js')
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' })

test('--json and --format json print the same object', () => {
  const log = path.join(FIXTURES, 'checksum-mismatch.gosum.go1.26.8.txt')
  const alias = run(['--json', log])
  expect(alias.status).toBe(0)
  expect(run(['--format', 'json', log]).stdout).toBe(alias.stdout)
  expect(run([`--format=json`, log]).stdout).toBe(alias.stdout)
  expect(JSON.parse(alias.stdout)).toMatchObject({ primary: { id: 'checksum-mismatch', retryable: false } })
})

test('--format markdown: verdict, failures table, evidence in a fence, fix; text stays the default', () => {
  const log = path.join(FIXTURES, 'checksum-mismatch.gosum.go1.26.8.txt')
  const md = run(['--format', 'markdown', log])
  expect(md.status).toBe(0)
  const json = JSON.parse(run(['--json', log]).stdout) as { primary: { evidence: string[]; fix: string } }
  expect(md.stdout).toMatch(
    /^### Diagnosis: Checksum mismatch \(SECURITY ERROR\) for `fixture\.test\/greet@v1\.1\.0`\n/
  )
  expect(md.stdout).toContain('`checksum-mismatch` · 🛠 needs a change: a re-run will fail the same way')
  expect(md.stdout).toContain('| `fixture.test/greet` | `v1.1.0` | `checksum-mismatch` | no |')
  expect(md.stdout).toContain(`#### Evidence\n\n\`\`\`text\n${json.primary.evidence.join('\n')}\n\`\`\`\n`)
  expect(md.stdout).toContain(`#### Fix\n\n${json.primary.fix}`)
  expect(run([log]).stdout).toMatch(/^checksum-mismatch: /)
})

test('markdown: evidence with backticks cannot close its fence; a clean log says so', () => {
  const md = run(['--format', 'markdown', '-'], 'go: zip: not a valid zip file ```oops```\n')
  expect(md.stdout).toContain('````text\ngo: zip: not a valid zip file ```oops```\n````')
  expect(run(['--format', 'markdown', '-'], 'ok\n').stdout).toBe(
    '### Diagnosis: no go failure found in the log\n'
  )
})

test('bad usage: exit 2 naming the problem', () => {
  const bad = run(['--format', 'yaml', '-'], '')
  expect(bad.status).toBe(2)
  expect(bad.stderr).toContain('--format takes text, json, markdown, not "yaml"')
  expect(run(['--format']).status).toBe(2)
  expect(run(['--bogus']).stderr).toContain('unknown option --bogus')
  expect(run(['a', 'b']).stderr).toContain('one log at a time')
})

test('a UTF-16 log with a byte order mark (Windows PowerShell 5.1 `>` and Out-File) reads as its text', () => {
  const log = path.join(FIXTURES, 'checksum-mismatch.gosum.go1.26.8.txt')
  const expected = run(['--json', log]).stdout
  const text = readFileSync(log, 'utf8')
  const dir = makeTempDir('setup-gomod-utf16-')
  try {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    for (const [name, bytes] of [
      ['le.txt', le],
      ['be.txt', be]
    ] as const) {
      writeFileSync(path.join(dir, name), bytes)
      expect(run(['--json', path.join(dir, name)]).stdout).toBe(expected)
    }
    expect(JSON.parse(expected)).toMatchObject({ primary: { id: 'checksum-mismatch' } })
  } finally {
    removeTempDir(dir)
  }
})

test('a reader that stops early (`| head`) ends it quietly: exit 0, no stack trace', async () => {
  const child = spawn(process.execPath, [CLI, '--format', 'json', '-'])
  // The reading end closes before the CLI writes, as `head` does once it has its lines.
  child.stdout.destroy()
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end('go: zip: not a valid zip file\n'.repeat(2000))
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
    child.on('close', (c, s) => resolve([c, s]))
  )
  expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' })
})

describe('dist/diagnose.js', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [`${repo}dist/diagnose.js`, ...args], { input, encoding: 'utf8' })

  test('--json prints every key of the finding shape, null when unknown', () => {
    const r = run(['--json', '-'], 'go: zip: not a valid zip file\n')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { primary: Record<string, unknown>; findings: unknown[] }
    expect(out.primary).toMatchObject({
      id: 'modcache-corrupt',
      retryable: false,
      module: null,
      version: null,
      host: null
    })
    for (const key of [
      'id',
      'title',
      'retryable',
      'module',
      'version',
      'host',
      'evidence',
      'fix',
      'alternatives'
    ])
      expect(out.primary).toHaveProperty(key)
    expect(out.primary.alternatives).toEqual([])
    expect(out.findings).toHaveLength(1)
  })

  test("the action's own step log, raw or rendered, with step debug on: go's failure, not the action's words", () => {
    const raw = [
      '::debug::run: /usr/bin/go env -json GOPROXY GOPRIVATE GOAUTH GONOSUMDB',
      '::error title=Cannot download a.test/m@v1.0.0::Connection refused (connection-refused, transient).%0Ago: a.test/m@v1.0.0: Get "http://127.0.0.1:1/a.test/m/@v/v1.0.0.mod": dial tcp 127.0.0.1:1: connect: connection refused%0A%0AFix: Check the URL (scheme and port) in GOPROXY, GOSUMDB or the HTTP(S)_PROXY variables. See the job summary.'
    ].join('\n')
    const rendered = raw
      .replace('::debug::', '##[debug]')
      .replace(/^::error title=[^:]*::/m, '##[error]')
      .replace(/%0A/g, '\n')
    for (const log of [raw, rendered]) {
      const out = JSON.parse(run(['--json', '-'], log).stdout) as {
        primary: { id: string }
        findings: unknown[]
      }
      expect([out.primary.id, out.findings.length]).toEqual(['connection-refused', 1])
    }
    const debugOnly = JSON.parse(run(['--json', '-'], raw.split('\n')[0]).stdout) as unknown
    expect(debugOnly).toEqual({ primary: null, findings: [] })
  })

  test('no failure: primary null, exit 0; bad usage: exit 2', () => {
    const clean = run(['--json', '-'], 'all good\n')
    expect([clean.status, JSON.parse(clean.stdout)]).toEqual([0, { primary: null, findings: [] }])
    expect(run(['--bogus']).status).toBe(2)
    expect(run(['a', 'b']).status).toBe(2)
    expect(run(['/nonexistent/log']).status).toBe(2)
  })
})
