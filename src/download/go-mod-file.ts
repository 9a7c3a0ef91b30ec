/** One `require` of a go.mod file, with its 1-based line for annotations. */
export interface Requirement {
  readonly path: string
  readonly version: string
  readonly line: number
  readonly indirect: boolean
}

/**
 * The requirements of a go.mod, read from its text. go.mod syntax is line based: `require path version`
 * or a `require (` block of `path version` lines; quoted paths are allowed. Good enough for counting and for
 * pointing an annotation at the right line; go itself remains the judge of validity.
 */
export function parseRequirements(text: string): Requirement[] {
  const out: Requirement[] = []
  let inBlock = false
  text.split(/\r?\n/).forEach((raw, i) => {
    const indirect = /\/\/\s*indirect\b/.test(raw)
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else addRequirement(out, line, i + 1, indirect)
    } else if (/^require\s*\($/.test(line)) inBlock = true
    else if (/^require\s+/.test(line)) addRequirement(out, line.replace(/^require\s+/, ''), i + 1, indirect)
  })
  return out
}

function addRequirement(out: Requirement[], spec: string, line: number, indirect: boolean): void {
  const m = /^"?([^"\s]+)"?\s+(\S+)$/.exec(spec)
  if (m) out.push({ path: m[1], version: m[2], line, indirect })
}

/** The directories a go.work file `use`s, relative to it, in order. */
export function parseWorkUses(text: string): string[] {
  const out: string[] = []
  let inBlock = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line) out.push(unquote(line))
    } else if (/^use\s*\($/.test(line)) inBlock = true
    else if (/^use\s+/.test(line)) out.push(unquote(line.replace(/^use\s+/, '')))
  }
  return out
}

function unquote(s: string): string {
  return s.replace(/^"(.*)"$/, '$1')
}

/** The module path a go.mod declares, or undefined when it has no `module` line. */
export function parseModulePath(text: string): string | undefined {
  const m = /^module\s+"?([^"\s]+)"?\s*(?:\/\/.*)?$/m.exec(text)
  return m?.[1]
}

/**
 * Module paths on the left of `replace` directives (single lines and blocks), in a go.mod or go.work. Fetching
 * such a path by `path@version` would download the original rather than its replacement.
 */
export function parseReplacedPaths(text: string): string[] {
  const out: string[] = []
  let inBlock = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inBlock) {
      if (line === ')') inBlock = false
      else if (line.includes('=>')) out.push(unquote(line.split(/\s+/)[0]))
    } else if (/^replace\s*\($/.test(line)) inBlock = true
    else if (/^replace\s+/.test(line)) out.push(unquote(line.replace(/^replace\s+/, '').split(/\s+/)[0]))
  }
  return out
}
