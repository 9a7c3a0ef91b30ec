/** The pure parts of the module cache: keys, go.sum reading, pruning a cache folder, the save policy. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'
import { buildKeys, checksumFiles, dependencyHash, moduleKeys, isSameKey } from '../src/cache/keys.js'
import { fingerprint, listDownloadDir, neededVersions, pruneDownloadDir } from '../src/cache/module-files.js'
import { highestVersions } from '../src/go/module-graph.js'
import { saveRefusal } from '../src/cache/save-policy.js'
import { workerEnvironment } from '../src/cache/worker-process.js'

let tmp: string
beforeEach(() => (tmp = makeTempDir('setup-gomod-cache-unit-')))
afterEach(() => removeTempDir(tmp))

function write(rel: string, text = ''): string {
  const file = path.join(tmp, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

describe('keys', () => {
  test('checksum files sit next to the go.mod and go.work files', () => {
    expect(checksumFiles(['/w/go.work', '/w/a/go.mod'])).toEqual(['/w/go.work.sum', '/w/a/go.sum'])
  })

  test('the hash depends on contents and relative paths, not on order, checkout location or CRLF', () => {
    const a = write('one/a/go.sum', 'x v1.0.0 h1:abc=\n')
    const b = write('one/b/go.sum', 'y v1.0.0 h1:def=\n')
    const h = dependencyHash([a, b], path.join(tmp, 'one'))
    expect(h).toMatch(/^[0-9a-f]{32}$/)
    expect(dependencyHash([b, a], path.join(tmp, 'one'))).toBe(h)
    const a2 = write('two/a/go.sum', 'x v1.0.0 h1:abc=\r\n')
    const b2 = write('two/b/go.sum', 'y v1.0.0 h1:def=\n')
    expect(dependencyHash([a2, b2], path.join(tmp, 'two'))).toBe(h)
    write('two/b/go.sum', 'y v1.0.1 h1:ghi=\n')
    expect(dependencyHash([a2, b2], path.join(tmp, 'two'))).not.toBe(h)
    // A missing go.sum (no dependencies) is a state of its own, not an error.
    expect(dependencyHash([a2, path.join(tmp, 'two/c/go.sum')], path.join(tmp, 'two'))).toMatch(
      /^[0-9a-f]{32}$/
    )
  })

  test('module keys: OS, optional suffix before the hash, restore prefix; no Go version or arch', () => {
    expect(moduleKeys({ os: 'Linux', suffix: '', dependencyHash: 'h' })).toEqual({
      primary: 'setup-gomod-mod-Linux-h',
      restorePrefix: 'setup-gomod-mod-Linux-'
    })
    expect(moduleKeys({ os: 'macOS', suffix: 'race', dependencyHash: 'h' }).primary).toBe(
      'setup-gomod-mod-macOS-race-h'
    )
  })

  test('build keys: toolchain, target, job leg and dependencies; one restore prefix, no bare fallback', () => {
    const k = buildKeys({
      os: 'Linux',
      suffix: '',
      dependencyHash: 'h',
      goVersion: 'go1.26.8',
      goos: 'linux',
      goarch: 'arm64',
      leg: 'test-0123abcd',
      runId: '42-1'
    })
    expect(k).toEqual({
      primary: 'setup-gomod-build-Linux-linux-arm64-go1.26.8-test-0123abcd-h-42-1',
      restorePrefix: 'setup-gomod-build-Linux-linux-arm64-go1.26.8-test-0123abcd-h-'
    })
  })
})

describe('module files', () => {
  test('go.sum lines: content versions and go.mod-only versions', () => {
    const needed = neededVersions([
      'example.com/a v1.0.0 h1:x=\nexample.com/a v1.0.0/go.mod h1:y=\n\nexample.com/b v0.1.0/go.mod h1:z=\n'
    ])
    expect([...needed.zips]).toEqual(['example.com/a@v1.0.0'])
    expect([...needed.goMods].sort()).toEqual(['example.com/a@v1.0.0', 'example.com/b@v0.1.0'])
  })

  test('module graphs: the highest version of each path is the selected one', () => {
    const graph = [
      'example.test/app example.com/a@v1.2.0',
      'example.test/app example.com/b@v0.3.0+incompatible',
      'example.test/app go@1.22',
      'example.test/app toolchain@go1.22.5',
      'example.com/a@v1.2.0 example.com/c@v0.0.0-20240101000000-abcdefabcdef',
      'example.com/b@v0.3.0+incompatible example.com/a@v1.10.0',
      'example.com/b@v0.3.0+incompatible example.com/c@v0.1.0-rc.1',
      'example.com/x@v1.0.0 example.com/odd@latest-ish',
      'example.com/x@v1.0.0 example.com/odd@v1.0.0'
    ].join('\n')
    expect(highestVersions(graph).sort()).toEqual([
      'example.com/a@v1.10.0',
      'example.com/b@v0.3.0+incompatible',
      'example.com/c@v0.1.0-rc.1',
      'example.com/odd@latest-ish', // not semver: every version kept
      'example.com/odd@v1.0.0',
      'example.com/x@v1.0.0'
    ])
  })

  test('go.sum zip lines of versions no graph selects need only their go.mod', () => {
    const sum = 'example.com/a v1.0.0 h1:x=\nexample.com/a v1.0.0/go.mod h1:y=\nexample.com/a v1.1.0 h1:z=\n'
    const needed = neededVersions([sum], new Set(['example.com/a@v1.1.0']))
    expect([...needed.zips]).toEqual(['example.com/a@v1.1.0'])
    expect([...needed.goMods]).toEqual(['example.com/a@v1.0.0'])
  })

  test('pruning keeps what go.sum needs and removes other versions with their extracted trees', async () => {
    const dl = path.join(tmp, 'mod', 'cache', 'download')
    for (const ext of ['zip', 'ziphash', 'mod', 'info']) {
      write(`mod/cache/download/example.com/!a/@v/v1.0.0.${ext}`, 'new')
      write(`mod/cache/download/example.com/!a/@v/v0.9.0.${ext}`, 'old')
      write(`mod/cache/download/example.com/b/@v/v0.1.0.${ext}`, 'graph only')
      write(`mod/cache/download/example.com/gone/@v/v2.0.0.${ext}`, 'unused')
    }
    write('mod/cache/download/example.com/gone/@v/list', 'v2.0.0\n')
    write('mod/cache/download/sumdb/sum.corp.example/latest', 'tree')
    write('mod/example.com/!a@v0.9.0/a.go', 'package a')
    write('mod/example.com/!a@v1.0.0/a.go', 'package a')
    write('mod/example.com/gone@v2.0.0/g.go', 'package g')

    const entries = await listDownloadDir(dl)
    expect(entries.find(e => e.rel === 'example.com/!a/@v/v1.0.0.zip')?.module).toBe('example.com/A')
    const before = fingerprint(entries)
    const needed = neededVersions([
      'example.com/A v1.0.0 h1:x=\nexample.com/A v1.0.0/go.mod h1:y=\nexample.com/b v0.1.0/go.mod h1:z=\n'
    ])
    const removed = await pruneDownloadDir(dl, entries, needed)
    const left = (await listDownloadDir(dl)).map(e => e.rel)
    expect(left).toEqual([
      'example.com/!a/@v/v1.0.0.info',
      'example.com/!a/@v/v1.0.0.mod',
      'example.com/!a/@v/v1.0.0.zip',
      'example.com/!a/@v/v1.0.0.ziphash',
      'example.com/b/@v/v0.1.0.info',
      'example.com/b/@v/v0.1.0.mod'
    ])
    expect(
      removed
        .filter(e => e.ext === 'zip')
        .map(e => `${e.module}@${e.version}`)
        .sort()
    ).toEqual(['example.com/A@v0.9.0', 'example.com/b@v0.1.0', 'example.com/gone@v2.0.0'])
    expect(existsSync(path.join(tmp, 'mod/example.com/!a@v1.0.0/a.go'))).toBe(true)
    expect(existsSync(path.join(tmp, 'mod/example.com/!a@v0.9.0'))).toBe(false)
    expect(existsSync(path.join(tmp, 'mod/example.com/gone@v2.0.0'))).toBe(false)
    expect(existsSync(path.join(dl, 'example.com/gone'))).toBe(false)
    expect(existsSync(path.join(dl, 'sumdb/sum.corp.example/latest'))).toBe(true)
    expect(fingerprint(await listDownloadDir(dl)).digest).not.toBe(before.digest)
  })
})

describe('save policy', () => {
  const event = (branch: unknown) =>
    write('event.json', JSON.stringify({ repository: { default_branch: branch } }))

  test('on-change always allows; never never does', () => {
    expect(saveRefusal('on-change', {})).toBeUndefined()
    expect(saveRefusal('never', {})).toContain('never')
  })

  test('default-branch compares GITHUB_REF with the default branch of the event payload', () => {
    const path = event('trunk')
    expect(
      saveRefusal('default-branch', { GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/heads/trunk' })
    ).toBeUndefined()
    expect(
      saveRefusal('default-branch', { GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/pull/1/merge' })
    ).toContain('refs/pull/1/merge is not refs/heads/trunk')
    expect(saveRefusal('default-branch', { GITHUB_REF: 'refs/heads/trunk' })).toContain('does not name')
    expect(
      saveRefusal('default-branch', { GITHUB_EVENT_PATH: event(7), GITHUB_REF: 'refs/heads/7' })
    ).toContain('does not name')
  })
})

describe('isSameKey', () => {
  test('compares keys as the cache service matches them: without regard to case', () => {
    expect(isSameKey('setup-gomod-mod-Linux-abc', 'setup-gomod-mod-linux-abc')).toBe(true)
    expect(isSameKey('setup-gomod-mod-Linux-abc', 'setup-gomod-mod-Linux-abd')).toBe(false)
    expect(isSameKey('setup-gomod-mod-Linux-abc', 'setup-gomod-mod-Linux-ab')).toBe(false)
  })
})

describe('workerEnvironment', () => {
  test('a save compresses at zstd level 1 unless the job chose a level; restores and lookups are left alone', () => {
    expect(workerEnvironment('save', { PATH: '/bin' })).toEqual({ PATH: '/bin', ZSTD_CLEVEL: '1' })
    expect(workerEnvironment('save', { ZSTD_CLEVEL: '9' }).ZSTD_CLEVEL).toBe('9')
    expect(workerEnvironment('restore', { PATH: '/bin' })).toEqual({ PATH: '/bin' })
    expect(workerEnvironment('lookup', {}).ZSTD_CLEVEL).toBeUndefined()
  })
})
