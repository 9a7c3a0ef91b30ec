import { logText } from '../util/escape.js'
import { joinLines, tracking, type Report } from './problem-list.js'

export interface PatternRule {
  /** GONOPROXY and GONOSUMDB take `none` to override the GOPRIVATE default with "no module". */
  readonly allowNone: boolean
}

const EXPECTED =
  'module path prefixes or globs separated by commas or newlines, e.g. `github.com/acme/*,*.corp.example.com`'

/**
 * Validates a GOPRIVATE-style list. go itself accepts nearly anything here: a pattern that cannot match
 * (a URL, a trailing slash on some versions, `@v1`, a broken glob) is silently never matched, so the
 * module goes to the public proxy and fails there with a misleading 404 or checksum error.
 */
export function parsePatterns(raw: string, outer: Report, rule: PatternRule): string | undefined {
  const { report, failed } = tracking(outer)
  const joined = joinLines(raw, ',', ',')
  const patterns = joined.split(',').map(p => p.trim())

  if (patterns.some(p => p === '')) {
    report(joined, 'has an empty entry (a doubled, leading or trailing comma)', EXPECTED)
  }
  if (patterns.includes('none')) {
    if (!rule.allowNone) {
      report(
        'none',
        'does not take `none`',
        'leave the input empty to keep the current value, or give patterns'
      )
    } else if (patterns.filter(p => p !== '').length > 1) {
      report(joined, 'combines `none` with patterns', '`none` alone (no module), or only patterns')
    }
  }
  for (const pattern of patterns) {
    if (pattern !== '' && pattern !== 'none') checkPattern(pattern, report)
  }
  if (failed()) return undefined
  return patterns.join(',')
}

function checkPattern(pattern: string, report: Report): void {
  for (const check of PATTERN_CHECKS) {
    const problem = check(pattern)
    if (problem) return report(...problem)
  }
}

/** What is wrong with a pattern: the value to show, the problem, and the expected form (a corrected one). */
type PatternProblem = readonly [value: string, problem: string, expected: string]

/** In order; the first that finds a problem is the one reported. */
const PATTERN_CHECKS: readonly ((pattern: string) => PatternProblem | undefined)[] = [
  // go compares bytes: a zero-width space pasted from a web page makes a pattern that looks right match nothing.
  pattern => {
    const hidden = /[\p{Cc}\p{Cf}]/u.exec(pattern)
    if (!hidden) return undefined
    const code = `U+${hidden[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
    return [
      logText(pattern),
      `has an invisible or control character (${code})`,
      `\`${pattern.replace(/[\p{Cc}\p{Cf}]/gu, '')}\``
    ]
  },
  pattern => {
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(.*)$/.exec(pattern)
    return scheme
      ? [pattern, 'has a URL scheme; patterns are module paths', `\`${scheme[1].replace(/\/+$/, '')}\``]
      : undefined
  },
  pattern =>
    /\s/.test(pattern)
      ? [
          pattern,
          'has whitespace inside a pattern',
          `patterns separated by commas, e.g. \`${pattern.split(/\s+/).join(',')}\``
        ]
      : undefined,
  pattern =>
    pattern.includes('\\')
      ? [pattern, 'has a backslash; module paths use `/`', `\`${pattern.replace(/\\/g, '/')}\``]
      : undefined,
  pattern => {
    const at = pattern.indexOf('@')
    return at >= 0
      ? [
          pattern,
          'has an `@version`; patterns match module paths of every version',
          `\`${pattern.slice(0, at) || 'github.com/acme/*'}\``
        ]
      : undefined
  },
  pattern =>
    pattern.startsWith('/')
      ? [pattern, 'starts with a slash; module paths start with a host', `\`${pattern.replace(/^\/+/, '')}\``]
      : undefined,
  pattern =>
    pattern.endsWith('/')
      ? [
          pattern,
          'has a trailing slash',
          `\`${pattern.replace(/\/+$/, '')}\` (a pattern already covers everything below it)`
        ]
      : undefined,
  pattern =>
    pattern.includes('//')
      ? [pattern, 'has an empty path element (`//`)', `\`${pattern.replace(/\/{2,}/g, '/')}\``]
      : undefined,
  pattern => {
    const glob = globProblem(pattern)
    return glob === undefined
      ? undefined
      : [
          pattern,
          `is a malformed glob (${glob})`,
          'path.Match syntax: `*`, `?` and closed classes such as `[a-z]`'
        ]
  }
]

/**
 * path.Match syntax minus escapes (backslashes are refused earlier): a class needs at least one character
 * or range and a closing `]`. go treats a malformed pattern as matching nothing.
 */
function globProblem(glob: string): string | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] !== '[') continue
    let j = i + 1
    if (glob[j] === '^') j++
    let ranges = 0
    for (;;) {
      if (j >= glob.length) return 'an unclosed `[`'
      if (glob[j] === ']' && ranges > 0) break
      if (glob[j] === '-' || glob[j] === ']') return 'an empty or invalid character class'
      j++
      if (glob[j] === '-') {
        j++
        if (j >= glob.length) return 'an unclosed `[`'
        if (glob[j] === ']' || glob[j] === '-') return 'a range without its end'
        j++
      }
      ranges++
    }
    i = j
  }
  return undefined
}
