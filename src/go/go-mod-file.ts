/** One `require` of a go.mod file, with its 1-based line for annotations. */
export interface Requirement {
  readonly path: string
  readonly version: string
  readonly line: number
  readonly indirect: boolean
}

/** What the action reads from a go.mod or go.work file. */
export interface ModFile {
  /** The `module` path (go.mod only). */
  readonly module?: string
  /** The `go` line's version. */
  readonly go?: string
  readonly requirements: readonly Requirement[]
  /** Paths on the left of `replace` directives. */
  readonly replaced: readonly string[]
}

interface DirectiveEntry {
  /** The entry without its keyword and comment, trimmed. */
  readonly spec: string
  /** 1-based line number. */
  readonly line: number
  /** The whole line as written, comment included. */
  readonly raw: string
}

/**
 * The entries of one directive, in order. go.mod and go.work syntax is line based: `keyword spec` on one line,
 * or a `keyword (` block with one spec a line. Good enough for counting, planning and pointing annotations at
 * the right line; go itself remains the judge of validity.
 */
function* directive(text: string, keyword: string): Generator<DirectiveEntry> {
  const open = new RegExp(`^${keyword}\\s*\\($`)
  const single = new RegExp(`^${keyword}\\s+`)
  let inBlock = false
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line) yield { spec: line, line: i + 1, raw }
    } else if (open.test(line)) inBlock = true
    else if (single.test(line)) yield { spec: line.replace(single, ''), line: i + 1, raw }
  }
}

/** The requirements of a go.mod: `require path version` lines and blocks; quoted paths are allowed. */
export function parseRequirements(text: string): Requirement[] {
  const out: Requirement[] = []
  for (const e of directive(text, 'require')) {
    const m = /^"?([^"\s]+)"?\s+(\S+)$/.exec(e.spec)
    if (m) out.push({ path: m[1], version: m[2], line: e.line, indirect: /\/\/\s*indirect\b/.test(e.raw) })
  }
  return out
}

/** The directories a go.work file `use`s, relative to it, in order. */
export function parseWorkUses(text: string): string[] {
  return parseWorkUseLines(text).map(u => u.dir)
}

/** The `use` entries of a go.work file with their 1-based lines. */
export function parseWorkUseLines(text: string): { dir: string; line: number }[] {
  return [...directive(text, 'use')].map(e => ({ dir: unquote(e.spec), line: e.line }))
}

/**
 * Module paths on the left of `replace` directives, in a go.mod or go.work. Fetching such a path by
 * `path@version` would download the original rather than its replacement.
 */
export function parseReplacedPaths(text: string): string[] {
  return [...directive(text, 'replace')]
    .filter(e => e.spec.includes('=>'))
    .map(e => unquote(e.spec.split(/\s+/)[0]))
}

/** The module path a go.mod declares, or undefined when it has no `module` line. */
export function parseModulePath(text: string): string | undefined {
  const m = /^module\s+"?([^"\s]+)"?\s*(?:\/\/.*)?$/m.exec(text)
  return m?.[1]
}

export function parseModFile(text: string): ModFile {
  return {
    module: parseModulePath(text),
    go: /^go\s+(\d+\.\d+(?:\.\d+)?\S*)\s*$/m.exec(text)?.[1],
    requirements: parseRequirements(text),
    replaced: parseReplacedPaths(text)
  }
}

function unquote(s: string): string {
  return s.replace(/^"(.*)"$/, '$1')
}
