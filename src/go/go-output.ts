import { parseJsonStream } from './json-stream.js'

/** How one go process ended: its output, and whether the caller stopped it (exec/run-tool's ToolResult fits). */
export interface GoProcessResult {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  readonly timedOut: boolean
  readonly stalled: boolean
}

/** One module version go could not download, or a failure go reported without naming one. */
export interface GoFailure {
  /** The module root (or workspace root) whose download reported it. */
  readonly root: string
  readonly module?: string
  readonly version?: string
  /** go's own words, as printed. */
  readonly message: string
}

/** One object of `go mod download -json`. */
export interface ModuleLine {
  readonly Path?: string
  readonly Version?: string
  readonly Error?: string
  /** Path of the zip in the module cache (absent on failure). */
  readonly Zip?: string
}

/** What one `go mod download -json -x` process reported. */
export interface GoReport {
  readonly modules: readonly ModuleLine[]
  readonly failures: readonly GoFailure[]
  /** URLs the process had requested and not yet received an answer for (from the `-x` trace). */
  readonly inFlight: readonly string[]
}

/**
 * Lines that `-x` writes to stderr: `# get URL`, `# get URL: 200 OK (0.031s)`, `cd DIR; git …` and
 * `0.123s # cd DIR; git …`. They show progress, never a failure: a failed request is reported again as an error.
 */
const TRACE = /^(?:# |\d+\.\d+s # |cd [^;\n]+; )/

/** The failures and modules of one finished (or stopped) go process. */
export function readGoReport(root: string, result: GoProcessResult): GoReport {
  const modules = parseJsonStream(result.stdout) as ModuleLine[]
  const lines = result.stderr.split('\n')
  const failures: GoFailure[] = modules
    .filter(m => m.Error)
    .map(m => ({ root, module: m.Path, version: m.Version, message: m.Error ?? '' }))
  if (result.exitCode !== 0 && !result.timedOut && !result.stalled) {
    failures.push(...stderrFailures(root, lines.filter(l => !TRACE.test(l)).join('\n')))
  }
  return { modules, failures, inFlight: inFlightRequests(lines) }
}

/**
 * Failures printed to stderr only. A `go: M@V: …` line names its module; continuation lines (indented, or the
 * SECURITY ERROR block) belong to the line before them.
 */
export function stderrFailures(root: string, stderr: string): GoFailure[] {
  const failures: GoFailure[] = []
  for (const line of stderr.split('\n')) {
    const named = /^(?:go: |verifying )([^\s@:]+)@([^\s:/]+)(?:\/go\.mod)?: /.exec(line)
    if (named) failures.push({ root, module: named[1], version: named[2], message: line })
    else if (line.trim() === '') continue
    else if (failures.length && !line.startsWith('go: ')) {
      const last = failures[failures.length - 1]
      failures[failures.length - 1] = { ...last, message: `${last.message}\n${line}` }
    } else failures.push({ root, message: line })
  }
  return failures
}

/** Requests started (`# get URL`) and not finished (`# get URL: …`), in the order they started. */
function inFlightRequests(lines: readonly string[]): string[] {
  const open = new Set<string>()
  for (const line of lines) {
    const started = /^# get (\S+)$/.exec(line)
    if (started) open.add(started[1])
    const finished = /^# get (\S+): /.exec(line)
    if (finished) open.delete(finished[1])
  }
  return [...open]
}

/** go's module path and version escaping in proxy URLs and the module cache: `A` becomes `!a`. */
export function escapeModulePath(s: string): string {
  return s.replace(/[A-Z]/g, c => '!' + c.toLowerCase())
}

/** The reverse of escapeModulePath: `!x` stands for `X`. */
export function unescapeModulePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase())
}

/**
 * The `path@version` among `candidates` that a GOPROXY URL fetches (`…/<path>/@v/<version>.zip`). The proxy's
 * own URL prefix can be anything, so the URL is matched against known versions rather than parsed.
 */
export function versionOfUrl(url: string, candidates: readonly string[]): string | undefined {
  return candidates.find(v => {
    const at = v.lastIndexOf('@')
    const suffix = `/${escapeModulePath(v.slice(0, at))}/@v/${escapeModulePath(v.slice(at + 1))}.`
    return url.includes(suffix)
  })
}

/** Splits `path@version`. */
export function splitVersion(v: string): { module: string; version: string } {
  const at = v.lastIndexOf('@')
  return { module: v.slice(0, at), version: v.slice(at + 1) }
}
