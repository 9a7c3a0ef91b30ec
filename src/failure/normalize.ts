import { SCENARIO_IDS } from './types.js'

/**
 * Framing that CI systems, containers and consoles put around go's output, removed once before any rule
 * looks at a log: a rule then sees go's lines as go printed them, whatever carried them.
 */

// Built from strings: a control character in a regex literal reads as a mistake.
const ESC = String.fromCharCode(27)
const BEL = String.fromCharCode(7)
const ANSI = new RegExp(
  `${ESC}(?:\\[[0-9;?]*[ -/]*[@-~]|\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)|[@-Z\\\\-_])`,
  'g'
)

/**
 * What a line may start with before go's text: timestamps of GitHub, GitLab, Jenkins and Bazel, BuildKit's
 * `#12 3.456`, docker compose's `service | `, a `[step]` tag, a `debug:name:` or `[INFO]` level prefix, and
 * GitHub's rendered `##[error]`. Applied until none matches; the tab of a continuation line after it stays.
 */
const PREFIXES: readonly RegExp[] = [
  /^\uFEFF/,
  // A log quoted in a Markdown reply.
  /^>(?: |(?=\t)|$)/,
  /^[[(]?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?[\])]?(?: |(?=\t)|$)/,
  /^[[(]?\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:[.,]\d+)?[\])]?(?: |(?=\t)|$)/,
  /^[[(]?\d\d:\d\d:\d\d(?:[.,]\d+)?[\])]? /,
  /^#\d+ \d+\.\d+(?: |$)/,
  /^\[\s*\d+(?:\.\d+)?m?s\] /,
  /^section_(?:start|end):\d+:[\w.-]+(?:\[[^\]]*\])?/,
  /^[\w.-]+(?:[-_]\d+)? +\| /,
  /^\[(?:step-)?[\w.-]+\] (?=\S)/,
  /^(?:debug|info|notice|warn|warning|error|trace):[\w.@/-]+:[ \t]?/,
  /^\[(?:DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|TRACE|debug|info|warn|warning|error)\][ \t]?/,
  /^(?:DEBUG|INFO|NOTICE|WARN|WARNING|FATAL|TRACE)(?::| -) /,
  /^##\[(?:error|warning|notice|group|endgroup|section)\]/
]

/**
 * Lines that are never go's output: debug lines (the runner's and this action's own `core.debug`) and
 * BuildKit's step status lines.
 */
const DEBUG_LINE =
  /^(?:::debug::|##\[debug\]|#\d+ (?:ERROR:|DONE \d|CACHED$|\[[^\]]*\] |sha256:|extracting |resolve |transferring |naming |exporting |writing |load ))/
/** `::error file=…,title=…::message%0Amore` and the other message-carrying workflow commands. */
const WORKFLOW_COMMAND = /^::(?:error|warning|notice)(?: [^:]*)?::(.*)$/

/**
 * Lines this action writes itself around go's output: its annotation's heading and fix line, the attempt log
 * (which repeats go's first line after the action's own verdict) and the final failure message. Matching them
 * would judge the action's words, not go's.
 */
const VERDICT = `(?:${[...SCENARIO_IDS, 'stall', 'budget'].join('|')})`
const OWN_LINES: readonly RegExp[] = [
  new RegExp(`^[A-Z][^()]*\\(${VERDICT}(?:, transient)?\\)\\.$`),
  /^Fix: .* See the job summary\.$/,
  /^Attempt \d+: /,
  new RegExp(`^ {2}\\S+ \\(${VERDICT}\\): `),
  /^Download failed after /,
  /^go mod download failed: .*See the annotations and the job summary\.$/,
  /^(?:Done|Failed): \d+ module versions, /,
  /^run: \S*go(?:\.exe)? /
]

const WRAP_WIDTHS = new Set([80, 100, 120])
const MAX_DEPTH = 3
/** A line that begins go's own text: never the tail of a wrapped line. */
const STARTS_ANEW = /^(?:$|\t|go: |go mod |verifying |#\d|##\[|::)/

/** The log with every known framing removed, one go line per line. */
export function normalizeLog(text: string): string {
  const lines = text.replace(ANSI, '').split(/\r\n?|\n/)
  return expand(lines, 0).join('\n')
}

function expand(lines: readonly string[], depth: number): string[] {
  const out: string[] = []
  // A console may have wrapped the lines before or after the framing was added: unwrap at both points.
  for (const line of unwrap(unwrap(lines).flatMap(stripFraming)).map(l => l.trimEnd())) {
    const inner = depth < MAX_DEPTH ? unnest(line) : undefined
    if (inner) out.push(...expand(inner, depth + 1))
    else if (!OWN_LINES.some(re => re.test(line))) out.push(line)
  }
  return out
}

/** The line without its framing prefixes; none for a debug line. */
function stripFraming(raw: string): string[] {
  let line = raw
  for (let changed = true; changed;) {
    changed = false
    if (DEBUG_LINE.test(line)) return []
    for (const re of PREFIXES) {
      const next = line.replace(re, '')
      if (next !== line) [line, changed] = [next, true]
    }
  }
  return [line]
}

/**
 * Lines a console or log viewer broke at a fixed width (Windows consoles, Bazel): when the longest lines
 * are exactly a common terminal width, such a line continues on the next unless that one starts anew.
 */
function unwrap(lines: readonly string[]): string[] {
  const width = Math.max(0, ...lines.map(l => l.length))
  if (!WRAP_WIDTHS.has(width)) return [...lines]
  const out: string[] = []
  let carry: string | undefined
  for (const line of lines) {
    const anew = STARTS_ANEW.test(line) || PREFIXES.some(re => re.test(line))
    const joined = carry !== undefined && !anew ? carry + line : line
    if (carry !== undefined && joined === line) out.push(carry)
    carry = line.length === width ? joined : undefined
    if (carry === undefined) out.push(joined)
  }
  if (carry !== undefined) out.push(carry)
  return out
}

/** The lines inside a workflow command or a JSON (or Go-quoted) string, when the line carries them. */
function unnest(line: string): string[] | undefined {
  const command = WORKFLOW_COMMAND.exec(line)
  if (command) return decodeCommandData(command[1]).split(/\r?\n/)
  // go mod download -json lines stay whole: their Path and Version name the module of the Error.
  if (/^\s*"(?:Path|Version|Error)":\s*"/.test(line)) return undefined
  // A string left open at the end of the line: the log was cut there.
  const strings = [...line.matchAll(/"((?:[^"\\]|\\.)*)(?:"|\\?$)/g)].map(m => unquote(m[1]))
  // A string carries lines when it has some, starts like go's output, or holds another quoted layer.
  const carrying = strings.filter(s => /\n|^(?:go: |verifying )|^\s*[{[]|\\[n"]/.test(s))
  return carrying.length ? carrying.flatMap(s => s.split(/\r?\n/)) : undefined
}

function decodeCommandData(data: string): string {
  return data.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** A JSON (or Go %q) string body, unescaped; Go's `\x..` escapes and stray backslashes are tolerated. */
function unquote(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string
  } catch {
    return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
      if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16))
      return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e
    })
  }
}
