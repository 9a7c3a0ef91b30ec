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
import { parseRequirements, parseWorkUses } from '../src/download/go-mod-file.js'
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
