import * as fs from 'node:fs'
import * as path from 'node:path'
import * as semver from 'semver'
import type { Report } from './problem-list.js'
import type { CachePrivateModules, CacheSave } from './types.js'

// Exactly the spellings core.getBooleanInput accepts (YAML 1.2 core schema), so moving an input between
// this action and others never changes its meaning.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

export function parseBoolean(value: string, report: Report): boolean | undefined {
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  report(value, 'is not a boolean', '`true` or `false`')
  return undefined
}

/** A plain decimal integer in [min, max]; `1e3`, `3.0`, `+3` and hex are refused rather than guessed at. */
export function parseInteger(value: string, report: Report, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(value)) {
    const what = value.startsWith('-') ? 'is negative' : 'is not a whole number'
    report(value, what, `a whole number from ${min} to ${max}, e.g. \`${Math.min(max, Math.max(min, 3))}\``)
    return undefined
  }
  const n = Number(value)
  if (n < min || n > max) {
    report(value, 'is out of range', `a whole number from ${min} to ${max}`)
    return undefined
  }
  return n
}

export function parseParallelism(value: string, report: Report): 'auto' | number | undefined {
  if (value === 'auto') return 'auto'
  if (/^\d+$/.test(value)) {
    const n = Number(value)
    if (n >= 1 && n <= 256) return n
  }
  const what =
    value.toLowerCase() === 'auto'
      ? 'must be written in lower case'
      : 'is not `auto` or a number from 1 to 256'
  report(value, what, '`auto` or a whole number from 1 to 256, e.g. `8`')
  return undefined
}

const CACHE_SAVE: readonly CacheSave[] = ['on-change', 'never', 'default-branch', 'always']

export function parseCacheSave(value: string, report: Report): CacheSave | undefined {
  const found = CACHE_SAVE.find(v => v === value)
  if (found === undefined)
    report(value, 'is not a known mode', '`on-change`, `never`, `default-branch` or `always`')
  return found
}

const CACHE_PRIVATE_MODULES: readonly CachePrivateModules[] = ['auto', 'never', 'always']

/** `always` would put private source where forks of a public repository can restore it. */
export function parseCachePrivateModules(
  value: string,
  privateRepository: boolean,
  report: Report
): CachePrivateModules | undefined {
  const found = CACHE_PRIVATE_MODULES.find(v => v === value)
  if (found === undefined) report(value, 'is not a known mode', '`auto`, `never` or `always`')
  else if (found === 'always' && !privateRepository)
    report(
      value,
      'is refused: the event payload does not say this repository is private, and pull requests from forks ' +
        'can restore the caches of a public repository',
      '`auto` (private modules are then left out of the saved cache) or `never`'
    )
  else return found
  return undefined
}

/** The suffix ends up inside an @actions/cache key, which rejects commas and is capped at 512 characters. */
export function parseCacheKeySuffix(value: string, report: Report): string | undefined {
  if (/[,\r\n]/.test(value)) {
    report(
      value,
      'contains a comma or a line break, which cache keys cannot hold',
      'one line without commas, e.g. `linux-race`'
    )
    return undefined
  }
  if (value.length > 256) {
    report(value.slice(0, 40) + '…', 'is longer than 256 characters', 'a short suffix, e.g. `linux-race`')
    return undefined
  }
  return value
}

const GO_VERSION_EXPECTED =
  'a semver range of a Go in the tool cache, e.g. `1.22`, `1.22.x`, `1.22.5` or `>=1.21 <1.23`'

/** The range is kept as written; the tool cache matches it with semver itself. */
export function parseGoVersion(value: string, report: Report): string | undefined {
  if (/^(stable|oldstable|latest|tip|master)$/i.test(value)) {
    report(
      value,
      'names a release channel, but this action never downloads Go',
      `${GO_VERSION_EXPECTED}; install that Go first with actions/setup-go (\`go-version: ${value}\`)`
    )
    return undefined
  }
  const goPrefixed = /^go(\d.*)$/i.exec(value)
  if (goPrefixed) {
    report(value, 'has a `go` prefix', `the version without it, e.g. \`${toSemver(goPrefixed[1])}\``)
    return undefined
  }
  if (semver.validRange(value) === null) {
    const pre = toSemver(value)
    report(
      value,
      'is not a semver range',
      pre !== value ? `\`${pre}\` (semver form of a Go prerelease)` : GO_VERSION_EXPECTED
    )
    return undefined
  }
  return value
}

/** go1.22rc1 is 1.22.0-rc.1 in the tool cache, as actions/setup-go names it. */
function toSemver(goVersion: string): string {
  const pre = /^(\d+)\.(\d+)(?:\.(\d+))?(rc|beta|alpha)(\d+)$/.exec(goVersion)
  if (!pre) return goVersion
  return `${pre[1]}.${pre[2]}.${pre[3] ?? '0'}-${pre[4]}.${pre[5]}`
}

export function parseWorkingDirectory(value: string, workspace: string, report: Report): string | undefined {
  const resolved = path.resolve(workspace, value)
  const expected = 'an existing directory inside the workspace, relative to it, e.g. `.` or `services/api`'
  let stat: fs.Stats | undefined
  try {
    stat = fs.statSync(resolved)
  } catch (e) {
    if (isPermissionError(e)) report(value, `cannot be read: permission denied (${resolved})`, expected)
    else report(value, `does not exist (looked for ${resolved})`, expected)
    return undefined
  }
  if (!stat.isDirectory()) report(value, `is not a directory (${resolved})`, expected)
  else if (!isInside(workspace, resolved))
    // The action writes and caches what it finds there; a path outside the workspace (or a symbolic link out
    // of it) is another checkout's or the runner's business.
    report(value, `is outside the workspace (${resolved} is not below ${workspace})`, expected)
  else if (!isReadable(resolved))
    report(value, `cannot be read: permission denied (${resolved})`, `${expected}, readable by the runner`)
  else return resolved
  return undefined
}

function isInside(workspace: string, dir: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p)
    } catch {
      return path.resolve(p)
    }
  }
  const rel = path.relative(real(workspace), real(dir))
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function isReadable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.X_OK)
    fs.readdirSync(dir)
    return true
  } catch (e) {
    return !isPermissionError(e)
  }
}

export function isPermissionError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  return code === 'EACCES' || code === 'EPERM'
}
