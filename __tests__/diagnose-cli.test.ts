/**
 * The diagnosis CLI's formats (dist/diagnose.js, the `setup-gomod-diagnose` bin): text, json (`--json` is an
 * alias) and markdown, which carries the job summary's verdict, failures, evidence and fix. Needs dist/.
 */
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('..', import.meta.url))
const FIXTURES = path.join(repo, '__tests__', 'fixtures', 'diagnosis')
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(repo, 'dist', 'diagnose.js'), ...args], { input, encoding: 'utf8' })

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
