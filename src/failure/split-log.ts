import { matchScenario } from './matcher.js'
import { normalizeLog } from './normalize.js'

/** One failure found in a log, with the module and version when go's JSON named them. */
interface LogFailure {
  readonly message: string
  readonly module?: string
  readonly version?: string
}

// Progress and hint lines go prints around failures; none of them is a failure.
const PROGRESS =
  /^go: (downloading|finding|extracting|found|upgraded|added|removed|to add|module \S+ found|warning:|error loading module requirements$|creating new go\.mod|to update it:|updating go\.mod)/
// Lines that continue the failure above them: go's multi-line messages and the git stderr it quotes.
const CONTINUATION =
  /^(\s|SECURITY (ERROR|WARNING)|This download does NOT|The bits may|have intercepted|For more information, see|Confirm the import path|If this is a private repository|go\.sum database server misbehavior|downloaded:|go\.sum:|\S+: h1:|\S*go\.(mod|work|sum):\d+(:\d+)?: |\(|remote: |fatal: |error: |To ignore the vendor|To sync the vendor|note: )/
const START = /^(go: |go mod \w+: |go get: |verifying |\S+\.go:\d+:\d+: )/

/**
 * Splits any Go log (plain stderr, `go mod download -json` output, or a whole CI log around them) into
 * failures. A failure starts at a `go: …` (or `verifying …`) error line, or at any line a rule recognises;
 * indented lines and go's known multi-line texts continue it; anything else ends it.
 */
export function splitLog(text: string): LogFailure[] {
  const failures: { lines: string[]; module?: string; version?: string }[] = []
  let open: { lines: string[] } | undefined
  let path: string | undefined
  let version: string | undefined
  for (const line of normalizeLog(text).split('\n')) {
    if (open && continues(open.lines, line)) {
      open.lines.push(line)
      continue
    }
    const json = /^\s*"(Path|Version|Error)":\s*("(?:[^"\\]|\\.)*")\s*,?$/.exec(line)
    if (json) {
      const value = parseJsonString(json[2])
      if (json[1] === 'Path') [path, version] = [value, undefined]
      else if (json[1] === 'Version') version = value
      else failures.push({ lines: [value], module: path, version })
      open = undefined
      continue
    }
    if (line.trim() === '') continue
    if (PROGRESS.test(line)) {
      open = undefined
      continue
    }
    if (START.test(line) || matchScenario(line) !== 'unknown') {
      open = { lines: [line] }
      failures.push(open)
    } else open = undefined
  }
  return failures.map(f => ({
    message: f.lines.join('\n'),
    ...(f.module && { module: f.module }),
    ...(f.module && f.version && { version: f.version })
  }))
}

/**
 * Whether a line continues the open failure: go's continuation lines, anything indented inside a mirror's
 * `server response:` (which may quote a whole JSON object), and the line after one that ends in a colon.
 */
function continues(lines: readonly string[], line: string): boolean {
  if (line.trim() === '' || PROGRESS.test(line)) return false
  if (CONTINUATION.test(line) && !/^\s*"(Path|Version|Error)":/.test(line)) return true
  if (/^\s/.test(line) && lines.some(l => /server response:/.test(l))) return true
  // go indents what follows `server response:`; an unindented line after it is someone else's.
  const last = lines[lines.length - 1]
  return /:\s*$/.test(last) && !/server response:\s*$/.test(last) && !START.test(line)
}

function parseJsonString(quoted: string): string {
  try {
    return JSON.parse(quoted) as string
  } catch {
    return quoted.slice(1, -1)
  }
}
