import { matchPrefixPatterns } from '../go/module-patterns.js'
import type { Finding } from './types.js'

/** Module path patterns that are the user's own: GOPRIVATE/GONOPROXY/GONOSUMDB and credential host prefixes. */
export interface OwnPatterns {
  readonly patterns: readonly string[]
}

/** Scenarios whose fix (GOPRIVATE, a token) only helps for the user's own modules. */
const OWN_FIXES = new Set([
  'private-module-via-public-proxy',
  'private-module-sumdb',
  'git-auth-missing',
  'git-auth-rejected',
  'insecure-protocol'
])

/** `A imports` / `A@v requires` / `A@v ->` / `A tested by`: one step of go's dependency chain. */
const CHAIN_STEP = /^\s*(?:go(?: get)?: )?(\S+?)(?: imports| requires| tested by| ->)$/

/** The dependency chain go printed before a failure: the main module's package first, the failing one last. */
export function importChain(evidence: readonly string[]): string[] {
  const steps: string[] = []
  for (const line of evidence) {
    const step = CHAIN_STEP.exec(line)
    if (step) steps.push(step[1])
    else if (steps.length > 0) {
      const last = /^\s*(\S+?):\s/.exec(line)
      if (last) steps.push(last[1])
      break
    }
  }
  return steps
}

/**
 * Whose module failed. The action knows the user's own patterns: a module outside all of them is a
 * third-party dependency. From a log alone, a module that go reached through another versioned module is a
 * third-party one; otherwise it cannot tell.
 */
export function ownership(f: Finding, own?: OwnPatterns): 'own' | 'third-party' | 'unknown' {
  if (!f.module) return 'unknown'
  // Without any own pattern (no GOPRIVATE, no credentials) "outside them" says nothing: read the log instead.
  if (own?.patterns.length)
    return own.patterns.some(p => matchPrefixPatterns(p, f.module as string)) ? 'own' : 'third-party'
  // go names the main module's packages without a version; a versioned step is another module.
  return importChain(f.evidence)
    .slice(0, -1)
    .some(step => /@v\d/.test(step))
    ? 'third-party'
    : 'unknown'
}

/**
 * A finding about a third-party dependency loses the GOPRIVATE/token fix (it cannot help: the dependency is
 * gone, renamed or private upstream) and gets the dependency chain instead; the private-module alternatives
 * go too, since the module is not the user's.
 */
export function adviseByOwnership(f: Finding, own?: OwnPatterns): Finding {
  if (!OWN_FIXES.has(f.id) || ownership(f, own) !== 'third-party') return f
  const alternatives = (f.alternatives ?? []).filter(a => !a.id.startsWith('private-module'))
  return { ...f, fix: unavailableFix(f, own), alternatives }
}

/** The fix for a third-party dependency that is gone, renamed or private upstream, with go's import chain. */
export function unavailableFix(f: Finding, own?: OwnPatterns): string {
  const chain = importChain(f.evidence)
  const via = chain.length > 1 ? `\n\nImported through:\n\n    ${chain.join('\n    → ')}` : ''
  const whose = own?.patterns.length
    ? 'outside your GOPRIVATE and credential hosts'
    : `required by another module (${chain.at(-2) ?? 'a dependency'}), not by your code`
  return (
    `1. ${f.module} is a third-party dependency, ${whose}: it is unavailable ` +
    `(deleted, renamed or private upstream). Setting GOPRIVATE or adding a token would not help.${via}\n` +
    `2. Require a version or fork that exists (\`go get ${f.module}@<version>\`, or a \`replace\` to a fork), ` +
    `or update the dependency that imports it; then \`go mod tidy\`.`
  )
}
