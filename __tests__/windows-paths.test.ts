/**
 * The Windows and macOS paths of the action without those runners: the path-dependent code run with Node's
 * own Windows path rules (path.win32 in place of node:path for the module under test), on Windows-shaped
 * input: drive letters, backslashes, CRLF files, GOMODCACHE `C:\Users\runneradmin\go\pkg\mod`, `go.exe` in
 * the tool cache. Pure logic with fixtures: no go, no Windows needed. What only a Windows runner can show is
 * listed in the README (Platforms).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { dependencyHash as posixDependencyHash, moduleKeys } from '../src/cache/keys.js'
import { neededVersions } from '../src/cache/module-files.js'
import { classifyLog } from '../src/failure/classify.js'
import { findDownloadSet } from '../src/go/download-set.js'
import { parseRequirements, parseWorkUses } from '../src/go/go-mod-file.js'
import { judge } from '../src/download/retry-policy.js'
import { userNetrcPath } from '../src/credentials/netrc.js'
import { goInToolCache } from '../src/environment/locate-go.js'
import { makeTempDir, removeTempDir } from '../testkit/go-env.js'

type KeysModule = typeof import('../src/cache/keys.js')
/** The jest object of an ES module test (import.meta.jest), with the two calls used here. */
interface EsmJest {
  isolateModulesAsync(fn: () => Promise<void>): Promise<void>
  unstable_mockModule(name: string, factory: () => unknown): void
}
const jestEsm = (import.meta as unknown as { jest: EsmJest }).jest

/** src/cache/keys.ts as it runs on Windows: its node:path is path.win32. */
async function keysOnWindows(): Promise<KeysModule> {
  let keys: KeysModule | undefined
  await jestEsm.isolateModulesAsync(async () => {
    jestEsm.unstable_mockModule('node:path', () => ({ ...path.win32, default: path.win32 }))
    keys = await import('../src/cache/keys.js')
  })
  return keys!
}

const GO_SUM = [
  'fixture.test/color v1.2.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'fixture.test/color v1.2.0/go.mod h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
  'fixture.test/util v0.2.0/go.mod h1:CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='
]

describe('cache keys on a Windows runner', () => {
  let tmp: string
  beforeAll(() => (tmp = makeTempDir('setup-gomod-win-')))
  afterAll(() => removeTempDir(tmp))

  /** A checkout with go.sum at the root and in tools/, with `eol` line endings. */
  function checkout(name: string, eol: string): string[] {
    const root = path.join(tmp, name)
    mkdirSync(path.join(root, 'tools'), { recursive: true })
    writeFileSync(path.join(root, 'go.sum'), GO_SUM.join(eol) + eol)
    writeFileSync(path.join(root, 'tools', 'go.sum'), GO_SUM[2] + eol)
    return [path.join(root, 'go.sum'), path.join(root, 'tools', 'go.sum')]
  }

  test('a CRLF checkout (git autocrlf) hashes like the LF one, its paths relative with / as on Linux', async () => {
    const keys = await keysOnWindows()
    const lf = checkout('lf', '\n')
    const crlf = checkout('crlf', '\r\n')
    // path.win32 reads these POSIX-absolute paths as rooted on the current drive: `tools\go.sum` relative.
    const onWindows = keys.dependencyHash(crlf, path.join(tmp, 'crlf'))
    expect(onWindows).toBe(posixDependencyHash(lf, path.join(tmp, 'lf')))
    // The relative path is part of the hash: a different layout is a different key.
    expect(keys.dependencyHash(crlf.slice(0, 1), path.join(tmp, 'crlf'))).not.toBe(onWindows)
  })

  test('checksum files next to go.mod and go.work, drive letters and backslashes kept', async () => {
    const keys = await keysOnWindows()
    expect(
      keys.checksumFiles([
        'D:\\a\\app\\app\\go.work',
        'D:\\a\\app\\app\\tools\\go.mod',
        'C:\\src\\shared\\go.mod'
      ])
    ).toEqual(['D:\\a\\app\\app\\go.work.sum', 'D:\\a\\app\\app\\tools\\go.sum', 'C:\\src\\shared\\go.sum'])
  })

  test('RUNNER_OS=Windows keys its own entries (archives differ per OS)', () => {
    const keys = moduleKeys({ os: 'Windows', suffix: '', dependencyHash: 'abc' })
    expect(keys).toEqual({
      primary: 'setup-gomod-mod-Windows-abc',
      restorePrefix: 'setup-gomod-mod-Windows-'
    })
    expect(moduleKeys({ os: 'macOS', suffix: 'x', dependencyHash: 'abc' }).primary).toBe(
      'setup-gomod-mod-macOS-x-abc'
    )
  })
})

describe('Windows-shaped go files', () => {
  test('go.work `use` lines with drive letters, backslashes, quotes and CRLF', () => {
    const goWork =
      'go 1.22\r\n\r\nuse (\r\n\t.\r\n\t.\\tools // CLI\r\n\tC:\\src\\shared\r\n\t"D:\\a\\my mod"\r\n)\r\n'
    expect(parseWorkUses(goWork)).toEqual(['.', '.\\tools', 'C:\\src\\shared', 'D:\\a\\my mod'])
    expect(parseWorkUses('go 1.22\r\nuse C:\\src\\one\r\n')).toEqual(['C:\\src\\one'])
  })

  test('a CRLF go.mod: requirements and their lines for annotations', () => {
    const goMod =
      'module example.test/app\r\n\r\ngo 1.21\r\n\r\nrequire (\r\n\tfixture.test/color v1.2.0\r\n)\r\n'
    expect(parseRequirements(goMod)).toEqual([
      { path: 'fixture.test/color', version: 'v1.2.0', line: 6, indirect: false }
    ])
  })

  test('a CRLF go.sum: the versions needed, as from an LF one', () => {
    expect(neededVersions([GO_SUM.join('\r\n') + '\r\n'])).toEqual(neededVersions([GO_SUM.join('\n')]))
    expect([...neededVersions([GO_SUM.join('\r\n')]).zips]).toEqual(['fixture.test/color@v1.2.0'])
  })
})

describe('Go in the tool cache', () => {
  test('go.exe on Windows, go elsewhere', () => {
    expect(goInToolCache('C:\\hostedtoolcache\\windows\\go\\1.22.12\\x64', 'win32')).toBe(
      'C:\\hostedtoolcache\\windows\\go\\1.22.12\\x64\\bin\\go.exe'
    )
    expect(goInToolCache('/Users/runner/hostedtoolcache/go/1.22.12/arm64', 'darwin')).toBe(
      '/Users/runner/hostedtoolcache/go/1.22.12/arm64/bin/go'
    )
  })
})

describe('the user netrc the action keeps in front of its own entries', () => {
  const home = 'C:\\Users\\runneradmin'
  test('Windows: _netrc when it exists (what go reads first), else .netrc', () => {
    expect(userNetrcPath(home, 'win32', f => f === `${home}\\_netrc`)).toBe(`${home}\\_netrc`)
    expect(userNetrcPath(home, 'win32', () => false)).toBe(`${home}\\.netrc`)
  })
  test('Linux and macOS: ~/.netrc', () => {
    expect(userNetrcPath('/Users/runner', 'darwin', () => true)).toBe('/Users/runner/.netrc')
    expect(userNetrcPath('/home/runner', 'linux', () => true)).toBe('/home/runner/.netrc')
  })
})

/** go's words for a corrupt zip in the module cache at GOMODCACHE `dir`, with `sep` as the path separator. */
const corruptZip = (dir: string, sep: string) =>
  `-> unzip ${[dir, 'cache', 'download', 'fixture.test', 'color', '@v', 'v1.2.0.zip'].join(sep)}: zip: not a valid zip file`
const LINUX_GOMODCACHE = '/home/runner/go/pkg/mod'
const WINDOWS_GOMODCACHE = 'C:\\Users\\runneradmin\\go\\pkg\\mod'

/**
 * Found by this review in code other changes own (src/download, src/diagnosis): test.failing documents each until it is
 * fixed, and turns red the day it is, so the marker comes off with the fix.
 */
describe('known Windows gaps (src/download, src/diagnosis)', () => {
  let tmp: string
  beforeAll(() => (tmp = makeTempDir('setup-gomod-win-gaps-')))
  afterAll(() => removeTempDir(tmp))

  // download-set.ts joins each `use` to the go.work directory; an absolute one (a drive letter on Windows,
  // / elsewhere) must replace it (path.resolve), or that module's go.sum never reaches the cache key.
  test.failing('go.work: an absolute `use` names that module’s own go.mod', async () => {
    const shared = path.join(tmp, 'shared')
    const work = path.join(tmp, 'work')
    mkdirSync(shared, { recursive: true })
    mkdirSync(work, { recursive: true })
    writeFileSync(path.join(shared, 'go.mod'), 'module example.test/shared\n\ngo 1.21\n')
    writeFileSync(path.join(work, 'go.work'), `go 1.21\n\nuse ${shared}\n`)
    const set = await findDownloadSet(work, undefined)
    expect(set.files).toContain(path.join(shared, 'go.mod'))
  })

  // retry-policy.ts finds the corrupt version in `…/cache/download/<path>/@v/<version>.zip` with `/` only; go
  // on Windows prints `\`, so the entry is not removed and the retry fails the same way.
  test.failing('a corrupt cache entry named by a Windows path is repaired like a POSIX one', () => {
    expect(judge({ root: '/r', message: corruptZip(LINUX_GOMODCACHE, '/') }).repair).toBe(
      'fixture.test/color@v1.2.0'
    )
    expect(judge({ root: 'D:\\r', message: corruptZip(WINDOWS_GOMODCACHE, '\\') }).repair).toBe(
      'fixture.test/color@v1.2.0'
    )
  })

  // extract.ts reads the module from `/cache/download/…` with `/` only: on Windows the diagnosis of the same
  // failure names no module (and so no annotation line).
  test.failing('the diagnosis names the module of a corrupt zip from a Windows cache path', () => {
    expect(classifyLog(corruptZip(LINUX_GOMODCACHE, '/')).primary).toMatchObject({
      module: 'fixture.test/color'
    })
    expect(classifyLog(corruptZip(WINDOWS_GOMODCACHE, '\\')).primary).toMatchObject({
      module: 'fixture.test/color',
      version: 'v1.2.0'
    })
  })
})
