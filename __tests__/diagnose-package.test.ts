/**
 * The diagnosis CLI as a package people install without a clone: `npm pack` of this repository, installed
 * offline into an empty directory with an empty npm cache (so the tarball must carry everything it runs:
 * dist/ bundles every dependency), then the `setup-gomod-diagnose` bin and `npx <tarball>` on a real go log,
 * and the README's GitLab CI recipe on a real failing `go mod download`. Needs dist/ (npm test bundles first).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { isolatedGoEnv, makeTempDir, removeTempDir } from '../testkit/go-env.js'

const repo = fileURLToPath(new URL('..', import.meta.url))
const LOG = path.join(repo, '__tests__', 'fixtures', 'diagnosis', 'connection-refused.go1.26.8.txt')

let tmp: string
let tarball: string
/** npm's settings of a fresh machine without registry access: its own empty cache, no network. */
const npmEnv = () => ({
  ...process.env,
  npm_config_cache: path.join(tmp, 'npm-cache'),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false'
})
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', env: npmEnv() })

beforeAll(() => {
  tmp = makeTempDir('setup-gomod-pack-')
  const packed = npm(['pack', '--json', '--pack-destination', tmp], repo)
  expect(packed.status).toBe(0)
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = path.join(tmp, info.filename)
  const files = info.files.map(f => f.path)
  expect(files).toEqual(
    expect.arrayContaining(['package.json', 'action.yml', 'dist/diagnose.js', 'dist/main.js'])
  )
  expect(files.filter(f => f.startsWith('src/') || f.startsWith('node_modules/'))).toEqual([])
}, 60_000)
afterAll(() => removeTempDir(tmp))

test('the packed package declares the bin and no runtime dependency (dist/ bundles them)', () => {
  const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  expect(manifest.bin).toEqual({ 'setup-gomod-diagnose': 'dist/diagnose.js' })
  expect(manifest.dependencies).toBeUndefined()
  expect(readFileSync(path.join(repo, 'dist', 'diagnose.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
})

test('installed offline into an empty directory, the bin diagnoses a log in Markdown', () => {
  const dir = path.join(tmp, 'fresh')
  mkdirSync(dir)
  const install = npm(['install', tarball], dir)
  expect(install.stderr).not.toMatch(/ERR!/)
  expect(install.status).toBe(0)
  const r = spawnSync(
    path.join(dir, 'node_modules', '.bin', 'setup-gomod-diagnose'),
    ['--format', 'markdown', LOG],
    {
      encoding: 'utf8'
    }
  )
  expect(r.status).toBe(0)
  expect(r.stdout).toMatch(/^### Diagnosis: Connection refused for `fixture\.test\/greet@v1\.1\.0`\n/)
  expect(r.stdout).toContain('`connection-refused` · 🔁 transient: a re-run may succeed')
  expect(r.stdout).toContain('#### Evidence')
  expect(r.stdout).toContain('#### Fix')
}, 60_000)

test('npx <tarball> --format json, as on a fresh machine', () => {
  // `./` tells npx that this is a package (a tarball), not a command.
  const r = spawnSync('npx', ['--yes', `./${path.basename(tarball)}`, '--format', 'json', LOG], {
    cwd: tmp,
    encoding: 'utf8',
    env: npmEnv()
  })
  expect(r.status).toBe(0)
  expect(JSON.parse(r.stdout)).toMatchObject({ primary: { id: 'connection-refused', retryable: true } })
}, 60_000)

test('the README GitLab CI recipe: after_script diagnoses the failed go mod download in Markdown', () => {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
  const yaml = /\*\*GitLab CI\.\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
  const job = (YAML.parse(yaml ?? '') as Record<string, { script: string[]; after_script: string[] }>)[
    'go-mod-download'
  ]
  const dir = path.join(tmp, 'gitlab')
  mkdirSync(path.join(dir, 'ci'), { recursive: true })
  copyFileSync(tarball, path.join(dir, 'ci', 'setup-gomod-diagnose.tgz'))
  writeFileSync(
    path.join(dir, 'go.mod'),
    'module example.test/app\n\ngo 1.21\n\nrequire fixture.test/greet v1.1.0\n'
  )
  // A module proxy on a closed port; GitLab runs each list with bash -e.
  const env = {
    ...npmEnv(),
    ...isolatedGoEnv(path.join(tmp, 'gitlab-go'), { GOPROXY: 'http://127.0.0.1:1' })
  }
  const sh = (lines: string[], extra: Record<string, string> = {}) =>
    spawnSync('bash', ['-e', '-c', lines.join('\n')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, ...extra }
    })
  const script = sh(job.script)
  expect(script.status).not.toBe(0)
  expect(readFileSync(path.join(dir, 'go-mod-download.log'), 'utf8')).toContain('connection refused')
  const after = sh(job.after_script, { CI_JOB_STATUS: 'failed' })
  expect(after.status).toBe(0)
  const markdown = readFileSync(path.join(dir, 'diagnosis.md'), 'utf8')
  expect(markdown).toMatch(/^### Diagnosis: Connection refused for `fixture\.test\/greet@v1\.1\.0`\n/)
  expect(after.stdout).toContain(markdown)
}, 60_000)
