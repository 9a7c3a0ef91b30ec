/**
 * Go's module path pattern matching (golang.org/x/mod/module.MatchPrefixPatterns), used for GOPRIVATE,
 * GONOPROXY, GONOSUMDB and GOINSECURE: a comma-separated list of globs, each matched with path.Match
 * against the leading path elements of the target, as many as the glob has.
 */
export function matchPrefixPatterns(patterns: string, target: string): boolean {
  for (const raw of patterns.split(',')) {
    const glob = raw.replace(/\/$/, '')
    if (glob === '') continue
    const elements = glob.split('/').length
    const prefix = target.split('/')
    if (prefix.length < elements) continue
    if (globToRegExp(glob).test(prefix.slice(0, elements).join('/'))) return true
  }
  return false
}

/** path.Match semantics: `*` and `?` never cross `/`; `[...]` classes with `^` negation; `\` escapes. */
function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '\\' && i + 1 < glob.length) re += escapeRegExp(glob[++i])
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      // An unclosed class can match nothing, as in path.Match (which reports ErrBadPattern).
      if (end < 0) return /$^/
      let body = glob.slice(i + 1, end)
      if (body.startsWith('^')) body = '^' + body.slice(1).replace(/[\]\\]/g, '\\$&')
      else body = body.replace(/[\]\\^]/g, '\\$&')
      re += `(?!/)[${body}]`
      i = end
    } else re += escapeRegExp(c)
  }
  return new RegExp(`^${re}$`)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
